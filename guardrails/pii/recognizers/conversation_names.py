"""Names in transcripts, chats and the ways people write a name out: where the layout or a
word next to the name is the evidence, not the name itself (fourteenth round).

* **speaker labels**: the lines of a transcript, chat log or minutes open with who speaks
  (``[10:02] 岡: 資料あがりました``, ``ゆい> きょうおくれる``, ``甲斐：前回の宿題の件ですが``,
  ``佐藤「在庫は足りてる？」``, ``Callum: r u coming``, ``<Rafael Cortez> is it green?``);
  a role with the person in brackets (``司会（高山）：``) names the bracketed one. A label
  counts when at least two lines of the text open that way, or a clock time stands before
  it; the label is one or two words that are not a common noun, a label of a form (件名,
  日時, 結論, Note, Q) or a role;
* **ruby**: a name written with its reading in ruby notation (``｜森《もり》｜之賀《ゆきか》``,
  ``山田《やまだ》太郎《たろう》``): two or more kanji bases with a kana reading each, the first
  a word the dictionary lists as a surname or a name Sudachi reads;
* **a reading in brackets after a kanji name** written in Latin letters or kana as two words
  (``星 陽（Hoshi Haruka）``, ``菊地 陽(キクチ ハル)``): the kanji words before it are the
  name when the dictionary lists one of them as a surname or given name; and one kanji
  word with its kana reading in brackets before an honorific or a job title
  (``四月一日（わたぬき）さん``, ``御手洗（みたらい）部長``; twenty-sixth round);
* **a child's or relative's given name with its reading** (``長男 悠斗（ゆうと）``,
  ``子供：颯太（そうた）7歳、陽菜（ひな）4歳``): one kanji word and its hiragana reading in
  brackets after a family word, or before an age or a school year (twenty-seventh round);
* **a surname in brackets after a phone number** (``090-1234-5678（林）``, ``内線 4471（堀）``,
  ``03-5521-8890(担当 今井)``, ``TEL … ／ 森``): a word the dictionary lists as a surname, as
  the person to ask for (twenty-seventh round);
* **a katakana surname before a job title** (``カノウ社長``, ``アオヤマ顧問``): a katakana word
  of native Japanese syllables (no long vowel mark, no small vowel, no ヴ) that the
  dictionary does not list as a common noun or a brand (``ママ社長``, ``トヨタ社長`` are not);
* **a name before a pet-form honorific** (``ゆうちゃま``, ``唯希たん``, ``タカっち``, ``かなえ
  にいさん``) followed by a particle, punctuation or the end;
* **a foreign given name in katakana** after a role or family word and の
  (``技能実習生のアルジュンが``, ``同僚のカタジナは``), or before って子 / という人 / って名前
  (``キアラって子が``): a katakana word the dictionary does not know or knows only as a
  proper noun that is no place;
* **both halves of a katakana name joined by ・** when one half is read as a name
  (``ボンガニ・ドラミニ``, ``アルジュン・メータです``) — see :func:`widen_dotted_names`; or
  joined by ・ or ＝ after a person word (``担当はラジェシュ・クマールです``, ``講師の
  ジャン＝ピエール・ルノワール``; twenty-seventh round).

Pure functions of the text and its Sudachi tokens; nothing here raises on any text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from guardrails.pii.nlp_engine import Morph, katakana
from guardrails.pii.recognizers.english_words import COMMON_ENGLISH_WORDS
from guardrails.pii.recognizers.word_list import load_word_list

__all__ = ["LAYOUT_SCORE", "conversation_name_spans", "dotted_name_spans"]

LAYOUT_SCORE: Final = 0.8
TITLE_SCORE: Final = 0.7
# A name followed by its own reading is surer than any reading of its parts (川口 史世 with
# Sudachi's 0.85 on 史世 alone would leave 川口 in clear).
READING_SCORE: Final = 0.9

_KANJI = r"\u3400-\u9fff\uf900-\ufaff々〆ヶ"
_HIRAGANA = r"\u3041-\u3096ー"
_KATAKANA = r"\u30a1-\u30faー"
_NAME_WORD = rf"(?:[{_KANJI}]{{1,4}}|[{_HIRAGANA}]{{2,5}}|[{_KATAKANA}]{{2,8}}|[A-Z][a-z]{{1,15}})"
# A line of a transcript: an optional clock time, the speaker (one or two words, or a role
# with the speaker in brackets), then a colon, > or 「.
_SPEAKER_LINE: Final = re.compile(
    rf"(?:^|(?<=\"))[ \t]*(?P<time>[\[(]?\d{{1,2}}:\d{{2}}(?::\d{{2}})?[\])]?[ \t]*)?"
    # an IRC or bridge log puts the speaker in angle brackets (<Rafael Cortez> is it green?)
    r"<?"
    rf"(?P<name>{_NAME_WORD}(?:[ ・]{_NAME_WORD})?)"
    rf"(?:\((?P<inner>{_NAME_WORD}(?: {_NAME_WORD})?)\))?"
    r"[ \t]*(?::|>|「)(?!//)",
    re.MULTILINE,
)
_ROLES: Final = frozenset(load_word_list("role_words")) | frozenset(
    {"司会", "記録", "書記", "議長", "進行", "発表", "発言", "質問", "回答", "講師", "記", "司会者",
     "記録者", "発表者", "質問者", "回答者", "担当", "担当者", "Q", "A", "Me", "You", "User",
     "Assistant", "Bot", "AI", "System", "Host", "Guest", "Moderator", "Speaker", "Interviewer"}
)  # fmt: skip
# A ruby group: an optional | (NFKC of ｜), kanji, and the reading in 《》.
_RUBY_CHAIN: Final = re.compile(
    rf"(?:\|?[{_KANJI}]{{1,4}}《[{_HIRAGANA}{_KATAKANA}]{{1,10}}》){{2,3}}"
)
_RUBY_GROUP: Final = re.compile(rf"\|?([{_KANJI}]{{1,4}})《[{_HIRAGANA}{_KATAKANA}]{{1,10}}》")
_READING_AFTER: Final = re.compile(
    rf"(?<![{_KANJI}])([{_KANJI}]{{1,4}}) ([{_KANJI}]{{1,4}})[ ]?\("
    rf"(?:[A-Z][a-z]{{1,15}} [A-Z][a-z]{{1,15}}|[A-Z]{{2,15}} [A-Z][a-z]{{1,15}}"
    rf"|[{_HIRAGANA}]{{2,8}} [{_HIRAGANA}]{{2,8}}|[{_KATAKANA}]{{2,8}} [{_KATAKANA}]{{2,8}})\)"
)
_HIRAGANA_WORD: Final = re.compile(r"^[\u3041-\u3096]+$")
_TITLES: Final = tuple(sorted(load_word_list("titles"), key=len, reverse=True))
# Twenty-sixth round: one kanji word with its kana reading in brackets, then an honorific or
# a job title (四月一日（わたぬき）さん, 御手洗（みたらい）部長, 小鳥遊(たかなし)様): the reading is
# written because the name is hard to read, and the honorific makes it someone's, whatever
# the dictionary reads the kanji as (a date, a word).
_WORD_READING_HONORIFIC: Final = re.compile(
    # (digits: NFKC has written 四月一日 as 4月1日 by now)
    rf"(?<![{_KANJI}0-9])((?=[0-9]*[{_KANJI}])[{_KANJI}0-9]{{1,6}})[ ]?"
    rf"\((?:[{_HIRAGANA}]{{2,10}}|[{_KATAKANA}]{{2,10}})\)"
    r"(?=[ ]?(?:さん|様|さま|くん|君|ちゃん|氏|殿|" + "|".join(map(re.escape, _TITLES)) + r"))"
)
# Twenty-seventh round: a given name with its reading after a family word (長男 悠斗（ゆうと）,
# 娘・美桜(みお)), or before an age or a school year (颯太（そうた）7歳, 結衣(ゆい)小3): a
# child's name is written with its reading for a school, a form or a card. The second name of
# a list (、陽菜（ひな）4歳) is read by the age after it.
_KIN_WORDS: Final = "|".join(sorted(load_word_list("kin_words"), key=len, reverse=True))
_KIN_READING: Final = re.compile(
    rf"(?:{_KIN_WORDS}|子供たち|子ども達|子|孫娘|孫息子)(?:の|は|が|:|・|、|[ \t])*"
    rf"(?<![{_KANJI}])([{_KANJI}]{{1,3}})[ ]?\([{_HIRAGANA}]{{2,8}}\)"
)
_READING_AGE: Final = re.compile(
    rf"(?<![{_KANJI}])([{_KANJI}]{{1,3}})[ ]?\([{_HIRAGANA}]{{2,8}}\)"
    r"(?=[ 、,]?(?:\d{1,2}(?:歳|才|か月|ヶ月|カ月)|小学?\d|中学?\d|高校?\d|年長|年中|年少))"
)
# A phone number (or an extension) and, in brackets or after a slash, whom to ask for:
# 090-1234-5678（林）, 内線 4471（堀）, 03-5521-8890(担当 今井), 070-…（母・和田）, TEL … ／ 森.
_PHONE_SHAPE: Final = (
    r"(?:\+?\d{1,4}[-‐ .]?\(?\d{1,4}\)?[-‐ .]?\d{2,4}[-‐ .]?\d{3,4}"
    r"|(?:内線|ext\.?|Ext\.?|直通)[ ]?\d{2,6})"
)
_PHONE_THEN_NAME: Final = re.compile(
    rf"{_PHONE_SHAPE}[ ]?(?:\((?:担当(?:者)?[:： ]?|(?:{_KIN_WORDS}|本人|自宅|携帯)[・:、 ])?"
    rf"([{_KANJI}]{{1,4}}|[{_KATAKANA}]{{2,6}})(?:様|さん|宛)?\)"
    rf"|[ ]?/[ ]?([{_KANJI}]{{1,4}})[ ]*$)",
    re.MULTILINE,
)
_KATAKANA_SURNAME: Final = re.compile(
    r"(?<![\u30a1-\u30faー・])([アイウエオカ-ヂツ-モヤユヨ-ロワヲン]{2,6})"
)
# A kanji stem needs only no kanji before it (きのう田中っちと: the script changes); kana
# stems need no kana of their own script before them.
_PET_HONORIFIC: Final = re.compile(
    rf"((?<![{_KANJI}])[{_KANJI}]{{1,3}}|(?<![{_KATAKANA}])[{_KATAKANA}]{{2,6}}"
    rf"|(?<![{_KANJI}{_HIRAGANA}{_KATAKANA}])[{_HIRAGANA}]{{2,5}})"
    r"(?:ちゃま|たん|っち|にいさん|ねえさん|にいちゃん|ねえちゃん|にぃに|ねぇね)"
    rf"(?=$|[\s、。!?,.…]|[がはもにのとへをや](?![{_HIRAGANA}]*(?:ない|ます)))"
)
_KANJI_WORD: Final = re.compile(rf"[{_KANJI}]{{1,3}}")
# A nickname of the first mora of a name, a small っ and a pet ending (あっちゃん, まっつん,
# たっくん, よっちん) before a particle, a mark, a kanji or the end. Not the kinship and
# dialect words of that shape (おっちゃん, ばっちゃん, じっちゃん, 坊っちゃん, いっちゃん好き).
_SOKUON_NICKNAME: Final = re.compile(
    rf"(?<![{_KATAKANA}])([あ-おか-ぢつ-ものや-ろわ](?:っ)(?:ちゃん|くん|ちん|つん|ぴー))"
    rf"(?=$|[\s、。!?,.…{_KANJI}]|[がはもにのとへをやっ])"
)
_SOKUON_NOT_HEADS: Final = frozenset("おばじぼいち")
_NOT_PET_HEADS: Final = frozenset(
    {
        "いっ",
        "かん",
        "ぼっ",
        "ぜん",
        "いち",
        "お兄",
        "お姉",
        "兄",
        "姉",
        "あん",
        "せん",
        "ごっ",
        "えっ",
    }
)
_KIN_OR_ROLE: Final = "|".join(
    sorted(
        {*load_word_list("kin_words"), *load_word_list("role_words"), "技能実習生", "実習生",
         "留学生", "研修生", "新人", "転校生", "交換留学生", "生徒", "学生", "選手", "友達", "友人",
         "スタッフ", "社員", "派遣さん", "バイト", "アルバイト", "担任", "同級生", "ルームメイト",
         # twenty-fourth round: more workplace roles (インターンのソフィアが…)
         "インターン", "インターン生", "新入社員", "派遣社員", "パートさん", "契約社員"},
        key=len,
        reverse=True,
    )
)  # fmt: skip
_ROLE_THEN_KATAKANA: Final = re.compile(
    rf"(?:{_KIN_OR_ROLE})の([{_KATAKANA}]{{2,10}})(?=[がはもにとを、・]|って|さん|ちゃん|くん|から|です)"
)
_KATAKANA_BEFORE_CUE: Final = re.compile(
    rf"(?<![{_KATAKANA}・])([{_KATAKANA}]{{2,10}})(?=って(?:いう)?(?:子|人|男の子|女の子|名前|奴|やつ)"
    r"|と(?:いう|言う)(?:子|人|名前|男の子|女の子))"
)
_NOT_NAME_TAGS: Final = ("名詞-普通名詞", "動詞", "形容詞", "副詞", "代名詞", "接続詞", "感動詞")
# What a chat line says after the speaker: words starting in lower case, or Japanese.
_CHAT_WORDS: Final = re.compile(rf"[ \t]*(?:[a-z]|[{_KANJI}{_HIRAGANA}{_KATAKANA}])")
_FORM_LABELS: Final = frozenset(
    {"件名", "日時", "場所", "議題", "結論", "理由", "注意", "備考", "目的", "内容", "概要", "予定",
     "結果", "課題", "対応", "期限", "宿題", "決定", "決定事項", "報告", "連絡", "相談", "メモ",
     "ポイント", "テーマ", "タイトル", "ステータス", "タスク", "質問", "回答", "次回", "前回",
     "今回"}
)  # fmt: skip


def conversation_name_spans(
    text: str,
    doc: Sequence[Morph],
    kinds: Callable[[str], frozenset[str]],
    entries: Callable[[str], frozenset[str]],
) -> list[tuple[int, int, float]]:
    """``(start, end, score)`` of the names the module docstring lists."""
    starts = {m.idx: m for m in doc}
    spans: list[tuple[int, int, float]] = []
    # Text inside JSON (a tool result) writes line breaks as \n: read them as lines (the
    # same length, so offsets hold).
    spans.extend(_speakers(text.replace("\\n", " \n"), starts, kinds))
    spans.extend(_capital_speakers(text, starts))
    spans.extend(_ruby(text, starts, kinds))
    spans.extend(_readings(text, kinds, starts))
    spans.extend(_kin_readings(text, kinds, entries))
    spans.extend(_phone_names(text, kinds))
    spans.extend(_cued_dotted(text, starts, entries))
    spans.extend(_katakana_titles(text, starts, entries))
    spans.extend(_pet_forms(text, starts, kinds, entries))
    for pattern in (_ROLE_THEN_KATAKANA, _KATAKANA_BEFORE_CUE):
        for match in pattern.finditer(text):
            word = match.group(1)
            if _foreign_given(word, match.start(1), starts, entries):
                spans.append((match.start(1), match.end(1), LAYOUT_SCORE))
    return spans


def _speakers(
    text: str, starts: dict[int, Morph], kinds: Callable[[str], frozenset[str]]
) -> list[tuple[int, int, float]]:
    lines = [m for m in _SPEAKER_LINE.finditer(text)]
    dialogue = len(lines) >= 2
    # A label that opens two or more lines of a dialogue with another speaker is someone
    # speaking, whatever Sudachi reads the kana as (ひろえ as the verb 拾え, sixteenth round).
    labels = [m.group("name") for m in lines]
    repeated = {v for v in labels if labels.count(v) >= 2} if len(set(labels)) >= 2 else set()
    found: list[tuple[int, int, float]] = []
    for line in lines:
        if not dialogue and line.group("time") is None:
            continue
        group = "inner" if line.group("inner") else "name"
        if group == "name" and line.group("name") in _ROLES and line.group("inner") is None:
            continue
        if group == "inner" and line.group("name") not in _ROLES:
            continue
        value = line.group(group)
        start = line.start(group)
        timed = line.group("time") is not None
        # A field of a form or record (品番：ORD-2027-50835, 数量：42) holds a value, not
        # what someone says: without a clock time the line must go on in words.
        # (すずき：10時です in a dialogue: a number said in words, by a label the dictionary
        # reads as a name, is a line of chat too; twenty-seventh round)
        if (
            not timed
            and _CHAT_WORDS.match(text, line.end()) is None
            and not (
                dialogue
                and _NUMBER_SAID.match(text, line.end())
                and _read_as_name(value, start, starts, kinds)
            )
        ):
            continue
        if _speaker_name(text, value, start, line.end(), timed, starts, kinds) or (
            value in repeated and _repeated_kana_speaker(value, start, starts)
        ):
            found.append((start, start + len(value), LAYOUT_SCORE))
    return found


# A court or interview transcript writes its speakers in capitals (KOWALSKI: I sent it.
# FENWICK: Not to me.): at least two different such labels, each opening two lines or more
# between them, none an ordinary English word or a heading (NOTE, TODO, Q, FAQ).
_CAPITAL_SPEAKER: Final = re.compile(r"^[ \t]*([A-Z][A-Z'\-]{2,15}):[ \t]+\S", re.MULTILINE)


_CAPITAL_HEADINGS: Final = frozenset(
    {"TODO", "FIXME", "NOTE", "NB", "PS", "FAQ", "TIP", "INFO", "WARN", "WARNING", "ERROR",
     "DEBUG", "TLDR", "UPDATE", "EDIT", "RE", "FW", "FWD", "CC", "BCC", "ACTION", "DONE",
     "STATUS", "ASAP", "FYI", "URL", "API", "SQL", "JSON", "HTTP", "GET", "POST", "PUT",
     "DELETE", "PATCH", "INPUT", "OUTPUT", "USER", "AI", "BOT", "SYSTEM", "ASSISTANT"}
)  # fmt: skip


def _capital_speakers(text: str, starts: dict[int, Morph]) -> list[tuple[int, int, float]]:
    lines = list(_CAPITAL_SPEAKER.finditer(text))
    if len(lines) < 3:
        return []
    labels = [m.group(1) for m in lines]
    if len(set(labels)) < 2 or len(set(labels)) == len(labels):
        return []
    for line in lines:
        label = line.group(1)
        token = starts.get(line.start(1))
        if (
            label.lower() in COMMON_ENGLISH_WORDS
            or label.title() in _ROLES
            or label in _CAPITAL_HEADINGS
            or (token is not None and not token.oov and not token.tag.startswith("名詞-固有名詞"))
        ):
            return []  # NOTE:, TODO:, AGENDA: — headings, so the labels are no speakers
    return [(line.start(1), line.end(1), LAYOUT_SCORE) for line in lines]


_NUMBER_SAID: Final = re.compile(rf"[ \t]*\d{{1,4}}[{_KANJI}{_HIRAGANA}]")


def _read_as_name(
    value: str, start: int, starts: dict[int, Morph], kinds: Callable[[str], frozenset[str]]
) -> bool:
    """The label is one word the dictionary reads as a name (すずき, 田中)."""
    token = starts.get(start)
    whole = token is not None and len(token.text) == len(value)
    return bool(kinds(value)) or (whole and token is not None and "人名" in token.tag)


def _speaker_name(
    text: str,
    value: str,
    start: int,
    end: int,
    timed: bool,
    starts: dict[int, Morph],
    kinds: Callable[[str], frozenset[str]],
) -> bool:
    if value in _ROLES or value in _FORM_LABELS or value.lower() in COMMON_ENGLISH_WORDS:
        return False
    token = starts.get(start)
    if value.isascii():
        # Agenda:, Action: — a word Sudachi knows as a common noun is a heading; so is a
        # field of a listing (Desc: Set in …, Parts: 1 | 2): a chat line's words start in
        # lower case (Callum: r u coming), or a clock time stands before the name.
        known = token is not None and not token.oov and token.tag.startswith("名詞-普通名詞")
        return (
            not known
            and all(w.lower() not in COMMON_ENGLISH_WORDS for w in value.split())
            and (timed or _CHAT_WORDS.match(text, end) is not None)
        )
    if (
        token is not None
        and len(token.text) == len(value)
        and token.tag.startswith(("接続詞", "感動詞", "副詞"))
        and _KANA_LABEL.fullmatch(value) is not None
    ):
        return False  # ただし：, なお：, まず：: a conjunction heads a note (sixteenth round)
    if kinds(value) or kinds(value.split(" ")[0]):
        return True
    if token is None:
        return True  # the label starts inside a word Sudachi cut otherwise: no common noun
    if len(token.text) >= len(value):
        # One word: a name Sudachi reads or a word it does not know, not a common noun.
        return (
            token.oov
            or "人名" in token.tag
            or not token.tag.startswith(
                ("名詞-普通名詞", "動詞", "形容詞", "副詞", "代名詞", "接続詞", "感動詞")
            )
        )
    return not _common_compound(value, start, starts, kinds)


def _common_compound(
    value: str, start: int, starts: dict[int, Morph], kinds: Callable[[str], frozenset[str]]
) -> bool:
    """The label is two or more words Sudachi knows, each a common noun no name list holds
    (支持政党, 影響範囲, 対応期限): a form's field, not a speaker (twenty-second round)."""
    end = start + len(value)
    position = start
    while position < end:
        token = starts.get(position)
        if (
            token is None
            or token.oov
            or not token.tag.startswith("名詞-普通名詞")
            or kinds(token.text)
        ):
            return False
        position += len(token.text)
    return position == end


_KANA_LABEL: Final = re.compile(rf"[{_HIRAGANA}]{{2,5}}|[{_KATAKANA}]{{2,8}}")


def _repeated_kana_speaker(value: str, start: int, starts: dict[int, Morph]) -> bool:
    """A kana label repeated in a dialogue that Sudachi reads as one verb, adjective or
    adverb (ひろえ, たかね): not a role, a form label, a pronoun, a conjunction or a common
    noun (自分, ただし, 質問 stay)."""
    if value in _ROLES or value in _FORM_LABELS or _KANA_LABEL.fullmatch(value) is None:
        return False
    token = starts.get(start)
    if token is None:
        return True
    return not token.tag.startswith(("名詞-普通名詞", "代名詞", "接続詞", "感動詞", "連体詞"))


def _kin_readings(
    text: str,
    kinds: Callable[[str], frozenset[str]],
    entries: Callable[[str], frozenset[str]],
) -> list[tuple[int, int, float]]:
    """A kanji given name and its reading after a family word or before an age (see
    ``_KIN_READING``): the name and the reading, one span. The kanji must be a word the
    dictionary lists as a name, or after a family word one it does not know (心春);
    子供の日（こどものひ）, 算数（さんすう）1年 are left alone."""
    if "(" not in text:
        return []
    found: list[tuple[int, int, float]] = []
    for pattern in (_KIN_READING, _READING_AGE):
        for match in pattern.finditer(text):
            word = match.group(1)
            # after a family word, a kanji pair the dictionary does not know at all is a
            # name too (心春（こはる）); before an age it must be a listed name
            unknown = pattern is _KIN_READING and len(word) >= 2 and not entries(word)
            if word in _TITLES or not (kinds(word) or unknown):
                continue
            if len(word) >= 2 and any(t.startswith("名詞-普通名詞") for t in entries(word)):
                continue  # 娘の日記（にっき）: a word that is also read as a given name
                continue
            found.append((match.start(1), match.end(), READING_SCORE))
    return found


# The words a bracket after a phone number holds that are no one's name.
_NOT_PHONE_NAMES: Final = frozenset(
    {"代表", "直通", "内線", "携帯", "自宅", "会社", "本社", "支社", "受付", "平日", "土日", "祝日",
     "夜間", "休日", "営業", "窓口", "担当", "事務所", "事務局", "総務", "人事", "経理", "固定",
     "緊急", "日中", "午前", "午後", "不在", "留守", "本人", "番号", "専用", "共通", "東京", "大阪",
     # days of the week after a number (…-0100（金）)
     "月", "火", "水", "木", "金", "土", "日", "祝"}
)  # fmt: skip


def _phone_names(text: str, kinds: Callable[[str], frozenset[str]]) -> list[tuple[int, int, float]]:
    """A surname in brackets (or after a slash at the end of a line) right after a phone
    number (see ``_PHONE_THEN_NAME``): the person to ask for. A kanji word must be listed
    as a surname; a katakana one must be a native word (ハヤシ, not FAX or メイン)."""
    if not any(ch.isdigit() for ch in text):
        return []
    found: list[tuple[int, int, float]] = []
    for match in _PHONE_THEN_NAME.finditer(text):
        group = 1 if match.group(1) else 2
        word = match.group(group)
        if word in _NOT_PHONE_NAMES or word in _ROLES or word in _TITLES:
            continue
        if word[0] in _KATAKANA_CHARS:
            if _NATIVE_KATAKANA.fullmatch(word) is None:
                continue
        elif "姓" not in kinds(word):
            continue
        found.append((match.start(group), match.end(group), LAYOUT_SCORE))
    return found


_KATAKANA_CHARS: Final = frozenset(chr(c) for c in range(0x30A1, 0x30FB))
# A katakana name of two or three parts joined by ・ or ＝ (NFKC: =) after a word that
# speaks of a person (担当はラジェシュ・クマールです, 講師のジャン=ピエール・ルノワール氏).
_PERSON_WORD_THEN_DOTTED: Final = re.compile(
    rf"(?:担当者?|窓口|講師|通訳|上司|同僚|部下|顧客|お客様|取引先|先方|社員|スタッフ|従業員"
    rf"|実習生|研修生|留学生|新人|新入社員|候補者|応募者|申込者|契約者|依頼者|ドライバー|運転手"
    rf"|{_KIN_WORDS})(?:は|の|が|:|、|[ 	])*"
    rf"([{_KATAKANA}]{{2,10}}(?:[・=][{_KATAKANA}]{{2,10}}){{1,2}})"
    r"(?=さん|様|氏|さま|くん|ちゃん|です|でした|が|は|に|と|を|から|より|、|。|\s|$)"
)


def _cued_dotted(
    text: str, starts: dict[int, Morph], entries: Callable[[str], frozenset[str]]
) -> list[tuple[int, int, float]]:
    """A ・/＝-joined katakana name after a person word (see ``_PERSON_WORD_THEN_DOTTED``):
    no part may be a place the dictionary lists (ロサンゼルス・ドジャース, ボストン・コンサル
    ティング・グループ) and the last may be no common noun (…・グループ, …・ジャパン)."""
    if "・" not in text and "=" not in text:
        return []
    found: list[tuple[int, int, float]] = []
    for match in _PERSON_WORD_THEN_DOTTED.finditer(text):
        parts = re.split(r"[・=]", match.group(1))
        if any("地名" in t for part in parts for t in entries(part)) or any(
            t.startswith("名詞-普通名詞") for t in entries(parts[-1])
        ):
            continue
        found.append((match.start(1), match.end(1), LAYOUT_SCORE))
    return found


def _ruby(
    text: str, starts: dict[int, Morph], kinds: Callable[[str], frozenset[str]]
) -> list[tuple[int, int, float]]:
    found: list[tuple[int, int, float]] = []
    for chain in _RUBY_CHAIN.finditer(text):
        first = _RUBY_GROUP.match(text, chain.start())
        if first is None:
            continue
        base = first.group(1)
        token = starts.get(first.start(1))
        if "姓" in kinds(base) or (token is not None and "人名" in token.tag):
            found.append((chain.start(), chain.end(), LAYOUT_SCORE))
    return found


def _readings(
    text: str, kinds: Callable[[str], frozenset[str]], starts: dict[int, Morph]
) -> list[tuple[int, int, float]]:
    found: list[tuple[int, int, float]] = []
    for match in _READING_AFTER.finditer(text):
        surname, given = match.group(1), match.group(2)
        if "姓" in kinds(surname) or "名" in kinds(given):
            found.append((match.start(1), match.end(2), READING_SCORE))
    for match in _WORD_READING_HONORIFIC.finditer(text):
        if match.group(1) not in _TITLES:
            found.append((match.start(1), match.end(), READING_SCORE))
    return found


# A native word written in katakana (ヤナギ, マツ, カド: 柳, 松, 角) is a surname before an
# office title (ヤナギ次長, マツ工場長); a loanword or a doubled syllable before one is a
# description (ママ社長, カリスマ店長, ゴルフ部長), and so is anything before 社長, 店長 or
# 部長 (club captains, owners). Fifteenth round.
_NATIVE_KATAKANA: Final = re.compile(r"(?:(?![ィゥェォッャュョヮ])[\u30a2-\u30f2]){2,3}")
_OFFICE_TITLES: Final = (
    "課長", "係長", "次長", "副部長", "工場長", "支店長", "室長", "所長", "専務", "常務", "主任",
)  # fmt: skip


def _native_word_before_office_title(word: str, tags: frozenset[str], text: str, end: int) -> bool:
    return (
        _NATIVE_KATAKANA.fullmatch(word) is not None
        and len(set(word)) == len(word)
        and all(t.startswith("名詞-普通名詞") for t in tags)
        and text.startswith(_OFFICE_TITLES, end)
    )


def _katakana_titles(
    text: str, starts: dict[int, Morph], entries: Callable[[str], frozenset[str]]
) -> list[tuple[int, int, float]]:
    found: list[tuple[int, int, float]] = []
    for match in _KATAKANA_SURNAME.finditer(text):
        end = match.end(1)
        if not text.startswith(_TITLES, end) or match.start(1) not in starts:
            continue
        word = match.group(1)
        tags = entries(word)
        if (
            tags
            and not any("人名" in t or "地名" in t for t in tags)
            and not _native_word_before_office_title(word, tags, text, end)
        ):
            continue  # ママ社長, トヨタ社長: a common noun or a brand
        found.append((match.start(1), end, TITLE_SCORE))
    return found


def _pet_forms(
    text: str,
    starts: dict[int, Morph],
    kinds: Callable[[str], frozenset[str]],
    entries: Callable[[str], frozenset[str]],
) -> list[tuple[int, int, float]]:
    found: list[tuple[int, int, float]] = []
    for match in _PET_HONORIFIC.finditer(text):
        word = match.group(1)
        if word in _NOT_PET_HEADS or word.endswith("っ"):
            continue
        tags = entries(word)
        # The name and the honorific are words of their own: a run that starts or ends
        # inside a token is part of another word (って|どっち read as ってど + っち). A kanji
        # surname the dictionary lists is one whatever Sudachi makes of the rest (田|中っ|ち).
        listed_kanji = _KANJI_WORD.fullmatch(word) is not None and any("人名" in t for t in tags)
        if not listed_kanji and (match.start(1) not in starts or match.end(1) not in starts):
            continue
        common = any(
            t.startswith(("名詞-普通名詞", "動詞", "形容詞", "副詞", "代名詞")) for t in tags
        )
        # A hiragana name is often listed only under its katakana reading (さや → サヤ).
        reading = entries(katakana(word)) if _HIRAGANA_WORD.match(word) else tags
        person = any("人名" in t for t in (*tags, *reading)) or any(
            "固有名詞" in t and "地名" not in t for t in reading if reading is not tags
        )
        if kinds(word) or not tags or person or (not common and any("固有名詞" in t for t in tags)):
            found.append((match.start(1), match.end(1), LAYOUT_SCORE))
    for match in _SOKUON_NICKNAME.finditer(text):
        if text[match.start()] in _SOKUON_NOT_HEADS:
            continue
        # The nickname opens a word: after a mark, a kanji or a call word, or where Sudachi
        # starts a token (ねえ|ま|っつ|ん).
        at = match.start()
        if at in starts or at == 0 or not _HIRAGANA_WORD.match(text[at - 1]):
            # Surer than Sudachi's name reading of its first mora (あっ|ちゃん): the whole goes.
            found.append((match.start(), match.end(1), READING_SCORE))
    return found


def _foreign_given(
    word: str, start: int, starts: dict[int, Morph], entries: Callable[[str], frozenset[str]]
) -> bool:
    tags = entries(word)
    if not tags:
        return True
    if any("地名" in t for t in tags) and not any("人名" in t for t in tags):
        return False
    return all("固有名詞" in t for t in tags)


_DOTTED: Final = re.compile(rf"[{_KATAKANA}]{{2,10}}(?:[・=][{_KATAKANA}]{{2,10}}){{1,2}}")


def dotted_name_spans(
    text: str, found: Sequence[tuple[int, int, float]]
) -> list[tuple[int, int, float]]:
    """A katakana name joined by ・ whose first or last part is already a name
    (``<アルジュン>・メータ``, ``ボンガニ・<ドラミニ>``): the whole, at that part's score."""
    if "・" not in text and "=" not in text:
        return []
    parts = {(start, end): score for start, end, score in found}
    spans: list[tuple[int, int, float]] = []
    for match in _DOTTED.finditer(text):
        words = re.split(r"[・=]", match.group())
        first = (match.start(), match.start() + len(words[0]))
        last = (match.end() - len(words[-1]), match.end())
        score = max(parts.get(first, 0.0), parts.get(last, 0.0))
        if score >= TITLE_SCORE - 0.1:
            spans.append((match.start(), match.end(), score))
    return spans

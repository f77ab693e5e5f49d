"""Given names written in hiragana, found by where they stand rather than by a list.

Japanese given names are often written in hiragana (さくら, ひなた, りくと), and many of
them are ordinary words too (さくら, ひかり, はるか) or words Sudachi does not know (りえみ),
so its tokenisation rarely reads 人名 there: ``筒井|りく|と申します``, ``三輪| |わか|です``,
``宮田|しょ|か|と申します``. What marks them is the family of places a given name takes:

* **after a surname**, glued or after one space (佐藤さくらです, 三輪 いとでお願いします,
  筒井りくと申しますが): a kanji word Sudachi reads as a surname, or one or two kanji words
  its dictionary lists as a surname (筒井, read as a common noun; 三|輪), or a placeholder
  (``<PERSON_1>ひなた``). The hiragana run up to a self-introduction (と申します,
  っていいます, です), an honorific suffix (さん, ちゃん) or a particle or punctuation mark
  is the given name; the whole is one name (0.85 before an honorific or a
  self-introduction, 0.8 before a particle);
* **a hiragana surname and given name with a space** opening a self-introduction
  (たかだ しほです), when the dictionary lists either part as such a name (0.8);
* **in a self-introduction with no surname**: after a name cue (下の名前は, わたし、) before
  と申します / っていいます (0.8), or opening the message (or following はじめまして)
  before です (ひなたです〜！; 0.7) when the dictionary lists the word as a given name in
  any reading (ゆか → ユカ) or does not know it as one word;
* **before an honorific after a verb** (今度入ったえいとちゃん): the hiragana after the
  verb's last auxiliary (0.7).

Not a given name: a particle or auxiliary starting the run (田中はいつも, 佐藤だけです),
a plural or role suffix (山田たち, 鈴木さま), a formal noun (佐藤のこと is not glued; 佐藤ほか),
and a run that is one adverb, verb, adjective or pronoun (佐藤まだです) unless the dictionary
lists it as a given name (わか → ワカ). A benign hiragana word that is also a reading
(さくらが咲き, はるか遠く, ひかり回線) has no surname, cue or self-introduction next to it.

Pure functions over the text, Sudachi's tokens and the dictionary look-up of
:func:`guardrails.pii.nlp_engine.name_kinds`; never raise.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from guardrails.pii.nlp_engine import Morph
from guardrails.pii.recognizers.word_list import load_word_list

__all__ = ["NOT_GIVEN_AFTER_SURNAME", "hiragana_given_spans"]

AFTER_SURNAME_STRONG: Final = 0.85
AFTER_SURNAME: Final = 0.8
INTRODUCED: Final = 0.8
OPENING: Final = 0.7
AFTER_VERB: Final = 0.7

_HIRAGANA: Final = re.compile(r"[\u3041-\u3096ー]+")
_KANJI: Final = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff々〆ヶ]+$")
_MIN, _MAX = 2, 5
# What follows a given name: a self-introduction or an honorific (strong), or a particle,
# punctuation or the end (the name is a word of its own).
_STRONG_AFTER: Final = re.compile(
    r"(?:と申し|と申す|といいます|と言います|っていいます|って言います|っていう者|です|でした"
    r"|でございます|さん|さま|様|ちゃん|くん|君|氏|殿|先生|先輩)"
)
# A self-introduction after a name (no です: 妻のおかげです is none).
_SELF_INTRODUCTION: Final = re.compile(
    r"と申し|と申す|といいます|と言います|っていいます|って言います|っていう者"
)
_INTRODUCTION_AFTER: Final = re.compile(rf"(?:{_SELF_INTRODUCTION.pattern}|です|でございます)")
_HONORIFIC_AFTER: Final = re.compile(r"(?:さん|さま|様|ちゃん|くん|君|氏|殿|先生|先輩)")
_WEAK_AFTER: Final = re.compile(
    r"(?:は|が|を|に|と|も|の|へ|で|から|まで|より|って|[、。，．,.!！?？\s（(「」』・:：)）]|$)"
)
# A placeholder before the run (a template's <PERSON_1>, another tool's [NAME]).
_HIRAGANA_WORD_BEFORE: Final = re.compile(
    r"(?<![\u3041-\u3096ー])([\u3041-\u3096ー]{2,5})[ \u3000]$"
)
_PLACEHOLDER_BEFORE: Final = re.compile(
    r"[<＜\[【［](?:[A-Z][A-Z_]*_\d+|NAME|PERSON|SURNAME|LAST_?NAME|FAMILY_?NAME|名字|苗字|姓)"
    r"[>＞\]】］]\s?$"
)
# Cues a given name alone follows in a self-introduction.
_NAME_CUE_BEFORE: Final = re.compile(
    r"(?:(?:下の|お)?(?:名前|なまえ)(?:は|が|、|:|：)|(?:わたし|私|あたし|僕|ぼく|俺|おれ|うち)(?:は|、))\s?$"
)
# A family member introducing themselves (<PERSON_1>の妻のみどりと申します, 山田の娘のさくらです):
# the kinship word and の before the name. Many words follow 妻の / 夫の (おかげ, せい, ぶん),
# so the name must be followed by a self-introduction, or by です when the dictionary lists
# the run as a given name and it has three kana or more.
_KIN_CUE_BEFORE: Final = re.compile(
    r"(?:妻|夫|家内|主人|嫁|娘|息子|長男|長女|次男|次女|孫|母|父|姉|妹|兄|弟|祖母|祖父)の$"
)
# A greeting the opening name may follow, formal or chat (おつかれっす、こうへいっす;
# こんちは、ゆうきっす): the greeting with its chat endings (っす, です, ー) and a mark or space.
_GREETING: Final = (
    r"(?:はじめまして|初めまして|こんにちは|こんにちわ|こんちは|こんちわ|こんばんは|こんばんわ"
    r"|どうも|おはよう(?:ございます)?|おはよ|ちわ|ちは|やっほ|はろ|もしもし"
    r"|(?:おつかれ|お疲れ|おつ)(?:さま|様)?(?:です|っす|でーす)?)"
)
_OPENING_BEFORE: Final = re.compile(rf"(?:^|\n|{_GREETING}[ー〜っ]*[。、,!！\s〜ー]*)$")
_OPENERS: Final = frozenset(load_word_list("chat_openers"))
# A hiragana surname and given name with a space, opening a self-introduction (たかだ しほです).
_OPENING_PAIR: Final = re.compile(
    r"(?:^|\n|(?:はじめまして|初めまして|こんにちは|どうも)[。、!！\s〜ー]*)"
    r"([\u3041-\u3096ー]{2,5})[ \u3000]([\u3041-\u3096ー]{1,4}?)"
    r"(?=と申し|と申す|といいます|と言います|っていいます|です)"
)
# です and its chat forms (でーす, だよ, っす) before a mark, an emoji or the end: まゆです🙋,
# ゆうとだよ〜, さきでーす！ (そうだよね: a letter follows, not this shape).
_OPENING_AFTER: Final = re.compile(r"(?:でーす|です|だよー?|っす)(?:[〜ー~!！。、♪☆\s]|(?!\w)|$)")
# A katakana given name opening a message before です and a mark (ナユです！, ヨシエでーす,
# ユアやで: sixteenth round): a name when the dictionary lists it as one, or when it is no
# single word of the dictionary (ヨロシクです, テストです, コーヒーです stay).
_KATAKANA_OPENING: Final = re.compile(
    r"(?:^|(?<=\n)|(?<=[「『]))([\u30a1-\u30fa][\u30a1-\u30faー]{1,7})"
    r"(?=(?:でーす|です|だよー?|っす|やで)(?:[〜ー~!！。、♪☆\s]|$))",
    re.MULTILINE,
)
# Run-starting parts of speech that make the run no name (田中|は|いつも, 佐藤|だけ).
_NOT_FIRST: Final = ("助詞", "助動詞", "接続詞")
# One-word runs of these parts of speech are names only when the dictionary says so.
_NEEDS_LISTING: Final = ("副詞", "動詞", "形容詞", "連体詞", "接続詞", "感動詞", "代名詞", "形状詞")
NOT_GIVEN_AFTER_SURNAME: Final = frozenset(load_word_list("not_hiragana_given"))
# Kinship words, roles and greetings written before an honorific (おばあちゃん, おっちゃん):
# after a verb (亡くなったおばあちゃん) they are still no name.
_NOT_HONORED: Final = tuple(load_word_list("not_hiragana_names"))
"""Hiragana words after a surname that are no given name (たち, ほか, など, こと …)."""
_NOT_GIVEN: Final = NOT_GIVEN_AFTER_SURNAME
_VERBISH: Final = ("助動詞", "動詞")


def hiragana_given_spans(
    text: str, doc: Sequence[Morph], kinds: Callable[[str], frozenset[str]]
) -> list[tuple[int, int, float]]:
    """``(start, end, score)`` of hiragana given names (with their surname when one is
    written before them); see the module docstring."""
    starts = {m.idx: i for i, m in enumerate(doc)}
    found: list[tuple[int, int, float]] = []
    for match in _HIRAGANA.finditer(text):
        begin = match.start()
        if begin in starts:
            surname = _surname_before(text, doc, starts[begin], kinds)
            if surname is not None:
                name = _given_run(text, doc, starts, begin, match.end(), kinds, strong_only=False)
                if name is not None:
                    end, strong = name
                    score = AFTER_SURNAME_STRONG if strong else AFTER_SURNAME
                    found.append((surname, end, score))
                    continue
        # After a name cue; Sudachi may glue the cue's particle to the name (名前は|りえみ
        # read as はり|えみ), so the name may also start one character in.
        for cue_end in (begin, begin + 1):
            if not _NAME_CUE_BEFORE.search(text, max(0, cue_end - 8), cue_end):
                continue
            name = _given_run(text, doc, starts, cue_end, match.end(), kinds, strong_only=True)
            if name is not None and _INTRODUCTION_AFTER.match(text, name[0]):
                found.append((cue_end, name[0], INTRODUCED))
                break
        else:
            kin = _kin_name(text, doc, starts, begin, match.end(), kinds)
            if kin is not None:
                found.append((kin[0], kin[1], INTRODUCED))
                continue
            if begin in starts and _OPENING_BEFORE.search(text, max(0, begin - 14), begin):
                opening = _opening_name(text, doc, starts, begin, match.end(), kinds)
                if opening is not None:
                    found.append((begin, opening, OPENING))
    found.extend(_after_verb(text, doc, starts, kinds))
    for called in _KATAKANA_OPENING.finditer(text):
        begin, end = called.span(1)
        if begin not in starts or end not in starts:
            continue
        tokens = [doc[i] for i in range(starts[begin], starts[end])]
        known_word = len(tokens) == 1 and not tokens[0].oov and "人名" not in tokens[0].tag
        if {"名", "姓"} & kinds(called.group(1)) or not known_word:
            found.append((begin, end, OPENING))
    for pair in _OPENING_PAIR.finditer(text):
        first, second = pair.group(1), pair.group(2)
        if "姓" in kinds(first) or "名" in kinds(second):
            found.append((pair.start(1), pair.end(2), INTRODUCED))
    return found


def _kin_name(
    text: str,
    doc: Sequence[Morph],
    starts: dict[int, int],
    begin: int,
    stretch_end: int,
    kinds: Callable[[str], frozenset[str]],
) -> tuple[int, int] | None:
    """The span of a given name after a kinship word and の (see ``_KIN_CUE_BEFORE``).
    Sudachi may read the の with the name's first kana (妻|のみ|どり), so the run may start
    at that の."""
    if text.startswith("の", begin):
        begin += 1
    if not _KIN_CUE_BEFORE.search(text, max(0, begin - 3), begin):
        return None
    name = _given_run(text, doc, starts, begin, stretch_end, kinds, strong_only=True)
    if name is None:
        return None
    end = name[0]
    if _SELF_INTRODUCTION.match(text, end):
        return begin, end
    if text.startswith("です", end) and end - begin >= 3 and "名" in kinds(text[begin:end]):
        return begin, end
    return None


def _surname_before(
    text: str, doc: Sequence[Morph], index: int, kinds: Callable[[str], frozenset[str]]
) -> int | None:
    """Where the surname (or placeholder) right before token ``index`` starts, if any."""
    if _PLACEHOLDER_BEFORE.search(text, max(0, doc[index].idx - 24), doc[index].idx):
        match = _PLACEHOLDER_BEFORE.search(text, max(0, doc[index].idx - 24), doc[index].idx)
        return match.start() if match is not None else None
    last = index - 1
    spaced = last >= 0 and doc[last].text in {" ", "\u3000"}
    if spaced:
        last -= 1
    if last < 0:
        return None
    if spaced and _HIRAGANA.fullmatch(doc[last].text):
        # いなば あやめです: a hiragana word the dictionary lists as a surname, a space.
        word = _HIRAGANA_WORD_BEFORE.search(text, max(0, doc[index].idx - 8), doc[index].idx)
        if word is not None and "姓" in kinds(word.group(1)):
            return word.start(1)
        return None
    if _KANJI.match(doc[last].text) is None:
        return None
    token = doc[last]
    if token.tag.endswith("人名-姓") or (len(token.text) >= 2 and "姓" in kinds(token.text)):
        return token.idx
    if last >= 1 and _KANJI.match(doc[last - 1].text) is not None:
        joined = doc[last - 1].text + token.text
        if 2 <= len(joined) <= 4 and "姓" in kinds(joined):
            return doc[last - 1].idx
    return None


def _given_run(
    text: str,
    doc: Sequence[Morph],
    starts: dict[int, int],
    begin: int,
    stretch_end: int,
    kinds: Callable[[str], frozenset[str]],
    *,
    strong_only: bool,
) -> tuple[int, bool] | None:
    """The end of the given name starting at ``begin`` and whether a self-introduction or
    honorific follows it: the longest run ending at a token boundary that is followed by
    one (else, unless ``strong_only``, by a particle or punctuation)."""
    ends = [
        i
        for i in range(begin + _MIN, min(stretch_end, begin + _MAX) + 1)
        if i in starts or i == len(text) or i == stretch_end
    ]
    if not ends:
        return None
    for strong in (True, False):
        if strong_only and not strong:
            break
        for end in reversed(ends):
            after = _STRONG_AFTER if strong else _WEAK_AFTER
            if after.match(text, end) is None:
                continue
            if strong and _HONORIFIC_AFTER.match(text, end) and not _suffix_at(doc, starts, end):
                continue
            if _acceptable(text[begin:end], doc, starts, begin, end, kinds):
                return end, strong
    return None


def _suffix_at(doc: Sequence[Morph], starts: dict[int, int], offset: int) -> bool:
    """Sudachi reads an honorific suffix at ``offset`` (さん|の, not さんざん)."""
    index = starts.get(offset)
    return index is not None and doc[index].tag.startswith(("接尾辞", "名詞"))


def _acceptable(
    run: str,
    doc: Sequence[Morph],
    starts: dict[int, int],
    begin: int,
    end: int,
    kinds: Callable[[str], frozenset[str]],
) -> bool:
    if run in _NOT_GIVEN or run.endswith(("さん", "ちゃん", "くん", "さま")):
        return False
    tokens = [m for m in doc if m.idx < end and begin < m.idx + len(m.text)]
    if not tokens:
        return False
    if (
        tokens[0].idx == begin
        and tokens[0].tag.startswith("名詞-普通名詞")
        and tokens[0].text.startswith(("さん", "ちゃん", "くん", "さま"))
    ):
        return False  # 原|さんぽ, 森|さんま: a word that starts like an honorific (散歩)
    misread = tokens[0].tag.startswith("助動詞") and _noun_follows(tokens, 0)
    if tokens[0].idx == begin and (
        (tokens[0].tag.startswith(_NOT_FIRST) and not misread)
        or (tokens[0].text in _NOT_GIVEN and tokens[0].tag.startswith("接尾辞"))
    ):
        return False  # 田中|は…, 山田|たち|が: a particle or a plural suffix, no given name
    alone = (
        len(tokens) == 1 and tokens[0].idx == begin and tokens[0].idx + len(tokens[0].text) == end
    )
    if alone and tokens[0].tag.startswith(_NEEDS_LISTING):
        return "名" in kinds(run)
    # A verb or adjective with its ending inside the run (よかった, わからない) is a phrase;
    # a one-letter "verb" (き|さ, くに|よ) is what Sudachi makes of a word it does not know.
    inside = [m for m in tokens if m.idx >= begin]
    # An auxiliary followed by a noun inside the run (名前は|はる|ほ|です) is how Sudachi
    # cuts a word it does not know, not an inflection.
    if any(
        (m.tag.startswith("助動詞") and not _noun_follows(inside, i))
        or (m.tag.startswith(("動詞", "形容詞")) and len(m.text) >= 2)
        for i, m in enumerate(inside)
    ):
        return "名" in kinds(run)
    return True


def _noun_follows(tokens: Sequence[Morph], index: int) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].tag.startswith("名詞")


def _opening_name(
    text: str,
    doc: Sequence[Morph],
    starts: dict[int, int],
    begin: int,
    stretch_end: int,
    kinds: Callable[[str], frozenset[str]],
) -> int | None:
    """A message or line that opens with a hiragana word and です (ひなたです〜！): a name
    when the dictionary lists the word as a given name in any reading, or when it is no
    single word of the dictionary at all."""
    for end in range(min(stretch_end, begin + _MAX), begin + _MIN - 1, -1):
        if _OPENING_AFTER.match(text, end) is None:
            continue
        if end not in starts and not ("名" in kinds(text[begin:end]) and _glued(doc, end)):
            continue
        run = text[begin:end]
        if run in _OPENERS or not _acceptable(run, doc, starts, begin, end, kinds):
            return None  # おつかれっす: a greeting opening the message, no name
        if end not in starts:
            return end  # listed as a given name, its copula glued to it (above)
        tokens = [doc[i] for i in range(starts[begin], starts[end])]
        one_word = len(tokens) == 1 and not tokens[0].oov
        if "名" in kinds(run) or not one_word:
            return end
        return None
    return None


def _glued(doc: Sequence[Morph], end: int) -> bool:
    """Sudachi read the name's last kana with the copula after it (こう|へ|いっす): the token
    across ``end`` ends with that copula."""
    for m in doc:
        if m.idx < end < m.idx + len(m.text):
            return m.text.endswith(("っす", "です")) and len(m.text) - (end - m.idx) == 2
    return False


def _after_verb(
    text: str,
    doc: Sequence[Morph],
    starts: dict[int, int],
    kinds: Callable[[str], frozenset[str]],
) -> list[tuple[int, int, float]]:
    """A hiragana name between a verb's last auxiliary and an honorific (今度入ったえいと
    ちゃん): the hiragana run before the honorific holds a verb phrase, so the name is what
    follows its last auxiliary or verb token."""
    found: list[tuple[int, int, float]] = []
    for index, token in enumerate(doc):
        if index < 2 or _HONORIFIC_AFTER.fullmatch(token.text) is None:
            continue
        if not token.tag.startswith("接尾辞"):
            continue
        first = index
        while first > 0 and _HIRAGANA.fullmatch(doc[first - 1].text) is not None:
            first -= 1
        verbish = [i for i in range(first, index) if doc[i].tag.startswith(_VERBISH)]
        if not verbish:
            continue
        begin_index = verbish[-1] + 1
        if begin_index >= index:
            continue
        begin, end = doc[begin_index].idx, token.idx
        if not _MIN <= end - begin <= _MAX:
            continue
        if text[begin:end].endswith(_NOT_HONORED):
            continue
        if _acceptable(text[begin:end], doc, starts, begin, end, kinds):
            found.append((begin, end, AFTER_VERB))
    return found

"""A kana name someone is called by at the start of a chat message (fifteenth round).

People open a chat message, or a quoted one, by calling the other person by a given name or
a pet name written in kana, straight before an emoji or a mark: ``あやね😭 …``,
``「ゆきか、いま駅ついた」``, ``ねえさつき、…``, ``リンタロウ😂ごめん遅れる``,
``なお：みゆ💦誕生日おめでと``, ``「かなっち、また飲みいこ」``. The word is often one
Sudachi does not know (あやね is read あや|ね, さえか as さえ|か), so its part of speech says
nothing; what decides is where it stands and what the dictionary says the word could be:

- **where**: at the start of a text, a line or a JSON string value, after 「 or 『, after a
  short speaker label (``なお：``, ``ゆい＞``), or after ねえ / ねぇ / おーい / あのさ;
  followed, after an optional stretched vowel (ー, 〜), by an emoji, ！, ？, 、, …, 💦 or
  a laughing ``w``;
- **what**: a hiragana word of 2-5 letters that the dictionary lists as a given name or
  surname in either kana (しおり, れおん → レオン) and as nothing else that opens a message
  (an interjection, adjective, adverb, pronoun, conjunction, prenoun or auxiliary: うん,
  すごい, まあ, あの); or a word it lists as nothing at all, in either kana, whose pieces
  hold no prefix at the start and no verb, auxiliary or adjective at the end (ももえ, さえか;
  not おはよ = お|は|よ, まって = まっ|て, よかった); a katakana word of 2-8 letters listed
  as a person's name or not listed at all (サラ, リンタロウ; not ユエ, a place, nor ヤバイ);
  a pet name, a stem of 1-4 kana and a pet ending (っち, りん, たん, ぴ, ぽん, にゃん, ちゃま,
  ちゃん, くん), unless the whole is a word the dictionary knows (赤ちゃん) or the stem one of
  the family words before an honorific that are no names (おばあちゃん).

Words people open a chat with that are none of these (おつかれ, ありがと, やばい, ごめん,
ただいま) stay; a common noun the dictionary also lists as a name (さくら) is only taken
before an emoji, 、 or a stretched vowel, not before ！ or ？ (``さくら！きれい``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Final

from guardrails.pii.nlp_engine import Morph, katakana
from guardrails.pii.recognizers.word_list import load_word_list

__all__ = ["CALLED_NAME", "CALLER", "called_names", "callers", "pet_names"]

_EMOJI = r"\U0001F300-\U0001FAFF\u2600-\u27BF"
#: The positions a called name stands in, the word, an optional stretched vowel and the mark.
CALLED_NAME: Final = re.compile(
    r"(?:^|(?<=\n)|(?<=[「『])|(?<=\": \")|(?<=\":\")"
    r"|(?:^|(?<=\n))(?P<label>[^\s：:＞>「」\n]{1,8})[：:＞>]"
    r"|(?:^|(?<=[\s、。!！「\"]))(?P<call>ねえ|ねぇ|おーい|あのさ)[、,]?)"
    r"[ \u3000]?"
    r"(?!ねえ|ねぇ|あのさ)(?P<word>[\u3041-\u3096]{2,7}|[\u30a1-\u30fa][\u30a1-\u30faー]{1,7})"
    rf"(?P<stretch>[ー〜～~]*)(?P<mark>[{_EMOJI}]|[!！?？、,…]|\.{{2,3}}|w(?![a-z])|\s[{_EMOJI}]"
    # a stretched call ends at a blank or the line's end (ハヤト〜〜　今週の…, sixteenth round)
    r"|(?<=[ー〜～~])(?:[ \u3000\t]|$))",
    re.MULTILINE,
)
# Marks that also end a sentence or a list item: a common noun before one is no call.
_WEAK_MARKS: Final = frozenset(("!", "！", "?", "？", "、", ",", "…", "..", "...", "w"))
_ENUMERATION: Final = re.compile(r"\s*(?:[\u30a1-\u30faー]{1,12}|[\u3400-\u9fff]{1,6})[、,]")
_KANA_WORD: Final = re.compile(r"[\u3041-\u3096]{2,5}|[\u30a1-\u30fa][\u30a1-\u30faー]{1,7}")
# A kana name before what a person does to the writer in a chat (ことせが呼んでるよ).
CALLER: Final = re.compile(
    r"(?:^|(?<=[\s、。!！「]))(?P<word>[\u3041-\u3096]{2,5})[がも]"
    r"(?=呼んで|呼ん|言って|待って|来て|来る|怒って|泣いて|笑って|探して|心配して)",
    re.MULTILINE,
)
_HIRAGANA: Final = re.compile(r"[\u3041-\u3096]+")
# What a word that opens a message may be instead of a name.
_OPENER_TAGS: Final = ("感動詞", "形容詞", "副詞", "代名詞", "接続詞", "連体詞", "助動詞", "形状詞")
# What the first piece of a name Sudachi does not know cannot be (お|は|よ, まあ|ね).
_NOT_FIRST: Final = ("接頭辞", "代名詞", "接続詞", "連体詞", "感動詞-一般", "副詞")
_PET_ENDINGS: Final = (
    "ちゃま", "ちゃん", "にゃん", "ぴょん", "っち", "りん", "たん", "ぽん", "ぽよ", "くん", "ぴー",
    "ぴ"
)  # fmt: skip
#: A pet ending written with a stretched vowel after it (むてちー, かなぴー).
_STRETCHED_PET_ENDINGS: Final = ("ち", "ぴ", "ぽ")
_NOT_STEMS: Final = frozenset(load_word_list("not_hiragana_names"))
_CHAT_OPENERS: Final = frozenset(load_word_list("chat_openers"))
_NOT_NAMES: Final = frozenset(load_word_list("hiragana_nouns")) | _CHAT_OPENERS
# Sentence-final particles a chat word ends in (いい|ね, ごめん|ね, そう|よ).
_FINAL_PARTICLES: Final = frozenset("ねよなわかさぞす")
_SMALL_VOWEL_OR_TSU: Final = re.compile(r"[ぁぃぅぇぉっ]|だ$")


def called_names(
    text: str,
    doc: Sequence[Morph],
    kinds: Callable[[str], frozenset[str]],
    entries: Callable[[str], frozenset[str]],
) -> Iterator[tuple[int, int]]:
    """Spans of kana names called out at the start of a chat message (see the module), and
    of the speaker label before one (``ふうか：めい！``) when the label passes the same test."""
    for match in CALLED_NAME.finditer(text):
        start, end = match.span("word")
        word = text[start:end]
        mark = match.group("mark").strip()
        called = match.group("call") is not None
        stretched = bool(match.group("stretch"))
        strong_mark = stretched or called or mark not in _WEAK_MARKS
        pet_stem = word[:-1]
        if (
            stretched
            and word.endswith(_STRETCHED_PET_ENDINGS)
            and 2 <= len(pet_stem) <= 4
            and pet_stem not in _NOT_STEMS
            and not entries(word)
            and not entries(pet_stem)
        ):
            yield start, end  # むてちー、: a pet name with its vowel stretched
            continue
        if _ENUMERATION.match(text, match.end()) is not None:
            continue  # ポチョムキン、フォーミダブル、…: a list, not someone called out
        if not _is_called_name(
            word, start, end, doc, kinds, entries, strong_mark=strong_mark, loose=called
        ):
            continue
        yield start, end
        label = match.group("label")
        if label is not None:
            label_start = match.start("label")
            label_end = label_start + len(label)
            if _KANA_WORD.fullmatch(label) is not None and _is_called_name(
                label, label_start, label_end, doc, kinds, entries, strong_mark=True, loose=False
            ):
                yield label_start, label_end


# A pet name or a stretched given name anywhere in a sentence, before a particle that says
# what is done with or by the person (round 21, tuned on bench/pii_names_r21_gen2 T):
# みーちゃんに, まゆっちと, ゆーきが, しょーたが, ゆっきーに.
_PET_IN_SENTENCE: Final = re.compile(
    r"(?<![\u3041-\u3096ー])(?P<word>[\u3041-\u3096ー]{1,4}(?:"
    + "|".join(e for e in _PET_ENDINGS if len(e) >= 2)
    + r")|[\u3041-\u3096]{1,3}ー[\u3041-\u3096]{0,2})"
    r"(?=に|が|と|や|って|へ|から|は|も|の|を|、)"
)
_PET_JOINED: Final = re.compile(
    r"[とや、・](?P<word>[\u3041-\u3096ー]{1,4}(?:"
    + "|".join(e for e in _PET_ENDINGS if len(e) >= 2)
    + r")|[\u3041-\u3096]{1,3}ー[\u3041-\u3096]{0,2})"
    r"(?=に|が|と|や|って|へ|から|は|も|の|を|、)"
)
# おばちゃん, じいちゃん, にいちゃん: family words with a pet ending, no one's name.
_KIN_STEMS: Final = ("おば", "おじ", "ばあ", "じい", "にい", "ねえ", "ねー", "にー", "かあ", "とう")
_NOT_A_PET_HEAD: Final = ("動詞", "助動詞", "助詞", "感動詞", "代名詞", "副詞", "形容詞", "接続詞")
# Twenty-eighth round: a match that starts inside a word after its kanji (住むならどっち) is
# that word's okurigana and what follows, not a pet name.
_KANJI_BEFORE: Final = re.compile(r"[\u3400-\u9fff々]")
# Twenty-ninth round: a nickname of one kana, a small っ, an i-row kana and ー (ゆっきー,
# よっしー, まっちー): Sudachi opens it with a verb's stem (ゆっ|き|ー), but no verb is
# written so before a particle. いっ (行っ, 言っ) opens spoken words (いっきーに) and is left out.
_DOUBLED_STRETCH: Final = re.compile(r"[\u3041-\u3043\u3045-\u3096]っ[きしちにひみりぎじびぴ]ー")
# すげー, うめー, やべー: a stretched e-row sound is a spoken word, not a name.
_SPOKEN_STRETCH: Final = re.compile(r"[えけげせぜてでねへべぺめれ]ー$|い$|^[おご]")


def pet_names(
    text: str, doc: Sequence[Morph], entries: Callable[[str], frozenset[str]]
) -> Iterator[tuple[int, int]]:
    """Spans of pet names (a stem of one to four kana and a pet ending) and of hiragana given
    names stretched with ー, before a particle, that the dictionary does not list as words;
    no verb or auxiliary starts the word (来た|…) and no family word is in it (おばちゃん).
    A pet name joined to one found by と or や is read too (まっちゃんとよっしーに)."""
    if "ー" not in text and not any(e in text for e in _PET_ENDINGS):
        return
    heads = {t.idx: t.tag for t in doc}
    for match in _PET_IN_SENTENCE.finditer(text):
        start, end = match.span("word")
        joined_to = False
        while _is_pet_name(text, start, end, heads, entries, joined=joined_to):
            yield start, end
            joined_to = True
            # Twenty-ninth round: the next of a list of pet names joined by と / や.
            joined = _PET_JOINED.match(text, end)
            if joined is None:
                break
            start, end = joined.span("word")


def _is_pet_name(
    text: str,
    start: int,
    end: int,
    heads: dict[int, str],
    entries: Callable[[str], frozenset[str]],
    *,
    joined: bool = False,
) -> bool:
    """Whether ``start:end`` is a pet name (see :func:`pet_names`); ``joined``: it follows
    one by と / や, and a nickname of the ゆっきー shape passes whatever Sudachi reads."""
    word = text[start:end]
    if word in _NOT_NAMES or entries(word) or len(set(word.replace("ー", ""))) <= 1:
        return False
    head = heads.get(start)
    if any(kin in word for kin in _KIN_STEMS):
        return False
    if head is None and start and _KANJI_BEFORE.match(text, start - 1) is not None:
        return False  # 住|むならどっち: the kana end of a kanji word, no word of its own
    ending = next((e for e in _PET_ENDINGS if len(e) >= 2 and word.endswith(e)), None)
    # ゆっ|き|ー: the nickname's shape read as a verb's stem; a pronoun stretched (あっちー,
    # こっちー) keeps its own reading and is left alone below.
    doubled = (
        ending is None
        and (joined or (head is not None and head.startswith("動詞")))
        and _DOUBLED_STRETCH.fullmatch(word) is not None
        and not entries(word[:-1])
    )
    if head is not None and head.startswith(("動詞", "助動詞", "助詞")) and not doubled:
        return False  # 来た|…, と|どっち: a verb's end or a particle before the word
    if ending is None and not doubled and (head is None or head.startswith(_NOT_A_PET_HEAD)):
        return False  # あー|それ, 欲し|いなー: a cry, a pronoun, the middle of a word
    if ending is not None:
        stem = word.removesuffix(ending)
        return bool(stem) and stem not in _NOT_STEMS
    return _SPOKEN_STRETCH.search(word) is None


def callers(
    text: str,
    doc: Sequence[Morph],
    kinds: Callable[[str], frozenset[str]],
    entries: Callable[[str], frozenset[str]],
) -> Iterator[tuple[int, int]]:
    """Spans of kana names before が and what a person does to the writer in a chat
    (``ことせが呼んでるよ``, ``はなこも待ってる``; not ``みんなが呼んでる``)."""
    for match in CALLER.finditer(text):
        start, end = match.span("word")
        if _is_called_name(
            text[start:end], start, end, doc, kinds, entries, strong_mark=False, loose=False
        ):
            yield start, end


def _is_called_name(
    word: str,
    start: int,
    end: int,
    doc: Sequence[Morph],
    kinds: Callable[[str], frozenset[str]],
    entries: Callable[[str], frozenset[str]],
    *,
    strong_mark: bool,
    loose: bool,
) -> bool:
    """``loose``: after ねえ / おーい, where what follows is someone called: anything but a
    word that opens a message otherwise or a common noun that is no name."""
    if len(set(word)) == 1 or word in _CHAT_OPENERS:
        return False  # わわ！, ああ…: a cry
    if word in _NOT_NAMES and not (loose and _HIRAGANA.fullmatch(word) and len(word) <= 4):
        # After ねえ / おーい a word that is also a noun is someone called (ねぇそら、).
        return False
    own = entries(word)
    if _HIRAGANA.fullmatch(word) is None:
        return not own or (
            any("人名" in tag for tag in own)
            and (strong_mark or not any(tag.startswith("名詞-普通名詞") for tag in own))
            and not any(tag.startswith(_OPENER_TAGS) for tag in own)
        )
    for ending in _PET_ENDINGS:
        stem = word.removesuffix(ending)
        if stem != word and 1 <= len(stem) <= 4:
            return stem not in _NOT_STEMS and not own
    if len(word) > 5 or _SMALL_VOWEL_OR_TSU.search(word) is not None:
        return False  # ふぁいと, すごっ, やだ: spoken words, not names
    tags = own | entries(katakana(word))
    if any(tag.startswith(_OPENER_TAGS) for tag in own) and not (loose and kinds(word)):
        return False  # after ねえ a word listed as a name too is the name (ねぇそら、)
    if kinds(word) or any("人名" in tag for tag in tags):
        return strong_mark or not any(tag.startswith("名詞-普通名詞") for tag in tags)
    if tags:
        return False
    head = word[:-1]
    if word[-1] in _FINAL_PARTICLES and entries(head) and not kinds(head):
        return False  # いい|ね, ごめん|ね: a word and a sentence-final particle
    if word[0] in "おご" and entries(word[1:]):
        return False  # お|つかれ, ご|めん: a polite prefix on a word
    # Sudachi may read a stretched last vowel with the word (あつ|えー): the last piece may
    # run past the word.
    pieces = [t for t in doc if t.idx < end and t.idx + len(t.text) > start]
    if not pieces or pieces[0].idx != start:
        return False
    if any("人名" in t.tag for t in pieces):
        return True  # ち|なつ: Sudachi read a name in it
    if (not loose and pieces[0].tag.startswith(_NOT_FIRST)) or (
        pieces[0].tag.startswith("助動詞") and len(pieces[0].text) >= 2
    ):
        return False  # お|は|よ, です|よ|ね
    last_inside = pieces[-1].idx + len(pieces[-1].text) == end
    if (
        len(pieces) == 2
        and last_inside
        and pieces[-1].tag.startswith(("助詞-格助詞", "助詞-接続助詞"))
        and pieces[0].tag.startswith("名詞-普通名詞")
        and not pieces[0].oov
        and len(pieces[0].text) >= 2
    ):
        return False  # ところ|で、: a word and its particle
    last = pieces[-1]
    # ゆず|き: one kana Sudachi took for an auxiliary after a noun ends a name as often.
    noun_then_kana = len(pieces) >= 2 and len(last.text) == 1 and pieces[-2].tag.startswith("名詞")
    if (
        last_inside
        and last.tag.startswith(("動詞", "助動詞", "形容詞", "接尾辞"))
        and not (noun_then_kana and last.tag.startswith("助動詞"))
    ):
        return False
    return not any(t.tag.startswith(("動詞", "形容詞", "代名詞")) for t in pieces) and not any(
        t.tag.startswith("助動詞") for t in pieces[1:-1]
    )

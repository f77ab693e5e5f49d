"""Personal names from Sudachi's 人名 part of speech and the words written around them.

Sudachi tags surnames (人名-姓), given names (人名-名) and other names (人名-一般) in its
dictionary, including katakana readings (ヤマダ, タロウ). This recognizer joins adjacent
name tokens into one name (a space or ・ between them is allowed, and a katakana/Latin
proper noun next to a name token joins it: スズキ ハナコ), then scores each name by its
evidence:

* surname + given name, or two name tokens (山田太郎, ジョン・スミス): 0.85
* a name followed by an honorific (さん, 様, 氏, くん, ちゃん, 先生, 殿): 0.85
* a name after a cue (氏名:, お名前は, 受取人, 登録名は, 母の …) or before one (宛, 名義): 0.8
* a name directly followed by a company or place word (田中工業, 安中町): 0.2;
* a surname alone: 0.55; a given name or other name alone: 0.45 (undecided, below the
  default threshold — the analyzer may ask GiNZA's NER about the sentence).

After a surname, up to three kanji that end the word are taken as the given name even when
Sudachi does not know it (山下樹, 後藤颯); a place-name word followed by a given name
(兵庫慎司), or after a cue by such a kanji tail (部下の原田樹), is a name too. Two
katakana words separated by a space (ノムラ シズヨ) are a name when one of them is unknown
to Sudachi or a proper noun (0.6), or when a cue is next to them (0.8); メール アドレス is
not. Other words that are not in the dictionary as names are reported only with strong
context: a proper noun or short kanji word right before an honorific (0.7), a hiragana
word right before one (すぎはらさん, ゆいちゃん; not おばあちゃん, みなさん: 0.7), a rare
surname Sudachi reads as a common noun right before a job title (纐纈支店長; not 会社社長,
大学教授: 0.7), or a run of kanji/katakana words right before 宛/名義 (0.7).

A word the dictionary also lists as a surname or given name, standing alone, is a
possible name even when the tokenisation read it as a common noun or a place (昨日|林|と,
中村|曰く, 千葉|によると, うちの|海|都|が): 0.45, undecided, so GiNZA's NER decides. "Standing
alone" is the general part: the word is not inside a compound (no kanji noun but a time
word such as 昨日, and no prefix, before it; a particle, punctuation, a space, an auxiliary
or an adverbial noun after it), so 千葉県, 上司会議 and 林業 are not asked about, and it is
not read as a verbal or adverbial noun (結果, 平日, 助成). A word in Latin letters the
dictionary does not know whose romaji spells a listed name (``call Noda about``) is a name
(0.6, decided) when capitalised or paired (``tsukada miki``): GiNZA does not read romaji
names, so it is not asked. A word of two or three kanji the dictionary does not know at
all, standing alone (琉桜と…), is a name too (0.6): ordinary words are in the dictionary.

:func:`find_person_candidates` exposes the scored candidates so the analyzer can decide
where the neural NER is worth running. Never raises; without NLP artifacts nothing is found.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar, Final

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.tokens import Doc

from guardrails.pii.entities import PERSON
from guardrails.pii.nlp_engine import (
    Morph,
    dictionary_entries,
    katakana,
    morphs,
    name_entries,
    name_kinds,
)
from guardrails.pii.recognizers.conversation_names import (
    conversation_name_spans,
    dotted_name_spans,
)
from guardrails.pii.recognizers.english_names import english_name_spans
from guardrails.pii.recognizers.english_words import COMMON_ENGLISH_WORDS
from guardrails.pii.recognizers.folded_names import JA_SURNAMES
from guardrails.pii.recognizers.hiragana_given import NOT_GIVEN_AFTER_SURNAME, hiragana_given_spans
from guardrails.pii.recognizers.plain_names import hangul_name_spans, plain_pair_spans
from guardrails.pii.recognizers.single_entity import SingleEntityRecognizer
from guardrails.pii.recognizers.word_list import load_word_list

__all__ = [
    "PersonCandidate",
    "PersonRecognizer",
    "company_or_place_after",
    "find_person_candidates",
    "place_beside_place",
]

PAIR_SCORE: Final = 0.85
HONORIFIC_SCORE: Final = 0.85
CUE_SCORE: Final = 0.8
SURNAME_ALONE_SCORE: Final = 0.55
NAME_ALONE_SCORE: Final = 0.45
CONTEXT_ONLY_SCORE: Final = 0.7
NOT_A_PERSON_SCORE: Final = 0.2
KATAKANA_PAIR_SCORE: Final = 0.6
ROMAJI_LEXICON_SCORE: Final = 0.6
UNKNOWN_KANJI_SCORE: Final = 0.6
GIVEN_ALONE_SCORE: Final = 0.6

_HONORIFICS: Final = frozenset(load_word_list("honorifics"))
_KANA_HONORIFICS: Final = ("さん", "ちゃん", "くん", "さま")
_SEPARATORS: Final = frozenset({" ", "・", "="})
_CUE_BEFORE: Final = re.compile(
    "(?:" + "|".join(load_word_list("cues_before")) + r")(?:の|は|が|:|=|、)?\s*$"
)
_CUE_AFTER: Final = re.compile(r"^\s*(?:" + "|".join(load_word_list("cues_after")) + ")")
_SELF_INTRODUCTION: Final = re.compile(
    r"\s*(?:と申します|と申す|といいます|と言います|でございます)"
)
# A business greeting right before 「〇〇でございます」 makes the word the writer's name.
_GREETING_BEFORE: Final = re.compile(
    r"(?:お世話になっております|お世話になります|お疲れ様です|お疲れさまです|失礼いたします"
    r"|失礼します|こんにちは|はじめまして|初めまして)[。、!！\s]*$"
)
_NOT_A_NAME: Final = re.compile("|".join(load_word_list("not_a_name")))
# A journey from or to the word (小松から東京まで, 中野までの電車, 宮崎行きの便): a place.
_ROUTE_AFTER: Final = re.compile(
    r"(?:から[^。？?！!\n]{1,12})?(?:まで|行き|発)の?(?:[^。？?！!\n]{0,4}?)"
    r"(?:新幹線|電車|特急|バス|飛行機|フェリー|距離|所要時間|運賃|乗り換え|行き方|何分|何時間"
    r"|どのくらい|どれくらい)"
)
_ORG_OR_PLACE_WORD: Final = re.compile("|".join(load_word_list("org_or_place_heads")))
_ORG_OR_PLACE_HEAD: Final = re.compile(
    "^(?:" + "|".join(load_word_list("org_or_place_heads")) + ")"
)
_ROLE_WORDS: Final = frozenset(load_word_list("role_words"))
# Places and regions written in romaji (Kansai, Tohoku, Sapporo): a record's region or branch
# field, never a name spelled by its reading alone, unless the place is a common family name
# too (call Chiba about …). Twenty-fifth round, tuned on.
_ROMAJI_PLACES: Final = frozenset(w.lower() for w in load_word_list("romaji_places")) - JA_SURNAMES
# Suffixes and role words that follow a surname but are not given names.
_NOT_GIVEN_NAMES: Final = frozenset(load_word_list("not_given_names"))
_IDENTIFIER_CHARS: Final = frozenset("@._-/:0123456789")
_KANJI: Final = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff々〆ヶ]+$")
_KATAKANA_OR_LATIN: Final = re.compile(r"^(?:[\u30a0-\u30ffー]+|[A-Za-z][A-Za-z'.\-]*)$")
_NAME_RUN_TOKEN: Final = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff々〆ヶ\u30a0-\u30ffー]+$")
_WINDOW: Final = 12
_LATIN_NAME: Final = re.compile(r"^[A-Z][a-z]{1,20}$")
_TITLES: Final = tuple(sorted(load_word_list("titles"), key=len, reverse=True))
# A reading in brackets right after a name (山田太郎（やまだ たろう）) belongs to the name.
_READING: Final = re.compile(r"^ ?\([\u3041-\u3096\u30a1-\u30faー ・]{2,24}\)")
# The name is talked about as a word: 田中という苗字, 佐藤さんって名字, 鈴木姓.
_NAME_AS_WORD: Final = re.compile(
    r"[」』\"']?(?:さん|様|氏)?(?:という|っていう|って|と言う|とかいう)?(?:苗字|名字|姓|家名|名前の由来)"
    # a word named as a word of another kind: 丸亀という地名, 〇〇という駅名 (eighth round)
    r"|[」』\"']?(?:という|っていう|と言う|とかいう)(?:地名|駅名|町名|村名|市名|社名|店名|言葉|単語|漢字)"
)
_SURNAME_TOPIC: Final = re.compile(
    r"苗字|名字|みょうじ|姓名判断"
    # How the word is written, read or used: 「佐藤」をローマ字で書くと,
    # 「佐藤さん」「佐藤様」の使い分け.
    r"|ローマ字|読み方|書き方|表記|画数|旧字|異体字|英語で|使い分け|どちらを使|どっちを使|敬称"
)
# A quoted name with at most an honorific inside the quotes (「佐藤さん」).
_QUOTED_END: Final = re.compile(r"(?:さん|様|さま|殿|氏|くん|君|ちゃん|先生)?[」』\"]")
_SENTENCE_ENDS: Final = ("。", "?", "!", "\n")
_HIRAGANA_GIVEN: Final = re.compile(r"^[\u3041-\u3096]{2,4}$")
# Single-kanji prefixes before a title that are not surnames (新社長, 副部長, 前会長).
_TITLE_PREFIXES: Final = frozenset("新前元現副総本各全同当貴次旧初代")
_NOT_TITLE_HEADS: Final = frozenset(load_word_list("not_title_heads"))
_TITLE_RUN: Final = re.compile(
    r"(?<![\u3400-\u9fff\uf900-\ufaff々〆ヶ])([\u3400-\u9fff\uf900-\ufaff々〆ヶ]{1,3}?)(?:"
    + "|".join(t for t in _TITLES if _KANJI.match(t))
    + r")"
)
_ONE_KANJI_TITLES: Final = frozenset(t for t in _TITLES if len(t) == 1 and _KANJI.match(t))
_UNIT_ENDS: Final = tuple("支本部課室店社所局院校園庁省会組団係営")
_NOT_HIRAGANA_NAMES: Final = tuple(load_word_list("not_hiragana_names"))
# A hiragana word right before an honorific (すぎはらさん, ゆいちゃん): the whole hiragana run.
_HIRAGANA_HONORED: Final = re.compile(
    r"(?<![\u3041-\u3096ー])([\u3041-\u3096ー]{2,8})"
    r"(?=さん|ちゃん|くん|さま|様|君|氏|殿|先生|先輩|師匠|サン|チャン)"
)
_PARTICLES: Final = frozenset("のはがをにとへでもや")
_TRAILING_PARTICLES: Final = frozenset("のをへが")
_HIRAGANA_SURNAME: Final = re.compile(r"(?:^|(?<=[^\u3041-\u3096ー]))([\u3041-\u3096ー]{2,6}) $")
_KANJI_OR_SUFFIX: Final = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff々〆ヶ]+$")
_PHRASE: Final = re.compile(r"です|ます|ない|たい|った|って|から|まで|より|けど")
_HIRAGANA_PAIR: Final = re.compile(
    r"(?<![\u3041-\u3096ー])[\u3041-\u3096ー]{2,5}[ \u3000]"
    r"[\u3041-\u3096ー]{2,4}(?![\u3041-\u3096ー])"
)
# A katakana name written with ・ and a katakana honorific glued on (モリオカ・ミレイクン).
_KATAKANA_DOT_HONORED: Final = re.compile(
    r"(?<![\u30a0-\u30ffー])([\u30a1-\u30faー]{2,8}・[\u30a1-\u30faー]{2,8}?)"
    r"(?:サン|クン|チャン|サマ)(?![\u30a0-\u30ffー])"
)
# A hiragana given name after a family word and の, glued to the particle that follows it
# (娘のひなたが熱を出して, うちのまいは5歳): the longest run of 2-5 hiragana before a particle,
# so a name ending in a particle's letter (はると) stays whole; a particle taken in with it
# (そうたと|も) is masked with the name, which hides nothing the answer needs.
_KIN_WORDS: Final = load_word_list("kin_words")
# A kin word written in hiragana must start a word (おうちの is not うちの); one starting
# with a kanji may follow anything (うちの旦那の…, 上の娘の…).
_KIN_GIVEN: Final = re.compile(
    r"(?:(?:^|(?<=[^\u3041-\u3096ー]))(?:"
    + "|".join(w for w in _KIN_WORDS if re.match(r"[\u3041-\u3096]", w))
    + r")|(?:"
    + "|".join(w for w in _KIN_WORDS if not re.match(r"[\u3041-\u3096]", w))
    + r"))の([\u3041-\u3096ー]{2,5})(?=は|が|を|に|と|も|って|ったら|ちゃん|くん|、|,|。|\s)"
)
# The same after the family word and a comma (うちの娘、さくらが / 息子、はるとが / 妻、ゆみこは),
# before a subject particle or an honorific only: after 、 an adverb or pronoun is far
# more often what follows (娘、もう寝た / 娘、それがね), so the run must also read as a name
# (see ``_kin_comma_given_candidates``).
_KIN_COMMA_GIVEN: Final = re.compile(
    r"(?:(?:^|(?<=[^\u3041-\u3096ー]))(?:"
    + "|".join(w for w in _KIN_WORDS if re.match(r"[\u3041-\u3096]", w))
    + r")|(?:"
    + "|".join(w for w in _KIN_WORDS if not re.match(r"[\u3041-\u3096]", w))
    + r"))[、,]\s?([\u3041-\u3096ー]{2,5})(?=が|は|も|って|ったら|ちゃん|くん)"
)
# One-token runs of these parts of speech are no name after 「娘、」 unless the dictionary
# lists the word as a given name: adverbs, pronouns, adverbial nouns (いつも, きょう),
# adjectives, adnominals, conjunctions, interjections.
_KIN_COMMA_NOT: Final = (
    "副詞",
    "代名詞",
    "名詞-普通名詞-副詞可能",
    "形容詞",
    "形状詞",
    "連体詞",
    "接続詞",
    "感動詞",
)
_HIRAGANA_NOUNS: Final = frozenset(load_word_list("hiragana_nouns"))
_KATAKANA_PAIR: Final = re.compile(
    r"(?<![\u30a0-\u30ff])[\u30a1-\u30faー]{2,8} [\u30a1-\u30faー]{1,8}(?![\u30a0-\u30ff])"
)


@dataclass(frozen=True, slots=True)
class PersonCandidate:
    """A possible name: offsets in the analysed text and a score (see module docstring)."""

    start: int
    end: int
    score: float


def _lower_latin(token: Morph) -> bool:
    """English words in lower case (bank, more) that Sudachi happens to tag as names, and
    ordinary English words capitalised at the start of a sentence (Last, May, Hope)."""
    return token.text[:1].isascii() and (
        token.text[:1].islower() or token.text.lower() in COMMON_ENGLISH_WORDS
    )


def _is_name(token: Morph) -> bool:
    return "人名" in token.tag and not _lower_latin(token)


def _is_linkable(token: Morph) -> bool:
    return (
        token.tag.startswith("名詞-固有名詞")
        and not _lower_latin(token)
        and "地名" not in token.tag
        and _KATAKANA_OR_LATIN.match(token.text) is not None
    )


def _member(token: Morph) -> bool:
    return _is_name(token) or _is_linkable(token)


def _capitalised_unknown(token: Morph) -> bool:
    """A capitalised Latin word Sudachi does not know (Reyes, Whitfield): a foreign name
    part when it stands next to a name token."""
    return token.oov and _LATIN_NAME.match(token.text) is not None


def _joins_by_separator(token: Morph) -> bool:
    """Any katakana word, or capitalised Latin word, may join a name across a space, ・ or
    = (ポール・ヘニングセン, Noah Reyes); "Einstein and" stays apart."""
    return _member(token) or (
        token.tag.startswith("名詞")
        and _KATAKANA_OR_LATIN.match(token.text) is not None
        and not _lower_latin(token)
    )


def _groups(doc: Sequence[Morph]) -> list[tuple[int, int]]:
    """Token ranges of adjacent name tokens (with single separators between them)."""
    groups: list[tuple[int, int]] = []
    index = 0
    size = len(doc)
    while index < size:
        if not (_member(doc[index]) or _place_then_given_name(doc, index)):
            index += 1
            continue
        stop = index + 1
        while True:
            if stop < size and _member(doc[stop]):
                stop += 1
            elif (
                stop + 1 < size
                and doc[stop].text in _SEPARATORS
                and _joins_by_separator(doc[stop + 1])
                and (_is_name(doc[stop - 1]) or _is_name(doc[stop + 1]))
            ):
                stop += 2
            else:
                break
        stop = _given_name_tail(doc, index, stop)
        start = index
        # A capitalised Latin word before a Latin name is its first name (Emily Carter).
        if (
            start >= 2
            and doc[start - 1].text == " "
            and _LATIN_NAME.match(doc[start].text)
            and _capitalised_unknown(doc[start - 2])
            and (not groups or groups[-1][1] <= start - 2)
        ):
            start -= 2
        # An ordinary English word opening the run is the sentence's verb or subject, not a
        # first name (Compare Charles Darwin and …; fourteenth round).
        while (
            start + 2 < stop
            and doc[start + 1].text == " "
            and doc[start].text.lower() in COMMON_ENGLISH_WORDS
        ):
            start += 2
        if any(_is_name(doc[i]) for i in range(start, stop)) and not _inside_identifier(
            doc, start, stop
        ):
            groups.append((start, stop))
        index = stop
    return groups


def _given_name_tail(
    doc: Sequence[Morph], start: int, stop: int, *, surname_known: bool = False
) -> int:
    """Extend a name that has a surname over the rest of its given name (山下|樹|が).

    Sudachi does not know every given name: 颯 comes out as an adverb, 弘鈴 as two words, and
    a given name written after a space is not joined at all. After a surname, up to three
    more kanji that end the word (the next character is not a kanji, or is an honorific or
    宛/名義) are taken as the given name. Returns the new end token.
    """
    if not surname_known and not any(doc[i].tag.endswith("姓") for i in range(start, stop)):
        return stop
    if not _KANJI.match(doc[stop - 1].text):
        return stop
    if stop - start == 1 and stop < len(doc) and _hiragana_given(doc, stop):
        # 山田|ひなた|と申します: given names are often written in hiragana.
        return stop + 1
    given = sum(len(doc[i].text) for i in range(start, stop) if doc[i].tag.endswith("名"))
    index = stop
    if stop - start == 1 and index + 1 < len(doc) and doc[index].text == " ":
        index += 1
    first = index
    while index < len(doc) and _absorbable(doc[index]):
        given += len(doc[index].text)
        if given > 3:
            return stop
        index += 1
    if index == first:
        return stop
    following = doc[index].text if index < len(doc) else ""
    if (
        following in _HONORIFICS
        or following in {"宛", "名義"}
        or _KANJI.match(following[:1] or "a") is None
    ):
        return index
    return stop


def _hiragana_given(doc: Sequence[Morph], index: int) -> bool:
    """A hiragana noun of 2-4 characters that ends the word (ひなた, ゆうき)."""
    token = doc[index]
    if not token.tag.startswith("名詞") or _HIRAGANA_GIVEN.match(token.text) is None:
        return False
    if token.text in NOT_GIVEN_AFTER_SURNAME:
        return False  # 田中|ほか, 佐藤|など: a word that follows a name, not a given name
    if token.tag.startswith("名詞-普通名詞") and token.text.startswith(_KANA_HONORIFICS):
        return False  # 原|さんぽ: a word that starts like an honorific (散歩), no given name
    following = doc[index + 1] if index + 1 < len(doc) else None
    return following is None or not following.tag.startswith(("名詞", "接尾辞-名詞的-一般"))


def _place_then_given_name(doc: Sequence[Morph], index: int) -> bool:
    """Surnames that Sudachi reads as place names when a given name follows (兵庫|慎司)."""
    return (
        "地名" in doc[index].tag
        and _KANJI.match(doc[index].text) is not None
        and index + 1 < len(doc)
        and doc[index + 1].tag.endswith("人名-名")
    )


def _place_surname_candidates(
    text: str, doc: Sequence[Morph], covered: set[int]
) -> list[PersonCandidate]:
    """After a person cue, a place-name word plus a short kanji tail is a name
    (部下の|原田|樹|が: 原田 and 中野 are places as well as surnames)."""
    found: list[PersonCandidate] = []
    for index, token in enumerate(doc):
        if index in covered or "地名" not in token.tag or not _KANJI.match(token.text):
            continue
        if not 2 <= len(token.text) <= 3:
            continue
        if not _CUE_BEFORE.search(text[max(0, token.idx - _WINDOW) : token.idx]):
            continue
        stop = _given_name_tail(doc, index, index + 1, surname_known=True)
        if stop > index + 1:
            end = doc[stop - 1].idx + len(doc[stop - 1])
            found.append(PersonCandidate(token.idx, end, CUE_SCORE))
    return found


def _absorbable(token: Morph) -> bool:
    if not _KANJI.match(token.text) or token.text in _NOT_GIVEN_NAMES:
        return False
    if len(token.text) >= 2 and "地名" in token.tag:
        # 佐藤|大阪|に戻りました, 中村|千葉|に出張: Sudachi reads a given name after a surname
        # as one (佐藤|大和, 鈴木|武蔵); a place it reads there is where they went
        # (twenty-seventh round)
        return False
    if token.tag.startswith(("助詞", "助動詞", "名詞-数詞")) or token.tag.endswith("姓"):
        return False
    return not (len(token.text) >= 2 and token.tag.startswith("名詞-普通名詞"))


def _inside_identifier(doc: Sequence[Morph], start: int, stop: int) -> bool:
    """Latin name tokens that are part of an e-mail address, URL or code (h.suzuki85@)."""
    text = "".join(m.text for m in doc[start:stop])
    if not text.isascii():
        return False
    before = doc[start - 1].text[-1:] if start > 0 else ""
    after = doc[stop].text[:1] if stop < len(doc) else ""
    if after == "." and (stop + 1 >= len(doc) or not doc[stop + 1].text[:1].isalnum()):
        after = ""  # the full stop that ends the sentence (… Noah Reyes.)
    return (before != "" and before in _IDENTIFIER_CHARS) or (
        after != "" and after in _IDENTIFIER_CHARS
    )


def company_or_place_after(text: str, end: int, doc: Sequence[Morph]) -> bool:
    """What follows ``end`` makes the word before it a company or place: a company's or
    place's kind as the next word (宮崎|交通, 田中|工業; not 佐藤|社長) or a journey from or
    to it (小松から東京まで, 中野までの電車)."""
    if _ROUTE_AFTER.match(text, end):
        return True
    following = next((t.text for t in doc if t.idx == end), "")
    return _ORG_OR_PLACE_WORD.fullmatch(following) is not None


def _next_text(doc: Sequence[Morph], stop: int) -> str:
    return doc[stop].text if stop < len(doc) else ""


def _group_score(text: str, doc: Sequence[Morph], start: int, stop: int) -> float:
    char_end = doc[stop - 1].idx + len(doc[stop - 1])
    if text.startswith(_TITLES, char_end) and _title_at(text, doc, stop):
        return HONORIFIC_SCORE
    if _ORG_OR_PLACE_HEAD.match(_next_text(doc, stop)):
        # 田中工業, 吉川弘文館, 安中町: the name is part of a company or place name.
        return NOT_A_PERSON_SCORE
    if _ROUTE_AFTER.match(text, char_end):
        # 小松から東京まで新幹線で: the start or end of a journey is a place.
        return NOT_A_PERSON_SCORE
    tokens = [doc[i] for i in range(start, stop) if doc[i].text not in _SEPARATORS]
    names = [t for t in tokens if _is_name(t)]
    char_start = doc[start].idx
    before = text[max(0, char_start - _WINDOW) : char_start]
    after = text[char_end : char_end + _WINDOW]
    if len(tokens) >= 2 and (len(names) >= 2 or any(t.tag.endswith(("姓", "名")) for t in names)):
        return PAIR_SCORE
    if _next_text(doc, stop) in _HONORIFICS:
        return HONORIFIC_SCORE
    if _CUE_BEFORE.search(before) or _CUE_AFTER.match(after):
        return CUE_SCORE
    if len(tokens) >= 2:
        return PAIR_SCORE
    only = tokens[0]
    if only.tag.endswith("姓") and len(only.text) >= 2:
        return SURNAME_ALONE_SCORE
    if (
        only.tag.endswith("人名-名")
        and len(only.text) >= 2
        and _KANJI.match(only.text) is not None
        and _stands_alone(doc, start, stop)
    ):
        # 今日|見雪|から: Sudachi's best reading is a given name written in kanji, standing
        # alone. GiNZA rarely confirms such names; on benign text about one text in 400
        # has one, mostly a historical figure (漱石, 信長), which the public-figure list
        # takes out again.
        return GIVEN_ALONE_SCORE
    return NAME_ALONE_SCORE


def _honorific_candidates(doc: Sequence[Morph], covered: set[int]) -> list[PersonCandidate]:
    found: list[PersonCandidate] = []
    for index, token in enumerate(doc):
        if token.text not in _HONORIFICS or index == 0 or (index - 1) in covered:
            continue
        start = index
        while start > 0 and index - start < 3:
            previous = doc[start - 1]
            if previous.tag.startswith("名詞-固有名詞") or (
                _KATAKANA_OR_LATIN.match(previous.text) and previous.tag.startswith("名詞")
            ):
                start -= 1
            else:
                break
        if start == index:
            previous = doc[index - 1]
            # Common-noun surnames (林, 森, 原 ...) but not roles (お客さん, 皆さん).
            if (
                previous.tag.startswith("名詞-普通名詞")
                and _KANJI.match(previous.text)
                and len(previous.text) <= 3
                and previous.text not in _ROLE_WORDS
                and not (index >= 2 and doc[index - 2].tag.startswith("接頭辞"))
            ):
                start = index - 1
            else:
                continue
        if index >= 2 and start == index - 1 and doc[start - 1].tag.startswith("接頭辞"):
            continue
        found.append(PersonCandidate(doc[start].idx, token.idx, CONTEXT_ONLY_SCORE))
    return found


def _spaced_honorific_candidates(doc: Sequence[Morph]) -> list[PersonCandidate]:
    """A surname Sudachi reads as a place or other proper noun, a space, then a kanji given
    name before an honorific, which may stand after a space too (福岡 美穂様, 新潟 翔太 様,
    宛名：千葉 恵様; twenty-third round): the whole is one name, not the given name alone.
    Not a unit or a role before the honorific (大阪 支店様, 東京 本社様)."""
    found: list[PersonCandidate] = []
    for index, token in enumerate(doc):
        if token.text not in _HONORIFICS or index < 3:
            continue
        given = index - 2 if doc[index - 1].text.isspace() else index - 1
        if given < 2 or not doc[given - 1].text.isspace() or len(doc[given - 1].text) != 1:
            continue
        name, surname = doc[given], doc[given - 2]
        if not (
            surname.tag.startswith("名詞-固有名詞")
            and _KANJI.match(surname.text) is not None
            and 1 <= len(surname.text) <= 3
            and name.tag.startswith("名詞")
            and _KANJI.match(name.text) is not None
            and 1 <= len(name.text) <= 3
            and name.text not in _ROLE_WORDS
            and not name.text.endswith(_UNIT_ENDS)
        ):
            continue
        found.append(PersonCandidate(surname.idx, name.idx + len(name.text), HONORIFIC_SCORE))
    return found


def _hiragana_honorific_candidates(text: str) -> list[PersonCandidate]:
    """A hiragana name before an honorific (すぎはらさん, 友達のゆいちゃん).

    The run of hiragana before the honorific is the name, less a particle that joins it to
    a word before it (の|ゆい); kinship words, greetings and pets (おばあちゃん, みなさん,
    おつかれさま, わんちゃん) and phrases (…ですさん) are not names.
    """
    found: list[PersonCandidate] = []
    for match in _HIRAGANA_HONORED.finditer(text):
        start, end = match.span(1)
        if (
            start > 0
            and not text[start - 1].isspace()
            and text[start] in _PARTICLES
            and text[start - 1] not in "。、！？!?,.:「『("
            and end - start - 1 >= 2
        ):
            start += 1
        run = text[start:end]
        if not 2 <= len(run) <= 6 or _PHRASE.search(run):
            continue
        if run.endswith(_NOT_HIRAGANA_NAMES) or run[-1] in _TRAILING_PARTICLES:
            continue
        # みやけ さあや様: a hiragana surname before a space belongs to the name.
        surname = _HIRAGANA_SURNAME.search(text, max(0, start - 8), start)
        if surname is not None and not surname.group(1).endswith(_NOT_HIRAGANA_NAMES):
            start = surname.start(1)
        found.append(PersonCandidate(start, end, CONTEXT_ONLY_SCORE))
    return found


def _kin_given_candidates(text: str) -> list[PersonCandidate]:
    """A hiragana given name after a family word (娘のひなたが, 息子のそうたと, うちのまいは);
    not a common hiragana noun there (娘のほうが, うちのねこは, 息子のために)."""
    found: list[PersonCandidate] = []
    for match in _KIN_GIVEN.finditer(text):
        run = match.group(1)
        # The run with the particles it may have taken in (ため|に|も, こと|で) left off, too.
        bare = run.rstrip("はがをにともの")
        if any(
            w in _HIRAGANA_NOUNS or w in _NOT_HIRAGANA_NAMES
            for w in (run, bare, run[:-1] if run[-1] in "でへ" else run)
        ):
            continue
        if _PHRASE.search(run):
            continue
        found.append(PersonCandidate(match.start(1), match.end(1), CUE_SCORE))
    return found


def _kin_comma_given_candidates(
    text: str,
    doc: Sequence[Morph],
    kinds: Callable[[str], frozenset[str]],
    entries: Callable[[str], frozenset[str]] | None = None,
) -> list[PersonCandidate]:
    """A hiragana given name after a family word and 、 (see ``_KIN_COMMA_GIVEN``): the
    dictionary lists it as a given name, or Sudachi splits it into pieces (はる|と) or reads
    it as a proper noun; one common noun only before an honorific or って (娘、ひなたちゃんが;
    not 娘、おなかが痛い); not one adverb, pronoun or adverbial noun (息子、いつもは), nor a
    common hiragana noun (娘、みんなが)."""
    found: list[PersonCandidate] = []
    for match in _KIN_COMMA_GIVEN.finditer(text):
        start, end = match.span(1)
        run = match.group(1)
        if run in _HIRAGANA_NOUNS or run.endswith(_NOT_HIRAGANA_NAMES) or _PHRASE.search(run):
            continue
        # ひなた (日向), さくら: the dictionary keeps the name under its katakana reading as
        # a proper noun (ヒナタ) beside the common noun Sudachi chose (fourteenth round).
        proper = entries is not None and any(
            "固有名詞" in tag and "地名" not in tag for tag in entries(katakana(run))
        )
        if "名" not in kinds(run) and not proper:
            tokens = [t for t in doc if start <= t.idx < end]
            if len(tokens) == 1 and tokens[0].tag.startswith(_KIN_COMMA_NOT):
                continue
            # One common noun (娘、おなかが痛い) is a name only before an honorific or って.
            if (
                len(tokens) == 1
                and tokens[0].tag.startswith("名詞-普通名詞")
                and not text.startswith(("ちゃん", "くん", "って", "ったら"), end)
            ):
                continue
            if tokens and tokens[0].idx != start:
                continue  # the run starts inside a word
        found.append(PersonCandidate(start, end, CUE_SCORE))
    return found


def _kanji_run_honorific_candidates(
    text: str, doc: Sequence[Morph], covered: set[int]
) -> list[PersonCandidate]:
    """A run of 3-5 kanji right before an honorific that Sudachi splits oddly (山|内美|杏様):
    a name when the run holds a proper noun or an unknown word, is not one dictionary
    common noun (患者様, 担当者様) and has no お/ご before it."""
    found: list[PersonCandidate] = []
    for index, token in enumerate(doc):
        if token.text not in _HONORIFICS or index == 0 or (index - 1) in covered:
            continue
        first = index
        while first > 0 and index - first < 4 and _KANJI_OR_SUFFIX.match(doc[first - 1].text):
            first -= 1
        run = doc[first:index]
        length = sum(len(m.text) for m in run)
        if len(run) < 2 or not 3 <= length <= 5 or any(i in covered for i in range(first, index)):
            continue
        if first > 0 and doc[first - 1].tag.startswith("接頭辞"):
            continue
        if not any(m.tag.startswith("名詞-固有名詞") or m.oov for m in run):
            continue
        found.append(PersonCandidate(run[0].idx, token.idx, CONTEXT_ONLY_SCORE))
    return found


# ちゃん / くん follow people's (and pets') names, and a few kinship or role words.
_DIMINUTIVES: Final = frozenset({"ちゃん", "くん", "君", "チャン", "クン"})
_DIMINUTIVE_WORDS: Final = frozenset(
    {"赤", "姉", "兄", "母", "父", "坊", "婆", "爺", "嬢", "孫", "奥", "彼女", "彼氏", "姪", "甥",
     "娘", "息子", "主", "親", "大", "小", "新人", "後輩", "先輩", "社長", "部長", "課長", "店長"}
)  # fmt: skip


def _diminutive_candidates(
    text: str, doc: Sequence[Morph], covered: set[int]
) -> list[PersonCandidate]:
    """One to three kanji right before ちゃん / くん, however Sudachi split them (茜|深|ちゃん:
    深 read as an adjective): a given name, unless they are a kinship or role word
    (赤ちゃん, 姉ちゃん, 新人くん) or the end of a longer kanji word."""
    found: list[PersonCandidate] = []
    for index, token in enumerate(doc):
        if token.text not in _DIMINUTIVES or index == 0 or not token.tag.startswith("接尾辞"):
            continue
        if (index - 1) in covered:
            continue
        first = index
        while first > 0 and index - first < 3 and _KANJI.match(doc[first - 1].text):
            first -= 1
        run = "".join(m.text for m in doc[first:index])
        if not 1 <= len(run) <= 3 or run in _DIMINUTIVE_WORDS or run in _ROLE_WORDS:
            continue
        if first > 0 and (
            _KANJI.match(doc[first - 1].text[-1:] or "a") or doc[first - 1].tag.startswith("接頭辞")
        ):
            continue
        if len(run) == 1 and not doc[first].tag.startswith("名詞-固有名詞"):
            continue  # a lone kanji before ちゃん is a nickname or a word (赤ちゃん): too weak
        found.append(PersonCandidate(doc[first].idx, token.idx, CONTEXT_ONLY_SCORE))
    return found


# One to three kanji before ちゃん / くん whose first kana Sudachi glued to the kanji before
# it (七|佳く|ん: 佳く read as an adjective), and two or three kanji before a 殿 that Sudachi
# read with the last kanji as a word (森|本殿, 宮|御殿) in a salutation line.
_GLUED_DIMINUTIVE: Final = re.compile(
    r"(?<![\u3400-\u9fff\uf900-\ufaff々〆ヶおご])([\u3400-\u9fff\uf900-\ufaff々〆ヶ]{2,3})"
    r"(ちゃん|くん)(?!と[^\u3041-\u3096])"
)
_GLUED_TONO: Final = re.compile(
    r"(?:^|(?<=[\n：:\s]))([\u3400-\u9fff\uf900-\ufaff々〆ヶ]{2,3})殿(?=[\s、。,]|$)"
)


def _glued_honorific_candidates(text: str, doc: Sequence[Morph]) -> list[PersonCandidate]:
    """A given name before ちゃん / くん, or a surname before 殿, where Sudachi read the
    honorific's first character as part of another word (see ``_GLUED_DIMINUTIVE``): no
    token starts at the honorific. Not 赤ちゃん (one kanji), 全部ちゃんと (ちゃんと is a word of
    its own), not a kinship or role word (新人くん)."""
    starts = {m.idx for m in doc}
    found: list[PersonCandidate] = []
    for match in _GLUED_DIMINUTIVE.finditer(text):
        run = match.group(1)
        if match.start(2) in starts or run in _DIMINUTIVE_WORDS or run in _ROLE_WORDS:
            continue
        found.append(PersonCandidate(match.start(1), match.end(1), CONTEXT_ONLY_SCORE))
    for match in _GLUED_TONO.finditer(text):
        if match.end(1) in starts or match.group(1) in _ROLE_WORDS:
            continue
        found.append(PersonCandidate(match.start(1), match.end(1), CONTEXT_ONLY_SCORE))
    return found


# Two or more names joined by ・ before 夫妻 / 夫婦 / 一家 (山川・グエン・ヴァン・ナム夫妻):
# the couple or family named, every part a name.
_COUPLE: Final = re.compile(
    r"(?<![\u3400-\u9fff\uf900-\ufaff々〆ヶ\u30a1-\u30faー・])"
    r"((?:[\u3400-\u9fff\uf900-\ufaff々〆ヶ]{1,4}|[\u30a1-\u30faー]{2,8})"
    r"(?:・(?:[\u3400-\u9fff\uf900-\ufaff々〆ヶ]{1,4}|[\u30a1-\u30faー]{2,8})){1,4})"
    r"(?:ご)?(?:夫妻|夫婦|一家|両氏|兄弟|姉妹)"
)


def _couple_candidates(text: str) -> list[PersonCandidate]:
    return [PersonCandidate(m.start(1), m.end(1), HONORIFIC_SCORE) for m in _COUPLE.finditer(text)]


def _cue_candidates(
    text: str, doc: Sequence[Morph], covered: set[int], kinds: Callable[[str], frozenset[str]]
) -> list[PersonCandidate]:
    found: list[PersonCandidate] = []
    for index, token in enumerate(doc):
        if index in covered:
            continue
        # A run of kanji/katakana words written right before 宛/名義.
        if _CUE_AFTER.match(text[token.idx + len(token) : token.idx + len(token) + 6]):
            start = index
            while (
                start >= 0
                and index - start < 3
                and start not in covered
                and _NAME_RUN_TOKEN.match(doc[start].text)
            ):
                start -= 1
            start += 1
            run = "".join(m.text for m in doc[start : index + 1])
            # 五味と申します: one word is enough before a self-introduction.
            introduced = _SELF_INTRODUCTION.match(
                text, token.idx + len(token), token.idx + len(token) + 8
            )
            several = (
                index - start >= 1
                or (introduced is not None and len(run) >= 2 and run not in _ROLE_WORDS)
                # 安達宛: one word the dictionary lists as a surname, read as a proper noun
                # (a place here); 本社宛 or 会社宛 is no surname.
                or (
                    introduced is None
                    and len(run) >= 2
                    and doc[index].tag.startswith("名詞-固有名詞")
                    and "姓" in kinds(run)
                )
            )
            # 山川でございます: the humble copula follows any noun (以上でございます), so
            # it names a person only when Sudachi reads a proper noun there.
            humble = introduced is not None and introduced.group().strip() == "でございます"
            if humble and not (
                all(m.tag.startswith("名詞-固有名詞") for m in doc[start : index + 1])
                or _GREETING_BEFORE.search(text, 0, doc[start].idx) is not None
            ):
                continue
            if start <= index and several and not _NOT_A_NAME.search(run):
                found.append(
                    PersonCandidate(doc[start].idx, token.idx + len(token), CONTEXT_ONLY_SCORE)
                )
    return found


# A name with the writer's relation to the person in brackets after it (サトミ（担任）,
# 山本（部下）, Kenji (coworker)): the bracket says who the word is.
_BRACKETED_RELATION: Final = re.compile(
    r"(?<![\u30a1-\u30faー\u4e00-\u9fff々\u3041-\u3093A-Za-z])"
    r"([\u30a1-\u30faー]{2,8}|[\u4e00-\u9fff々]{1,4}|[\u3041-\u3093]{2,5}|[A-Z][a-z]+)"
    r"[ \u3000]?[（(](?:" + "|".join(load_word_list("relation_words")) + r")[）)]"
)


# A party named in a contract: 稲田眞都（以下「甲」という）, 山本花子(以下、乙という). A company
# takes the same frame; its name ends in a company word and is left out.
_CONTRACT_PARTY: Final = re.compile(
    r"(?:^|(?<=[\s「『:：、。]))([\u4e00-\u9fff々\u3041-\u3093\u30a1-\u30faー・ \u3000]{2,16}?)"
    r"[ \u3000]?[（(]以下[、,]?[「『\"]?(?:甲|乙|丙|丁)[」』\"]?(?:という|と称する|とする)[）)]"
)
_NOT_A_PARTY: Final = re.compile(
    r"(?:株式会社|有限会社|合同会社|合資会社|会社|法人|組合|協会|財団|社団|銀行|信用金庫|"
    r"事務所|大学|学校|病院|機構|センター)|(?:[市区町村県府庁省店社])$"
)


# Twenty-fourth round (special care about others): a one-kanji surname right after a
# workplace role and の, before a particle or a comma (部下の堤が, 新人の原、, 係長の東が,
# 倉庫の岡さん): the dictionary must list the kanji as a surname; a one-kanji noun after a
# role (部下の件が, 営業の方は, 新人の頃) is not one.
_ROLE_ONE_KANJI: Final = re.compile(
    r"(?:部下|上司|同僚|先輩|後輩|新人|係長|課長|部長|主任|班長|店長|社長|専務|常務|室長|"
    r"経理|営業|総務|人事|法務|広報|企画|開発|設計|倉庫|受付|品証|品管|品質管理|物流|製造|"
    r"派遣|バイト|パート|インターン|契約社員|同期|担任|隣の席|隣の部署)の"
    r"([\u4e00-\u9fff])(?=が|は|も|って|、|,|に|を|と|くん|君|ちゃん|さん|氏)"
)
_NOT_ONE_KANJI_SURNAMES: Final = frozenset("件方話頃席分人子者側中顔声事物時前後方家")


def _role_one_kanji_candidates(
    text: str, kinds: Callable[[str], frozenset[str]]
) -> list[PersonCandidate]:
    return [
        PersonCandidate(m.start(1), m.end(1), CUE_SCORE)
        for m in _ROLE_ONE_KANJI.finditer(text)
        if m.group(1) not in _NOT_ONE_KANJI_SURNAMES and "姓" in kinds(m.group(1))
    ]


def _contract_party_candidates(text: str) -> list[PersonCandidate]:
    found: list[PersonCandidate] = []
    for match in _CONTRACT_PARTY.finditer(text):
        name = match.group(1).strip(" \u3000")
        if _NOT_A_PARTY.search(name) is not None or len(name) < 2:
            continue
        start = match.start(1) + match.group(1).index(name)
        found.append(PersonCandidate(start, start + len(name), CONTEXT_ONLY_SCORE))
    return found


def _bracketed_relation_candidates(text: str) -> list[PersonCandidate]:
    return [
        PersonCandidate(m.start(1), m.end(1), CUE_SCORE) for m in _BRACKETED_RELATION.finditer(text)
    ]


def _hiragana_person_candidates(
    doc: Sequence[Morph], kinds: Callable[[str], frozenset[str]]
) -> list[PersonCandidate]:
    """A hiragana word Sudachi reads as a given name and its dictionary lists as one, that
    something is said about (おばあちゃんがりかのことずっと心配してて): after a particle or at
    the start, before のこと. Alone, a hiragana 人名 is as often a word (さくらが咲き)."""
    found: list[PersonCandidate] = []
    for index, token in enumerate(doc[:-2]):
        if not token.tag.startswith("名詞-固有名詞-人名") or len(token.text) < 2:
            continue
        if not all("\u3041" <= c <= "\u309f" for c in token.text) or "名" not in kinds(token.text):
            continue
        if index > 0 and not doc[index - 1].tag.startswith(("助詞", "補助記号", "空白")):
            continue
        if doc[index + 1].text == "の" and doc[index + 2].text == "こと":
            found.append(PersonCandidate(token.idx, token.idx + len(token.text), GIVEN_ALONE_SCORE))
    return found


def _katakana_pair_candidates(
    text: str, doc: Sequence[Morph], taken: list[PersonCandidate]
) -> list[PersonCandidate]:
    """Two katakana words with a space between them (ノムラ シズヨ), the way names are
    written in forms and furigana. Ordinary loanwords are written that way too (メール
    アドレス), so without a cue at least one word must be unknown to Sudachi or a proper
    noun."""
    found: list[PersonCandidate] = []
    for match in _KATAKANA_PAIR.finditer(text):
        start, end = match.span()
        strong = [c for c in taken if c.start < end and start < c.end and c.score >= PAIR_SCORE]
        if strong:
            # ラジェシュ クマールさん: the honorific made the last word a name; the katakana
            # word before it is the given name (twenty-fifth round, tuned on).
            if text.startswith(tuple(_HONORIFICS), end) and all(
                start <= c.start and c.end <= end for c in strong
            ):
                found.append(PersonCandidate(start, end, HONORIFIC_SCORE))
            continue
        words = [m for m in doc if start <= m.idx < end and not m.text.isspace()]
        name_like = any(m.oov or m.tag.startswith("名詞-固有名詞") for m in words)
        before = text[max(0, start - _WINDOW) : start]
        after = text[end : end + _WINDOW]
        cued = (
            _CUE_BEFORE.search(before) is not None
            or _CUE_AFTER.match(after) is not None
            or after.startswith(tuple(_HONORIFICS))
        )
        if cued:
            found.append(PersonCandidate(start, end, CUE_SCORE))
        elif name_like:
            found.append(PersonCandidate(start, end, KATAKANA_PAIR_SCORE))
    return found


def _hiragana_pair_candidates(
    text: str,
    doc: Sequence[Morph],
    taken: list[PersonCandidate],
    kinds: Callable[[str], frozenset[str]],
) -> list[PersonCandidate]:
    """A surname and a given name in hiragana with a space between them (つかもと さえみ,
    すずき はなこ), as names are written for children, in readings and by people who do not
    use the kanji: a name when Sudachi reads a name in it, or when a cue, honorific or title
    is next to it (あきた かえ師匠), or when the dictionary lists the first word as a surname
    and the second as a given name in any reading (いなば あやめ: イナバ, アヤメ).
    Spaced hiragana phrases (ありがとう ございます) hold no name word and have no cue."""
    found: list[PersonCandidate] = []
    for match in _HIRAGANA_PAIR.finditer(text):
        start, end = match.span()
        # A particle Sudachi reads at either end joins the name to the sentence (今後は|…
        # |が窓口): it is not part of the name.
        particles = {m.idx: m for m in doc if m.tag.startswith("助詞") and len(m.text) == 1}
        if start in particles:
            start += 1
        if end - 1 in particles:
            end -= 1
        if any(c.start <= start and end <= c.end for c in taken) or _PHRASE.search(text[start:end]):
            continue
        words = [m for m in doc if start <= m.idx < end and not m.text.isspace()]
        before = text[max(0, start - _WINDOW) : start]
        after = text[end : end + _WINDOW]
        if after.startswith(tuple(_HONORIFICS)) or text.startswith(_TITLES, end):
            found.append(PersonCandidate(start, end, HONORIFIC_SCORE))
        elif any(m.tag.startswith("感動詞") for m in words):
            continue  # おはよう みんな
        elif _CUE_BEFORE.search(before) is not None or _CUE_AFTER.match(after) is not None:
            found.append(PersonCandidate(start, end, CUE_SCORE))
        elif any(_is_name(m) for m in words) or _listed_pair(text[start:end], kinds):
            found.append(PersonCandidate(start, end, KATAKANA_PAIR_SCORE))
    return found


def _listed_pair(pair: str, kinds: Callable[[str], frozenset[str]]) -> bool:
    first, _, second = pair.replace("\u3000", " ").partition(" ")
    return "姓" in kinds(first) and "名" in kinds(second)


_CANDIDATES_KEY: Final = "mamori_person_candidates"


def find_person_candidates(text: str, spacy_doc: Doc) -> list[PersonCandidate]:
    """Every name candidate in ``spacy_doc`` (tokens of ``text``), with its score.

    The analyzer asks twice per text (to decide where NER runs, then as the recognizer):
    the answer depends only on the text and its Sudachi tokens, so it is kept on the
    ``Doc`` (keyed by the text) and computed once.
    """
    cached = spacy_doc.user_data.get(_CANDIDATES_KEY)
    if cached is not None and cached[0] == text:
        return list(cached[1])
    found = _find_person_candidates(text, spacy_doc)
    spacy_doc.user_data[_CANDIDATES_KEY] = (text, tuple(found))
    return found


# A surname alone that the dictionary also lists as a place, joined by と, や, 、 or ・ to a
# word read or listed as a place (金沢と富山、…どっち, 長野や松本): two places compared or
# visited, not a person and a place (田中と大阪: 田中 is listed as no place). Twenty-fifth
# round, tuned on.
# Many surnames are places too (金田, 白石, 石動): only a sentence about places, trips or
# sites (どっち, 出張, 泊まる, 支店 …) reads such a pair as two places.
_PLACE_JOINERS: Final = frozenset({"と", "や", "、", "・", ","})
_PLACE_TOPIC: Final = re.compile(
    r"どっち|どちら|比較|比べ|違い|出張|旅行|観光|泊ま|宿泊|住む|住み|住ん|引っ越|移住|天気"
    r"|気候|行き方|アクセス|新幹線|飛行機|名物|支店|営業所|拠点|店舗|物件|家賃|賃料|地域"
)
_SENTENCE_MARKS: Final = "。？?！!\n"


def place_beside_place(
    text: str,
    doc: Sequence[Morph],
    start: int,
    stop: int,
    entries: Callable[[str], frozenset[str]],
) -> bool:
    """Tokens ``start:stop`` are one word the dictionary lists as a place, joined to a word
    read or listed as a place, in a sentence about places (see above); GiNZA's PERSON spans
    are checked the same way."""
    if stop - start != 1 or not any("地名" in tag for tag in entries(doc[start].text)):
        return False
    offset = doc[start].idx
    begin = max(text.rfind(mark, 0, offset) for mark in _SENTENCE_MARKS) + 1
    ends = [i for i in (text.find(mark, offset) for mark in _SENTENCE_MARKS) if i >= 0]
    if _PLACE_TOPIC.search(text, begin, min(ends, default=len(text))) is None:
        return False

    def place(token: Morph) -> bool:
        return "地名" in token.tag or any("地名" in tag for tag in entries(token.text))

    after = stop + 1 < len(doc) and doc[stop].text in _PLACE_JOINERS and place(doc[stop + 1])
    before = start >= 2 and doc[start - 1].text in _PLACE_JOINERS and place(doc[start - 2])
    return after or before


def _find_person_candidates(text: str, spacy_doc: Doc) -> list[PersonCandidate]:
    doc = morphs(spacy_doc)
    candidates: list[PersonCandidate] = []
    covered: set[int] = set()
    entries = dictionary_entries(spacy_doc)
    for start, stop in _groups(doc):
        score = _group_score(text, doc, start, stop)
        if score == SURNAME_ALONE_SCORE and place_beside_place(text, doc, start, stop, entries):
            score = NOT_A_PERSON_SCORE
        candidates.append(
            PersonCandidate(doc[start].idx, doc[stop - 1].idx + len(doc[stop - 1]), score)
        )
        covered.update(range(start, stop))
    candidates.extend(_lexicon_candidates(text, spacy_doc, doc, covered))
    candidates.extend(_unknown_kanji_candidates(text, doc, covered))
    candidates.extend(_katakana_pair_candidates(text, doc, candidates))
    kinds = name_kinds(spacy_doc)
    candidates.extend(_hiragana_pair_candidates(text, doc, candidates, kinds))
    candidates.extend(
        PersonCandidate(m.start(1), m.end(1), CONTEXT_ONLY_SCORE)
        for m in _KATAKANA_DOT_HONORED.finditer(text)
    )
    candidates.extend(_place_surname_candidates(text, doc, covered))
    candidates.extend(_place_person_candidates(text, doc, covered))
    candidates.extend(_honorific_candidates(doc, covered))
    candidates.extend(_spaced_honorific_candidates(doc))
    candidates.extend(_hiragana_honorific_candidates(text))
    candidates.extend(_kin_given_candidates(text))
    candidates.extend(_kin_comma_given_candidates(text, doc, kinds, dictionary_entries(spacy_doc)))
    candidates.extend(
        PersonCandidate(start, end, score)
        for start, end, score in hiragana_given_spans(text, doc, kinds)
    )
    candidates.extend(
        PersonCandidate(start, end, score) for start, end, score in english_name_spans(text, doc)
    )
    candidates.extend(
        PersonCandidate(start, end, score)
        for start, end, score in [*plain_pair_spans(text, doc), *hangul_name_spans(text)]
    )
    candidates.extend(_kanji_run_honorific_candidates(text, doc, covered))
    candidates.extend(_diminutive_candidates(text, doc, covered))
    candidates.extend(_glued_honorific_candidates(text, doc))
    candidates.extend(_couple_candidates(text))
    candidates.extend(_cue_candidates(text, doc, covered, kinds))
    candidates.extend(_bracketed_relation_candidates(text))
    candidates.extend(_contract_party_candidates(text))
    candidates.extend(_role_one_kanji_candidates(text, kinds))
    candidates.extend(_hiragana_person_candidates(doc, kinds))
    candidates.extend(_title_candidates(text, doc, covered))
    candidates.extend(_title_run_candidates(text))
    candidates.extend(
        PersonCandidate(start, end, score)
        for start, end, score in conversation_name_spans(
            text, doc, kinds, dictionary_entries(spacy_doc)
        )
    )
    candidates.extend(
        PersonCandidate(start, end, score)
        for start, end, score in dotted_name_spans(
            text, [(c.start, c.end, c.score) for c in candidates]
        )
    )
    best: dict[tuple[int, int], PersonCandidate] = {}
    for candidate in candidates:
        if _NAME_AS_WORD.match(text, candidate.end) or _about_surnames(text, candidate):
            continue
        candidate = _with_reading(text, candidate)
        seen = best.get((candidate.start, candidate.end))
        if seen is None or candidate.score > seen.score:
            best[(candidate.start, candidate.end)] = candidate
    kept = sorted(best.values(), key=lambda c: (c.start, c.end))
    # A reading or part inside a longer name is that name (やまだ in 山田太郎（やまだ たろう）).
    # Only candidates starting at most the longest candidate's length before ``c`` can hold
    # it: looked up by start, so a message that is one long list of names stays linear.
    starts = [c.start for c in kept]
    longest = max((c.end - c.start for c in kept), default=0)
    return [
        c
        for c in kept
        if not any(
            o.start <= c.start
            and c.end <= o.end
            and (o.start, o.end) != (c.start, c.end)
            and o.score >= c.score
            for o in kept[
                bisect.bisect_left(starts, c.end - longest) : bisect.bisect_right(starts, c.start)
            ]
        )
    ]


# What may follow a word that stands alone: a particle, an auxiliary, punctuation, a space,
# an adverbial noun (曰く, 今日) — not a noun or suffix that would make it part of a compound.
# An adjective may follow too (まじで三木うざい: chat drops the particle).
_ALONE_AFTER: Final = (
    "助詞",
    "助動詞",
    "補助記号",
    "空白",
    "記号",
    "名詞-普通名詞-副詞可能",
    "形容詞",
)
_VERBAL_NOUNS: Final = (
    "名詞-普通名詞-サ変可能",
    "名詞-普通名詞-副詞可能",
    "名詞-普通名詞-形状詞可能",
    "名詞-普通名詞-サ変形状詞可能",
)


def _lexicon_candidates(
    text: str, spacy_doc: Doc, doc: Sequence[Morph], covered: set[int]
) -> list[PersonCandidate]:
    """Words the dictionary lists as a surname or given name, read otherwise here, that
    stand alone (see the module docstring): undecided candidates for the NER. Not in a
    sentence about how a name is written or read (「高橋」をローマ字で書くと Takahashi？)."""
    found: list[PersonCandidate] = []
    entries = name_entries(spacy_doc)
    latin = {first for first, _ in entries if doc[first].text.isascii()}
    for first, stop in entries:
        if any(i in covered for i in range(first, stop)):
            continue
        if _in_sentence_about_names(text, doc[first].idx):
            continue
        if first in latin:
            found.extend(_latin_lexicon_candidate(doc, first, latin))
            continue
        if not _stands_alone(doc, first, stop):
            continue
        if stop - first == 1 and doc[first].tag.startswith(_VERBAL_NOUNS):
            continue  # 結果, 平日, 助成: a verbal or adverbial noun is no one's name here
        end = doc[stop - 1].idx + len(doc[stop - 1])
        # 千葉によると, 林と飲みに行った, 高松に怒られた: what only a person does decides it.
        said_of_people = _PERSON_FRAME_AFTER.match(text, end) is not None
        found.append(
            PersonCandidate(doc[first].idx, end, CUE_SCORE if said_of_people else NAME_ALONE_SCORE)
        )
    return found


# What follows a word when it names a person: reported speech, meeting, being asked or told
# something by them (千葉によると, 林と飲みに, 高松に怒られた, 岡本から聞いた).
_PERSON_FRAME_AFTER: Final = re.compile(
    r"(?:によると|によれば|曰く|いわく|が言って|が言うには|が言った|"
    r"と(?:飲み|飲ん|会っ|会う|話し|話す|ランチ|遊ん|遊び|ケンカ|喧嘩|付き合)|"
    r"に(?:頼ま|怒られ|叱られ|褒められ|聞い|訊い|相談し|誘われ)|から(?:聞い|聞き|誘われ|頼ま))"
)


# What only a person does to the writer, strictly (scolding, praising, inviting, drinking or
# fighting with them): a place name before it is a surname (昨日岐阜に怒られた; twelfth
# round). Not によると or に聞い, which an office or a town can do (気象庁によると).
_ONLY_A_PERSON_AFTER: Final = re.compile(
    r"に(?:怒られ|叱られ|褒められ|ほめられ|誘われ|キレられ)|と(?:飲み|飲ん|ケンカ|喧嘩|付き合)"
)


def _place_person_candidates(
    text: str, doc: Sequence[Morph], covered: set[int]
) -> list[PersonCandidate]:
    """A word Sudachi reads only as a place, standing alone before what only a person does
    (``_ONLY_A_PERSON_AFTER``): the place is someone's surname (岐阜, 函館, 横浜)."""
    found: list[PersonCandidate] = []
    for index, token in enumerate(doc):
        if index in covered or "地名" not in token.tag or not _KANJI.match(token.text):
            continue
        end = token.idx + len(token.text)
        if _ONLY_A_PERSON_AFTER.match(text, end) is None:
            continue
        if not _stands_alone(doc, index, index + 1):
            continue
        found.append(PersonCandidate(token.idx, end, CUE_SCORE))
    return found


def _stands_alone(doc: Sequence[Morph], first: int, stop: int) -> bool:
    """Tokens ``first:stop`` are a word of their own: no kanji noun (but a time word such as
    昨日), prefix or numeral before them, and a particle, auxiliary, punctuation, space or
    adverbial noun (曰く) after them."""
    if first > 0:
        previous = doc[first - 1]
        if previous.tag.startswith(("接頭辞", "名詞-数詞")) or (
            previous.tag.startswith("名詞")
            and not previous.tag.startswith("名詞-普通名詞-副詞可能")
            and _KANJI.match(previous.text) is not None
        ):
            return False
    return stop >= len(doc) or doc[stop].tag.startswith(_ALONE_AFTER)


def _unknown_kanji_candidates(
    text: str, doc: Sequence[Morph], covered: set[int]
) -> list[PersonCandidate]:
    """A word of two or three kanji that the dictionary does not know at all, standing
    alone (琉桜と…, うちの琉桜が): ordinary Japanese is in the dictionary, and an unknown
    kanji word on its own is far more often a given name written with rarer kanji than
    anything else (on benign text — FAQ questions and answers, benign Japanese prompts —
    about one text in a thousand has one). GiNZA does not know such names either, so it is
    decided here (0.6) rather than asked."""
    found: list[PersonCandidate] = []
    for index, token in enumerate(doc):
        if index in covered or not token.oov or not 2 <= len(token.text) <= 3:
            continue
        if _KANJI.match(token.text) is None or not token.tag.startswith("名詞"):
            continue
        if not _stands_alone(doc, index, index + 1):
            continue
        if _in_sentence_about_names(text, token.idx):
            continue
        found.append(PersonCandidate(token.idx, token.idx + len(token), UNKNOWN_KANJI_SCORE))
    return found


def _in_sentence_about_names(text: str, offset: int) -> bool:
    """The sentence holding ``offset`` speaks of names as words (苗字, ローマ字, 読み方 …)."""
    start = max(text.rfind(m, 0, offset) for m in _SENTENCE_ENDS) + 1
    ends = [i for i in (text.find(m, offset) for m in _SENTENCE_ENDS) if i >= 0]
    return _SURNAME_TOPIC.search(text, start, min(ends, default=len(text))) is not None


def _latin_lexicon_candidate(
    doc: Sequence[Morph], index: int, latin: set[int]
) -> list[PersonCandidate]:
    """A word in Latin letters the dictionary does not know whose romaji spells a listed
    name (call Noda re: the lease; tsukada miki): GiNZA's NER does not read romaji names
    (it calls ``Monday`` a person and ``Noda`` nothing), so the spelling decides and no
    NER is asked: a capitalised word that is no common English word, or two such words in
    a row in any case (``tsukada miki``), is a name (0.6); a lower-case word alone
    (``won``) may be English and is left alone, as is a word inside an e-mail address or
    other identifier."""
    token = doc[index]
    start, end = token.idx, token.idx + len(token)
    partner = index + 2 if index + 2 in latin and doc[index + 1].text == " " else None
    if partner is None and index - 2 in latin and doc[index - 1].text == " ":
        return []  # the second word of a pair: reported with the first
    stop = index + 1 if partner is None else partner + 1
    if _inside_identifier(doc, index, stop):
        return []  # naoki.kobayashi@…: part of an address the address recognizer masks
    if partner is not None:
        end = doc[partner].idx + len(doc[partner])
        return [PersonCandidate(start, end, ROMAJI_LEXICON_SCORE)]
    if (
        token.text[:1].isupper()
        and token.text.lower() not in COMMON_ENGLISH_WORDS
        and token.text.lower() not in _ROMAJI_PLACES
    ):
        return [PersonCandidate(start, end, ROMAJI_LEXICON_SCORE)]
    return []


def _about_surnames(text: str, candidate: PersonCandidate) -> bool:
    """The sentence is about surnames as words (「鈴木」と「佐藤」、どちらの名字が多い？,
    「佐藤」をローマ字で書くと, 「佐藤さん」と「佐藤様」の使い分け): a name alone in quotes
    (an honorific may close it) in a sentence that speaks of 名字/苗字 or of how the word is
    written, read or used."""
    if text[candidate.start - 1 : candidate.start] not in {"「", "『", '"'}:
        return False
    # The quotes hold the name alone (「佐藤さん」), not a sentence with a name in it.
    if _QUOTED_END.match(text, candidate.end) is None:
        return False
    start = max(text.rfind(m, 0, candidate.start) for m in _SENTENCE_ENDS) + 1
    ends = [i for i in (text.find(m, candidate.end) for m in _SENTENCE_ENDS) if i >= 0]
    return _SURNAME_TOPIC.search(text, start, min(ends, default=len(text))) is not None


def _with_reading(text: str, candidate: PersonCandidate) -> PersonCandidate:
    """The candidate with a bracketed kana reading right after it (山田太郎（やまだ たろう）)."""
    reading = _READING.match(text[candidate.end : candidate.end + 30])
    if reading is None or candidate.score < SURNAME_ALONE_SCORE:
        return candidate
    return PersonCandidate(candidate.start, candidate.end + reading.end(), candidate.score)


def _title_run_candidates(text: str) -> list[PersonCandidate]:
    """One to three kanji that start a word and stand right before a job title, whatever
    Sudachi made of them (星室|長, 東室|長): a surname, unless they name a unit or a place
    of work (営業部長, 会社社長) or are a prefix (新社長, 副部長)."""
    found: list[PersonCandidate] = []
    for match in _TITLE_RUN.finditer(text):
        head = match.group(1)
        if match.end() - match.end(1) == 1 and _word_after_title(text, match.end()):
            continue
        if (
            head in _NOT_TITLE_HEADS
            or head in _ROLE_WORDS
            or (len(head) == 1 and head in _TITLE_PREFIXES)
            or (len(head) > 1 and head.endswith(_UNIT_ENDS))
        ):
            continue
        found.append(PersonCandidate(match.start(1), match.end(1), CONTEXT_ONLY_SCORE))
    return found


def _title_at(text: str, doc: Sequence[Morph], index: int) -> bool:
    """A title starts with token ``index`` and, when written in kana, is a word of its own:
    not the start of a longer kana word Sudachi reads as one (西|さんぽ, 森|さんま: 散歩 and
    秋刀魚, no さん), while 原|さん|ぽい or 田中|さん|まで keep theirs."""
    if index >= len(doc):
        return False
    start = doc[index].idx
    title = next((t for t in _TITLES if text.startswith(t, start)), None)
    if title is None:
        return False
    if _KANJI.match(title) and _word_after_title(text, start + len(title)):
        return False
    if _KANJI.match(title) or doc[index].text == title:
        return True
    return not doc[index].text.startswith(title) or doc[index].tag.startswith("接尾辞")


def _word_after_title(text: str, end: int) -> bool:
    """A one-kanji title is the start of a word when a kanji follows it (福岡|様式, 様子,
    氏名, 殿堂: twenty-third round), unless it is 宛 or 方 (田中様宛, 山田様方)."""
    following = text[end : end + 1]
    return (
        text[end - 1 : end] in _ONE_KANJI_TITLES
        and _KANJI.match(following) is not None
        and following not in "宛方"
    )


def _title_candidates(text: str, doc: Sequence[Morph], covered: set[int]) -> list[PersonCandidate]:
    """A surname that is also a place or a word, made a person by a title after it
    (千葉部長, 関先生, 森社長); 新社長 and 営業部長 are not."""
    found: list[PersonCandidate] = []
    for index, token in enumerate(doc):
        if index in covered or not _KANJI.match(token.text) or len(token.text) > 3:
            continue
        end = token.idx + len(token)
        if not text.startswith(_TITLES, end) or not _title_at(text, doc, index + 1):
            continue
        place = "地名" in token.tag or _is_name(token)
        # 纐纈支店長, 東雲店長: a rare surname Sudachi knows only as a common noun.
        rare = (
            2 <= len(token.text) <= 3
            and token.tag == "名詞-普通名詞-一般"
            and token.text not in _NOT_TITLE_HEADS
            and token.text not in _ROLE_WORDS
        )
        # 森社長 (森: a common noun), 原先生 (原: read as a prefix before 先生).
        word = (
            len(token.text) == 1
            and token.tag.startswith(("名詞-普通名詞", "接頭辞"))
            and token.text not in _TITLE_PREFIXES
            and token.text not in _ROLE_WORDS
            and token.text not in _UNIT_ENDS  # 民政部顧問: a department's adviser
        )
        if (place or word or rare) and not (index > 0 and doc[index - 1].tag.startswith("接頭辞")):
            found.append(PersonCandidate(token.idx, end, CONTEXT_ONLY_SCORE))
    return found


class PersonRecognizer(SingleEntityRecognizer):
    """PERSON from Sudachi 人名 tokens, honorifics and cue words."""

    ENTITY: ClassVar[str] = PERSON

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None or not len(nlp_artifacts.tokens):
            return []
        return [
            RecognizerResult(
                entity_type=self.ENTITY,
                start=candidate.start,
                end=candidate.end,
                score=candidate.score,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for candidate in find_person_candidates(text, nlp_artifacts.tokens)
        ]

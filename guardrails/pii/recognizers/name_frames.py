"""A person's name by the frame it stands in (seventeenth round, names).

Earlier rounds found names family by family (a name before an honorific, after a label,
under a sign-off). People also write names where nothing marks them but the sentence
itself: they call someone (``ねぇみずせ、…``, ``あのさKaho、…``), make them the subject or
partner of what only a person does (``昨日ゆうたが言ってた``, ``ハビエルいわく``,
``Mifuyuがslackで書いてた``, ``マリアからプレゼントをもらった``, ``こうきと喧嘩``), or list
them one per line. The frame is the evidence; the word only has to be one that can be a
name:

- **the word**: one word in one script — hiragana (2-6), katakana (2-10, a long vowel
  allowed), a capitalised Latin word (2-15 letters), or kanji (1-4, only after a call
  word) — that Sudachi's dictionary lists as a person's name (人名, or a surname or given
  name in either kana: ``name_kinds``) or does not list at all. A word the dictionary
  knows as something else (みんな, ママ, ソニー, 部長, ``Amazon``) is no name here, nor an
  ordinary English word, nor a hiragana word with a small kana (まじっ) or one the
  project lists as a common noun.
- **the frames** (:data:`_CALL`, :data:`_PERSON_AFTER`, :data:`_BULLET`): after a call
  word (ねぇ, ねえ, あのさ, おーい, やっほー, ちょっと) and before 、, ！, ？, …, an emoji,
  a space or 聞いて; before what only a person does, with or without が / は / も
  (言って, 書いて, 作って(くれ), いわく, から電話 / 連絡 / プレゼント, と喧嘩, に借りた,
  の送別会 …); a bullet list of at least two lines holding one such word each, every one
  of them a name-like word and at least one not a hiragana word, and every Latin one a
  known given name or Hepburn romaji (a list of Leeds, Ghent, Bergen is of cities).
- **introducing oneself** (:data:`_SELF`, :data:`_CALL_ME`): after a first-person word
  (俺, 僕, 私, わたし, あたし, うち, 自分; with 、 or nothing between) before ね / です / だよ /
  でーす / っす / と申します (``あ、俺ゆうたね``, ``うちみさきだよ``), and before って呼んで /
  と呼んで / と申します (``ゆうたって呼んで``); in the latter a word that is also a common
  noun (さくら) is the name, after a first-person word it is not (``俺ひまだよ``).

A brand or place the dictionary knows (ソニーから電話, 小樽と伊勢) stays; a word the
dictionary does not know in a person's frame is masked (a new shop name before から電話
would be: the cost of failing closed on names).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import ClassVar, Final

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.pii.entities import PERSON
from guardrails.pii.nlp_engine import Morph, dictionary_entries, katakana, morphs, name_kinds
from guardrails.pii.recognizers.english_words import COMMON_ENGLISH_WORDS
from guardrails.pii.recognizers.folded_names import GIVEN_NAMES
from guardrails.pii.recognizers.single_entity import SingleEntityRecognizer
from guardrails.pii.recognizers.word_list import load_word_list
from guardrails.pii.romaji import romaji_to_katakana

__all__ = ["NameFrameRecognizer", "framed_names"]

SCORE: Final = 0.8

_EMOJI: Final = r"\U0001F300-\U0001FAFF\u2600-\u27BF"
_HIRAGANA: Final = r"[\u3041-\u3096]{2,6}"
_KATAKANA: Final = r"[\u30a1-\u30fa][\u30a1-\u30faー]{1,9}"
_LATIN: Final = r"[A-Z][a-z]{1,14}"
_KANJI: Final = r"[\u3400-\u9fff\uf900-\ufaff々]{1,4}"
# The word must not run on in its own script (hiragana after hiragana is one run).
_WORD: Final = (
    rf"(?P<word>(?<![\u3041-\u3096]){_HIRAGANA}|(?<![\u30a1-\u30faー]){_KATAKANA}(?![\u30a1-\u30faー])"
    rf"|(?<![A-Za-z]){_LATIN}(?![A-Za-z])"
)

_CALL: Final = re.compile(
    r"(?:^|(?<=[\s、。！!？?「『\"]))"
    r"(?:ねぇ|ねえ|ねー|あのさ|あのね|おーい|やっほー|ちょっと)[ー〜]*[、,]?[ \u3000]?"
    rf"(?P<word>{_HIRAGANA}|{_KATAKANA}|{_LATIN}|{_KANJI})"
    rf"(?=[ー〜]*(?:[、,！!？?…\s]|[{_EMOJI}]|聞いて|きいて|ってば|$))",
    re.MULTILINE,
)

# What only a person does, said of the word before it (with or without が, は, も).
_PERSON_AFTER: Final = re.compile(
    _WORD
    + r")(?=(?:が|は|も)?(?:言って|言った|言う|言っ|いって(?:た|る)|書いて|書いた|作って|作った"
    r"|いわく|曰く|によると|が?教えてくれ)"
    r"|から(?:電話|連絡|メール|LINE|ライン|プレゼント|聞い|聞き|もらっ|貰っ|誘われ|頼まれ)"
    r"|(?:と|が)(?:喧嘩|ケンカ|付き合)|と(?:飲み|ランチ|会っ|遊ん|遊び)"
    r"|に(?:借り|貸し|会っ|会う|怒られ|叱られ|頼ま|相談し|誘われ|謝)"
    r"|の(?:送別会|歓迎会|誕生日|お見舞い|結婚式)"
    # A body's state or a day's absence (nineteenth session): こうだいが熱出した,
    # はるとは風邪ひいて, みおが泣いて, ゆうまが遅刻.
    r"|(?:が|は|も)(?:熱(?:を)?出|熱が(?:出|あ|下が)|風邪(?:を)?ひ|泣い|泣き(?:出|止)|笑っ|転ん"
    r"|怪我|ケガ|けが(?:を|し)|遅刻|早退|欠席|寝坊|入院|退院|吐い|嘔吐|鼻水|咳(?:が|を|し)))"
)

# The writer introducing themself: a first-person word, then the name, then a copula or
# a self-introduction (俺ゆうたね, うち、みさきだよ, 僕はるとです).
_FIRST_PERSON: Final = r"(?:俺|僕|私|わたし|あたし|わたくし|うち|ぼく|おれ|オレ|ボク|自分)"
_INTRODUCED_AS: Final = (
    r"(?=[ー〜]*(?:ね|です|だよ|でーす|でーーす|っす|だ(?:[よ!！。、]|$)|(?:なん)?だけど|と申します|ともうします"
    r"|っていいます|って言います|っていう|といいます|と言います|やで|やねん)(?![\u3041-\u3096]{2}))"
)
# Saying what one is called (と申します, って言います, って呼んで): after a first-person word
# the word before it is a name even when the dictionary knows it only as a common noun
# (うちひなたって言います, 私つばさと申します); a copula alone is no such evidence (俺ひまだよ).
_NAMING: Final = re.compile(
    r"[ー〜]*(?:と申し|ともうし|っていいます|って言います|といいます|と言います|って(?:呼|よ)んで"
    r"|と(?:呼|よ)んで)"
)
_SELF: Final = re.compile(
    r"(?:^|(?<=[\s、。！!？?「『…]))"
    r"(?:あ|えっと|えーと|どうも|はじめまして|初めまして)?[、,]?[ \u3000]?"
    rf"{_FIRST_PERSON}(?P<sep>[、,][ \u3000]?|[ \u3000]|)"
    rf"(?P<word>{_HIRAGANA}|{_KATAKANA}|{_KANJI}){_INTRODUCED_AS}",
    re.MULTILINE,
)
# A name the writer asks to be called by, or gives after と申します (ゆうたって呼んで).
_CALL_ME: Final = re.compile(
    rf"(?:^|(?<=[\s、。！!？?「『…]))(?P<word>{_HIRAGANA}|{_KATAKANA}|{_KANJI})"
    r"(?=(?:って|と)(?:呼んで|よんで)|と申します|ともうします|でーす)",
    re.MULTILINE,
)

# A romaji word inside Japanese text before a particle or honorific (Kahoと, 昨日Mifuyuが).
_ROMAJI_IN_JAPANESE: Final = re.compile(
    r"(?:^|(?<=[\u3041-\u30ff\u3400-\u9fff、。「『（]))(?P<word>[A-Z][a-z]{1,14})"
    r"(?=が|は|と|に|の|から|も|って|とか|さん|くん|ちゃん)",
    re.MULTILINE,
)

# A romaji name in a sentence written wholly in romaji, before a particle (Kenta wa ashita
# yasumi desu, Tanaka-san ni kiite): the sentence must carry a romaji copula or verb ending.
_ROMAJI_PARTICLE: Final = re.compile(
    r"(?<![A-Za-z'])(?P<word>[A-Z][a-z]{1,14})[ ](?=(?:wa|ga|ni|to|mo|no|kara|tte|ni[ ]wa)[ ][a-z])"
)
_ROMAJI_PLACES: Final = frozenset(w.lower() for w in load_word_list("romaji_places"))
_ROMAJI_SENTENCE: Final = re.compile(
    r"\b(?:desu|deshita|masu|mashita|masen|kudasai|shimasu|shita|dayo|dane|janai|nai[ ]?desu)\b"
)
# Letter pairs no Hepburn romaji of a Japanese name holds (Notion: ti; Canva: c, v).
_NOT_HEPBURN: Final = re.compile(r"ti|tu|si|zi|hu|di|du|wi|we|wu|yi|ye|c(?!h)|[lqvx]")

# One word alone on a bulleted or numbered line.
_BULLET: Final = re.compile(
    r"^[ \u3000]*(?:[-・*•●○◦]|\d{1,2}[.)．）]|[①-⑳])[ \u3000]*"
    rf"(?P<word>{_HIRAGANA}|{_KATAKANA}|{_LATIN})[ \u3000]*$",
    re.MULTILINE,
)

_NOT_NAMES: Final = frozenset(load_word_list("hiragana_nouns")) | frozenset(
    load_word_list("chat_openers")
)
# What the first piece of a hiragana name cannot be: the ending of the word before it.
_NOT_A_WORD_START: Final = ("助動詞", "助詞", "接尾辞", "動詞-非自立", "形容詞-非自立")
_HONORED: Final = ("ちゃん", "さん", "くん", "さま", "たん")
# Pieces of a phrase, not of a name (おーい|いですね).
_PHRASE: Final = re.compile(r"です|ます|ない|たい|った|って|から|まで|けど|よね|なん$")
_PARTICLES: Final = frozenset("がはも")
# A small vowel or っ in a hiragana word, or ッ ending a katakana one (ファティマ is a name).
_SPOKEN: Final = re.compile(r"^[\u3041-\u3096]*[ぁぃぅぇぉっ][\u3041-\u3096]*$|ッ$")


def _name_like(
    word: str,
    kinds: Callable[[str], frozenset[str]],
    entries: Callable[[str], frozenset[str]],
    *,
    called: bool = False,
) -> bool:
    """``word`` can be a person's name: listed as one, or not listed at all (module).
    Outside a call (``called``), a word the dictionary also lists as a common noun
    (ほたる, あかね) is that noun."""
    if word in _NOT_NAMES or len(set(word)) == 1:
        return False
    if word.isascii() and word.lower() in COMMON_ENGLISH_WORDS:
        return False
    tags = entries(word)
    if re.fullmatch(_HIRAGANA, word) is not None:
        tags = tags | entries(katakana(word))
    if kinds(word):
        return called or not any(tag.startswith("名詞-普通名詞") for tag in tags)
    if any("人名" in tag for tag in tags):
        # ソニー, a brand as well as a person to the dictionary: a katakana or Latin word
        # read as something else too is that thing (ハビエル is a person only).
        if re.fullmatch(_HIRAGANA, word) is not None:
            return called or not any(tag.startswith("名詞-普通名詞") for tag in tags)
        return not any("人名" not in tag for tag in tags)
    if tags:
        return False  # a word of the dictionary that names no one (みんな, ソニー)
    # まじっ, ちょっ, すごぉ: spoken words, not names (しょうた is one)
    return _SPOKEN.search(word) is None


def framed_names(
    text: str,
    kinds: Callable[[str], frozenset[str]],
    entries: Callable[[str], frozenset[str]],
    doc: Sequence[Morph] = (),
) -> Iterator[tuple[int, int]]:
    """Spans of names standing in a person's frame (see the module). A hiragana word must
    start a word of Sudachi's ``doc`` that is no ending of the word before it (来|た|
    おばちゃん: not たおばちゃん), hold no piece of a phrase (おーい|いですね) and carry no
    honorific."""
    starts = {t.idx: t.tag for t in doc}
    for pattern in (_CALL, _PERSON_AFTER):
        for match in pattern.finditer(text):
            start, end = match.span("word")
            word = match.group("word")
            if pattern is _PERSON_AFTER and text[end - 1] in _PARTICLES and len(word) > 2:
                # みんなが|言って: the hiragana run took the particle the frame allows.
                word, end = word[:-1], end - 1
            if re.fullmatch(_HIRAGANA, word) is not None:
                if word.endswith(_HONORED) or _PHRASE.search(word) is not None:
                    continue
                if pattern is _PERSON_AFTER and "の" in word[1:] and not kinds(word):
                    continue  # うちのこが熱出した: a phrase with の, not a name
                # Sudachi cuts a name glued to a call word anyhow (あのさけ|んすけ): the
                # word-start check is for the frame after a word only.
                tag = starts.get(start, "" if pattern is _CALL else None)
                if tag is None or tag.startswith(_NOT_A_WORD_START):
                    continue
            if _name_like(word, kinds, entries, called=pattern is _CALL):
                yield start, end
    yield from _introduced(text, kinds, entries)
    for match in _ROMAJI_IN_JAPANESE.finditer(text):
        word = match.group("word")
        if romaji_to_katakana(word) is None or _NOT_HEPBURN.search(word.lower()) is not None:
            continue  # a Latin word inside Japanese that spells no Japanese syllables
        if _name_like(word, kinds, entries):
            yield match.span("word")
    if _ROMAJI_SENTENCE.search(text) is not None:
        for match in _ROMAJI_PARTICLE.finditer(text):
            word = match.group("word")
            kana = romaji_to_katakana(word)
            if kana is None or _NOT_HEPBURN.search(word.lower()) is not None:
                continue
            # Not a place or a common word in either script (Tokyo, Sushi); a reading the
            # dictionary knows as a name or proper noun is a name (Kenta). An unknown reading
            # is often a word romanised without its long vowels (Ramen as ラメン).
            tags = entries(kana) | entries(word)
            if word.lower() in _ROMAJI_PLACES or word.lower() in COMMON_ENGLISH_WORDS:
                continue
            if not any("地名" in t or "普通名詞" in t for t in tags) and (
                kinds(kana) or any(t.startswith("名詞-固有名詞") for t in tags)
            ):
                yield match.span("word")
    yield from _bulleted(text, kinds, entries)


def _adverbial(word: str, entries: Callable[[str], frozenset[str]]) -> bool:
    """The word is also an adverbial or numeral noun (ひとり, いま): not a name by itself."""
    tags = entries(word) | entries(katakana(word))
    return any("副詞可能" in tag or tag.startswith("名詞-数詞") for tag in tags)


def _noun_named(word: str, entries: Callable[[str], frozenset[str]]) -> bool:
    """A word the dictionary knows only as a noun (ひなた, つばさ) named as oneself: a name
    unless the project lists it as no name or it is adverbial (ひとり, いま)."""
    if word in _NOT_NAMES or len(set(word)) == 1 or _adverbial(word, entries):
        return False
    tags = entries(word)
    if re.fullmatch(_HIRAGANA, word) is not None:
        tags = tags | entries(katakana(word))
    return bool(tags) and all(tag.startswith("名詞-") for tag in tags)


def _introduced(
    text: str,
    kinds: Callable[[str], frozenset[str]],
    entries: Callable[[str], frozenset[str]],
) -> Iterator[tuple[int, int]]:
    """Names the writer introduces themself with (module: :data:`_SELF`, :data:`_CALL_ME`).
    After a first-person word glued to は, the name starts after は when the dictionary lists
    the rest as a name and not the whole (私はみさきです); else the whole is taken (僕はるとです:
    はると or ると, both masked)."""
    taken: set[int] = set()
    for match in _SELF.finditer(text):
        start, end = match.span("word")
        word = match.group("word")
        if word.startswith("は") and len(word) > 2 and kinds(word[1:]) and not kinds(word):
            start, word = start + 1, word[1:]  # 私は|みさき; 僕|はると (or は|ると) stays whole
        if _PHRASE.search(word) is not None or word.endswith(_HONORED):
            continue
        # A word listed as a given name is one here even if also a noun (かえで, まなと);
        # a word listed as a noun only is that noun (俺ひまだよ).
        if _name_like(
            word, kinds, entries, called="名" in kinds(word) and not _adverbial(word, entries)
        ) or (_NAMING.match(text, end) is not None and _noun_named(word, entries)):
            taken.add(end)
            yield start, end
    for match in _CALL_ME.finditer(text):
        start, end = match.span("word")
        word = match.group("word")
        if end in taken or _PHRASE.search(word) is not None or word.endswith(_HONORED):
            continue
        if _name_like(word, kinds, entries, called=True):
            yield start, end


def _bulleted(
    text: str,
    kinds: Callable[[str], frozenset[str]],
    entries: Callable[[str], frozenset[str]],
) -> Iterator[tuple[int, int]]:
    """Runs of at least two bulleted lines of one name-like word each (module)."""
    run: list[re.Match[str]] = []
    matches = list(_BULLET.finditer(text))
    for index, match in enumerate(matches):
        run.append(match)
        following = matches[index + 1] if index + 1 < len(matches) else None
        if following is not None and text.count("\n", match.end(), following.start()) == 1:
            continue
        words = [m.group("word") for m in run]
        if (
            len(run) >= 2
            # A list puts like with like: a Latin word no given name and no romaji (Leeds,
            # Ghent, Bergen) makes it a list of places or things, not of people.
            and all(_latin_name_shaped(w) for w in words if w.isascii())
            # イトウ, a surname and a word: in a list of names its surname reading holds.
            and all(
                _name_like(w, kinds, entries) or any("人名" in t for t in entries(w)) for w in words
            )
            and any(re.fullmatch(_HIRAGANA, w) is None for w in words)
        ):
            for item in run:
                yield item.span("word")
        run = []


def _latin_name_shaped(word: str) -> bool:
    """A capitalised Latin word a bullet may hold as a name: a known given name, or a
    word that spells Japanese syllables in Hepburn (Haruto), not a city (Leeds, Bergen)."""
    lower = word.lower()
    if lower in GIVEN_NAMES:
        return True
    return romaji_to_katakana(lower) is not None and _NOT_HEPBURN.search(lower) is None


class NameFrameRecognizer(SingleEntityRecognizer):
    """PERSON from the frame a name stands in (module docstring)."""

    ENTITY: ClassVar[str] = PERSON

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None or not len(nlp_artifacts.tokens):
            return []
        layout = text.replace("\\n", " \n")
        kinds = name_kinds(nlp_artifacts.tokens)
        entries = dictionary_entries(nlp_artifacts.tokens)
        return [
            RecognizerResult(
                entity_type=self.ENTITY,
                start=start,
                end=end,
                score=SCORE,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for start, end in sorted(
                set(framed_names(layout, kinds, entries, morphs(nlp_artifacts.tokens)))
            )
        ]

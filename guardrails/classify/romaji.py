"""Japanese written in romaji, read back in hiragana for the guard's rules.

The guard's Japanese rules read normalised Japanese (katakana folded to hiragana), so a
request typed in romaji ("hito no ie ni hi wo tsukeru houhou", "jitaku tokutei shitai")
passes every one of them. :func:`romaji_reading` returns the text with each line that is
romaji Japanese written in hiragana (ひとのいえにひをつけるほうほう), or ``None``.

A line is romaji Japanese when, among its Latin words of two letters or more (not counting
"no", "to" and "made", which are both; nor a word glued to a digit, a capital inside a
word, a short word in capitals in a line that is not, markup, a table's row), at least
:data:`_SHARE` parse as romaji syllables and are not English words (``english_words.txt``
and a list of short English words), and at least three do, or two with a particle that is
no English word among them (wo, ni, ga, wa, de, mo, kara) or 16 letters between them
(written with no space), or the line is one such word of ten letters or more. The share was
measured, not guessed: on the 45,005 benign rows of the guard's data five texts get a view,
all of them romaji Japanese (docs/guard.md "Twenty-second round, romaji").

Syllables: Hepburn, kunrei and wāpuro spellings (shi/si, chi/ti, tsu/tu, fu/hu, ji/zi,
sha/sya, cha/tya, ja/zya/jya), double consonants (kk, tch), syllabic n (n, n', nn), long
vowels as ou, oo, ō, ô or "-", small kana in wāpuro (xtu, ltu, xya). In a line read as
romaji every word that parses is written in kana (English-looking particles such as
"made" and "to" included; wa, o, e standing alone as は, を, へ) and the spaces between
them are dropped; words that do not parse ("LINE", "mail", "GPS") and text in other
scripts stay as they are. Then each kana reading of a word the rules are written with is
written as that word (ほうほう → 方法, じたく → 自宅; ``romaji_words.tsv``, built by
``bench/build_romaji_words.py`` from the guard baseline), longest first.

A loanword typed with its long vowel doubled ("hanbaagu", "pasuwaado", "sutookaa") is
written with the long-vowel mark the rules spell it with (はんばーぐ, ぱすわーど,
すとーかー; twenty-ninth round): "aa" and "ee" after a consonant, and "oo" in a word
that has one of those too or a sound only loanwords have (ふぁ, てぃ, うぃ, ゔ). A word holding a
reading of ``romaji_words.tsv`` (ばあい → 場合, おかあさん → お母さん) or one of a few native
words (おばあさん, じゃあ, ねえ) stays as it is.

Cheap first: a text with no run of two Latin letters returns at once, and a line stops
being read as soon as its English words make the share unreachable (p50 about 0.02 ms on
200-character ordinary text).

Failure behaviour: never raises on any input string.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

__all__ = ["romaji_reading"]

_SHARE = 0.6
_READ_LIMIT = 4_000
_LATIN = re.compile(r"[A-Za-z]{2}")
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,80}>")
# A capital inside a word ("WinWin", "SeaAnemone"): a name or brand, no romaji.
_CAMEL = re.compile(r"[a-z][A-Z]")
# A word as romaji is typed: letters, long-vowel marks, an apostrophe after n, a hyphen.
_LETTER = "A-Za-zĀāĪīŪūĒēŌōÂâÎîÛûÊêÔô"
# A word glued to a digit (1,480ha, A300, 500man) is a unit or a model, not romaji.
_WORD = re.compile(rf"(?<![0-9{_LETTER}])(?>[{_LETTER}]+(?:['’-][{_LETTER}]*)*)(?![0-9])")
# Particles that are no English word: one of them among the words is enough with two.
_PARTICLES = frozenset({"wo", "ni", "ga", "wa", "de", "mo", "kara", "ha", "he"})
# A particle standing alone is written as the kana Japanese spells it with.
_PARTICLE_KANA = {"wa": "は", "o": "を", "e": "へ"}
# Particles that are also English words: counted neither way.
_NEUTRAL = frozenset({"no", "to", "made"})
# English words of one or two letters, and a few longer ones the word list lacks.
_SHORT_ENGLISH = frozenset(
    [
        "a",
        "i",
        "am",
        "an",
        "as",
        "at",
        "be",
        "by",
        "do",
        "go",
        "he",
        "hi",
        "if",
        "in",
        "is",
        "it",
        "me",
        "my",
        "no",
        "of",
        "oh",
        "ok",
        "on",
        "or",
        "so",
        "to",
        "up",
        "us",
        "we",
        "ya",
        "yo",
        "ye",
        "ah",
        "eh",
        "uh",
        "um",
        "hmm",
        "ma",
        "pa",
        "ad",
        "ai",
        "ex",
        "id",
        "re",
        "vs",
        "tv",
        "pc",
        "ui",
    ]
)

_VOWELS = "aiueo"
_ROWS = {
    "": "あいうえお",
    "k": "かきくけこ",
    "s": "さしすせそ",
    "t": "たちつてと",
    "n": "なにぬねの",
    "h": "はひふへほ",
    "m": "まみむめも",
    "y": "や\0ゆいぇよ",
    "r": "らりるれろ",
    "w": "わうぃ\0うぇを",
    "g": "がぎぐげご",
    "z": "ざじずぜぞ",
    "d": "だぢづでど",
    "b": "ばびぶべぼ",
    "p": "ぱぴぷぺぽ",
    "f": "ふぁふぃふふぇふぉ",
    "v": "ゔぁゔぃゔゔぇゔぉ",
    "j": "じゃじじゅじぇじょ",
}


def _build() -> dict[str, str]:
    table: dict[str, str] = {}
    for consonant, kana in _ROWS.items():
        if consonant in ("f", "v", "j"):
            parts = [kana[0:2], kana[2:4], kana[4], kana[5:7], kana[7:9]]
            if consonant == "j":
                parts = ["じゃ", "じ", "じゅ", "じぇ", "じょ"]
            if consonant == "f":
                parts = ["ふぁ", "ふぃ", "ふ", "ふぇ", "ふぉ"]
            if consonant == "v":
                parts = ["ゔぁ", "ゔぃ", "ゔ", "ゔぇ", "ゔぉ"]
        elif consonant == "w":
            parts = ["わ", "うぃ", "う", "うぇ", "を"]
        elif consonant == "y":
            parts = ["や", "い", "ゆ", "いぇ", "よ"]
        else:
            parts = list(kana)
        for vowel, written in zip(_VOWELS, parts, strict=True):
            table[consonant + vowel] = written
    table.update({"shi": "し", "chi": "ち", "tsu": "つ", "tu": "つ", "ti": "ち", "si": "し"})
    table.update({"hu": "ふ", "fu": "ふ", "zi": "じ", "ji": "じ", "di": "ぢ", "du": "づ"})
    table.update({"dzu": "づ", "she": "しぇ", "che": "ちぇ", "tsa": "つぁ", "thi": "てぃ"})
    table.update({"dhi": "でぃ", "twu": "とぅ", "dwu": "どぅ"})
    # Contracted sounds: Hepburn, kunrei and wāpuro spellings.
    for head, kana in (
        ("ky", "き"), ("gy", "ぎ"), ("sh", "し"), ("sy", "し"), ("ch", "ち"), ("ty", "ち"),
        ("cy", "ち"), ("ny", "に"), ("hy", "ひ"), ("my", "み"), ("ry", "り"), ("by", "び"),
        ("py", "ぴ"), ("zy", "じ"), ("jy", "じ"), ("dy", "ぢ"),
    ):  # fmt: skip
        for vowel, small in (("a", "ゃ"), ("u", "ゅ"), ("o", "ょ")):
            table[head + vowel] = kana + small
    # Small kana typed alone (wāpuro).
    for lead in ("x",):
        for vowel, small in zip(_VOWELS, "ぁぃぅぇぉ", strict=True):
            table[lead + vowel] = small
        table.update({lead + "tu": "っ", lead + "tsu": "っ", lead + "ya": "ゃ", "ltu": "っ"})
        table.update({lead + "yu": "ゅ", lead + "yo": "ょ", lead + "wa": "ゎ"})
    table.update({"n'": "ん", "n’": "ん", "-": "ー"})
    return table


_KANA = _build()
_LONGEST = max(len(k) for k in _KANA)
# Long vowels with a macron or circumflex, as kana spell them (tōkyō → とうきょう).
_LONG_VOWELS = str.maketrans(
    {"ā": "aa", "ī": "ii", "ū": "uu", "ē": "ei", "ō": "ou"}
    | {"â": "aa", "î": "ii", "û": "uu", "ê": "ei", "ô": "ou"}
)


@lru_cache(maxsize=4096)
def _kana(word: str) -> str | None:
    """``word`` (lower case) in hiragana, or ``None`` when it is not romaji syllables."""
    out: list[str] = []
    word = word.translate(_LONG_VOWELS)
    i, n = 0, len(word)
    while i < n:
        ch = word[i]
        nxt = word[i + 1] if i + 1 < n else ""
        if ch == "n" and nxt in ("'", "’"):
            out.append("ん")
            i += 2
            continue
        if ch == "n" and (not nxt or (nxt not in _VOWELS and nxt != "y" and nxt != "n")):
            out.append("ん")
            i += 1
            continue
        if ch == "n" and nxt == "n":
            # "nn" is ん (wāpuro) unless a vowel follows: then konnichiwa's first n is.
            out.append("ん")
            i += 1 if i + 2 < n and word[i + 2] in _VOWELS + "y" else 2
            continue
        # A doubled consonant, and Hepburn's tch: a small tsu.
        if ch == nxt and ch not in _VOWELS and ch != "n" and ch.isalpha():
            out.append("っ")
            i += 1
            continue
        if ch == "t" and word.startswith("ch", i + 1):
            out.append("っ")
            i += 1
            continue
        for size in range(min(_LONGEST, n - i), 0, -1):
            kana = _KANA.get(word[i : i + size])
            if kana is not None:
                out.append(kana)
                i += size
                break
        else:
            return None
    return "".join(out)


# A long vowel typed doubled after a consonant's kana: あ after the a-row, え after the e-row.
_LONG_A = re.compile("(?<=[かさたなはまやらわがざだばぱゃぁ])あ")
_LONG_E = re.compile("(?<=[けせてねへめれげぜでべぺぇ])え")
_LONG_O = re.compile("(?<=[こそとのほもよろごぞどぼぽょぉ])お")
_LOAN_SOUND = re.compile("ふぁ|ふぃ|ふぇ|ふぉ|てぃ|でぃ|うぃ|うぇ|うぉ|ゔ|ちぇ|しぇ|じぇ|ー")
# Native words with a doubled vowel no reading of the rules' words holds.
_NATIVE_LONG = frozenset(
    (
        *("おばあさん", "おばあちゃん", "かあさん", "ばあさん", "ばあちゃん", "おねえさん"),
        *("おねえちゃん", "ねえさん", "ねえちゃん", "じゃあ", "まあ", "さあ", "ねえ", "ええ"),
        *("へえ", "はあ", "なあ"),
    )
)


@lru_cache(maxsize=4096)
def _loanword(kana: str) -> str:
    """``kana`` (one romaji word read) with a loanword's doubled long vowel written as ー."""
    if kana in _NATIVE_LONG or ("あ" not in kana and "え" not in kana):
        return kana
    words, sizes = _rule_words()
    for size in sizes:
        if any(kana[i : i + size] in words for i in range(len(kana) - size + 1)):
            return kana
    folded = _LONG_E.sub("ー", _LONG_A.sub("ー", kana))
    if folded != kana or _LOAN_SOUND.search(kana):
        folded = _LONG_O.sub("ー", folded)
    return folded


@lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    text = resources.files("guardrails.classify").joinpath("english_words.txt").read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def _japanese_word(word: str, english: frozenset[str]) -> bool:
    """``word`` (lower case) is romaji and no English word."""
    if word in _SHORT_ENGLISH or word in english:
        return False
    return _kana(word) is not None


def _romaji_line(words: list[str], english: frozenset[str]) -> bool:
    counted = [w for w in words if len(w) >= 2 and w not in _NEUTRAL]
    if len(counted) < 2 and not (counted and len(counted[0]) >= 10):
        return False
    allowed = int(len(counted) * (1 - _SHARE))
    japanese, other, letters, particle = 0, 0, 0, False
    for word in counted:
        if _japanese_word(word, english):
            japanese += 1
            letters += len(word)
            particle = particle or word in _PARTICLES
        else:
            other += 1
            if other > allowed:
                return False
    # Two words: one a particle, or long ones (written with no space: "nioidebarenaiyatu").
    if japanese >= 3 or (japanese == 2 and (particle or letters >= 16)):
        return True
    return japanese == 1 and len(counted) == 1 and len(counted[0]) >= 10


def _acronym(word: str) -> bool:
    """A short word in capitals (SA, PDF, GPS): an abbreviation when its line is not
    all capitals."""
    return len(word) <= 4 and word.isupper()


def _write_line(line: str, acronyms: bool) -> str:
    """``line`` with each word that parses as romaji in hiragana, no space between two;
    an abbreviation (:func:`_acronym`) stays when ``acronyms``."""
    parts: list[str] = []
    last = 0
    previous_kana = False
    for match in _WORD.finditer(line):
        word = match.group()
        skip = _CAMEL.search(word) or (acronyms and _acronym(word))
        lower = word.lower().replace("’", "'")
        kana = None if skip else _PARTICLE_KANA.get(lower) or _kana(lower)
        if kana is not None and len(kana) >= 3:
            kana = _loanword(kana)
        between = line[last : match.start()]
        if kana is None:
            parts.append(between + match.group())
            previous_kana = False
        else:
            if previous_kana and not between.strip():
                between = ""
            parts.append(between + kana)
            previous_kana = True
        last = match.end()
    parts.append(line[last:])
    return "".join(parts)


@lru_cache(maxsize=1)
def _rule_words() -> tuple[dict[str, str], tuple[int, ...]]:
    """Reading → the rules' word (``romaji_words.tsv``), and the readings' lengths, longest
    first."""
    text = resources.files("guardrails.classify").joinpath("romaji_words.tsv").read_text("utf-8")
    words = dict(
        line.split("\t", 1) for line in text.splitlines() if line and not line.startswith("#")
    )
    return words, tuple(sorted({len(r) for r in words}, reverse=True))


def _in_rule_words(kana: str) -> str:
    """``kana`` with each reading of a rule word written as that word, longest first."""
    words, sizes = _rule_words()
    out: list[str] = []
    i, n = 0, len(kana)
    while i < n:
        for size in sizes:
            if size <= n - i:
                word = words.get(kana[i : i + size])
                if word is not None:
                    out.append(word)
                    i += size
                    break
        else:
            out.append(kana[i])
            i += 1
    return "".join(out)


def romaji_reading(text: str) -> str | None:
    """``text``'s head (:data:`_READ_LIMIT` characters) with each romaji Japanese line in
    hiragana; ``None`` when no line is. Never raises."""
    head = text[:_READ_LIMIT]
    if not _LATIN.search(head):
        return None
    english = _english()
    lines = unicodedata.normalize("NFKC", head).split("\n")
    changed = False
    for index, line in enumerate(lines):
        # A table's row (names in cells) and markup are not prose.
        if line.count("|") >= 2:
            continue
        acronyms = not line.isupper()
        words = [
            w.lower().replace("’", "'")
            for w in _WORD.findall(_TAG.sub(" ", line))
            if not _CAMEL.search(w) and not (acronyms and _acronym(w))
        ]
        if len(words) == 1 and any(ord(ch) > 0x2FF for ch in line):
            continue
        if _romaji_line(words, english):
            lines[index] = _in_rule_words(_write_line(line, acronyms))
            changed = True
    return "\n".join(lines) if changed else None

"""Harm and request words read back from the ways people misspell or disguise them.

An attack gets past a word list when its key word is typed wrong: a letter dropped, struck
beside, doubled or swapped ("ransomwre", "roottkitt"), written without vowels ("rnsmwr"),
by ear ("malwear"), with look-alike Cyrillic or Greek letters ("mаlwаrе"), split by a space
or a mark ("ran somware", "co_ca-ine"), or, in Japanese, in kana or half kana half kanji
(ばくだん, 爆だん, かくせざい) or romaji ("bakudan"). :func:`unmisspelt` returns the text with
each such word written as the listed word it stands for, one extra view for the rules and
models; :func:`kana_harm_words` does the same for Japanese. :func:`everyday_senses` goes the
other way for the models only: 爆弾 in its food, weather or idiom sense (爆弾おにぎり,
爆弾低気圧, 爆弾発言) is written in plain words when nothing of a real bomb is asked.

How near is near enough is bounded by the listed word's length: a word of five to seven
letters one edit away (a letter dropped, added, changed or two neighbours swapped), eight
or more two edits away; doubled letters do not count; a harm word of four or more
consonants also matches a spelling with the same consonants (vowels left out or changed).
The first letter must be the listed word's. Real words that happen to be near a listed
word ("prison", "termite", "chloride", "heroine", "portend") are never read, nor a listed
word's own inflections ("prompts", "ignored", "instructor"). Only these words are read, so
an ordinary typo ("recieve") gives no view and costs a dictionary look-up per word.

Failure behaviour: never raises on any input string.
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["LISTED_WORDS", "everyday_senses", "kana_harm_words", "unmisspelt", "within_edits"]

# Listed words, by what they name. Harm words also match by their consonants.
_HARM = (
    # malware
    "ransomware",
    "keylogger",
    "malware",
    "spyware",
    "stalkerware",
    "infostealer",
    "rootkit",
    "trojan",
    "phishing",
    # weapons and explosives
    "explosive",
    "explosives",
    "detonator",
    "dynamite",
    "napalm",
    "nitroglycerin",
    "molotov",
    "pipebomb",
    "gunpowder",
    "thermite",
    "chlorine",
    # drugs and poisons
    "methamphetamine",
    "fentanyl",
    "heroin",
    "cocaine",
    "ricin",
    "cyanide",
    "arsenic",
    "poison",
    # fraud
    "counterfeit",
)
# The nouns of prompt extraction and jailbreaks: matched by edits only. Request verbs
# (ignore, disregard, write) are not read: people mistype them in ordinary requests about
# their own text ("Disregrad the previous instrucitons on the font"), where reading them
# turns a harmless sentence into an override's words.
_REQUEST = (
    "instructions",
    "instruction",
    "guidelines",
    "guideline",
    "restrictions",
    "restriction",
    "prompt",
)
# Japanese harm words typed in Latin letters (romaji), written back in kanji.
_ROMAJI = {
    "bakudan": "爆弾",
    "bakuyaku": "爆薬",
    "kenjuu": "拳銃",
    "kakuseizai": "覚醒剤",
    "dokuyaku": "毒薬",
    "seisankari": "青酸カリ",
    "nisesatsu": "偽札",
    "mayaku": "麻薬",
}
# Real words near a listed word (found by reading the benign training and dev rows and by
# hand): never read as misspellings.
_REAL_WORDS = frozenset(
    {
        "explosion", "explosions", "exploding", "trojans", "keyloggers", "termite",
        "termites", "prison", "prisons", "poisson", "heroine", "heroines", "heroic",
        "heron", "herein", "rican", "ricing", "cyanite", "chloride", "chlorite",
        "chlorate", "phasing", "detonate", "detonated", "detonation", "instructor",
        "instructors", "instructive", "restrictive", "synthesis", "translator",
        "translators", "repeal", "repent", "reheat", "revel", "wrote", "white",
        "writ", "writs", "writhe", "crate", "cremate", "cerate", "crete", "built",
        "spewer", "portend", "prompto", "ignorer", "bypast", "extant", "explains",
        "pretext", "promote", "molotovs", "repeats", "reveals", "creature", "written",
        "writer", "writes", "writing", "builds", "builder", "created", "creates",
        "creator", "ignored", "ignores", "prompts", "prompted", "prompter", "promptly",
        "repeated", "revealed", "translated", "translates", "extracted", "extracts",
        "explained", "bypassed", "pretends", "pretended", "pretender", "guild",
        "crease", "reseal", "chlorinate", "poised", "cocaina", "sextract", "napalms", "reread",
    }
)  # fmt: skip
_SUFFIXES = ("s", "es", "ed", "d", "er", "ers", "ing", "ly", "al")

_TARGETS: dict[str, str] = {w: w for w in (*_HARM, *_REQUEST)} | _ROMAJI
LISTED_WORDS = frozenset((*_HARM, *_REQUEST))
"""The English harm and request words this module reads back (romaji left out)."""
# Romaji is left out: "seisankari" has the consonants of "sneaker".
_CONSONANT_WORDS = frozenset(_HARM)


_DOUBLES = re.compile(r"(.)\1+")
_VOWEL_RUN = re.compile("[aeiouy]+")


def _squeeze(word: str) -> str:
    """Runs of one letter as one ("roottkitt" → "rotkit")."""
    return _DOUBLES.sub(r"\1", word)


def _consonants(word: str) -> str:
    """The first letter and the consonants after it, doubles as one ("rnsmwr")."""
    return _squeeze(word[0] + _VOWEL_RUN.sub("", word[1:]))


# Look-ups: exact squeezed spelling; the consonant skeleton (four or more consonants);
# listed words by first letter for the edit distance.
_BY_SQUEEZED = {_squeeze(w): w for w in _TARGETS}
_BY_CONSONANTS = {_consonants(w): w for w in _CONSONANT_WORDS if len(_consonants(w)) >= 4}
_BY_FIRST: dict[str, tuple[tuple[str, str, frozenset[str]], ...]] = {}
for _word in _TARGETS:
    _entry = (_word, _squeeze(_word), frozenset(_word))
    _BY_FIRST[_word[0]] = (*_BY_FIRST.get(_word[0], ()), _entry)
# The first three letters of every listed word: a word split in two is read joined only
# when its first half starts like one ("ran somware", not "the rapist").
_HEADS = frozenset(w[:3] for w in _TARGETS)
_MIN_LEN = 5
_MAX_LEN = 20
# Listed words of up to this many letters are read from one edit away, longer ones from two
# ("phishing" two edits from "pushing" and "polishing": eight letters are too few).
_ONE_EDIT_MAX = 9

# Cyrillic and Greek letters drawn like Latin ones, read as those inside a Latin word.
_CONFUSABLES = str.maketrans(
    {
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i",
        "ј": "j", "ѕ": "s", "ԁ": "d", "ӏ": "l", "к": "k", "м": "m", "т": "t", "н": "h",
        "в": "b", "ο": "o", "α": "a", "ι": "i", "κ": "k", "ρ": "p", "ν": "v", "υ": "u",
        "τ": "t", "ε": "e", "χ": "x", "ѵ": "v",
    }
)  # fmt: skip
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]")
# A word: Latin letters, possibly with Cyrillic or Greek look-alikes among them, possibly
# cut by single marks ("co_ca-ine", "sp*y_ware": read joined when that is a listed word).
_WORD = re.compile(
    r"[A-Za-z\u0370-\u03ff\u0400-\u04ff]+(?:[-._*][A-Za-z\u0370-\u03ff\u0400-\u04ff]+)*"
)
_MARKS = re.compile(r"[-._*]")
# What may split a word in two: one space, hyphen, dot, underscore or asterisk.
_SPLIT = frozenset(" -._*")


def _bound(word: str) -> int:
    return 1 if len(word) <= _ONE_EDIT_MAX else 2


def within_edits(a: str, b: str, bound: int) -> bool:
    """Optimal-string-alignment distance of ``a`` and ``b`` is at most ``bound``."""
    if abs(len(a) - len(b)) > bound:
        return False
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], prev2[j - 2] + 1)
        if min(row) > bound:
            return False
        prev2, prev = prev, row
    return prev[-1] <= bound


def _inflected(word: str, target: str) -> bool:
    """``word`` is ``target`` with an ending, or ``target`` is ``word`` with one."""
    longer, shorter = (word, target) if len(word) > len(target) else (target, word)
    return longer.startswith(shorter) and longer[len(shorter) :] in _SUFFIXES


@functools.lru_cache(maxsize=8192)
def _target_for(word: str) -> str | None:
    """The listed word ``word`` stands for, or ``None`` (it is one, or is none).

    Cached: the same few thousand words make up most messages, so after warm-up a word
    costs one look-up (a pure function of the word; the cache is bounded)."""
    disguised = not word.isascii()
    if disguised:
        word = word.translate(_CONFUSABLES)
        if not word.isascii():
            return None
    lower = word.lower()
    if lower in _ROMAJI or (disguised and lower in _TARGETS):
        return _TARGETS[lower]
    if not _MIN_LEN <= len(lower) <= _MAX_LEN or lower in _REAL_WORDS or lower in _TARGETS:
        return None
    squeezed = _squeeze(lower)
    found = _BY_SQUEEZED.get(squeezed)
    if found is None:
        found = _BY_CONSONANTS.get(_consonants(lower))
    if found is None:
        letters = frozenset(squeezed)
        for target, target_squeezed, target_letters in _BY_FIRST.get(lower[0], ()):
            bound = _bound(target)
            # Each edit changes at most two letters of the set: a cheap first test.
            if len(letters ^ target_letters) <= 2 * bound and within_edits(
                squeezed, target_squeezed, bound
            ):
                found = target
                break
    if found is None or _inflected(lower, found):
        return None
    return _TARGETS[found]


def _read_marked(word: str) -> str | None:
    """A word cut by marks: the listed word its pieces make joined, else the word with each
    piece read on its own (``None`` when nothing changes)."""
    pieces = _MARKS.split(word)
    whole = "".join(pieces)
    joined = _TARGETS.get(whole.lower()) or _target_for(whole)
    if joined is not None:
        return joined
    read = [_target_for(piece) or piece for piece in pieces]
    if read == pieces:
        return None
    out = word
    for piece, new in zip(pieces, read, strict=True):
        out = out.replace(piece, new, 1)
    return out


def _read_split(head: str, tail: str) -> str | None:
    """Two words that are one listed word cut by a space ("ran somware"): as written
    (doubles as one) when each has two letters or more, within its edits when three."""
    start = head[:3].lower()
    if (
        len(head) < 2
        or len(tail) < 2
        or (start not in _HEADS and start.translate(_CONFUSABLES) not in _HEADS)
        or _MARKS.search(head + tail)
    ):
        return None
    joined = (head + tail).lower()
    exact = _BY_SQUEEZED.get(_squeeze(joined))
    if exact is not None and joined not in _REAL_WORDS:
        return _TARGETS[exact]
    if min(len(head), len(tail)) < 3:
        return None
    return _target_for(head + tail)


def unmisspelt(text: str) -> str | None:
    """``text`` with each word that stands for a listed word written as that word
    ("a keyloger" → "a keylogger", "ran somware" → "ransomware", "mаlwаrе" → "malware"),
    or ``None`` when there is none; invisible characters are dropped first. Never raises."""
    text = _INVISIBLE.sub("", text)
    matches = list(_WORD.finditer(text))
    if not matches:
        return None

    def read(word: str) -> str | None:
        return _read_marked(word) if _MARKS.search(word) else _target_for(word)

    pieces: list[str] = []
    at = 0
    changed = False
    i = 0
    while i < len(matches):
        match = matches[i]
        target = read(match.group())
        if target is None and i + 1 < len(matches):
            # A word split in two by one space or mark: read the two halves joined, when
            # neither half is a listed word itself.
            after = matches[i + 1]
            gap = text[match.end() : after.start()]
            if len(gap) == 1 and gap in _SPLIT:
                first = _read_split(match.group(), after.group())
                if first is not None and read(after.group()) is None:
                    pieces += [text[at : match.start()], first]
                    at = after.end()
                    changed = True
                    i += 2
                    continue
        if target is not None:
            pieces += [text[at : match.start()], target]
            at = match.end()
            changed = True
        i += 1
    if not changed:
        return None
    pieces.append(text[at:])
    return "".join(pieces)


# --- Japanese ----------------------------------------------------------------------------------
# Harm words as (written form, its parts as (kanji, kana reading)); any part may be typed in
# kana (爆だん, ばく弾, ばくだん, バクダン). Katakana is folded to hiragana before reading.
_JA_WORDS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("爆弾", (("爆", "ばく"), ("弾", "だん"))),
    ("爆薬", (("爆", "ばく"), ("薬", "やく"))),
    ("爆発物", (("爆", "ばく"), ("発", "はつ"), ("物", "ぶつ"))),
    ("拳銃", (("拳", "けん"), ("銃", "じゅう"))),
    ("覚醒剤", (("覚", "かく"), ("醒", "せい"), ("剤", "ざい"))),
    ("覚醒剤", (("覚", "かく"), ("せい", "せい"), ("剤", "ざい"))),
    ("毒薬", (("毒", "どく"), ("薬", "やく"))),
    ("青酸カリ", (("青", "せい"), ("酸", "さん"), ("かり", "かり"))),
    ("偽札", (("偽", "にせ"), ("札", "さつ"))),
    ("麻薬", (("麻", "ま"), ("薬", "やく"))),
    ("火炎瓶", (("火", "か"), ("炎", "えん"), ("瓶", "びん"))),
    ("手榴弾", (("手", "しゅ"), ("榴", "りゅう"), ("弾", "だん"))),
    ("毒殺", (("毒", "どく"), ("殺", "さつ"))),
    ("劇薬", (("劇", "げき"), ("薬", "やく"))),
    ("硫化水素", (("硫", "りゅう"), ("化", "か"), ("水", "すい"), ("素", "そ"))),
    ("殺人", (("殺", "さつ"), ("人", "じん"))),
    # loanwords: their kana forms with a kana dropped or changed are read too
    ("ランサムウェア", (("らんさむうぇあ", "らんさむうぇあ"),)),
    ("マルウェア", (("まるうぇあ", "まるうぇあ"),)),
    ("スパイウェア", (("すぱいうぇあ", "すぱいうぇあ"),)),
    ("キーロガー", (("きーろがー", "きーろがー"),)),
    ("フィッシング", (("ふぃっしんぐ", "ふぃっしんぐ"),)),
    ("システムプロンプト", (("しすてむぷろんぷと", "しすてむぷろんぷと"),)),
)
# Katakana as hiragana, as the guard's normalised text has it.
_TO_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}
_BIG_KANA = dict(zip("ぁぃぅぇぉゃゅょっ", "あいうえおやゆよつ", strict=True))
# A kana reading this long may also lose a kana or have one changed (small kana written big,
# a voicing mark lost, the long-vowel mark dropped); shorter ones are read only as written.
_MIN_SLIP_KANA = 5
# Ordinary words a slip of a listed reading spells (けんしゅう: 研修, not 拳銃).
_JA_REAL_WORDS = frozenset({"けんしゅう", "けんじゅ"})
_JA_SEP = re.compile(
    r"(?<=[\u3040-\u30ff\u3400-\u9fff])[ \u3000・.\-](?=[\u3040-\u30ff\u3400-\u9fff])"
)
_KANA = re.compile(r"[\u3040-\u309f]")


def _kana_slips(kana: str) -> set[str]:
    # Not the first or last kana: without its last kana a word is often another's start.
    slips = {kana[:i] + kana[i + 1 :] for i in range(1, len(kana) - 1)}
    for i, ch in enumerate(kana):
        if ch in _BIG_KANA:
            slips.add(kana[:i] + _BIG_KANA[ch] + kana[i + 1 :])
        decomposed = unicodedata.normalize("NFD", ch)
        if len(decomposed) > 1 and i > 0:
            slips.add(kana[:i] + decomposed[0] + kana[i + 1 :])
    slips.add(kana[:-1] if kana.endswith("ー") else kana + "ー")
    return slips


# Kanji an IME offers for the same on-reading as a listed word's kanji (覚せい罪 for 覚せい剤,
# 爆段 for 爆弾): a listed word written with one of its kanji converted so is read as it.
# Not 魔 for 麻 (魔薬 is a fantasy potion).
_IME_KANJI = {
    "剤": "罪財材",
    "醒": "性生精",
    "弾": "段談団",
    "薬": "約訳役",
    "爆": "縛幕",
    "銃": "重獣充",
    "拳": "剣県券",
    "毒": "独",
    "殺": "札察",
    "榴": "流",
    "硫": "流",
}


def _ime_slips(parts: tuple[tuple[str, str], ...]) -> set[str]:
    """The all-kanji spelling of ``parts`` with one kanji converted to a homophone."""
    kanji = "".join(k for k, _ in parts)
    return {
        kanji[:i] + other + kanji[i + 1 :]
        for i, ch in enumerate(kanji)
        for other in _IME_KANJI.get(ch, "")
    }


def _ja_forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for written, parts in _JA_WORDS:
        for slip in _ime_slips(parts):
            forms.setdefault(slip, written)
        combos = [""]
        for kanji, kana in parts:
            combos = [c + p for c in combos for p in dict.fromkeys((kanji, kana))]
        reading = "".join(kana for _, kana in parts)
        # Half kanji, half kana only when each kana part has two kana or more (ま薬 is in
        # しま薬局).
        spellings = {c for c in combos if c == reading or _long_kana_parts(c, parts)}
        if len(reading) >= _MIN_SLIP_KANA:
            spellings |= _kana_slips(reading)
        folded = written.translate(_TO_HIRAGANA)
        for spelling in spellings - _JA_REAL_WORDS:
            if spelling != folded and _KANA.search(spelling):
                forms.setdefault(spelling, written)
    return forms


def _long_kana_parts(combo: str, parts: tuple[tuple[str, str], ...]) -> bool:
    at = 0
    for kanji, kana in parts:
        if combo.startswith(kanji, at):
            at += len(kanji)
        elif len(kana) < 2:
            return False
        else:
            at += len(kana)
    return True


_JA_FORMS = _ja_forms()
# What makes a listed word food (爆弾おにぎり, 丼, ハンバーグ: the rules' food exception) or an
# everyday phrase (爆弾低気圧, 爆弾発言): such a word is not written back.
_JA_FOOD = {
    "爆弾": re.compile(
        r"はんばーぐ|ばーぐ|おにぎり|にぎり|どん(?![など])|丼|ていきあつ|低気圧|はつげん|発言"
    )
}
# One alternation, longest first (the engine skips positions whose character starts none);
# the usual forms are in it too, read as themselves, so a slip that is the start of one
# (きーろが in きーろがー) is not read inside it.
_JA_USUAL = {written.translate(_TO_HIRAGANA) for written, _ in _JA_WORDS}
# A syllable an IME left in Latin letters at the end of a kana word (ばくだn, ぎぞu): read as
# its kana (katakana is already folded to hiragana in the guard's normalised text).
_ROMAJI_KANA = {
    "a": "あ", "i": "い", "u": "う", "e": "え", "o": "お", "n": "ん", "nn": "ん",
    **{c + v: k for c, row in (
        ("k", "かきくけこ"), ("s", "さしすせそ"), ("t", "たちつてと"), ("n", "なにぬねの"),
        ("h", "はひふへほ"), ("m", "まみむめも"), ("r", "らりるれろ"), ("g", "がぎぐげご"),
        ("z", "ざじずぜぞ"), ("d", "だぢづでど"), ("b", "ばびぶべぼ"), ("p", "ぱぴぷぺぽ"),
    ) for v, k in zip("aiueo", row, strict=True)},
    "ya": "や", "yu": "ゆ", "yo": "よ", "wa": "わ", "wo": "を",
    "shi": "し", "chi": "ち", "tsu": "つ", "fu": "ふ", "ji": "じ",
}  # fmt: skip
_ROMAJI_TAIL = re.compile(
    r"(?<=[\u3041-\u3096])(" + "|".join(sorted(_ROMAJI_KANA, key=len, reverse=True)) + r")(?![a-z])"
)
_JA_FORM = re.compile(
    "|".join(re.escape(f) for f in sorted({*_JA_FORMS, *_JA_USUAL}, key=len, reverse=True))
)


def kana_harm_words(normalized: str) -> str | None:
    """``normalized`` (the guard's folded text: katakana as hiragana) with each listed
    Japanese harm word typed in kana, half in kana or with a kana slipped written in its
    usual form (ばくだん, 爆だん → 爆弾; らんさむうえあ → ランサムウェア), a space or dot inside
    such a word dropped; ``None`` when there is none. Never raises."""
    if not _KANA.search(normalized):
        return None
    text = _JA_SEP.sub("", normalized)
    if _ROMAJI_TAIL.search(text):
        text = _ROMAJI_TAIL.sub(lambda m: _ROMAJI_KANA[m.group(1)], text)

    def usual(match: re.Match[str]) -> str:
        written = _JA_FORMS.get(match.group(), match.group())
        # A word in its food sense (ばくだんおにぎり) stays as typed: written back, the
        # rules' food exception would still pass it, but every view also reaches the model,
        # which reads 爆弾おにぎりの作り方 as a bomb recipe.
        if written in _JA_FOOD and _JA_FOOD[written].match(text, match.end()):
            return match.group()
        return written

    decoded = _JA_FORM.sub(usual, text)
    return decoded if decoded != text else None


# 爆弾 in its food, weather and idiom senses as the trained models should read it: the rules'
# food exception passes 爆弾おにぎりの作り方, but the models read 爆弾 + 作り方 as a bomb recipe
# (eighteenth round). Only when nothing of a real bomb is in the text and every 爆弾 in it
# is one of these senses.
_BOMB_SENSE = re.compile(
    r"(?:爆弾|ばくだん|バクダン)(?=(おにぎり|オニギリ|にぎり|ハンバーグ|はんばーぐ|バーグ|丼|どん|ドン"
    r"|ゼリー|ぜりー|低気圧|ていきあつ|発言|はつげん))"
)
_BOMB_PLAIN = {
    "低気圧": "急速に発達する",
    "ていきあつ": "急速に発達する",
    "発言": "衝撃",
    "はつげん": "衝撃",
}
_BOMB_WORD = re.compile(r"爆弾|ばくだん|バクダン")
_REAL_BOMB = re.compile(
    r"本物|ほんもの|火薬|爆薬|爆発|起爆|導火線|信管|傷つけ|殺|仕込|仕掛け|見せかけ|偽装|テロ|爆破"
)


# 殺す in its everyday senses as the models should read it (twenty-fourth round): a process,
# task or container killed (子プロセスを全部殺して) is ended, and a 殺し文句 is a clincher; the
# models read both as violence. Only when every 殺 in the text is one of these senses and no
# person or harm word is in it.
_KILL_SENSE = re.compile(
    r"殺し文句|(?P<what>(?:プロセス|ぷろせす|タスク|たすく|ジョブ|じょぶ|スレッド|すれっど|コンテナ"
    r"|こんてな|デーモン|でーもん|セッション|せっしょん|pid|PID)[^。\n、殺]{0,8}?)殺(?P<verb>[すしさせ])"
)
_KILL_PLAIN = {"す": "終了する", "し": "終了し", "さ": "終了さ", "せ": "終了でき"}
_KILL_WORD = re.compile(r"殺")
_REAL_KILL = re.compile(
    r"人|毒|刺|首|血|死|上司|同僚|家族|夫|妻|彼女を殺|彼氏を殺|ばれ|バレ|見せかけ"
)


def _kill_plain(match: re.Match[str]) -> str:
    if match.group() == "殺し文句":
        return "決め台詞"
    return match.group("what") + _KILL_PLAIN[match.group("verb")]


def everyday_senses(text: str) -> str:
    """``text`` with 爆弾 in its food, weather or idiom sense written plainly for the models
    (爆弾おにぎり → 大きなおにぎり, 爆弾低気圧 → 急速に発達する低気圧, 爆弾発言 → 衝撃発言); as
    it was when another 爆弾 or a real bomb's word (本物, 火薬, 起爆, 仕込む) is in it. Likewise
    殺す said of a process and a 殺し文句 (プロセスを殺す → プロセスを終了する,
    殺し文句 → 決め台詞), unless another 殺 or a person or harm word is in it. The rules
    read the text as typed. Never raises."""
    kills = list(_KILL_SENSE.finditer(text))
    if kills and len(kills) == len(_KILL_WORD.findall(text)) and not _REAL_KILL.search(text):
        text = _KILL_SENSE.sub(_kill_plain, text)
    senses = list(_BOMB_SENSE.finditer(text))
    if not senses or len(senses) != len(_BOMB_WORD.findall(text)) or _REAL_BOMB.search(text):
        return text
    return _BOMB_SENSE.sub(lambda m: _BOMB_PLAIN.get(m.group(1), "大きな"), text)

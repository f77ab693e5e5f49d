"""Attacks and their twins with key words typed wrong in other ways, English and Japanese
(evaluation only; issue 15, twenty-second round).

    python bench/guard_r22_typos.py                  # whole guard, per half
    python bench/guard_r22_typos.py --rules-only     # the rules alone
    python bench/guard_r22_typos.py --show blind     # held-out errors
    python bench/guard_r22_typos.py --out FILE       # the rows as JSONL

``guard_r21_typos`` types key words wrong as on a desk keyboard (swap, drop, neighbouring
key, doubled letter). People also type on phones, by ear and in a Japanese IME. This
generator takes the rows of ``guard_r21_en_families`` and ``guard_r21_ja_families``
(attacks and benign twins, each template dealt into ``dev``, tuned on, or ``blind``, held
out, by those generators before any rule was written; the halves are kept) and types one
or two of each row's key words wrong in one style, drawn per row (seeded):

English (key words: the row's three longest content words of five letters or more; the
first letter is kept):

* ``phone``: one or two letters struck as a neighbouring key of a phone keyboard (the same
  row, or the key above or below);
* ``vowels``: the word's inner vowels left out, all of them or one ("explsv", "poisn");
* ``repeat``: a letter held down, three or four times ("poiiison");
* ``phonetic``: spelled by ear (ph→f, c→k or s, -tion→-shun, ee↔ea, a double letter single
  or a single one doubled, a final e dropped, ...);
* ``split``: the word cut in two by a space or a hyphen ("ran somware", "suppr-essor").

Japanese (key words: the row's three longest nouns or verbs holding kanji, by SudachiPy's
split, leaving out the generator's openers):

* ``kana``: the word in katakana or hiragana (its reading);
* ``ime``: one kanji converted wrong, as an IME offers a homophone (剤→罪, 弾→段), from a
  table of kanji with the same on-reading written for this generator;
* ``romaji``: the reading typed in kana with its last sound left in Latin letters (ばくだn)
  or a kana's voicing mark lost (ばくたん);
* ``halfwidth``: the reading in half-width katakana, with a long-vowel mark added or dropped.

Twins are typed wrong the same way, so a reading that stops attacks and benign alike shows.
Every row: ``{"id", "text", "label", "lang", "family", "half", "style"}``. Written before
any change of the round; the styles and the homophone table were not read from any
evaluation text.
"""

from __future__ import annotations

import functools
import random
import re
import unicodedata

from guard_grave_requests import cli
from guard_r21_en_families import generate as en_rows
from guard_r21_ja_families import _OPENERS
from guard_r21_ja_families import generate as ja_rows
from guard_r21_typos import _FUNCTION
from sudachipy import Dictionary, SplitMode, Tokenizer

__all__ = ["EN_STYLES", "JA_STYLES", "generate"]

SEED = 22_215
EN_STYLES = ("phone", "vowels", "repeat", "phonetic", "split")
JA_STYLES = ("kana", "ime", "romaji", "halfwidth")

# A phone's letter keys: neighbours are the keys beside on the row and the two touching it
# on the row above and below (rows are offset by half a key).
_PHONE_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_PHONE_NEAR: dict[str, str] = {}
for _r, _keys in enumerate(_PHONE_ROWS):
    for _c, _key in enumerate(_keys):
        _near = [_keys[i] for i in (_c - 1, _c + 1) if 0 <= i < len(_keys)]
        for _o, _cols in ((_r - 1, (_c, _c + 1)), (_r + 1, (_c - 1, _c))):
            if 0 <= _o < len(_PHONE_ROWS):
                _near += [_PHONE_ROWS[_o][i] for i in _cols if 0 <= i < len(_PHONE_ROWS[_o])]
        _PHONE_NEAR[_key] = "".join(_near)

_VOWELS = "aeiou"
# Spellings by ear: (what is written, what is heard written), tried in a seeded order.
_BY_EAR = (
    ("ph", "f"),
    ("ck", "k"),
    ("tion", "shun"),
    ("sion", "shun"),
    ("ee", "ea"),
    ("ea", "ee"),
    ("ie", "ei"),
    ("ei", "ie"),
    ("ou", "ow"),
    ("qu", "kw"),
    ("x", "ks"),
    ("ght", "t"),
    ("ca", "ka"),
    ("co", "ko"),
    ("cu", "ku"),
    ("ce", "se"),
    ("ci", "si"),
    ("cy", "si"),
    ("y", "i"),
    ("ise", "ize"),
    ("ize", "ise"),
    ("our", "or"),
    ("ai", "ay"),
    ("oi", "oy"),
)
_DOUBLE = re.compile(r"([b-df-hj-np-tv-z])\1")
_SINGLE = re.compile(r"(?<=[aeiou])([bdfglmnprst])(?=[aeiou])")
_EN_WORD = re.compile(r"[A-Za-z]{5,}")

# Kanji an IME offers for the same on-reading (a wrong conversion), written for this
# generator from the readings, not from evaluation text.
_HOMOPHONES = {
    "爆": "縛幕漠",
    "弾": "段談団暖",
    "薬": "約訳役躍",
    "剤": "罪財材在",
    "醒": "性生成精",
    "覚": "格確革拡",
    "麻": "魔摩磨",
    "毒": "独読",
    "殺": "札察刷",
    "銃": "重住従充",
    "拳": "県券件剣",
    "盗": "等島倒党",
    "撮": "札察",
    "詐": "差査佐",
    "欺": "義疑議技",
    "偽": "議義疑",
    "造": "蔵像増",
    "害": "外概該街",
    "傷": "賞障象症",
    "誘": "遊有友勇",
    "拐": "会回改界",
    "脅": "強協教境",
    "迫": "拍泊博",
    "侵": "進新信心",
    "窃": "設説接",
    "児": "時事字示",
    "童": "動同道導",
    "虐": "逆",
    "待": "対体台態",
    "死": "氏市史詞",
    "犯": "判反版半",
    "罪": "剤財材",
    "放": "方法報包",
    "火": "化科家課",
    "炎": "円園演塩",
    "製": "性政制精",
    "密": "蜜",
    "聴": "長張超調",
    "監": "感完官館",
    "視": "氏史志",
    "個": "子古故固",
    "情": "状上場常",
    "報": "放方法豊",
    "漏": "労老朗",
    "暗": "案安",
    "号": "合剛豪",
    "酸": "算散産",
    "器": "機気期危",
    "兵": "平並",
    "武": "部舞",
    "凶": "強共協",
    "刃": "人陣",
    "物": "仏",
    "売": "倍買梅",
    "春": "瞬旬",
    "乗": "状上条",
    "取": "手種主",
    "自": "事時字",
    "脱": "奪達",
    "税": "勢性",
    "発": "初髪",
    "被": "費非秘",
    "選": "戦船線",
    "挙": "虚許居",
    "票": "表標評",
    "嫌": "権研県",
    "差": "詐佐",
    "復": "服福副",
    "讐": "週周州",
    "襲": "集修習",
    "撃": "激劇",
    "殴": "欧王",
    "刺": "指支誌",
    "酔": "水推垂",
    "睡": "水推垂",
    "眠": "民",
    "偵": "低停提",
    "追": "対",
    "跡": "積績石",
    "尾": "美備",
    "行": "公向高",
    "侮": "部舞",
    "辱": "欲浴",
    "特": "得徳",
    "定": "程底提",
    "洩": "栄営衛",
    "鍵": "件研券",
    "錠": "上状条",
}
_KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_TO_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}
_VOICED = {
    unicodedata.normalize("NFC", base + "\u3099"): base
    for base in "かきくけこさしすせそたちつてとはひふへほカキクケコサシスセソタチツテトハヒフヘホ"
}
_ROMAJI_TAIL = {
    "ん": "n",
    "ン": "n",
    "い": "i",
    "イ": "i",
    "う": "u",
    "ウ": "u",
    "く": "ku",
    "ク": "ku",
    "つ": "tu",
    "ツ": "tu",
    "き": "ki",
    "キ": "ki",
    "す": "su",
    "ス": "su",
    "か": "ka",
    "カ": "ka",
}


def _phone(word: str, rng: random.Random) -> str:
    out = list(word)
    spots = rng.sample(range(1, len(word)), 2 if len(word) >= 8 and rng.random() < 0.4 else 1)
    for i in spots:
        near = _PHONE_NEAR.get(out[i].lower())
        if near:
            out[i] = rng.choice(near)
    return "".join(out)


def _vowels(word: str, rng: random.Random) -> str:
    inner = [i for i in range(1, len(word)) if word[i].lower() in _VOWELS]
    if not inner:
        return word
    if rng.random() < 0.5:
        return word[0] + "".join(c for c in word[1:] if c.lower() not in _VOWELS)
    i = rng.choice(inner)
    return word[:i] + word[i + 1 :]


def _repeat(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word))
    return word[:i] + word[i] * rng.choice((2, 3)) + word[i:]


def _phonetic(word: str, rng: random.Random) -> str:
    head, tail = word[0], word[1:]
    rules = list(_BY_EAR)
    rng.shuffle(rules)
    changed = 0
    for written, heard in rules:
        at = tail.lower().find(written)
        if at >= 0:
            tail = tail[:at] + heard + tail[at + len(written) :]
            changed += 1
            if changed == 2 or rng.random() < 0.5:
                break
    if changed == 0 or rng.random() < 0.3:
        if _DOUBLE.search(tail):
            tail = _DOUBLE.sub(r"\1", tail, count=1)
        elif _SINGLE.search(tail):
            tail = _SINGLE.sub(r"\1\1", tail, count=1)
        elif tail.endswith("e"):
            tail = tail[:-1]
    return head + tail


def _split(word: str, rng: random.Random) -> str:
    i = rng.randrange(2, len(word) - 1)
    return word[:i] + rng.choice((" ", " ", "-")) + word[i:]


_EN_TYPO = {
    "phone": _phone,
    "vowels": _vowels,
    "repeat": _repeat,
    "phonetic": _phonetic,
    "split": _split,
}


def _en_typed(text: str, style: str, rng: random.Random) -> str:
    words = [m for m in _EN_WORD.finditer(text) if m.group().lower() not in _FUNCTION]
    if not words:
        return text
    longest = sorted(words, key=lambda m: (-len(m.group()), m.start()))[:3]
    chosen = rng.sample(longest, min(len(longest), rng.choice((1, 2))))
    out = text
    for match in sorted(chosen, key=lambda m: m.start(), reverse=True):
        typed = _EN_TYPO[style](match.group(), rng)
        out = out[: match.start()] + typed + out[match.end() :]
    return out


@functools.cache
def _tokenizer() -> Tokenizer:
    return Dictionary().create(SplitMode.C)


def _hiragana(kana: str) -> str:
    return kana.translate(_TO_HIRAGANA)


def _kana(surface: str, reading: str, rng: random.Random) -> str:
    return reading if rng.random() < 0.5 else _hiragana(reading)


def _ime(surface: str, reading: str, rng: random.Random) -> str:
    spots = [i for i, ch in enumerate(surface) if ch in _HOMOPHONES]
    if not spots:
        return _kana(surface, reading, rng)
    i = rng.choice(spots)
    return surface[:i] + rng.choice(_HOMOPHONES[surface[i]]) + surface[i + 1 :]


def _romaji(surface: str, reading: str, rng: random.Random) -> str:
    kana = _hiragana(reading)
    voiced = [i for i, ch in enumerate(kana) if ch in _VOICED]
    if voiced and rng.random() < 0.5:
        i = rng.choice(voiced)
        return kana[:i] + _VOICED[kana[i]] + kana[i + 1 :]
    if kana and kana[-1] in _ROMAJI_TAIL:
        return kana[:-1] + _ROMAJI_TAIL[kana[-1]]
    return kana[:-1] + "n" if kana.endswith("ん") else kana


def _halfwidth(surface: str, reading: str, rng: random.Random) -> str:
    kana = reading
    if "ー" in kana:
        kana = kana.replace("ー", "", 1)
    else:
        spots = [i for i in range(1, len(kana)) if kana[i] not in _SMALL]
        if spots:
            i = rng.choice(spots)
            kana = kana[:i] + "ー" + kana[i:]
    return "".join(_HALF.get(ch, ch) for ch in kana)


# Full-width katakana → half-width (NFKC's inverse, for the kana a reading holds).
_HALF: dict[str, str] = {}
for _code in range(0xFF61, 0xFFA0):
    _full = unicodedata.normalize("NFKC", chr(_code))
    if len(_full) == 1:
        _HALF.setdefault(_full, chr(_code))
for _base in "カキクケコサシスセソタチツテトハヒフヘホ":
    _HALF[unicodedata.normalize("NFC", _base + "\u3099")] = _HALF[_base] + "\uff9e"
for _base in "ハヒフヘホ":
    _HALF[unicodedata.normalize("NFC", _base + "\u309a")] = _HALF[_base] + "\uff9f"

_SMALL = frozenset("ァィゥェォャュョッヮぁぃぅぇぉゃゅょっゎ")
_JA_TYPO = {"kana": _kana, "ime": _ime, "romaji": _romaji, "halfwidth": _halfwidth}


def _ja_typed(text: str, style: str, rng: random.Random) -> str:
    words = []
    at = 0
    for m in _tokenizer().tokenize(text):
        surface = m.surface()
        start = text.find(surface, at)
        at = start + len(surface) if start >= 0 else at
        pos = m.part_of_speech()[0]
        reading = m.reading_form()
        if (
            start >= 0
            and pos in ("名詞", "動詞")
            and _KANJI.search(surface)
            and reading
            and reading != surface
            and len(surface) >= 2
            and not any(surface in opener for opener in _OPENERS)
        ):
            words.append((start, surface, reading))
    if not words:
        return text
    longest = sorted(words, key=lambda w: (-len(w[1]), w[0]))[:3]
    chosen = rng.sample(longest, min(len(longest), rng.choice((1, 1, 2))))
    out = text
    for start, surface, reading in sorted(chosen, reverse=True):
        out = out[:start] + _JA_TYPO[style](surface, reading, rng) + out[start + len(surface) :]
    return out


def generate() -> list[dict[str, str]]:
    """The r21 family rows, each typed wrong in one style drawn per row (seeded)."""
    rng = random.Random(SEED)
    rows: list[dict[str, str]] = []
    for n, row in enumerate(en_rows()):
        style = rng.choice(EN_STYLES)
        text = _en_typed(row["text"], style, rng)
        rows.append({**row, "id": f"r22typo-en{n:04d}", "text": text, "style": style})
    for n, row in enumerate(ja_rows()):
        style = rng.choice(JA_STYLES)
        text = _ja_typed(row["text"], style, rng)
        rows.append({**row, "id": f"r22typo-ja{n:04d}", "text": text, "style": style})
    return rows


def main() -> None:
    cli(__doc__.splitlines()[0], generate)


if __name__ == "__main__":
    main()

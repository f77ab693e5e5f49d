"""Katakana readings in Hepburn romaji, and a spelling-blind key for romaji names.

People write Japanese names in Latin letters with or without the long vowels (Ohtani,
Otani, Ōtani, Ootani; Yuko, Yuuko, Yūko). :func:`romaji_key` folds those spellings to one
key, and :func:`katakana_to_romaji` spells a katakana reading so that its key matches how
the name is written in English text. Used to recognise well-known people named in romaji
(:mod:`guardrails.pii.public_figures`). Pure functions; never raise for any ``str``
(characters outside katakana are dropped).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

__all__ = ["katakana_to_romaji", "romaji_key", "romaji_to_katakana"]

_DIGRAPHS: Final = {
    "キャ": "kya", "キュ": "kyu", "キョ": "kyo", "シャ": "sha", "シュ": "shu", "ショ": "sho",
    "チャ": "cha", "チュ": "chu", "チョ": "cho", "ニャ": "nya", "ニュ": "nyu", "ニョ": "nyo",
    "ヒャ": "hya", "ヒュ": "hyu", "ヒョ": "hyo", "ミャ": "mya", "ミュ": "myu", "ミョ": "myo",
    "リャ": "rya", "リュ": "ryu", "リョ": "ryo", "ギャ": "gya", "ギュ": "gyu", "ギョ": "gyo",
    "ジャ": "ja", "ジュ": "ju", "ジョ": "jo", "ビャ": "bya", "ビュ": "byu", "ビョ": "byo",
    "ピャ": "pya", "ピュ": "pyu", "ピョ": "pyo", "ヂャ": "ja", "ヂュ": "ju", "ヂョ": "jo",
    "ファ": "fa", "フィ": "fi", "フェ": "fe", "フォ": "fo", "ティ": "ti", "ディ": "di",
    "ウィ": "wi", "ウェ": "we", "ウォ": "wo", "ヴァ": "va", "ヴィ": "vi", "ヴェ": "ve",
}  # fmt: skip
_SINGLE: Final = dict(
    zip(
        "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨ"
        "ラリルレロワヲンガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポヴァィゥェォャュョ",
        [
            "a", "i", "u", "e", "o", "ka", "ki", "ku", "ke", "ko", "sa", "shi", "su", "se",
            "so", "ta", "chi", "tsu", "te", "to", "na", "ni", "nu", "ne", "no", "ha", "hi",
            "fu", "he", "ho", "ma", "mi", "mu", "me", "mo", "ya", "yu", "yo", "ra", "ri",
            "ru", "re", "ro", "wa", "o", "n", "ga", "gi", "gu", "ge", "go", "za", "ji", "zu",
            "ze", "zo", "da", "ji", "zu", "de", "do", "ba", "bi", "bu", "be", "bo", "pa",
            "pi", "pu", "pe", "po", "vu", "a", "i", "u", "e", "o", "ya", "yu", "yo",
        ],
        strict=True,
    )
)  # fmt: skip
# Long vowels as English text writes them or not: oh/ou/oo -> o, uu -> u (before a
# consonant or the end), and doubled letters from macron-less spellings.
_LONG_O: Final = re.compile(r"o[hou](?![aeiou])")
_LONG_U: Final = re.compile(r"uu")
_NOT_LETTER: Final = re.compile(r"[^a-z]")


def katakana_to_romaji(reading: str) -> str:
    """Hepburn romaji of a katakana reading (ミシマユキオ -> mishimayukio)."""
    out: list[str] = []
    index = 0
    double_next = False
    while index < len(reading):
        pair = reading[index : index + 2]
        if pair in _DIGRAPHS:
            syllable, index = _DIGRAPHS[pair], index + 2
        elif reading[index] == "ッ":
            double_next, index = True, index + 1
            continue
        elif reading[index] == "ー":
            index += 1
            continue
        else:
            syllable, index = _SINGLE.get(reading[index], ""), index + 1
        if double_next and syllable:
            syllable = ("t" if syllable.startswith("ch") else syllable[0]) + syllable
            double_next = False
        out.append(syllable)
    return "".join(out)


# Romaji syllables → katakana, longest first (the first katakana of a spelling wins:
# ji → ジ, not ヂ; o → オ, not ヲ); small kana and ヴ are not spelled back.
_FROM_ROMAJI: Final = {
    syllable: kana
    for kana, syllable in reversed([*_SINGLE.items(), *_DIGRAPHS.items()])
    if kana not in "ァィゥェォャュョヴヲヂヅ"
}
_FROM_ROMAJI.update({"si": "シ", "ti": "チ", "tu": "ツ", "hu": "フ", "zi": "ジ", "di": "ヂ"})
_LONGEST_SYLLABLE: Final = max(len(s) for s in _FROM_ROMAJI)


def romaji_to_katakana(word: str) -> str | None:
    """The katakana a Hepburn (or Kunrei) spelling stands for (Noda -> ノダ, Endou ->
    エンドウ, Homma -> ホンマ, Hattori -> ハットリ), or ``None`` when ``word`` does not split
    into Japanese syllables. A doubled consonant is ッ, ``n`` (``m`` before b/m/p) that
    starts no syllable is ン."""
    text = word.lower()
    out: list[str] = []
    index = 0
    while index < len(text):
        size, kana = next(
            (
                (size, found)
                for size in range(_LONGEST_SYLLABLE, 0, -1)
                if (found := _FROM_ROMAJI.get(text[index : index + size])) is not None
            ),
            (0, None),
        )
        if kana is not None and kana != "ン":
            out.append(kana)
            index += size
            continue
        letter, following = text[index], text[index + 1 : index + 2]
        if letter == "n" or (letter == "m" and following in {"b", "m", "p"}):
            out.append("ン")  # a syllable-final n (Kenji), or m before b/m/p (Homma)
        elif (letter == following and letter not in "aeiou") or (letter, following) == ("t", "c"):
            out.append("ッ")
        else:
            return None
        index += 1
    return "".join(out)


def romaji_key(text: str) -> str:
    """``text`` lower-cased, letters only, long vowels folded (Ohtani, Ootani -> otani)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    letters = _NOT_LETTER.sub("", folded)
    return _LONG_U.sub("u", _LONG_O.sub("o", letters))

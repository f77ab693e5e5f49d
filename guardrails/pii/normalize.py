"""NFKC normalisation that remembers where every normalised character came from.

Detection runs on NFKC text so that full-width digits (０９０), half-width katakana (ｶﾀｶﾅ),
full-width Latin letters and compatibility characters (㍻, ﬁ, ①) look like their plain forms
to the recognizers. Findings must still point into the text the client sent, so
:func:`normalize` returns a :class:`NormalizedText` that maps any span of the normalised text
back to the original characters.

Characters are normalised one cluster at a time, a cluster being a character plus the
combining marks that follow it (a half-width voiced mark ﾞ joins the kana before it), so a
span boundary never falls inside something the original text shows as one character. A
normalised span is mapped to the smallest original span that produced all of its characters.

Numbers written in kanji are read as digits too, because people write identifiers and
dates that way (〇七〇-七二七六-四九八一, 一九五五年五月一日, 昭和六十年, 一丁目二十九番二十四号):
a run of three or more kanji digits (〇一二…九), or groups of two or more joined by の or a
hyphen (〇三の八七四八の七六四七), becomes the same digits; three or four kanji numbers joined
by hyphens or の are block numbers (四-二十三-十二 → 4-23-12); and a kanji
number of one or two places (五, 十二, 二十九) written before a date or address unit
(年, 月, 日, 丁目, 番地, 番, 号) becomes its value. Words that merely contain a numeral
(一郎, 一番目, 四日市) are left alone, and so are surnames written with numerals (一番ヶ瀬,
一二三さん). The digits of one kanji number map back to the
whole kanji number.

Gaps that split one value are closed before detection: the spaces of a value written
with a space after every character (``0 9 0 - 1 2 3 4 - 5 6 7 8``, ``山 田 太 郎``: four or
more single characters, as OCR and PDF copies produce) and a line break right after a
hyphen, dot or ``@`` inside a value wrapped onto the next line (``080-1234-⏎5678``; after
a dot only when the next line goes on in a digit or a lower-case letter). The
removed characters are covered by the span of the value around them. ``\\n``/``\\t``
escapes (a tool result's JSON arrives as text) count as the line break or tab they encode.

Invisible format characters are dropped before detection: zero-width spaces and joiners,
the word joiner, soft hyphens, byte-order marks, bidirectional controls and Unicode tag
characters (``090\\u200b-1234-5678``, ``ta\\u00adro@example.jp``). They show nothing, so a
value with one inside reads as the value to a person and to a model; they are covered by
the span of the value around them, so the whole written value is replaced.

Never raises for any ``str``; an empty text maps to an empty text, and lone surrogates
become U+FFFD (one for one, so offsets do not move).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final, Literal

__all__ = ["NormalizedText", "normalize"]

_SURROGATE: Final = re.compile("[\ud800-\udfff]")
_FORM: Final[Literal["NFKC"]] = "NFKC"
_KANJI_DIGITS: Final = "〇一二三四五六七八九"
_KANJI_NUMBER: Final = re.compile(
    r"(?P<groups>[〇一二三四五六七八九]{2,5}"
    r"(?:(?:の|[-ー‐‑‒–—―− ])[〇一二三四五六七八九]{2,5}){2,3})"
    r"|(?P<blocks>(?<![〇一二三四五六七八九十])"
    r"(?:[一二三四五六七八九]?十[一二三四五六七八九]?|[〇一二三四五六七八九]{1,4})"
    r"(?:[-ー‐‑‒–—―−の](?:[一二三四五六七八九]?十[一二三四五六七八九]?|[〇一二三四五六七八九]{1,4})){2,3}"
    r"(?![〇一二三四五六七八九十]))"
    r"|(?P<run>[〇一二三四五六七八九]{3,})(?!さん|様|氏|君|くん|ちゃん)"
    r"|(?<![〇一二三四五六七八九十])"
    r"(?P<num>[一二三四五六七八九]?十[一二三四五六七八九]?|[〇一二三四五六七八九]{1,2})"
    r"(?=年|月|日(?![市町])|丁目|番地|番(?![目線組手ヶケヵ瀬])|号(?![線車機館]))"
)

# One character of a value written out with a space after every character, as OCR and text
# copied from a PDF or a scanned form produce: 0 9 0 - 1 2 3 4, 山 田 太 郎, T K 1 2 3.
_SPACED_CHAR: Final = r"[0-9A-Za-z\u3041-\u30ff\u4e00-\u9fff\u3005\-/.@():'#]"
_SPACED_OUT: Final = re.compile(rf"(?<![0-9A-Za-z])(?:{_SPACED_CHAR} ){{3,}}{_SPACED_CHAR}")
# Characters that display nothing (Unicode format characters of these kinds): dropped
# before detection so that they cannot split a value.
_INVISIBLE: Final = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
    "\U000e0000-\U000e007f]+"
)
_BLOCK_SEPARATOR: Final = re.compile(r"[^-ー‐‑‒–—―−の]+|.")
_JSON_ESCAPE: Final = re.compile(r"(?<!\\)\\([ntr])")
_ESCAPED: Final = {"n": "\n", "t": "\t", "r": "\r"}
# A value wrapped onto the next line after a hyphen, a dot or an at sign: 080-1234-⏎5678,
# 150-⏎0002, taro@⏎example.jp. After a dot the next line must go on in a digit or a
# lower-case letter: a capital there starts a sentence (…the call.⏎Best,⏎Shizuri).
_WRAPPED_VALUE: Final = re.compile(
    r"(?:(?<=[0-9A-Za-z][-@])[ \t]*\n[ \t]*(?=[0-9A-Za-z])"
    r"|(?<=[0-9A-Za-z]\.)[ \t]*\n[ \t]*(?=[0-9a-z]))"
)


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalised text and the way back to the original.

    ``starts[i]``/``ends[i]`` are the original offsets of the cluster that produced
    normalised character ``i``; both are empty when normalisation changed nothing.
    """

    text: str
    original_length: int
    starts: tuple[int, ...] = ()
    ends: tuple[int, ...] = ()

    @property
    def is_identity(self) -> bool:
        """True when the normalised text is the original text."""
        return not self.starts

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalised span ``[start, end)`` to a span of the original text.

        Offsets are clamped to the text, so the result is always a valid (possibly empty)
        span with ``start <= end``.
        """
        size = len(self.text)
        start = min(max(start, 0), size)
        end = min(max(end, start), size)
        if self.is_identity:
            return start, end
        if start == end:
            point = self.starts[start] if start < size else self.original_length
            return point, point
        return self.starts[start], self.ends[end - 1]


def _continues_cluster(char: str) -> bool:
    if unicodedata.combining(char):
        return True
    # Half-width (semi-)voiced marks are not combining but become combining marks.
    folded = unicodedata.normalize(_FORM, char)
    return bool(folded) and unicodedata.combining(folded[0]) != 0


def _kanji_value(match: re.Match[str]) -> str:
    groups = match.group("groups")
    if groups is not None:
        return "".join(str(_KANJI_DIGITS.index(c)) if c in _KANJI_DIGITS else c for c in groups)
    blocks = match.group("blocks")
    if blocks is not None:
        # 四-二十三-十二: each block is a number of its own (4-23-12).
        return _BLOCK_SEPARATOR.sub(
            lambda m: m.group() if m.group() in "-ー‐‑‒–—―−の" else _number_value(m.group()),
            blocks,
        )
    run = match.group("run")
    if run is not None:
        return "".join(str(_KANJI_DIGITS.index(c)) for c in run)
    return _number_value(match.group("num"))


def _number_value(number: str) -> str:
    """A kanji number of one or two places (五, 十二, 二十九, 〇七) as digits."""
    if "十" not in number:
        return "".join(str(_KANJI_DIGITS.index(c)) for c in number)
    tens, _, ones = number.partition("十")
    value = (_KANJI_DIGITS.index(tens) if tens else 1) * 10
    return str(value + (_KANJI_DIGITS.index(ones) if ones else 0))


def _read_kanji_numbers(folded: NormalizedText) -> NormalizedText:
    """``folded`` with kanji numbers as digits (see the module docstring)."""
    text = folded.text
    if _KANJI_NUMBER.search(text) is None:
        return folded
    size = len(text)
    starts = folded.starts or tuple(range(size))
    ends = folded.ends or tuple(range(1, size + 1))
    pieces: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    position = 0
    for match in _KANJI_NUMBER.finditer(text):
        pieces.append(text[position : match.start()])
        new_starts.extend(starts[position : match.start()])
        new_ends.extend(ends[position : match.start()])
        digits = _kanji_value(match)
        pieces.append(digits)
        new_starts.extend([starts[match.start()]] * len(digits))
        new_ends.extend([ends[match.end() - 1]] * len(digits))
        position = match.end()
    pieces.append(text[position:])
    new_starts.extend(starts[position:])
    new_ends.extend(ends[position:])
    return NormalizedText(
        text="".join(pieces),
        original_length=folded.original_length,
        starts=tuple(new_starts),
        ends=tuple(new_ends),
    )


def _json_escapes_as_whitespace(folded: NormalizedText) -> NormalizedText:
    """``\\n``, ``\\t`` and ``\\r`` escapes (a tool result's JSON read as text) as the
    line breaks and tabs they stand for: the backslash becomes a space and the letter the
    character, so the length and every offset stay as they are."""
    if "\\" not in folded.text:
        return folded
    text = _JSON_ESCAPE.sub(lambda m: " " + _ESCAPED[m.group(1)], folded.text)
    return NormalizedText(text, folded.original_length, folded.starts, folded.ends)


def _join_split_values(folded: NormalizedText) -> NormalizedText:
    """``folded`` without the gaps that split one value (see the module docstring)."""
    folded = _json_escapes_as_whitespace(folded)
    text = folded.text
    gaps = [(m.start(), m.end()) for m in _WRAPPED_VALUE.finditer(text) if m.end() > m.start()]
    gaps.extend((m.start(), m.end()) for m in _INVISIBLE.finditer(text))
    for run in _SPACED_OUT.finditer(text):
        gaps.extend(
            (run.start() + m.start(), run.start() + m.end()) for m in re.finditer(" ", run.group())
        )
    if not gaps:
        return folded
    dropped = {i for start, end in gaps for i in range(start, end)}
    size = len(text)
    starts = folded.starts or tuple(range(size))
    ends = folded.ends or tuple(range(1, size + 1))
    keep = [i for i in range(size) if i not in dropped]
    return NormalizedText(
        text="".join(text[i] for i in keep),
        original_length=folded.original_length,
        starts=tuple(starts[i] for i in keep),
        ends=tuple(ends[i] for i in keep),
    )


def normalize(text: str) -> NormalizedText:
    """NFKC-normalise ``text`` and record the offset map (see the module docstring)."""
    return _read_kanji_numbers(_join_split_values(_nfkc(text)))


def _nfkc(text: str) -> NormalizedText:
    # Lone surrogates (from JSON "\ud800" escapes) cannot be encoded for the tokenizer;
    # one replacement character each keeps every offset where it was.
    text = _SURROGATE.sub("\ufffd", text)
    if unicodedata.is_normalized(_FORM, text):
        return NormalizedText(text=text, original_length=len(text))
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    size = len(text)
    index = 0
    while index < size:
        stop = index + 1
        while stop < size and _continues_cluster(text[stop]):
            stop += 1
        cluster = text[index:stop]
        folded = (
            cluster
            if unicodedata.is_normalized(_FORM, cluster)
            else unicodedata.normalize(_FORM, cluster)
        )
        pieces.append(folded)
        starts.extend([index] * len(folded))
        ends.extend([stop] * len(folded))
        index = stop
    return NormalizedText(
        text="".join(pieces),
        original_length=size,
        starts=tuple(starts),
        ends=tuple(ends),
    )

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
a run of three or more kanji digits (〇一二…九, 零 for zero inside a number), or groups of
two or more joined by の, 、, a hyphen, a slash or brackets (〇三の八七四八の七六四七,
〇九〇、一二三四、…, 〇三／三二一一／五四六七, 〇四五（六七一）二三〇九; a line break after
the dash or slash is closed), becomes the same digits; three or four kanji numbers joined
by hyphens or の are block numbers (四-二十三-十二 → 4-23-12); and a kanji
number of one or two places (五, 十二, 二十九) written before a date or address unit
(年, 月, 日, 丁目, 番地, 番, 号) becomes its value. Words that merely contain a numeral
(一郎, 一番目, 四日市) are left alone, and so are surnames written with numerals (一番ヶ瀬,
一二三さん). The digits of one kanji number map back to the
whole kanji number.

Numbers spoken rather than written are read as digits too (ninth round), because callers
read their numbers out and speech-to-text writes what it heard: a run of at least seven
digit words in English (``oh nine oh, one two three four, five six seven eight``,
``zero-eight-zero-…``, ``double five``; an area code in digits may open it) or in their
katakana or hiragana readings (ゼロキューゼロ、イチニーサンヨン…, れいはちぜろの…) becomes
the digits, groups joined by a hyphen where a comma, 、, の, a space, ``dash`` or a lone
long-vowel mark separated them; a year in English words next to a month
(``nineteen eighty-nine``, ``two thousand and two``) becomes its four digits, and a day
in words next to a month (``the twenty-fourth of May``, ``June fifth``) its number.
Fewer than seven digit words (``one two three, go``, イチ、ニー、サン) and numbers in
ordinary prose (``two kids and three dogs``) are left alone.

Gaps that split one value are closed before detection: the spaces of a value written
with a space after every character (``0 9 0 - 1 2 3 4 - 5 6 7 8``, ``山 田 太 郎``: four or
more single characters, as OCR and PDF copies produce) and a line break right after a
hyphen, dot or ``@`` inside a value wrapped onto the next line (``080-1234-⏎5678``; after
a dot only when the next line goes on in a digit or a lower-case letter). The
removed characters are covered by the span of the value around them. ``\\n``/``\\t``
escapes (a tool result's JSON arrives as text) count as the line break or tab they encode.

Twelfth round: a spaced-out run does not take in a label glued to it where the label meets
a spaced digit (個人番号 1 2 … 2 氏名: 号 and 氏 stay with their words). Digits that OCR read
as the letters they look like (O or o for 0, I or l for 1) inside a number are read as
digits, one for one (1971/O6/13, 0l1-172-5632: a run of digits, those letters and
separators with nothing else glued to it, at least five real digits, at most two letters).
Spaces around a separator inside a number and more than one space between two digit groups
are closed like the gaps above (2099 - 7430 - 0872, 3507  7118  3534  6705). A date said
in Japanese and written in kana by speech-to-text becomes a written date
(せんきゅうひゃくはちじゅうごねん しがつ じゅうににち → 1985年4月12日, しょうわがんねん … →
昭和1年…, 1985ねん 4がつ 12にち; a western year 1900–2099 or an era year 1–64, a month and a
day in range).

Thirteenth round: every dash people put between digit groups (U+2010 hyphen, non-breaking
hyphen, en and em dashes, horizontal bar, minus, the long-vowel mark) becomes a hyphen when
digits stand on both sides (1948‐12‐25, ２９６—２１２０), one for one; a circle (○, ◯) beside a
kanji digit is a zero (○九○-一二三四-…; ○○さん is left alone) and a middle dot may join kanji
digit groups (〇七五・八四八・〇五一七); a line break is closed after a slash or dash between
digits, after the year or month of a date (1985年⏎6月5日) and before an ``@``; and a number
broken over exactly two lines of digit groups (マイナンバー⏎5201 9384⏎7165) is read with a
space for the break (three or more such lines are a column, left alone).

Invisible format characters are dropped before detection: zero-width spaces and joiners,
the word joiner, soft hyphens, byte-order marks, bidirectional controls, Unicode tag
characters, variation selectors, the combining grapheme joiner, interlinear annotation
and the other format controls, and control characters other than tab, line breaks and
form feed (``090\\u200b-1234-5678``, ``ta\\u00adro@example.jp``, ``山田\\ufe0f太郎``,
``090\\x001234\\x005678``). They show nothing, so a
value with one inside reads as the value to a person and to a model; they are covered by
the span of the value around them, so the whole written value is replaced.

The decimal digits of other scripts (Arabic-Indic, Devanagari, Thai, …) are read as ASCII
digits, one for one (``٠٩٠-١٢٣٤-٥٦٧٨``).
Characters drawn as an empty cell that are not spaces (Hangul fillers, the blank Braille
pattern) are read as spaces, one for one (``090\u31641234\u31645678``).

``\\uXXXX`` escapes written into a text as characters (``\\u0030\\u0039\\u0030-…``,
``taro\\u0040example.jp``: typed into a ``metadata`` value, a tool description, a message's
``name`` or its content) are read as the characters they stand for before anything else,
with any number of backslashes before the ``u`` and an escaped surrogate pair as its one
character: a model reads them as the value, and the backend receives them. Each decoded
character maps back to its whole escape, so the written escapes are what is replaced.

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
# Spoken numbers (ninth round): digit words in English and in kana readings.
_MIN_SPOKEN_DIGITS: Final = 7
_EN_DIGITS: Final = {
    "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_EN_DIGIT_WORD: Final = r"(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine)"
_EN_DIGIT_TOKEN: Final = re.compile(
    rf"(?i:(?<![A-Za-z])(?:(?:double|triple)\s+)?{_EN_DIGIT_WORD}(?![A-Za-z])|(?<!\d)\d{{2,4}}(?!\d))"
)
_EN_SEP: Final = r"(?:\s*[,;]\s*|\s*[-–]\s*|\s+(?i:dash)\s+|\s+)"
_EN_DIGIT_RUN: Final = re.compile(
    rf"(?i:(?<![A-Za-z\d])(?:\d{{2,4}}{_EN_SEP})?(?:(?:double|triple)\s+)?{_EN_DIGIT_WORD}"
    rf"(?:{_EN_SEP}(?:(?:double|triple)\s+)?{_EN_DIGIT_WORD}){{4,}}(?![A-Za-z]))"
)
_EN_GROUP_BREAK: Final = re.compile(r"[,;]|\s-\s|(?i:dash)")
_EN_DIGIT_HINT: Final = re.compile(
    r"(?i:\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|nineteen|twenty|thirty)\b)"
)
_KANA_DIGITS: Final = {
    "ゼロ": "0", "レイ": "0", "マル": "0", "イチ": "1", "ニー": "2", "ニ": "2", "サン": "3",
    "ヨン": "4", "ゴー": "5", "ゴ": "5", "ロク": "6", "ナナ": "7", "ハチ": "8", "キュー": "9",
    "キュウ": "9", "ぜろ": "0", "れい": "0", "まる": "0", "いち": "1", "にー": "2", "に": "2",
    "さん": "3", "よん": "4", "ごー": "5", "ご": "5", "ろく": "6", "なな": "7", "はち": "8",
    "きゅー": "9", "きゅう": "9", "にい": "2", "ニイ": "2",
}  # fmt: skip
# Twenty-sixth round: にい/ニイ is 2 only when no ち/チ follows (さんいちにいち is 3-1-2-1: the
# longer reading took にい and left ち, and the run stopped there).
_KANA_DIGIT_WORD: Final = "|".join(
    {"にい": "にい(?!ち)", "ニイ": "ニイ(?!チ)"}.get(word, word)
    for word in sorted(_KANA_DIGITS, key=len, reverse=True)
)
_KANA_SEP: Final = r"(?: ?(?:の ?[、,]|[、,の・]) ?| |ー(?![ー]))"
_KANA_DIGIT_RUN: Final = re.compile(
    rf"(?<![\u30a1-\u30fa])(?:{_KANA_DIGIT_WORD})(?:{_KANA_SEP}?(?:{_KANA_DIGIT_WORD})){{6,}}"
    r"(?![\u30a1-\u30fa])"
)
_KANA_DIGIT_TOKEN: Final = re.compile(rf"{_KANA_DIGIT_WORD}|{_KANA_SEP}")
# Twenty-sixth round: a number's first group read out in kana and the rest written in digits
# or kanji numerals (ゼロキューゼロの五五一二の〇九三七, ぜろはちぜろ 3312 8876): two to five
# kana digit words opening with a zero, then two more groups of digits that add up to a
# phone number's length. The kana group alone becomes its digits.
_KANA_HEAD_RUN: Final = re.compile(
    r"(?:(?<![\u30a1-\u30fa])(?:ゼロ|レイ|マル)"
    r"|(?:(?<![\u3041-\u3096])|(?<=[\u4e00-\u9fff\u30a1-\u30fa][はがをもで]))(?:ぜろ|れい|まる))"
    rf"(?:{_KANA_SEP}?(?:{_KANA_DIGIT_WORD})){{1,4}}"
    rf"(?=(?:{_KANA_SEP}|-)?\d{{3,4}}(?:{_KANA_SEP}|-)?\d{{4}}(?!\d))"
)
_KANA_DIGIT_HINT: Final = re.compile(
    r"ゼロ|レイ|マル|イチ|ハチ|キュ|ロク|ナナ|ぜろ|れい|いち|はち|きゅ|ろく|なな"
)
_EN_UNITS: Final = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_EN_TENS: Final = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_EN_ORDINALS: Final = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
_MONTH_NAME: Final = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
_TWO_DIGIT_WORDS: Final = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four"
    r"|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|o(?:h)? (?:one|two|three|four|five|six|seven|eight|nine))"
)
# A year said in words after a month and day (May 24th, nineteen eighty-nine).
_EN_YEAR_WORDS: Final = re.compile(
    rf"(?i:{_MONTH_NAME}[^.\n]{{0,30}}?,?\s"
    rf"((?:nineteen|eighteen) (?:hundred|{_TWO_DIGIT_WORDS})"
    rf"|two thousand(?:(?: and)? (?:{_TWO_DIGIT_WORDS}|one|two|three|four|five|six|seven"
    r"|eight|nine))?)(?![A-Za-z\-]))"
)
_DAY_WORDS: Final = (
    r"(?:(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
    r"|thirtieth)"
)
# A day said in words before "of <Month>" or after "<Month>" (the third of March, June fifth).
_EN_DAY_WORDS: Final = re.compile(
    rf"(?i:(?<![A-Za-z])(?P<day_before>{_DAY_WORDS})(?= of {_MONTH_NAME})"
    rf"|{_MONTH_NAME} (?:the )?(?P<day_after>{_DAY_WORDS})(?![A-Za-z]))"
)
# Nineteenth round: the year said first, then the month and day (nineteen eighty-two,
# June the fourth; two thousand and one, the third of May).
_EN_YEAR_FIRST_WORDS: Final = re.compile(
    rf"(?i:(?<![A-Za-z\-])((?:nineteen|eighteen) (?:hundred|{_TWO_DIGIT_WORDS})"
    rf"|two thousand(?:(?: and)? (?:{_TWO_DIGIT_WORDS}|one|two|three|four|five|six|seven"
    rf"|eight|nine))?)(?=,? (?:the )?(?:{_MONTH_NAME}|{_DAY_WORDS} of {_MONTH_NAME})\b))"
)
# A date said in Japanese and written in kana by speech-to-text (twelfth round):
# せんきゅうひゃくはちじゅうごねん しがつ じゅうににち, しょうわよんじゅうにねん、じゅうにがつ、
# じゅうごにち, 1985ねん 4がつ 12にち; read as 1985年4月12日 / 昭和42年12月15日.
_JA_NUMBER_WORDS: Final = {
    "いち": 1, "に": 2, "さん": 3, "よん": 4, "ご": 5, "ろく": 6, "なな": 7, "しち": 7,
    "はち": 8, "きゅう": 9, "ろっ": 6, "はっ": 8,
}  # fmt: skip
_JA_MULTIPLIERS: Final = {
    "せん": 1000, "ぜん": 1000, "ひゃく": 100, "びゃく": 100, "ぴゃく": 100, "じゅう": 10,
}  # fmt: skip
_JA_NUMBER_TOKEN: Final = "|".join(
    sorted([*_JA_NUMBER_WORDS, *_JA_MULTIPLIERS], key=len, reverse=True)
)
_JA_NUMBER: Final = rf"(?:(?:{_JA_NUMBER_TOKEN})+|\d{{1,4}})"
_JA_SPECIAL_MONTHS: Final = {"しがつ": 4, "しちがつ": 7, "くがつ": 9}
_JA_SPECIAL_DAYS: Final = {
    "ついたち": 1, "ふつか": 2, "みっか": 3, "よっか": 4, "いつか": 5, "むいか": 6,
    "なのか": 7, "ようか": 8, "ここのか": 9, "とおか": 10, "じゅうよっか": 14, "はつか": 20,
    "にじゅうよっか": 24,
}  # fmt: skip
_JA_ERAS: Final = {"しょうわ": "昭和", "へいせい": "平成", "れいわ": "令和", "たいしょう": "大正"}
_JA_DATE_SEP: Final = r"[ 、,]{0,2}(?:の ?)?"
_JA_SPOKEN_DATE: Final = re.compile(
    rf"(?:(?P<era>{'|'.join(_JA_ERAS)}) ?(?P<era_year>がん|{_JA_NUMBER})"
    rf"|(?P<year>{_JA_NUMBER})) ?ねん{_JA_DATE_SEP}"
    rf"(?:(?P<special_month>{'|'.join(sorted(_JA_SPECIAL_MONTHS, key=len, reverse=True))})"
    rf"|(?P<month>{_JA_NUMBER}) ?がつ){_JA_DATE_SEP}"
    rf"(?:(?P<special_day>{'|'.join(sorted(_JA_SPECIAL_DAYS, key=len, reverse=True))})"
    rf"|(?P<day>{_JA_NUMBER}) ?にち)"
)
_JA_NUMBER_PIECE: Final = re.compile(_JA_NUMBER_TOKEN)
_FORM: Final[Literal["NFKC"]] = "NFKC"
_KANJI_DIGITS: Final = "〇一二三四五六七八九"
# 零 is zero as well (零八〇…): read as 〇 before the kanji numbers are. So is a circle
# (○ U+25CB, ◯ U+25EF) right beside a kanji digit (○九○-一二三四…, as typed for 〇); circles
# beside circles only (○○さん, ○月○日: a blank to fill in) are left alone.
_ZERO: Final = re.compile(
    r"零(?=[〇一二三四五六七八九零]{1,4})|(?<=[〇一二三四五六七八九零])零"
    r"|[○◯](?=[〇一二三四五六七八九零])|(?<=[〇一二三四五六七八九零])[○◯]"
)
_KANJI_NUMBER: Final = re.compile(
    r"(?P<groups>[〇一二三四五六七八九]{2,5}"
    r"(?:(?:の|[-ー‐‑‒–—―−/](?:[ \t]*\n[ \t]*)?|[ 、,・()])[〇一二三四五六七八九]{2,5}){2,3})"
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
# The run ends before a letter glued to it: the first letter of the next word is not taken
# in (S K I on: the run stops at I; round 21); digits keep the old reading.
_SPACED_OUT: Final = re.compile(
    rf"(?<![0-9A-Za-z])(?:{_SPACED_CHAR} ){{3,}}{_SPACED_CHAR}(?![A-Za-z])"
)
# Characters that display nothing (Unicode format characters of these kinds): dropped
# before detection so that they cannot split a value.
_INVISIBLE: Final = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
    "\U000e0000-\U000e007f"
    # Variation selectors, the combining grapheme joiner, Mongolian variation selectors,
    # interlinear annotation and other format controls, and control characters (not tab,
    # line breaks or form feed): they too display nothing, and 山田\ufe0f太郎 or
    # 090\x001234\x005678 reached the model whole.
    "\ufe00-\ufe0f\U000e0100-\U000e01ef\u034f\u180b-\u180d\u180f\ufff9-\ufffb"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U00013430-\U0001343f"
    "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]+"
)
# Seventeenth round (issue 16): a character that damages a number without hiding its
# digits — a combining mark (090-1234-5\u0301678), a private-use character or the
# replacement character U+FFFD (what a broken encoding or an app's own glyph leaves) — is
# dropped when it touches a digit, so that the digits around it are one number again; the
# number reached the model whole before. Away from digits (an accented letter, an icon)
# it stays.
_DAMAGE_CHARS: Final = (
    "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
    "\ue000-\uf8ff\ufffd\U000f0000-\U0010fffd"
)
_DAMAGE_IN_NUMBER: Final = re.compile(rf"(?<=[0-9])[{_DAMAGE_CHARS}]+|[{_DAMAGE_CHARS}]+(?=[0-9])")
# The first and last character of a spaced-out run of digits, a letter, kana or kanji glued
# to a word of its own script on the far side, is that word's, not the run's: a label
# before or after spaced digits (個人番号 1 2 … 2 氏名: 号 and 氏 stay apart; 那 覇 市 日 吉
# 7 - 18, 東京都千 代 田 区 and 石井 み の り are joined as before).
_SCRIPTS: Final = (
    re.compile(r"[0-9]"),
    re.compile(r"[A-Za-z]"),
    re.compile(r"[\u3041-\u309f]"),
    re.compile(r"[\u30a0-\u30ff]"),
    re.compile(r"[\u4e00-\u9fff\u3005]"),
)
# Inside a number, spaces around a separator (2099 - 7430 - 0872) and more than one space
# between two digit groups (3507  7118  3534): what one value's layout put there.
_DIGIT_SEPARATORS: Final = "\\-‐‑‒–—―−ー・/"
_DIGIT_GAP: Final = re.compile(
    rf"(?<=\d)[ \u3000]+(?=[{_DIGIT_SEPARATORS}][ \u3000]*\d)"
    rf"|(?:(?<=\d[{_DIGIT_SEPARATORS}])|(?<=\d [{_DIGIT_SEPARATORS}])"
    rf"|(?<=\d  [{_DIGIT_SEPARATORS}]))[ \u3000]+(?=\d)"
    r"|(?<=\d[ \u3000])[ \u3000]+(?=\d)"
)
# OCR reads a digit as the letter it looks like (O or o for 0, I or l for 1) inside a
# number: 1971/O6/13, 0l1-172-5632, 2l2-7365. A run of digits, those letters and
# separators, with no other letter or digit glued to it, is read as digits when it holds at
# least five real digits and at most two such letters (not TOKYO, ISO 9001, 2.0l, 500ml).
_OCR_RUN: Final = re.compile(
    r"(?<![A-Za-z0-9])[0-9OoIl]+(?:[\-‐‑‒–—―−ー・/.:][0-9OoIl]+)*(?![A-Za-z0-9])"
)
_OCR_DIGIT: Final = str.maketrans("OoIl", "0011")
_OCR_HINT: Final = re.compile(r"[OoIl](?=[\-‐‑‒–—―−ー・/.:]?\d)|(?<=\d)[\-‐‑‒–—―−ー・/.:]?[OoIl]")
_BLOCK_SEPARATOR: Final = re.compile(r"[^-ー‐‑‒–—―−の]+|.")
_JSON_ESCAPE: Final = re.compile(r"(?<!\\)\\([ntr])")
_ESCAPED: Final = {"n": "\n", "t": "\t", "r": "\r"}
# A value wrapped onto the next line after a hyphen, a dot or an at sign: 080-1234-⏎5678,
# 150-⏎0002, taro@⏎example.jp. After a dot the next line must go on in a digit or a
# lower-case letter: a capital there starts a sentence (…the call.⏎Best,⏎Shizuri).
_WRAPPED_VALUE: Final = re.compile(
    r"(?:(?<=[0-9A-Za-z][-@])[ \t]*\n[ \t]*(?=[0-9A-Za-z])"
    r"|(?<=[0-9A-Za-z]\.)[ \t]*\n[ \t]*(?=[0-9a-z])"
    # Thirteenth round: after a slash or any dash between digits (1985/⏎04/12, 090‐⏎1234),
    # after a year or month of a date (1985年⏎4月12日), before the @ of an address.
    r"|(?<=\d[/‐‑‒–—―−ー])[ \t]*\n[ \t]*(?=\d)"
    r"|(?<=\d[年月])[ \t]*\n[ \t]*(?=\d{1,2}[月日])"
    r"|(?<=[0-9A-Za-z])[ \t]*\n[ \t]*(?=@[0-9A-Za-z]))"
)
# Twenty-second round, wave 2: a phone's area code in brackets with the line broken after
# it or before its closing bracket ((212)⏎555-0186, (212⏎) 555-0186, (03)⏎1234-5678, +44
# (0)⏎7911 …), and a mobile prefix on a line of its own (090⏎1234-5678). The brackets hold
# a Japanese area code (0 and up to four digits), the trunk 0 or an American one (three
# digits from 2): (2026)⏎…, (12)⏎…, (4)⏎… stay two lines. Read at each line feed only: what
# ends the line (before) and what starts the next (after) must agree.
_PHONE_LINE_END: Final = re.compile(
    r"(?:(?P<closed>\((?:0\d{0,4}|[2-9]\d\d)\))|(?P<open>\((?:0\d{1,3}|[2-9]\d\d))"
    r"|(?:(?<=[^\d\-.])|^)(?P<mobile>0[5789]0)"
    # Twenty-sixth round: a mobile number broken after its second group, with no hyphen
    # at the break (080-3619⏎1170, 090 5521⏎8834)
    r"|(?:(?<=[^\d\-.])|^)(?P<mobile_head>0[5789]0[-. ]\d{4})"
    # Twenty-eighth round: a fixed line broken after its exchange the same way (03 5412⏎8890,
    # 0466-22⏎7153): area code and exchange six digits together, four on the next line
    r"|(?:(?<=[^\d\-.])|^)(?P<fixed_head>0(?:[1-9][-. ]\d{4}|[1-9]\d[-. ]\d{3}"
    r"|[1-9]\d\d[-. ]\d\d|[1-9]\d{3}[-. ]\d)))$",
    re.MULTILINE,
)
_PHONE_LINE_START: Final = {
    "closed": re.compile(r"\d"),
    "open": re.compile(r"\)[ ]?\d"),
    "mobile": re.compile(r"\d{4}-?\d{4}(?![\d\-])"),
    "mobile_head": re.compile(r"\d{4}(?![\d\-.])"),
    "fixed_head": re.compile(r"\d{4}(?![\d\-.])"),
}
# Twenty-eighth round: a phone number over three lines, one group a line (電話⏎080⏎4471⏎2093,
# number is⏎070⏎2215⏎9930): an area code or mobile prefix alone on its line, then the exchange,
# then four digits, adding up to ten digits (eleven for 050/070/080/090). A line of digits
# right before or after the three is a column of a table, left alone.
_PHONE_THREE_LINES: Final = re.compile(
    r"^[ \t]*(0[1-9]\d{0,3})(?P<first>[ \t]*\n[ \t]*)(\d{1,4})(?P<second>[ \t]*\n[ \t]*)(\d{4})"
    r"(?![\d\-.])(?![ \t]*\n[ \t]*\d)",
    re.MULTILINE,
)
_DIGIT_LINE_BEFORE: Final = re.compile(r"\d[ \t]*\n[ \t]*\Z")
# Twenty-ninth round: a value under or after its label with its digit groups on lines of
# their own (電話番号：080⏎1493⏎1361⏎ご確認ください, 連絡先（携帯）⏎070-⏎6033⏎-2755,
# My Number:⏎4519⏎7706⏎8411, カード番号⏎4524⏎0938⏎6892⏎4543⏎有効期限…, カード番号：4111 1111⏎
# 1111 1111). The label names the kind, and the digits together must have its size: a phone
# 10 or 11 digits from 0, a My Number or licence 12, a card 14 to 19. Every line of the
# number holds digit groups only (a dash or dot may open or close it); the label may sit
# on the line of the first group or the line above. The breaks become spaces, one for one.
# A column of numbers under another heading (a table of years, amounts) is left alone.
_LABELLED_LINES: Final = re.compile(
    r"(?P<label>電話|携帯|ケータイ|連絡先|TEL|Tel|tel|Phone|phone|PHONE|Mobile|mobile|Cell|cell"
    r"|Fax|FAX|fax|[Cc]ontact|CONTACT|番号|カード|クレジット|クレカ|[Cc]ard|CARD"
    r"|マイナンバー|[Mm]y ?[Nn]umber|MY ?NUMBER"
    r"|個人番号|免許|[Ll]icen[cs]e|LICEN[CS]E)"
    # between the label and the number only what finishes a label: 番号, No., a colon, a
    # word in brackets (連絡先（携帯）); カード会員数（年度別） is not a card's label
    r"(?:番号|ナンバー|[Nn]o\.?|[Nn]umber|NUMBER|#|[（(][^)）\n\d]{0,8}[)）]|[ \t:：=]){0,4}"
    r"(?P<body>(?:[ \t]*\n)?[ \t]*(?:\+|[\-.])?\d[\d \t\-.]*"
    r"(?:[ \t]*\n[ \t]*[\-.]?\d[\d \t\-.]*){1,5})(?=[ \t]*(?:\n|\Z))"
)
_LABELLED_SIZES: Final = {
    "phone": (10, 11),
    "card": (14, 15, 16, 17, 18, 19),
    "twelve": (12,),
    "any": (10, 11, 12, 14, 15, 16, 17, 18, 19),
}


def _labelled_kind(label: str) -> str:
    lowered = label.lower()
    if lowered in {"カード", "クレジット", "クレカ", "card"}:
        return "card"
    if lowered in {
        "マイナンバー",
        "mynumber",
        "my number",
        "個人番号",
        "免許",
        "licence",
        "license",
    }:
        return "twelve"
    if lowered == "番号":
        return "any"
    return "phone"


# A value broken over two lines with nothing else on them (4407⏎3341 2704, TS 291⏎8810
# is not: letters): exactly two lines of digit groups between lines that are not, or the
# text's ends. The break is read as a space between two groups. A column of three or more
# such lines is a table, left alone.
_NUMBER_LINE: Final = re.compile(r"[ \t]*\d[\d \t\-‐‑‒–—―−ー・.]*\d[ \t]*")


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


_BREAK_AFTER_DASH: Final = re.compile(r"([-ー‐‑‒–—―−/])[ \t]*\n[ \t]*")


def _kanji_value(match: re.Match[str]) -> str:
    groups = match.group("groups")
    if groups is not None:
        # Twenty-seventh round: a line break after a dash or slash between the groups
        # (〇九〇-⏎一二三四-五六七八, a form's field wrapped) is closed, as between digits.
        groups = _BREAK_AFTER_DASH.sub(r"\1", groups)
        # A comma between the groups (〇九〇、一二三四、…) is read as the hyphen it stands for.
        return "".join(
            str(_KANJI_DIGITS.index(c)) if c in _KANJI_DIGITS else ("-" if c in "、," else c)
            for c in groups
        )
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
    if "零" in folded.text or "○" in folded.text or "◯" in folded.text:
        # One character for one: every offset stays where it was.
        folded = NormalizedText(
            _ZERO.sub("〇", folded.text), folded.original_length, folded.starts, folded.ends
        )
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


def _breaks_as_spaces(folded: NormalizedText, breaks: list[int]) -> NormalizedText:
    """``folded`` with the line breaks at ``breaks`` written as spaces (one for one: offsets
    stay)."""
    if not breaks:
        return folded
    chars = list(folded.text)
    for position in breaks:
        chars[position] = " "
    return NormalizedText("".join(chars), folded.original_length, folded.starts, folded.ends)


def _join_broken_numbers(folded: NormalizedText) -> NormalizedText:
    """``folded`` with the line break inside a number broken over exactly two lines read
    as a space (one for one: offsets stay). See ``_NUMBER_LINE``."""
    text = folded.text
    if "\n" not in text:
        return folded
    lines = text.split("\n")
    numeric = [_NUMBER_LINE.fullmatch(line) is not None for line in lines]
    breaks: list[int] = []
    offset = 0
    run = 0
    for index, line in enumerate(lines):
        run = run + 1 if numeric[index] else 0
        last_of_run = numeric[index] and (index + 1 == len(lines) or not numeric[index + 1])
        if last_of_run and run == 2:
            breaks.append(offset - 1)
        offset += len(line) + 1
    return _breaks_as_spaces(folded, breaks)


def _join_labelled_lines(folded: NormalizedText) -> NormalizedText:
    """``folded`` with the line breaks inside a labelled value written a group a line read
    as spaces (one for one: offsets stay). See ``_LABELLED_LINES``."""
    text = folded.text
    if text.count("\n") < 1:
        return folded
    breaks: list[int] = []
    for match in _LABELLED_LINES.finditer(text):
        body = match.group("body")
        inner = body.strip(" \t\n")
        if "\n" not in inner:
            continue
        digits = "".join(c for c in body if c.isdigit())
        if inner.startswith("+81"):
            digits = "0" + digits[2:]  # +81⏎90⏎1234⏎5678: the country code for the trunk 0
        kind = _labelled_kind(match.group("label"))
        fits = len(digits) in _LABELLED_SIZES[kind]
        if kind in ("phone", "any") and len(digits) in (10, 11) and not digits.startswith("0"):
            fits = False
        if not fits:
            continue
        first = match.start("body") + body.index(inner)
        breaks.extend(first + i for i, c in enumerate(inner) if c == "\n")
    return _breaks_as_spaces(folded, breaks)


def _phone_line_breaks(text: str) -> list[tuple[int, int]]:
    """The line breaks inside a phone number at its brackets or after its mobile prefix
    (see ``_PHONE_LINE_END``), each with the blanks around it."""
    gaps: list[tuple[int, int]] = []
    newline = text.find("\n")
    while newline >= 0:
        left = newline
        while left > 0 and text[left - 1] in " \t":
            left -= 1
        right = newline + 1
        while right < len(text) and text[right] in " \t":
            right += 1
        end = _PHONE_LINE_END.search(text, max(0, left - 10), left)
        if (
            end is not None
            and end.lastgroup is not None
            and _PHONE_LINE_START[end.lastgroup].match(text, right) is not None
        ):
            gaps.append((left, right))
        newline = text.find("\n", newline + 1)
    return gaps


def _phone_three_lines(text: str) -> list[tuple[int, int]]:
    """The two line breaks of a phone number written one group a line (see
    ``_PHONE_THREE_LINES``)."""
    gaps: list[tuple[int, int]] = []
    for match in _PHONE_THREE_LINES.finditer(text):
        digits = match.group(1) + match.group(3) + match.group(5)
        mobile = digits.startswith(("050", "070", "080", "090"))
        if len(digits) != (11 if mobile else 10):
            continue
        if _DIGIT_LINE_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            continue
        gaps.extend((match.span("first"), match.span("second")))
    return gaps


def _join_split_values(folded: NormalizedText) -> NormalizedText:
    """``folded`` without the gaps that split one value (see the module docstring)."""
    folded = _join_broken_numbers(_join_labelled_lines(_json_escapes_as_whitespace(folded)))
    text = folded.text
    gaps = [(m.start(), m.end()) for m in _WRAPPED_VALUE.finditer(text) if m.end() > m.start()]
    gaps.extend(_phone_line_breaks(text))
    if text.count("\n") >= 2:
        gaps.extend(_phone_three_lines(text))
    gaps.extend((m.start(), m.end()) for m in _INVISIBLE.finditer(text))
    if not text.isascii():
        gaps.extend((m.start(), m.end()) for m in _DAMAGE_IN_NUMBER.finditer(text))
    for run in _SPACED_OUT.finditer(text):
        start, end = _spaced_run_bounds(text, run.start(), run.end())
        for part_start, part_end in _spaced_parts(text, start, end):
            gaps.extend(
                (part_start + m.start(), part_start + m.end())
                for m in re.finditer(" ", text[part_start:part_end])
            )
    return _dropped(folded, gaps)


def _same_script(text: str, index: int, other: int) -> bool:
    if not 0 <= other < len(text):
        return False
    return any(s.match(text[index]) and s.match(text[other]) for s in _SCRIPTS)


def _spaced_run_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The part of a spaced-out run to join: without an end character that is a label's
    (see ``_SCRIPTS``); nothing when fewer than four characters would be left."""
    new_start, new_end = start, end
    label_first = not text[start].isdigit() and _same_script(text, start, start - 1)
    if label_first and text[start + 2].isdigit():
        new_start = start + 2
    label_last = not text[end - 1].isdigit() and _same_script(text, end - 1, end)
    if label_last and text[end - 3].isdigit():
        new_end = end - 2
    if (new_end - new_start + 1) // 2 < 4:
        return start, start
    return new_start, new_end


def _spaced_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of a spaced-out run joined on their own: a label of three or more
    spaced Latin letters stays a word apart from the number after it (T E L 0 7 5 … →
    TEL 075…, F A X 0 3 …), and a last letter glued to a digit is the number's (OCR's O for
    0: T E L O11-553-… → TEL O11-553-…)."""
    letters = 0
    for index in range(start, end, 2):
        char = text[index]
        if not ("A" <= char <= "Z" or "a" <= char <= "z"):
            if letters >= 3 and char.isdigit():
                return [(start, index - 1), (index, end)]
            return [(start, end)]
        letters += 1
    if letters >= 4 and text[end - 1] in "OoIl" and text[end : end + 1].isdigit():
        return [(start, end - 2)]
    return [(start, end)]


def _dropped(folded: NormalizedText, gaps: list[tuple[int, int]]) -> NormalizedText:
    """``folded`` without the characters of ``gaps`` (each covered by the span around it)."""
    if not gaps:
        return folded
    text = folded.text
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
    unescaped = _unicode_escapes(text)
    folded = _nfkc(text if unescaped is None else unescaped.text)
    if unescaped is not None:
        folded = _through(unescaped, folded)
    folded = _blanks_as_spaces(_ascii_digits(folded))
    joined = _close_digit_gaps(_read_ocr_digits(_join_split_values(folded)))
    return _unify_digit_dashes(_read_number_words(_read_kanji_numbers(joined)))


# A ``\uXXXX`` escape written as text, after one backslash or several (``\\u0030`` as a
# JSON string's value carries to the backend, and a model reads it the same). Eighteenth
# session: the other escapes people paste from code, logs and web pages read the same way
# to a model, so a value written in them reached it whole (``\x30\x38\x30-…``,
# ``\U0001F600`` between digit groups, ``&#49;&#50;3…``, ``john&#x2E;doe&#x40;…``):
# ``\xHH``, ``\UXXXXXXXX`` and HTML numeric character references, decimal and hex.
_UNICODE_ESCAPE: Final = re.compile(
    r"\\+u(?P<u>[0-9A-Fa-f]{4})|\\+U(?P<big>[0-9A-Fa-f]{8})|\\+x(?P<x>[0-9A-Fa-f]{2})"
    r"|&#(?P<dec>[0-9]{1,7});|&#[xX](?P<hex>[0-9A-Fa-f]{1,6});"
)


def _escaped_code(match: re.Match[str]) -> int | None:
    """The code point an escape stands for; ``None`` when it is not a character."""
    if match["dec"] is not None:
        code = int(match["dec"])
    else:
        code = int(match["u"] or match["big"] or match["x"] or match["hex"], 16)
    return code if 0 < code <= 0x10FFFF else None


def _unicode_escapes(text: str) -> NormalizedText | None:
    """``text`` with its ``\\uXXXX`` escapes as their characters (an escaped surrogate pair
    joined; a lone surrogate left for :func:`_nfkc` to replace), each mapping back to its
    whole escape; ``None`` when it has none."""
    if "\\" not in text and "&#" not in text:
        return None
    escapes = [m for m in _UNICODE_ESCAPE.finditer(text) if _escaped_code(m) is not None]
    if not escapes:
        return None
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    index = 0
    while index < len(escapes):
        match = escapes[index]
        pieces.append(text[position : match.start()])
        starts.extend(range(position, match.start()))
        ends.extend(range(position + 1, match.start() + 1))
        code, end = _escaped_code(match) or 0, match.end()
        after = escapes[index + 1] if index + 1 < len(escapes) else None
        if 0xD800 <= code < 0xDC00 and after is not None and after.start() == end:
            low = _escaped_code(after) or 0
            if 0xDC00 <= low < 0xE000:
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                end = after.end()
                index += 1
        pieces.append(chr(code))
        starts.append(match.start())
        ends.append(end)
        position = end
        index += 1
    pieces.append(text[position:])
    starts.extend(range(position, len(text)))
    ends.extend(range(position + 1, len(text) + 1))
    return NormalizedText("".join(pieces), len(text), tuple(starts), tuple(ends))


def _through(first: NormalizedText, then: NormalizedText) -> NormalizedText:
    """``then`` (a normalisation of ``first.text``) mapped back through ``first`` to the
    original text."""
    if then.is_identity:
        return NormalizedText(then.text, first.original_length, first.starts, first.ends)
    return NormalizedText(
        then.text,
        first.original_length,
        tuple(first.starts[i] for i in then.starts),
        tuple(first.ends[i - 1] for i in then.ends),
    )


# Fourteenth round: the decimal digits of other scripts (Arabic-Indic ٠٩٠, Devanagari ०९०,
# Thai ๐๙๐, ...; NFKC folds only the full-width and mathematical ones) are ASCII digits to
# every recognizer, one for one: a model reads ٠٩٠-١٢٣٤-٥٦٧٨ as the phone number it is,
# and it reached the model whole.
_OTHER_DIGIT: Final = re.compile(r"(?![0-9])\d")


# Characters drawn as an empty cell that are not spaces (the Hangul fillers, U+3164 and its
# half-width form folded by NFKC to U+1160, and the blank Braille pattern): text shows a
# space there, so every recognizer reads one, one for one (090\u31641234\u31645678 reached
# the model whole).
_BLANK_FILLER: Final = re.compile("[\u115f\u1160\u3164\uffa0\u2800]")


# Fifteenth round: a tab, vertical tab, form feed, lone carriage return, NEL or Unicode line
# / paragraph separator between two digit groups is a gap in one number to every
# recognizer, read as a space one for one (090\t1234\t5678 from a spreadsheet cell copied
# as text reached the model whole). Only between digits: a line feed, and these characters
# anywhere else, keep their meaning.
_DIGIT_BLANKS: Final = re.compile(r"(?<=\d)[ \t\x0b\x0c\r\x85\u2028\u2029]+(?=\d)")
_ODD_BLANK: Final = re.compile(r"[\t\x0b\x0c\r\x85\u2028\u2029]")


# Twenty-second round, wave 2: a tab between two whole cells of a row stays a tab (cells
# merged into one number hid a postcode: 9157297\t090-1234-5678 read as "9157297 090-…"). A cell is
# whole when it holds five digits in a row or two hyphens, or both cells hold a hyphen;
# 090\t1234\t5678 and 090-1234\t5678 are still one number.
_CELL_TOKEN: Final = re.compile(r"[\d-]+")
# A Japanese postcode's shape is a whole cell too, unless four digits follow it (090-1234⇥5678).
_POSTCODE_CELL: Final = re.compile(r"\d{3}-\d{4}")


def _whole_cell(token: str) -> bool:
    return token.count("-") >= 2 or any(len(run) >= 5 for run in token.split("-"))


def _digit_gap(match: re.Match[str], text: str) -> str:
    """The blank of ``match`` (between two digits) read as spaces, or kept when it holds a
    tab between two whole cells."""
    gap = match.group()
    if "\t" in gap:
        start = match.start()
        while start > 0 and (text[start - 1].isdigit() or text[start - 1] == "-"):
            start -= 1
        left = text[start : match.start()]
        right_match = _CELL_TOKEN.match(text, match.end())
        right = right_match.group() if right_match else ""
        if (
            _whole_cell(left)
            or _whole_cell(right)
            or ("-" in left and "-" in right)
            or _POSTCODE_CELL.fullmatch(right) is not None
            or (_POSTCODE_CELL.fullmatch(left) is not None and not re.fullmatch(r"\d{4}", right))
        ):
            return gap
    return " " * len(gap)


def _blanks_as_spaces(folded: NormalizedText) -> NormalizedText:
    """``folded`` with every blank that is not a space read as one, one for one (offsets
    stay): the blank fillers anywhere, and a tab, vertical tab, form feed, lone carriage
    return, NEL or line / paragraph separator between two digits."""
    text = folded.text
    spaced = text
    if not text.isascii() and _BLANK_FILLER.search(text) is not None:
        spaced = _BLANK_FILLER.sub(" ", spaced)
    if _ODD_BLANK.search(spaced) is not None:
        spaced = _DIGIT_BLANKS.sub(lambda m: _digit_gap(m, text), spaced)
    if spaced is text:
        return folded
    return NormalizedText(spaced, folded.original_length, folded.starts, folded.ends)


def _ascii_digits(folded: NormalizedText) -> NormalizedText:
    text = folded.text
    if text.isascii() or _OTHER_DIGIT.search(text) is None:
        return folded
    ascii_text = _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group())), text)
    return NormalizedText(ascii_text, folded.original_length, folded.starts, folded.ends)


# Thirteenth round: the dashes people put between digit groups (hyphen U+2010, the
# non-breaking hyphen, figure, en and em dashes, the horizontal bar, minus, the long-vowel
# mark) are one hyphen to every recognizer when a digit stands on both sides
# (1948‐12‐25, ２９６—２１２０): one for one, offsets stay. Eighteenth session: so is a
# pictograph or emoji between two digits (090📞4412📞8876, or a \U0001F600 escape decoded),
# which a reader skips as decoration.
_DIGIT_DASH: Final = re.compile(
    "(?<=\\d)(?:[‐‑‒–—―−ー]|[\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff])(?=\\d)"
)


def _unify_digit_dashes(folded: NormalizedText) -> NormalizedText:
    text = folded.text
    if _DIGIT_DASH.search(text) is None:
        return folded
    return NormalizedText(
        _DIGIT_DASH.sub("-", text), folded.original_length, folded.starts, folded.ends
    )


def _read_ocr_digits(folded: NormalizedText) -> NormalizedText:
    """``folded`` with OCR's letters for digits read as digits (one for one: offsets stay)."""
    text = folded.text
    if _OCR_HINT.search(text) is None:
        return folded
    pieces: list[str] = []
    position = 0
    for run in _OCR_RUN.finditer(text):
        value = run.group()
        letters = sum(c in "OoIl" for c in value)
        if not letters or letters > 2 or sum(c.isdigit() for c in value) < 5:
            continue
        pieces.append(text[position : run.start()])
        pieces.append(value.translate(_OCR_DIGIT))
        position = run.end()
    if not pieces:
        return folded
    pieces.append(text[position:])
    return NormalizedText("".join(pieces), folded.original_length, folded.starts, folded.ends)


def _close_digit_gaps(folded: NormalizedText) -> NormalizedText:
    """``folded`` without spaces around a separator inside a number, nor the extra spaces
    between two digit groups (see the module docstring)."""
    text = folded.text
    if " " not in text and "\u3000" not in text:
        return folded
    return _dropped(folded, [(m.start(), m.end()) for m in _DIGIT_GAP.finditer(text)])


def _replaced(folded: NormalizedText, replacements: list[tuple[int, int, str]]) -> NormalizedText:
    """``folded`` with each ``(start, end, new)`` replaced; every character of ``new``
    maps back to the whole original span of ``start:end``. Sorted, non-overlapping."""
    if not replacements:
        return folded
    text = folded.text
    size = len(text)
    starts = folded.starts or tuple(range(size))
    ends = folded.ends or tuple(range(1, size + 1))
    pieces: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    position = 0
    for start, end, new in replacements:
        pieces.append(text[position:start])
        new_starts.extend(starts[position:start])
        new_ends.extend(ends[position:start])
        pieces.append(new)
        new_starts.extend([starts[start]] * len(new))
        new_ends.extend([ends[end - 1]] * len(new))
        position = end
    pieces.append(text[position:])
    new_starts.extend(starts[position:])
    new_ends.extend(ends[position:])
    return NormalizedText(
        text="".join(pieces),
        original_length=folded.original_length,
        starts=tuple(new_starts),
        ends=tuple(new_ends),
    )


def _read_number_words(folded: NormalizedText) -> NormalizedText:
    """``folded`` with numbers said in words as digits (see the module docstring)."""
    text = folded.text
    replacements: list[tuple[int, int, str]] = []
    if _EN_DIGIT_HINT.search(text):
        replacements.extend(_english_digit_runs(text))
        replacements.extend(_english_dates(text))
    if _KANA_DIGIT_HINT.search(text):
        replacements.extend(_kana_digit_runs(text))
    if "ねん" in text:
        # A spoken date wins over a digit run overlapping it.
        dates = _kana_dates(text)
        replacements = dates + [
            r for r in replacements if not any(r[0] < d[1] and d[0] < r[1] for d in dates)
        ]
    replacements.sort()
    kept: list[tuple[int, int, str]] = []
    for item in replacements:
        if not kept or item[0] >= kept[-1][1]:
            kept.append(item)
    return _replaced(folded, kept)


def _digits_of(groups: list[list[str]]) -> str:
    return "-".join("".join(group) for group in groups if group)


def _english_digit_runs(text: str) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    for run in _EN_DIGIT_RUN.finditer(text):
        groups: list[list[str]] = [[]]
        position = run.start()
        for token in _EN_DIGIT_TOKEN.finditer(text, run.start(), run.end()):
            gap = text[position : token.start()]
            if groups[-1] and _EN_GROUP_BREAK.search(gap):
                groups.append([])
            word = token.group().lower()
            if word.isdigit():
                # An area code in digits is a group of its own (080 four nine eight one, …).
                groups[-1].append(word)
                groups.append([])
            else:
                times, _, digit = word.rpartition(" ")
                count = {"double": 2, "triple": 3}.get(times.strip(), 1)
                groups[-1].append(_EN_DIGITS[digit] * count)
            position = token.end()
        digits = _digits_of(groups)
        if sum(c.isdigit() for c in digits) >= _MIN_SPOKEN_DIGITS:
            found.append((run.start(), run.end(), digits))
    return found


# Twenty-sixth round: a particle に or ご after the last group and a space or 、 (…、いちはち
# きゅうご に電話して, …よんはちはちなな にかけて) is the sentence's, not a digit.
_KANA_PARTICLE_END: Final = re.compile(r"(?:[ 、,]|の ?)(?:に|ご)$")
_SENTENCE_GOES_ON: Final = re.compile(r"[\u3041-\u3096\u4e00-\u9fff]")


def _kana_digit_runs(text: str) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    for run in _KANA_DIGIT_RUN.finditer(text):
        run_end = run.end()
        particle = _KANA_PARTICLE_END.search(run.group())
        if particle is not None and _SENTENCE_GOES_ON.match(text, run_end):
            run_end = run.start() + particle.start()
        groups: list[list[str]] = [[]]
        for token in _KANA_DIGIT_TOKEN.finditer(text, run.start(), run_end):
            word = token.group()
            if word in _KANA_DIGITS:
                groups[-1].append(_KANA_DIGITS[word])
            elif word != "・" and groups[-1]:
                groups.append([])
        digits = _digits_of(groups)
        if sum(c.isdigit() for c in digits) >= _MIN_SPOKEN_DIGITS:
            found.append((run.start(), run_end, digits))
    for head in _KANA_HEAD_RUN.finditer(text):
        if any(start < head.end() and head.start() < end for start, end, _ in found):
            continue
        digits = "".join(
            _KANA_DIGITS[token.group()]
            for token in _KANA_DIGIT_TOKEN.finditer(head.group())
            if token.group() in _KANA_DIGITS
        )
        if 2 <= len(digits) <= 5:
            found.append((head.start(), head.end(), digits))
    return found


def _ja_number_value(words: str) -> int | None:
    """A number said in Japanese kana (せんきゅうひゃくはちじゅうご → 1985) or digits."""
    if words.isdigit():
        return int(words)
    total, pending = 0, None
    for piece in _JA_NUMBER_PIECE.findall(words):
        if piece in _JA_NUMBER_WORDS:
            if pending is not None:
                return None
            pending = _JA_NUMBER_WORDS[piece]
        else:
            total += (1 if pending is None else pending) * _JA_MULTIPLIERS[piece]
            pending = None
    return total + (pending or 0)


def _kana_dates(text: str) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    for match in _JA_SPOKEN_DATE.finditer(text):
        era = match.group("era")
        if era is not None:
            era_year = match.group("era_year")
            year = 1 if era_year == "がん" else _ja_number_value(era_year)
            if year is None or not 1 <= year <= 64:
                continue
            year_text = f"{_JA_ERAS[era]}{year}"
        else:
            year = _ja_number_value(match.group("year"))
            if year is None or not 1900 <= year <= 2099:
                continue
            year_text = str(year)
        special_month = match.group("special_month")
        month = (
            _JA_SPECIAL_MONTHS[special_month]
            if special_month
            else _ja_number_value(match.group("month"))
        )
        special_day = match.group("special_day")
        day = _JA_SPECIAL_DAYS[special_day] if special_day else _ja_number_value(match.group("day"))
        if month is None or day is None or not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        found.append((match.start(), match.end(), f"{year_text}年{month}月{day}日"))
    return found


def _english_dates(text: str) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    for match in _EN_YEAR_WORDS.finditer(text):
        found.append((match.start(1), match.end(1), _year_value(match.group(1))))
    for match in _EN_YEAR_FIRST_WORDS.finditer(text):
        found.append((match.start(1), match.end(1), _year_value(match.group(1))))
    for match in _EN_DAY_WORDS.finditer(text):
        day = match.group("day_before") or match.group("day_after")
        start, end = (
            match.span("day_before") if match.group("day_before") else match.span("day_after")
        )
        value = _day_value(day)
        if value is not None:
            found.append((start, end, value))
    return found


def _two_digit_value(phrase: str) -> int | None:
    words = phrase.lower().replace("-", " ").split()
    if len(words) == 1:
        if words[0] in _EN_UNITS:
            return _EN_UNITS[words[0]]
        return _EN_TENS.get(words[0])
    if len(words) == 2 and words[0] in _EN_TENS and words[1] in _EN_UNITS:
        return _EN_TENS[words[0]] + _EN_UNITS[words[1]]
    if len(words) == 2 and words[0] in {"oh", "o"} and words[1] in _EN_UNITS:
        return _EN_UNITS[words[1]]
    return None


def _year_value(words: str) -> str:
    lowered = words.lower()
    if lowered.startswith("two thousand"):
        rest = lowered[len("two thousand") :].strip()
        rest = rest[4:] if rest.startswith("and ") else rest
        return str(2000 + (_two_digit_value(rest) or 0)) if rest else "2000"
    century, _, rest = lowered.partition(" ")
    high = _EN_UNITS.get(century, 19)
    low = 0 if rest.strip() == "hundred" else (_two_digit_value(rest) or 0)
    return f"{high:02d}{low:02d}"


def _day_value(words: str) -> str | None:
    lowered = words.lower().replace(" ", "-")
    if lowered in _EN_ORDINALS:
        return str(_EN_ORDINALS[lowered])
    head, _, tail = lowered.rpartition("-")
    if head in _EN_TENS and tail in _EN_ORDINALS:
        return str(_EN_TENS[head] + _EN_ORDINALS[tail])
    value = _two_digit_value(words)
    return str(value) if value is not None and 1 <= value <= 31 else None


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

"""Dates of birth: Western (1990/07/28, 1990年7月28日), 和暦 (平成2年7月28日, H2.7.28) and
English (March 3, 1971; 3 March 1971; 03-Mar-1971; 04/12/1985) dates written next to a
birth keyword.

A date alone is not personal data, so a keyword is required: 生年月日, 誕生日, 生まれ (also
in hiragana: うまれ, たんじょうび), DOB, birth, b-day, bday before the date, or 生まれ/生
right after it. Era names after NFKC include the one-character forms (㍻ → 平成) and the
initials M/T/S/H/R; 元年 counts as year 1. Dates written in kanji numerals (一九五五年五月一日,
昭和六十年四月十二日) arrive as digits (see :mod:`guardrails.pii.normalize`). A の after the
year (1975年の8月21日) is allowed. Day-first and month-first slash dates are both accepted:
which one it is does not matter for hiding it. Forms also write both calendars at once
(1990年（平成2年）3月19日, 平成2年（1990年）3月19日, 昭和34(1959)年6月17日, 1990(H2).9.10),
two-digit years (87年9月21日, 14/02/88, 92.6.21), eight digits (19850412) and the three
numbers of a form's boxes (1957 05 28); with a birth keyword those are dates of birth too.
Thirteenth round: an era's first character for its name (平1.11.9, 昭60.4.12), English
months in capitals (5 MAY 1968), day/month-name/year with slashes (26/Nov/1944), romaji
keywords (tanjoubi, umare); dashes of any kind arrive as hyphens (see normalize).

Fifteenth round: a birth year, or year and month, right before 生まれ / うまれ / 生れ
(昭和50年生まれ, 平成14年8月生まれ, 1973年の生まれ, S41生まれ, 85年生まれ) — only with the word
right after it, so 1990年に入社 beside 東京生まれ is no date of birth; after "born in" an
English year or month and year (born in 1985, born in Mar 1944); English months in lower
case (april 28 1995); a day, a three-letter month and a year written together as passports
and forms print them (25NOV46, 04MAR1975).

Nineteenth round, second wave: a date written in romaji Japanese, with a birth keyword
(seinengappi, tanjoubi, umare, birthday, born …): year, month and day in any order the
sentence puts them (``1995 nen 5 gatsu 9 nichi``, ``5 gatsu 9 nichi 1995 nen``,
``heisei 7 nen no 4 gatsu 1 nichi``), the year and month alone (``1995 nen 5 gatsu``),
an era's year alone (``showa 60 nen``: only the era's, since a bare Western year is every
other year the sentence names), or a year right before ``umare``.
"""

from __future__ import annotations

import re
from typing import ClassVar, Final

from guardrails.pii.entities import DATE_OF_BIRTH
from guardrails.pii.recognizers.keyword_pattern import KeywordPatternRecognizer

__all__ = ["DateOfBirthRecognizer"]

_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_MONTH = r"(?:1[0-2]|0?[1-9])"
# Thirteenth round: an era's first character alone before its year (平1.11.9, 昭60.4.12).
_ERA = r"(?:明治|大正|昭和|平成|令和|[昭平令](?=\s?(?:\d|元))|[MTSHR]\.?)"
_YEAR = r"(?:1[89]|20)\d\d"
# In capitals too (24 NOVEMBER 2010), as forms and passports print them.
_EN_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    r"|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?"
    r"|SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\.?"
)
# In lower case as people type them (april 28 1995).
_EN_MONTH_LOWER = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_ANY_EN_MONTH = rf"(?:{_EN_MONTH}|{_EN_MONTH_LOWER})"
# Twenty-fifth round: month names of the forms people paste from Europe (any case).
_EU_MONTH = (
    r"(?i:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre"
    r"|novembre|décembre|decembre|januar|jänner|februar|märz|maerz|april|juni|juli|august"
    r"|september|oktober|november|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto"
    r"|se?ptiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio"
    r"|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro"
    r"|novembro|dezembro)"
)
_MONTH3 = r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
_ORDINAL = r"(?:st|nd|rd|th)?"
_TWO_DIGITS = r"\d{2}"
_ERA_YEAR = rf"{_ERA}\s?(?:\d{{1,2}}|元)\s?年"
_MONTH_DAY = rf"\s?{_MONTH}\s?月\s?{_DAY}\s?日"
# A year in either calendar (1990, 平成2, H2, 昭和元).
_ANY_YEAR = rf"(?:{_YEAR}|{_ERA}\s?(?:\d{{1,2}}|元))"
# ... or cut to two digits before 年 (85年).
_ANY_YEAR_OR_SHORT = rf"(?:{_ANY_YEAR}|\d{{2}}(?=\s?年))"
# Nineteenth round: a date read out puts の and pauses between its parts (昭和の58年の、9月の
# 3日, as speech-to-text writes 昭和の五十八年の、九月の三日).
_SAID = r"\s?(?:[、,]\s?)?(?:の\s?)?(?:[、,]\s?)?"
# Nineteenth round, second wave: the parts of a date in romaji (1995 nen 5 gatsu 9 nichi,
# showa 60 nen, reiwa gannen), with or without spaces or hyphens before the counter word.
_R_ERA = r"(?i:meiji|taish[oō]u?|sh[oō]u?wa|syou?wa|heisei|reiwa)"
_R_ERA_YEAR = rf"{_R_ERA}[ \-]?(?:\d{{1,2}}[ \-]?(?i:nen)|(?i:gan[ \-]?nen))"
_R_YEAR = rf"(?:{_YEAR}[ \-]?(?i:nen)|{_R_ERA_YEAR})"
_R_MONTH = rf"{_MONTH}[ \-]?(?i:gatsu|gatu)"
_R_DAY = rf"{_DAY}[ \-]?(?i:nichi|niti|ka)"
_R_SEP = r"(?:,?\s?(?i:no)\s|[ ,、]\s?|)"
_R_EDGE_BEFORE = r"(?<![\dA-Za-z])"
_R_EDGE_AFTER = r"(?![A-Za-z\d])"
# umare after a romaji date is its keyword (2001 nen 7 gatsu umare): longer than AFTER reaches.
_R_BORN_AFTER: Final = re.compile(r"\s?(?:no\s)?umare", re.IGNORECASE)


# A Western year before 1900, or an era before 大正 (明治, 慶応 …): a historical figure's
# birth date (夏目漱石は1867年2月9日生まれ), no one's who writes to a gateway today.
_HISTORICAL: Final = re.compile(
    r"(?<!\d)1[0-8]\d\d(?!\d)|(?<![\d'])[1-9]\d\d年|明治|慶応|元治|文久|万延|安政|嘉永|天保|(?<![A-Za-z])M\d"
)


# 生 right after a date (1990年4月1日生, 平成2年5月3日生（34歳）, 1985/4/12 生), not the first
# character of a word (生活, 生徒, 生産).
_SEI_AFTER: Final = re.compile(r"\s?[（(]?\s?生(?![\u4e00-\u9fff\u30a1-\u30fa])")


# Twentieth round: a date given as a correction (正しくは…, …の誤りでした, it should be …)
# after a birth keyword earlier in the message (生年月日を間違えました。正しくは平成8年4月12日
# です; my DOB is wrong, it should be 4/12/1996) is that date of birth, however far back
# the keyword stands (_CORRECTED_REACH).
_CORRECTION_BEFORE: Final = re.compile(
    r"(?:正しくは|正しい(?:日付|生年月日|もの|方|の)?(?:は|が)|訂正(?:後|して)?(?:は|：|:)?|修正後(?:は|：|:)?"
    r"|本当は|実際は|(?i:should\s+(?:be|read|say|have\s+been)|(?:the\s+)?correct\s+(?:one|date|"
    r"dob|value)\s+is|corrected\s+to|(?:is|it's|it\s+is)\s+actually|not\s+\S+\s*,?\s*but))"
    r"\s*(?:[:：]\s*)?$"
)
_CORRECTION_AFTER: Final = re.compile(r"\s*(?:の(?:誤り|間違い)|が正しい|に(?:訂正|修正)|が本当)")
_BIRTH_WORD: Final = re.compile(
    r"生年月日|誕生日|生まれ|(?i:\bd\.?o\.?b\b|birth|\bborn\b|\bb-?day)"
)
_CORRECTED_REACH = 200
# Another date named between the keyword and the correction owns it (生年月日は登録済みです。
# 納期は正しくは…, 納品日は…).
_OTHER_DATE: Final = re.compile(
    r"納期|期限|締め?切|予約|開催|入社|入学|契約|発送|届|支払|[\u4e00-\u9fff]{1,3}日(?=は|が|[:：])"
    r"|(?i:deadline|\bdue\b|meeting|"
    r"appointment|delivery|event|start\s+date|hire\s+date|expir)"
)


_BORN_ABBREVIATED: Final = re.compile(rf"b\. ?{_YEAR}")
"""A match of the ``born_abbreviated`` pattern: "b." is its own keyword."""


class DateOfBirthRecognizer(KeywordPatternRecognizer):
    """DATE_OF_BIRTH: a full date with a birth keyword."""

    ENTITY: ClassVar[str] = DATE_OF_BIRTH
    PATTERNS: ClassVar[tuple[tuple[str, str, float], ...]] = (
        (
            "western",
            rf"(?<!\d)(?:1[89]|20)\d\d(?:\s?[/.\-]\s?{_MONTH}\s?[/.\-]\s?{_DAY}|"
            rf"\s?年{_SAID}{_MONTH}\s?月{_SAID}{_DAY}\s?日)(?!\d)",
            0.3,
        ),
        (
            # A の after the year in this calendar too (昭和31年の2月15日).
            "japanese_era",
            rf"{_ERA}(?:の\s?)?\s?(?:\d{{1,2}}|元)(?:\s?年{_SAID}{_MONTH}\s?月{_SAID}{_DAY}\s?日|"
            rf"[/.\-]{_MONTH}[/.\-]{_DAY})(?!\d)",
            0.3,
        ),
        (
            "english_month_first",
            rf"(?<![A-Za-z]){_ANY_EN_MONTH} (?:the )?{_DAY}{_ORDINAL},? {_YEAR}(?!\d)",
            0.3,
        ),
        # The year first (1982, June the 4th; 1982, the 4th of June), as a date is said.
        (
            "english_year_first",
            rf"(?<![\d/.\-]){_YEAR},? (?:the )?(?:{_ANY_EN_MONTH} (?:the )?{_DAY}{_ORDINAL}"
            rf"|{_DAY}{_ORDINAL} of {_ANY_EN_MONTH})(?![\dA-Za-z])",
            0.3,
        ),
        (
            "english_day_first",
            rf"(?<!\d){_DAY}{_ORDINAL}[ \-/](?:of )?{_ANY_EN_MONTH},?[ \-/]{_YEAR}(?!\d)",
            0.3,
        ),
        # 25NOV46, 04MAR1975: day, month and year run together, as an MRZ-era form prints.
        (
            "day_month_run",
            rf"(?<![A-Za-z\d])(?:0[1-9]|[12]\d|3[01]){_MONTH3}(?:\d{{2}}|{_YEAR})(?![A-Za-z\d])",
            0.3,
        ),
        # 昭和50年生まれ, 平成14年8月生まれ, 85年生まれ: a birth year (and month) right before the
        # word; the lookahead is the keyword, so nothing else makes a bare year a birth date.
        (
            "birth_year",
            rf"(?<![\d/.]){_ANY_YEAR_OR_SHORT}(?:\s?年)?(?:\s?(?:の\s?)?{_MONTH}\s?月)?"
            r"(?=\s?(?:の\s?)?(?:生まれ|うまれ|生れ|産まれ))",
            0.3,
        ),
        # Twenty-second round (blind-set family, tuned on): 昭和52年生, 平成11年生の男性 — an era
        # year written with 生 alone (no まれ); the era is required (3年生 is a school year) and
        # 生 must not start another word (生産, 生活).
        (
            "era_year_sei",
            rf"(?<![\d/.]){_ERA_YEAR}(?=\s?生(?![\u4e00-\u9fff]|まれ|れ))",
            0.3,
        ),
        # Twenty-sixth round: "b." and a year, as a form, a CV or a record abbreviates born
        # (Applicant: T. Ono, b. 1972; K. Ito (b.1990)): the abbreviation is the keyword.
        # Not a range (b. 1985–1990) nor a longer number.
        (
            "born_abbreviated",
            rf"(?<![A-Za-z.])b\. ?{_YEAR}(?![\d\-–—/.]\d|\d)",
            0.85,
        ),
        # born in 1985, born in Mar 1944.
        (
            "born_in_year",
            rf"(?<=(?i:born) (?i:in) )(?:{_ANY_EN_MONTH},? )?{_YEAR}(?!\d)",
            0.3,
        ),
        ("slash_year_last", rf"(?<![\d/]){_DAY}[/.\-]{_DAY}[/.\-]{_YEAR}(?!\d)", 0.3),
        # 14/02/88: a year cut to two digits at the end (only next to a birth keyword).
        ("short_year_last", rf"(?<![\d/.]){_DAY}[/.]{_DAY}[/.]{_TWO_DIGITS}(?![\d/.])", 0.3),
        (
            "both_calendars",
            rf"(?<!\d)(?:{_YEAR}\s?年\s?\(\s?{_ERA_YEAR}\s?\)|"
            rf"{_ERA_YEAR}\s?\(\s?{_YEAR}\s?年?\s?\)){_MONTH_DAY}(?!\d)",
            0.3,
        ),
        # The other calendar's year in brackets before 年 or the month: 昭和34(1959)年6月17日,
        # 平成2(1990)年…, 1990(H2).9.10, 1990(平成2)年3月19日.
        (
            "bracketed_calendar",
            rf"(?<!\d){_ANY_YEAR}\s?\(\s?{_ANY_YEAR}\s?年?\s?\)\s?"
            rf"(?:年{_MONTH_DAY}|[/.\-]\s?{_MONTH}\s?[/.\-]\s?{_DAY})(?!\d)",
            0.3,
        ),
        ("two_digit_year", rf"(?<![\d年]){_TWO_DIGITS}\s?年{_MONTH_DAY}(?!\d)", 0.3),
        # 92.6.21 生まれ: a two-digit year first, with dots or slashes.
        (
            "short_year_first",
            rf"(?<![\d/.]){_TWO_DIGITS}[/.]{_MONTH}[/.]{_DAY}(?![\d/.])",
            0.3,
        ),
        # 1957 05 28: the three numbers of a form's boxes, separated by spaces.
        ("spaced_boxes", rf"(?<!\d){_YEAR} {_MONTH} {_DAY}(?!\d)", 0.3),
        # '85/7/12: a year cut to two digits after an apostrophe.
        (
            "apostrophe_year",
            rf"['‘’]{_TWO_DIGITS}[/.\-]{_MONTH}[/.\-]{_DAY}(?![\d/])",
            0.3,
        ),
        ("eight_digits", rf"(?<!\d){_YEAR}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)", 0.3),
        # Romaji: the year first, then the month and maybe the day (1995 nen 5 gatsu 9 nichi).
        (
            "romaji_year_first",
            rf"{_R_EDGE_BEFORE}{_R_YEAR}{_R_SEP}{_R_MONTH}(?:{_R_SEP}{_R_DAY})?{_R_EDGE_AFTER}",
            0.3,
        ),
        # Romaji: the month and day first, the year after (5 gatsu 9 nichi, 1995 nen).
        (
            "romaji_year_last",
            rf"{_R_EDGE_BEFORE}{_R_MONTH}{_R_SEP}{_R_DAY}{_R_SEP}{_R_YEAR}{_R_EDGE_AFTER}",
            0.3,
        ),
        # Twenty-fifth round: a day, a month named in French, German, Spanish, Italian or
        # Portuguese, and the year (27 août 2000, 3. März 1971, 21 de junio de 1982).
        (
            "european_month",
            rf"(?<!\d){_DAY}(?:er|\.)? (?:de )?{_EU_MONTH} (?:de |del )?{_YEAR}(?!\d)",
            0.3,
        ),
        # Romaji: an era's year alone (showa 60 nen), or any year right before umare.
        ("romaji_era_year", rf"{_R_EDGE_BEFORE}{_R_ERA_YEAR}{_R_EDGE_AFTER}", 0.3),
        (
            "romaji_birth_year",
            rf"{_R_EDGE_BEFORE}{_R_YEAR}(?:{_R_SEP}{_R_MONTH})?(?=\s?(?:no\s)?(?i:umare))",
            0.3,
        ),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "生年月日",
        "誕生日",
        "生まれ",
        "出生",
        "DOB",
        "D.O.B",
        "birth",
        # Labels typed in a hurry (Date of brith, birht date).
        "brith",
        "birht",
        "born",
        "生日",
        "生年",
        "誕生",
        "バースデー",
        "うまれ",
        "たんじょうび",
        "せいねんがっぴ",
        "b-day",
        "bday",
        "b'day",
        "d/o/b",
        "tanjoubi",
        "tanjobi",
        "umare",
        "seinengappi",
        "seinen gappi",
        "tanjyoubi",
        "birthday",
        # Twenty-fifth round: the labels of forms from abroad (Date de naissance, né le,
        # Geburtsdatum, geboren am, fecha de nacimiento, data di nascita, Дата народження,
        # дата рождения, 생년월일, 出生日期).
        "naissance",
        "né le",
        "née le",
        "geburtsdatum",
        "geboren",
        "geb.",
        "nacimiento",
        "nascita",
        "nato il",
        "nata il",
        "nascimento",
        "народження",
        "народився",
        "народилася",
        "рождения",
        "родился",
        "родилась",
        "생년월일",
        "출생",
        "생일",
    )
    # 生 alone counts only right after the date and not as a word's first character
    # (_SEI_AFTER): 2019/04/01（生活保護）, 4月1日 先生と面談 are no birth (twentieth session).
    CONTEXT_AFTER: ClassVar[tuple[str, ...]] = (
        "生まれ",
        "生れ",
        "出生",
        "生誕",
        "誕生",
        "うまれ",
        "umare",
    )
    BEFORE: ClassVar[int] = 16
    AFTER: ClassVar[int] = 4
    CONTEXT_SCORE: ClassVar[float] = 0.9
    REQUIRE_CONTEXT: ClassVar[bool] = True

    def has_context(self, text: str, start: int, end: int) -> bool:
        """A birth keyword in the windows, or ``umare`` right after the date."""
        return (
            super().has_context(text, start, end)
            or _BORN_ABBREVIATED.fullmatch(text, start, end) is not None
            or bool(_R_BORN_AFTER.match(text, end))
            or bool(_SEI_AFTER.match(text, end))
            or self._corrected_birth_date(text, start, end)
        )

    @staticmethod
    def _corrected_birth_date(text: str, start: int, end: int) -> bool:
        """A correction frame around the date and a birth keyword earlier in the message."""
        corrected = _CORRECTION_BEFORE.search(text[max(0, start - 24) : start]) is not None
        if not corrected and _CORRECTION_AFTER.match(text, end) is None:
            return False
        window_start = max(0, start - _CORRECTED_REACH)
        words = list(_BIRTH_WORD.finditer(text, window_start, start))
        last = words[-1] if words else None
        return last is not None and _OTHER_DATE.search(text, last.end(), start) is None

    def invalidate_result(self, pattern_text: str) -> bool:
        """Drop a birth date in a year before 1900 (a historical figure's)."""
        return _HISTORICAL.search(pattern_text) is not None

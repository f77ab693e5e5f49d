"""Bank account numbers: 7 digits (8 at ゆうちょ銀行) next to an account keyword.

A bare 7-digit number is far too common to be an account on its own, so a keyword is
required within a short window before it: 口座番号, 口座, 普通/当座(預金) and their
bracketed abbreviations （普）/（当）, 記号番号, 振込先/返金先/引き落とし, or the English
"account"; 9-12 digits (an account abroad) only right after acct/account. Without a
keyword nothing is reported. A Japan Post Bank account is written as two numbers, 記号
(5 digits, starting 1) and 番号 (up to 8 digits): in a text that names ゆうちょ (or 貯金
/ 通帳), both numbers after 記号 and 番号 are the account, however far from the bank's
name (ゆうちょなんですけど、記号が12345、番号が67890121です).

Thirteenth round: keywords in kana and romaji (ふつう, とうざ, こうざ, kouza), 入金 (入金先), and a
transfer block written over several lines: a number on its own line under lines naming a
bank and its branch (りそな銀行⏎梅田支店（店番849）⏎ふつう⏎3585509) is the account.

Fifteenth round: the account kind in katakana (フツウ, トウザ; ﾌﾂｳ arrives as フツウ), 総合,
a bank or branch word before the number (住信SBIネット銀行/札幌中央/フツウ/7683583 — 口座
was too far back; 梅田支店の1234567) or right after it in brackets (当 0587437（静岡銀行
池袋東口支店）), English kinds and abbreviations (ordinary, savings, checking, a/c, bank,
branch). A number followed by a unit (円, 万, 億, 件, 個, 株, %, yen) is an amount, not an
account (みずほ銀行の振込手数料 1000000円 was an account before).

Seventeenth round: two groups set apart by a space (普通 0721 258) after a keyword, and
right after the account word or kind two hyphenated groups even in a postcode's shape
(acct no 377-4824, 普通 931-2595).

Sixteenth round: an account number read out in kana arrives from the normaliser in
hyphenated groups (いちの、にの、さん… → 1-2-3-…; いちにさんよん、ごろくなな → 1234-567);
seven or eight digits in two or more such groups count after a keyword. A date
(2023-12-01, 01-12-2023) or a postcode shape (123-4567) never does.

Twenty-second round: an IBAN failing its mod-97 check right after the word IBAN is that
person's IBAN mistyped, still theirs (as a My Number or card number after its keyword).
"""

from __future__ import annotations

import re
from typing import ClassVar, Final

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.pii.entities import BANK_ACCOUNT
from guardrails.pii.recognizers.keyword_pattern import (
    DIGITS_END,
    DIGITS_START,
    HYPHENS,
    KeywordPatternRecognizer,
    _column_header,
)

__all__ = ["BankAccountRecognizer"]

_YUCHO: Final = re.compile(r"ゆうちょ|郵便貯金|貯金|通帳")
# 記号 12345 / 番号 67890121, with が/は/：/= or spaces between the word and the number;
# not a 番号 of another kind glued to its word (注文番号, 会員番号).
_YUCHO_PARTS: Final = re.compile(
    r"(?<![\u3400-\u9fff\u30a1-\u30faー])(?:記号|番号)\s*(?:が|は|[:=]|を)?\s*(?:、\s*)?(\d{5}(?!\d)|\d{6,8}(?!\d))"
)
_YUCHO_SCORE: Final = 0.85

# A line naming a bank or its branch, within the few lines above a number on its own line.
_BANK_LINE: Final = re.compile(
    r"(?:銀行|信用金庫|信金|信用組合|労働金庫|労金|農協|JA\S*|支店|営業部|出張所|支所)"
    r"(?:\s*[(（][^)）\n]{0,12}[)）])?\s*$",
    re.MULTILINE,
)
_BLOCK_LINES = 3
# An amount or a count, not an account (振込手数料 1234567円, 1200000件).
_UNIT_AFTER: Final = re.compile(r"[ \t]?(?:円|万|億|件|個|株|%|％|(?i:yen|jpy))")
_EDGE_BEFORE = DIGITS_START
_EDGE_AFTER = DIGITS_END
# Hyphenated shapes that are something else: dates (2023-12-01, 01-12-2023), postcodes.
_NOT_ACCOUNT_SHAPE: Final = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{4}|\d{3}-\d{4}")
_YUCHO_SHAPE: Final = re.compile(r"\d{5}\D\d{6,8}")
# Eighteenth session: the branch number and the account joined by a hyphen (店番-口座番号:
# 0049-1123847, 123-1234567), as statements and forms print them; after a keyword only.
_BRANCH_ACCOUNT_SHAPE: Final = re.compile(r"\d{3,4}-\d{7,8}")
# Right after the account word itself (acct no 377-4824, 口座番号：123-4567): seven or
# eight digits in two hyphenated groups are the account even in a postcode's shape.
_AFTER_ACCOUNT_WORD: Final = re.compile(
    r"(?:(?i:\bacct|\baccount|\bsavings|\bordinary|\bchecking)|口座番号|口座|こうざ(?:ばんごう)?"
    r"|(?:普通|当座|貯蓄|総合)(?:預金)?(?:口座)?|\((?:普|当)\)"
    # "current" is an account's kind only after a bank or branch named on the line.
    r"|(?:(?i:bank|branch)|銀行|支店)[^\n\d]{0,30}?(?i:\bcurrent))"
    # Nineteenth round: は / が after the word (こうざばんごうは 731-5692, a number read out).
    r"(?: ?(?i:no\.?|number|num|#))?[ \t]?(?:は|が)?[:#・、]?[ \t]?"
    r"(?<![\d-])(\d{3}-\d{4}|\d{4}-\d{3,4}|(?<=(?i:current) )\d{7,8})(?![\d-])"
)


# Seven digits in a postcode's hyphenated shape (028-8018) are an account where the form
# says so: under a column headed 口座番号 / account, or alone on their line under a line that
# is the account's kind or label (普通預金⏎028-8018, Account No.:⏎…).
_HYPHENATED: Final = re.compile(r"(?<![\d-])(?:\d{3}-\d{4}|\d{4}-\d{3})(?![\d-])")
_ACCOUNT_HEADER: Final = re.compile(r"口座|(?i:account|acct)")
_ACCOUNT_LINE: Final = re.compile(
    r"\s*(?:[(（]?(?:普|当)[)）]|普通|当座|総合|貯蓄)(?:預金)?\s*(?:口座)?\s*[:：]?\s*"
    r"|\s*口座番号\s*[:：]?\s*|\s*(?i:(?:savings|checking|ordinary)?\s*(?:account|acct)"
    r"\s*(?:no\.?|number|#)?)\s*[:#]?\s*"
)


# Nineteenth round: an IBAN (GB29 NWBK 6016 1331 9268 19, DE89370400440532013000): a
# country code, two check digits and the account, in fours or run together. Its mod-97
# check (ISO 13616) makes it certain without a keyword.
_IBAN: Final = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?"
    r"|[A-Za-z0-9]{11,30})(?![A-Za-z0-9])"
)
# Twenty-third round (tuned on bench/pii_r23_struct_gen half T): an IBAN typed in lower case
# (iban: fr14 2004 1010 0505 0001 3m02 606) counts when it is in groups of four or after the
# word IBAN, and passes its check as an IBAN in capitals does.


# Twenty-second round: right after the word IBAN, a number failing its check is that
# person's IBAN mistyped (as a My Number or card number after its keyword), still theirs.
_IBAN_WORD: Final = re.compile(r"(?i:\bIBAN)\s*(?:no\.?|number|#)?\s*(?:is|[:：=])?\s*$")


# Twenty-second round, wave 2: a national bank code after its own word, and the account
# number that follows it with no account word of ours: a UK sort code (sort code 40-67-45,
# account 53417829; SC 20-00-00 / 12345678; Sort Code: …⏎Acc No: …), a US routing number
# (routing / ABA / RTN 021000021, checking 1234567890), an Australian BSB (BSB 062-000 Acc
# 12345678). The code and the account are both reported. The words are the literal
# prefilter (substring checks): nothing runs without one. An example's zeros (00-00-00)
# are not a code.
_NATIONAL_LOWER: Final = ("sort", "routing", "rtn", "bsb", "s/c")
_NATIONAL_EXACT: Final = ("SC", "S/C", "ABA", "ソートコード")
_NATIONAL_CODE: Final = re.compile(
    r"(?:(?i:\bsort ?code|\brouting|\bRTN|\bBSB|\bs/c\b)|\bSC\b|\bABA\b|ソートコード)"
    r"(?:[ \t]*(?i:no\.?|number|num|#|is|code))?[ \t]*[:：#=]?[ \t]*"
    r"(?P<code>\d{2}[- ]?\d{2}[- ]?\d{2}|\d{9}|\d{3}[- ]?\d{3})(?![\d-])"
    r"(?:[^\d\n]{0,24}\n?[^\d\n]{0,20}?(?<![\d-])"
    r"(?P<account>\d{6,17}|\d{2,4}(?:[ -]\d{2,4}){2,4})(?![\d-]|[ ]\d))?"
)


# Twenty-third round (tuned on bench/pii_r23_struct_gen half T): a UK sort code and an
# eight-digit account after a bank's name, with no code word (HSBC 40-11-62 / 71234569;
# Barclays, 20-45-77, 41234567): the pair's shape after a bank makes both personal.
_UK_PAIR: Final = re.compile(
    r"(?<![\d-])(?P<code>\d{2}([- ])\d{2}\2\d{2})(?![\d-])[ \t]*(?:[/,|;:][ \t]*)?"
    r"(?:(?i:a/c|acc(?:oun)?t?\.?|account)(?:[ \t]*(?i:no\.?|number|#))?[ \t]*[:#]?[ \t]*)?"
    # the account may come in pairs or halves (44 55 66 77, 7123 4569; wave 2 of the round)
    r"(?P<account>\d{8}|\d{2}(?P<sep>[ -])\d{2}(?P=sep)\d{2}(?P=sep)\d{2}|\d{4}[ -]\d{4})"
    r"(?![\d-]|[ ]\d)"
)
_UK_BANK_WORD: Final = re.compile(
    r"(?i:\bbank\b|building society|barclays|hsbc|lloyds|natwest|santander|nationwide|monzo"
    r"|starling|halifax|\btsb\b|revolut|first direct|virgin money|\bco-?op\b|\brbs\b"
    r"|royal bank|clydesdale|metro bank|ulster bank|danske|\bchase\b)"
)
_UK_BANK_BEFORE: Final = 48


# Twenty-fifth round (tuned on the hand set's half A and probes): a French RIB in its parts
# (code banque 30004, guichet 00821, compte 00012345678, clé 47) and a German account and
# bank code (Kontonummer 1234567890, BLZ 370 400 44): each number after its own word. The
# words are the literal prefilter; a RIB key (clé) counts only beside another RIB part.
_EU_ACCOUNT_WORDS: Final = ("banque", "guichet", "compte", "konto", "blz", "bankleitzahl")
_EU_ACCOUNT: Final = re.compile(
    r"(?i:(?P<bank>code banque|code guichet|guichet)|(?P<account>(?:n[°o]|numéro) de compte"
    r"|compte(?: bancaire| courant)?|kontonummer|konto-?nr\.?|kto\.?-?nr\.?|konto)"
    r"|(?P<blz>bankleitzahl|blz)|(?P<key>clé(?: rib)?))"
    r"(?:[ \t]*(?i:no\.?|n°|nr\.?|number))?[ \t]*[:：=]?[ \t]*"
    r"(?P<value>\d{3} ?\d{3} ?\d{2}(?![\d ])|[0-9A-Z]{2,11})(?![0-9A-Za-z])"
)


def _eu_account_value(kind: str, value: str) -> bool:
    """Whether ``value`` has the shape of the part ``kind`` names."""
    digits = sum(c.isdigit() for c in value)
    if kind == "bank":
        return value.isdigit() and len(value) == 5
    if kind == "blz":
        return value.replace(" ", "").isdigit() and len(value.replace(" ", "")) == 8
    if kind == "key":
        return value.isdigit() and len(value) == 2
    return " " not in value and digits >= 5 and 6 <= len(value) <= 11


def _account_before(text: str, start: int, results: list[RecognizerResult]) -> bool:
    """An account number is reported on the line before ``start``, at most 40 characters
    before it."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - 40)
    return any(line_start <= r.end <= start for r in results)


def _aba_ok(value: str) -> bool:
    """A nine-digit ABA routing number's check: 3, 7, 1 weights repeated, sum divisible by
    ten (021000021)."""
    if len(value) != 9 or not value.isdigit() or not value.strip("0"):
        return False
    digits = [int(c) for c in value]
    return sum(w * d for w, d in zip((3, 7, 1) * 3, digits, strict=True)) % 10 == 0


def _iban_ok(value: str) -> bool:
    """The IBAN's check: the country and check digits moved to the end, letters as numbers
    (A = 10 …), the whole number modulo 97 is 1."""
    compact = value.replace(" ", "")
    if not 15 <= len(compact) <= 34:
        return False
    moved = compact[4:] + compact[:4]
    number = "".join(str(int(c, 36)) for c in moved)
    return int(number) % 97 == 1


def _account_labelled(text: str, start: int) -> bool:
    """The number stands under a column headed as an account, or alone after a line that
    is an account's kind or label (``_ACCOUNT_LINE``)."""
    header = _column_header(text, start)
    if header is not None:
        return _ACCOUNT_HEADER.search(header) is not None
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() or line_start == 0:
        return False
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    return _ACCOUNT_LINE.fullmatch(text, above_start, line_start - 1) is not None


class BankAccountRecognizer(KeywordPatternRecognizer):
    """BANK_ACCOUNT: 口座番号1234567, 普通 1234567, ゆうちょ 12345-12345678."""

    ENTITY: ClassVar[str] = BANK_ACCOUNT
    PATTERNS: ClassVar[tuple[tuple[str, str, float], ...]] = (
        ("account", rf"{_EDGE_BEFORE}\d{{7,8}}{_EDGE_AFTER}", 0.3),
        # Two groups set apart by a space (普通 0721 258, 1234 5678): seven or eight digits.
        ("grouped", rf"{_EDGE_BEFORE}(?:\d{{4}} \d{{3,4}}|\d{{3}} \d{{4}}){_EDGE_AFTER}", 0.3),
        ("yucho", rf"{_EDGE_BEFORE}\d{{5}}[{HYPHENS} ]\d{{6,8}}{_EDGE_AFTER}", 0.3),
        ("branch_account", rf"{_EDGE_BEFORE}\d{{3,4}}[{HYPHENS}]\d{{7,8}}{_EDGE_AFTER}", 0.3),
        # Read out in kana: 1-2-3-4-5-6-7, 123-45-67 (seven or eight digits in all).
        ("spoken", rf"{_EDGE_BEFORE}\d{{1,4}}(?:-\d{{1,4}}){{1,7}}{_EDGE_AFTER}", 0.3),
        # Accounts abroad run to 9-12 digits; only right after the English word
        # (acct no. 1670926061, account #123456789), since such numbers are common.
        # Twenty-fourth round: also in three or four groups (Acct# 4417 2950 8831).
        (
            "account_abroad",
            rf"(?<=(?i:acct|account)(?: ?(?i:no\.?|number|num)|)?(?: ?[:#]| )? ?)"
            rf"{_EDGE_BEFORE}(?:\d{{9,12}}|\d{{3,4}}(?:([ -])\d{{3,4}})(?:\1\d{{3,4}}){{1,2}})"
            rf"{_EDGE_AFTER}",
            0.3,
        ),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "口座",
        "普通",
        "当座",
        "貯蓄",
        "預金",
        "記号番号",
        "ゆうちょ",
        "(普)",
        "(当)",
        "普)",
        "当)",
        "振込",
        "振り込",
        "返金",
        "引き落とし",
        "引落",
        "account",
        "acct",
        "ふつう",
        "とうざ",
        "こうざ",
        "入金",
        "kouza",
        "koza",
        "フツウ",
        "トウザ",
        "総合",
        "銀行",
        "支店",
        "信用金庫",
        "信金",
        "ordinary",
        "savings",
        "checking",
        "a/c",
        "bank",
        "branch",
    )
    CONTEXT_AFTER: ClassVar[tuple[str, ...]] = (
        "(普",
        "(当",
        "普通",
        "当座",
        "銀行",
        "支店",
        "信用金庫",
        "信金",
    )
    # Wide enough for the English keyword's phrase (my account number is 1234567).
    BEFORE: ClassVar[int] = 22
    AFTER: ClassVar[int] = 12
    CONTEXT_SCORE: ClassVar[float] = 0.85
    REQUIRE_CONTEXT: ClassVar[bool] = True

    def invalidate_result(self, pattern_text: str) -> bool:
        if (
            "-" not in pattern_text
            or _YUCHO_SHAPE.fullmatch(pattern_text)
            or _BRANCH_ACCOUNT_SHAPE.fullmatch(pattern_text)
        ):
            return False
        digits = sum(c.isdigit() for c in pattern_text)
        return not 7 <= digits <= 8 or _NOT_ACCOUNT_SHAPE.fullmatch(pattern_text) is not None

    def has_context(self, text: str, start: int, end: int) -> bool:
        """A keyword (see the base class), or the number alone on its line under a line
        naming a bank or branch (``_BANK_LINE``) among the ``_BLOCK_LINES`` lines above;
        never a number followed by a unit (an amount)."""
        if _UNIT_AFTER.match(text, end) is not None:
            return False
        if super().has_context(text, start, end):
            return True
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        if line.strip() != text[start:end]:
            return False
        position = line_start
        for _ in range(_BLOCK_LINES):
            if position == 0:
                return False
            above_start = text.rfind("\n", 0, position - 1) + 1
            if _BANK_LINE.search(text, above_start, position - 1):
                return True
            position = above_start
        return False

    def _result(self, start: int, end: int, score: float | None = None) -> RecognizerResult:
        """A finding of this recognizer over ``text[start:end]`` (the context score unless
        ``score`` is given)."""
        return RecognizerResult(
            entity_type=self.ENTITY,
            start=start,
            end=end,
            score=self.CONTEXT_SCORE if score is None else score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )

    def _national(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """A national bank code after its word and the account number after it."""
        found: list[RecognizerResult] = []
        for match in _NATIONAL_CODE.finditer(text):
            if not match["code"].strip("0- "):
                continue
            for group in ("code", "account"):
                if match[group] is None:
                    continue
                if (
                    group == "code"
                    and match["account"] is None
                    and _aba_ok(match[group])
                    and not _account_before(text, match.start(), results + found)
                ):
                    # Twenty-second round: a US routing number passing its check, with no
                    # account number after it, names a bank, not a person (what bank is
                    # routing number …?); on someone's deposit form both stay masked.
                    # Thirty-second round: so does one after the account number on its
                    # line (Acct no: 0001234567 routing 021000021).
                    continue
                start, end = match.span(group)
                if group == "account" and _UNIT_AFTER.match(text, end) is not None:
                    continue
                if any(r.start < end and start < r.end for r in results + found):
                    continue
                found.append(self._result(start, end))
        return found

    def _european(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """A French RIB's parts and a German account and bank code (see _EU_ACCOUNT)."""
        parts = [
            (m, kind)
            for m in _EU_ACCOUNT.finditer(text)
            for kind in [next(k for k in ("bank", "account", "blz", "key") if m[k] is not None)]
            if _eu_account_value(kind, m["value"])
            and _UNIT_AFTER.match(text, m.end("value")) is None
        ]
        if all(kind == "key" for _, kind in parts):
            return []
        found: list[RecognizerResult] = []
        for match, _ in parts:
            start, end = match.span("value")
            if any(r.start < end and start < r.end for r in results + found):
                continue
            found.append(self._result(start, end))
        return found

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for match in _AFTER_ACCOUNT_WORD.finditer(text):
            start, end = match.span(1)
            if _UNIT_AFTER.match(text, end) is not None:
                continue
            if any(r.start < end and start < r.end for r in results):
                continue
            results.append(self._result(start, end))
        for match in _HYPHENATED.finditer(text):
            start, end = match.span()
            if any(r.start < end and start < r.end for r in results):
                continue
            if not _account_labelled(text, start):
                continue
            results.append(self._result(start, end))
        lower = text.lower()
        if any(w in lower for w in _NATIONAL_LOWER) or any(w in text for w in _NATIONAL_EXACT):
            results.extend(self._national(text, results))
        if any(w in lower for w in _EU_ACCOUNT_WORDS):
            results.extend(self._european(text, results))
        for match in _UK_PAIR.finditer(text):
            window = max(0, match.start() - _UK_BANK_BEFORE)
            if _UK_BANK_WORD.search(text, window, match.start()) is None:
                continue
            for group in ("code", "account"):
                start, end = match.span(group)
                if any(r.start < end and start < r.end for r in results):
                    continue
                results.append(self._result(start, end))
        for match in _IBAN.finditer(text):
            start, end = match.span()
            after_word = _IBAN_WORD.search(text, max(0, start - 24), start) is not None
            if not _iban_ok(match.group()) and not after_word:
                continue
            if not match.group().isupper() and " " not in match.group() and not after_word:
                continue
            # Twenty-fifth round: a group of the IBAN read first as a domestic account (振込
            # … IBAN DE82 5759 6217 …: "5759 6217" after 振込) gives way to the whole IBAN.
            inside = [r for r in results if start <= r.start and r.end <= end]
            if any(r.start < end and start < r.end for r in results if r not in inside):
                continue
            results = [r for r in results if r not in inside]
            results.append(self._result(start, end))
        if _YUCHO.search(text) is None:
            return results
        for match in _YUCHO_PARTS.finditer(text):
            start, end = match.span(1)
            if any(r.start < end and start < r.end for r in results):
                continue
            results.append(self._result(start, end, _YUCHO_SCORE))
        return results

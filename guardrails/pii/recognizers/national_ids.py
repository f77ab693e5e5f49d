"""Other countries' national identity numbers (thirty-third round): the ones a Japanese
company's staff meet on a foreign colleague's, customer's or trainee's papers.

Where a scheme has a check digit the number is taken by its shape and its check, with no
label needed; a look-alike of the same shape (an order number, a part or model code, a
tracking number) fails the check one time in ten or eleven and is left alone, unless a
label of the scheme stands before it (a typo in one's own number is still one's number):

* Singapore NRIC / FIN (``S1234567D``, ``G5123456T``): weights 2-7-6-5-4-3-2, the letter
  tables of S/T, F/G and M;
* China's resident ID (18 digits, the 17th-digit check ISO 7064 MOD 11-2, ``X`` for 10),
  with a real birth date in digits 7 to 14;
* Taiwan's ID (``A123456789``: a region letter, 1/2 or 8/9, the letter's two digits
  weighted in), Hong Kong's (``A123456(3)``: the check in brackets; written without the
  brackets only after a Hong Kong ID label);
* Korea's resident registration number (``900101-1234568``: a real birth date, a sex and
  century digit 1-8, and the check digit of numbers issued before October 2020; a newer
  one, whose last digits carry no check, after its label);
* India's Aadhaar (4-4-4 digits, Verhoeff check; only after an Aadhaar or UID label, as
  a Japanese My Number has the same shape) and PAN (``ABCPK1234F``: the fourth letter says
  the holder's kind; after a PAN label, no check digit exists);
* the UK National Insurance number written as printed (``AB 12 34 56 C``, the prefixes
  HMRC never issues refused); compact (``AB123456C``) after its label;
* the Philippines' PhilSys, SSS, TIN and UMID numbers and Viet Nam's CCCD / CMND numbers,
  which carry no check digit: after their label only.

Not taken: a failing check with no label (``Part S1234567A``, ``注文番号
110105199003071238``), a number after a word naming another kind of number (order,
invoice, part, model, 注文番号, 品番, 伝票番号). Works on the NFKC text; never raises.
"""

from __future__ import annotations

import re
from typing import ClassVar, Final

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.pii.entities import ID_NUMBER
from guardrails.pii.recognizers.keyword_pattern import KeywordPatternRecognizer

__all__ = ["NationalIdRecognizer"]

_B: Final = r"(?<![A-Za-z0-9])"
_E: Final = r"(?![A-Za-z0-9])"
_DATE: Final = r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
# The labels of the schemes (word-bounded; matched case-insensitively except the short
# capitals, which are words only in capitals: PAN, FIN, UID, TIN, SSS, PSN, PCN, NI).
_LABELS: Final = re.compile(
    r"(?i:nric|hkid|aadhaa?r|uidai|nino|philsys|phil ?id|cccd|cmnd|c[aă]n c[uư][oớ]c"
    r"|identity card|id card|identification (?:card|number)|national id|resident id"
    r"|resident registration|registration card|citizen ?id|permanent account"
    r"|national insurance|social security|unified multi-purpose"
    r"|chinese id|taiwan(?:ese)? id|korean id|hong kong id)"
    r"|(?<![A-Za-z])(?:PAN|FIN|UID|TIN|SSS|PSN|PCN|UMID|CRN|RRN|NI)(?![A-Za-z])"
    r"|身份证|身分證|身分証|身份證|居民身份|住民登録番号|外国人登録番号|国民身分|統一編號|統一証"
    r"|주민등록|외국인등록|アドハー|アーダール|納税者番号"
    r"|国民保険番号|NI番号"
)
_OTHER: Final = re.compile(
    r"(?i:part|model|item|sku|product|order|invoice|ticket|serial|lot|tracking|catalog(?:ue)?"
    r"|batch|build|version|coupon|gift card|voucher|promo)(?: ?(?:no\.?|number|num|#|id|code))?"
    r"|品番|型番|部品|製品|商品|注文|伝票|請求書?|シリアル|ロット|整理|クーポン|管理番号"
)
_ISSUED: Final = r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
_TW_LETTERS: Final = {
    c: v for c, v in zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36), strict=True)
}
_VERHOEFF_D: Final = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8),
    (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2),
    (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)
_VERHOEFF_P: Final = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0),
    (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5),
    (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)
_LABEL_WINDOW: Final = 40
_LABEL_NEEDED: Final = 0.5


def _nric_ok(code: str) -> bool:
    prefix, digits, last = code[0], code[1:8], code[8]
    total = sum(int(d) * w for d, w in zip(digits, (2, 7, 6, 5, 4, 3, 2), strict=True))
    if prefix in "TG":
        total += 4
    elif prefix == "M":
        total += 3
    rest = total % 11
    if prefix in "ST":
        return "JZIHGFEDCBA"[rest] == last
    if prefix in "FG":
        return "XWUTRQPNMLK"[rest] == last
    return "KLJNPQRTUWX"[10 - rest] == last


def _china_ok(code: str) -> bool:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(d) * w for d, w in zip(code[:17], weights, strict=True))
    return "10X98765432"[total % 11] == code[17].upper()


def _taiwan_ok(code: str) -> bool:
    number = _TW_LETTERS.get(code[0])
    if number is None:
        return False
    weights = (8, 7, 6, 5, 4, 3, 2, 1, 1)
    total = number // 10 + (number % 10) * 9
    total += sum(int(d) * w for d, w in zip(code[1:], weights, strict=True))
    return total % 10 == 0


def _hong_kong_ok(code: str) -> bool:
    letters = "".join(c for c in code if c.isalpha())
    digits = "".join(c for c in code if c.isdigit())
    check = letters[-1] if len(digits) == 6 else digits[6]
    letters = letters[:-1] if len(digits) == 6 else letters
    if len(letters) == 1:
        letters = " " + letters
    total = sum((36 if c == " " else ord(c) - 55) * w for c, w in zip(letters, (9, 8), strict=True))
    total += sum(int(d) * w for d, w in zip(digits[:6], (7, 6, 5, 4, 3, 2), strict=True))
    wanted = (11 - total % 11) % 11
    return check == ("A" if wanted == 10 else str(wanted))


def _korea_ok(code: str) -> bool:
    digits = [int(c) for c in code if c.isdigit()]
    weights = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    total = sum(d * w for d, w in zip(digits[:12], weights, strict=True))
    return (11 - total % 11) % 10 == digits[12]


def _verhoeff_ok(code: str) -> bool:
    check = 0
    for position, digit in enumerate(reversed([int(c) for c in code if c.isdigit()])):
        check = _VERHOEFF_D[check][_VERHOEFF_P[position % 8][digit]]
    return check == 0


def _check(code: str) -> bool | None:
    """The scheme's check for ``code`` by its shape; None where the shape has no check."""
    compact = re.sub(r"[\s\-‐()（）]", "", code)
    if re.fullmatch(r"[STFGM]\d{7}[A-Z]", compact):
        return _nric_ok(compact)
    if re.fullmatch(r"\d{17}[\dXx]", compact):
        return _china_ok(compact)
    if re.fullmatch(r"[A-Z][12589]\d{8}", compact):
        return _taiwan_ok(compact)
    if re.fullmatch(r"[A-Z]{1,2}\d{6}[\dA]", compact):
        return _hong_kong_ok(compact)
    if re.fullmatch(r"\d{6}[1-8]\d{6}", compact):
        return _korea_ok(compact)
    if re.fullmatch(r"[2-9]\d{11}", compact):
        return _verhoeff_ok(compact)
    return None


class NationalIdRecognizer(KeywordPatternRecognizer):
    """ID_NUMBER: a foreign national identity number (see the module docstring)."""

    ENTITY: ClassVar[str] = ID_NUMBER
    # A pattern scored under ``_LABEL_NEEDED`` is kept only with the scheme's label before
    # it (the label lifts it to CONTEXT_SCORE); ``analyze`` drops it otherwise.
    PATTERNS: ClassVar[tuple[tuple[str, str, float], ...]] = (
        ("nric", rf"{_B}[STFGM]\d{{7}}[A-Z]{_E}", 0.85),
        (
            "china",
            rf"(?<![0-9A-Za-z\-])[1-8]\d{{5}}(?:18|19|20)\d\d{_DATE}\d{{3}}[\dXx](?![0-9A-Za-z\-])",
            0.85,
        ),
        ("taiwan", rf"{_B}[A-Z][12589]\d{{8}}{_E}", 0.7),
        ("hong_kong", rf"{_B}[A-Z]{{1,2}}\d{{6}} ?[(（] ?[\dA] ?[)）]", 0.85),
        ("hong_kong_bare", rf"{_B}[A-Z]{{1,2}}\d{{6}}[\dA]{_E}", 0.3),
        ("korea", rf"(?<![\d\-])\d\d{_DATE}[\-‐] ?[1-8]\d{{6}}(?![\d\-])", 0.7),
        ("korea_bare", rf"(?<![\d\-])\d\d{_DATE}[1-8]\d{{6}}(?![\d\-])", 0.3),
        ("aadhaar", r"(?<![\d\-])[2-9]\d{3}(?P<s>[ \-]?)\d{4}(?P=s)\d{4}(?![\d\-])", 0.3),
        ("pan", rf"{_B}[A-Z]{{3}}[PCHFATBLJG][A-Z]\d{{4}}[A-Z]{_E}", 0.3),
        ("nino", rf"{_B}{_ISSUED} \d\d \d\d \d\d [A-D]{_E}", 0.7),
        ("nino_compact", rf"{_B}{_ISSUED}\d{{6}}[A-D]{_E}", 0.3),
        # PhilSys 4-4-4-4, SSS 2-7-1, TIN 3-3-3(-3), UMID CRN 4-7-1, CCCD 12 / CMND 9 digits.
        (
            "no_check",
            r"(?<![\d\-])(?:\d{4}-\d{4}-\d{4}-\d{4}|\d{2}-\d{7}-\d|\d{3}-\d{3}-\d{3}(?:-\d{3,5})?"
            r"|\d{4}-\d{7}-\d|0\d{11}|\d{9})(?![\d\-])",
            0.3,
        ),
    )
    BEFORE: ClassVar[int] = _LABEL_WINDOW
    AFTER: ClassVar[int] = 0

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        found = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [result for result in found if result.score >= _LABEL_NEEDED]

    def checksum_ok(self, matched: str) -> bool:
        return _check(matched) is not False

    def has_context(self, text: str, start: int, end: int) -> bool:
        window_start = self._window_start(text, start)
        last_label = -1
        for label in _LABELS.finditer(text, window_start, start):
            last_label = label.end()
        if last_label < 0:
            return False
        # "Order no. …" after the label names another number.
        return _OTHER.search(text, last_label, start) is None

    def _other_identifier(self, text: str, start: int) -> bool:
        window_start = max(self._window_start(text, start), start - 20)
        last_other = -1
        for other in _OTHER.finditer(text, window_start, start):
            last_other = other.end()
        if last_other < 0:
            return False
        return _LABELS.search(text, last_other, start) is None

"""Values whose key names them: a JSON member, a URL query parameter, a ``key: value`` line
or a table's column under its header (thirty-second round: ``employee_id,dept⏎K-33108,…``).

A record says what a value is in its key, in English or romaji, in snake, camel or kebab
case (``"employee_id": "E204871"``, ``"kiso_nenkin_bango": "2201-554930"``,
``"cvc": "882"``, ``?dob=1968-02-29``, ``passportNo: TK4820391``), and the value itself has
no shape of its own that a pattern could tell from an order number. The key's words are
looked up in :data:`_KEY_WORDS` (a run of words in the key, or the key's words glued
together, possibly followed by ``no`` / ``number`` / ``id`` / ``code``); the value must be a
short code with enough digits for its type (a card's security code: three or four digits
alone). Keys naming something else (``cvc_required``, ``order_id``) match no entry or
carry no such value (``true``, ``"visa"``). Never raises on any ``str`` input.
"""

from __future__ import annotations

import re
from typing import Final

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.pii.entities import (
    ADDRESS,
    BANK_ACCOUNT,
    CREDIT_CARD,
    DATE_OF_BIRTH,
    DRIVER_LICENSE,
    HEALTH_INSURANCE,
    ID_NUMBER,
    MY_NUMBER,
    PASSPORT,
)

__all__ = ["RecordKeyRecognizer", "key_type"]

_SCORE: Final = 0.85
# Key words (a run of the key's words) and the type of the value they name.
_KEY_WORDS: Final[dict[tuple[str, ...], str]] = {
    ("employee",): ID_NUMBER,
    ("emp", "no"): ID_NUMBER,
    ("emp", "id"): ID_NUMBER,
    ("staff", "id"): ID_NUMBER,
    ("staff", "no"): ID_NUMBER,
    # Twenty-first round: a patient's, member's or staff member's reference in a record
    # (patient_ref, member_ref, emp_code, staffRef), an insurance policy's number.
    ("patient",): ID_NUMBER,
    ("member",): ID_NUMBER,
    ("membership",): ID_NUMBER,
    ("emp", "code"): ID_NUMBER,
    ("emp", "ref"): ID_NUMBER,
    ("staff", "ref"): ID_NUMBER,
    ("staff", "code"): ID_NUMBER,
    # Twenty-first round, second pass: a key naming a person's role holds that person's
    # code when it has the digits (candidate: C-1182; a name has none).
    ("candidate",): ID_NUMBER,
    ("applicant",): ID_NUMBER,
    ("tenant",): ID_NUMBER,
    ("student",): ID_NUMBER,
    ("trainee",): ID_NUMBER,
    ("resident",): ID_NUMBER,
    # Thirty-second round: a booking's, a badge's, a loyalty account's or a patient's code
    # (reservation_id, bookingRef, confirmation_code, badge_no, loyalty_number, mrn).
    ("reservation",): ID_NUMBER,
    ("booking",): ID_NUMBER,
    ("confirmation", "code"): ID_NUMBER,
    ("confirmation", "number"): ID_NUMBER,
    ("confirmation", "no"): ID_NUMBER,
    ("pnr",): ID_NUMBER,
    ("yoyaku",): ID_NUMBER,
    ("badge",): ID_NUMBER,
    ("loyalty",): ID_NUMBER,
    ("frequent", "flyer"): ID_NUMBER,
    ("mrn",): ID_NUMBER,
    ("gakuseki",): ID_NUMBER,
    ("kaiin",): ID_NUMBER,
    # A form's street line ("addr_line1": "3-5-1 Kita-Aoyama"): a block or house number
    # and a word (_value_fits); the line alone names no town a recognizer could anchor on.
    ("addr", "line1"): ADDRESS,
    ("addr", "line2"): ADDRESS,
    ("address", "line1"): ADDRESS,
    ("address", "line2"): ADDRESS,
    ("address1",): ADDRESS,
    ("address2",): ADDRESS,
    ("addr1",): ADDRESS,
    ("street", "address"): ADDRESS,
    ("policy", "no"): ID_NUMBER,
    ("policy", "number"): ID_NUMBER,
    ("policy", "id"): ID_NUMBER,
    ("shain", "bango"): ID_NUMBER,
    ("ssn",): ID_NUMBER,
    ("social", "security"): ID_NUMBER,
    ("social", "insurance"): ID_NUMBER,
    ("national", "insurance"): ID_NUMBER,
    ("national", "id"): ID_NUMBER,
    ("nino",): ID_NUMBER,
    ("nhs",): ID_NUMBER,
    ("aadhaar",): ID_NUMBER,
    ("tax", "id"): ID_NUMBER,
    ("nenkin",): ID_NUMBER,
    ("pension",): ID_NUMBER,
    ("koyo", "hoken"): ID_NUMBER,
    ("juminhyo",): ID_NUMBER,
    ("zairyu",): ID_NUMBER,
    ("residence", "card"): ID_NUMBER,
    ("kojin", "bango"): MY_NUMBER,
    ("my", "number"): MY_NUMBER,
    ("mynumber",): MY_NUMBER,
    ("individual", "number"): MY_NUMBER,
    ("passport",): PASSPORT,
    ("ryoken",): PASSPORT,
    ("license",): DRIVER_LICENSE,
    ("licence",): DRIVER_LICENSE,
    ("dl", "no"): DRIVER_LICENSE,
    ("dl", "number"): DRIVER_LICENSE,
    ("menkyo",): DRIVER_LICENSE,
    ("iban",): BANK_ACCOUNT,
    ("account", "no"): BANK_ACCOUNT,
    ("account", "number"): BANK_ACCOUNT,
    ("acct", "no"): BANK_ACCOUNT,
    ("koza",): BANK_ACCOUNT,
    ("kouza",): BANK_ACCOUNT,
    ("dob",): DATE_OF_BIRTH,
    ("birth",): DATE_OF_BIRTH,
    ("birthday",): DATE_OF_BIRTH,
    ("birthdate",): DATE_OF_BIRTH,
    ("seinengappi",): DATE_OF_BIRTH,
    ("hokensho",): HEALTH_INSURANCE,
    ("hihokensha",): HEALTH_INSURANCE,
    ("insurance", "number"): HEALTH_INSURANCE,
    ("card", "number"): CREDIT_CARD,
    ("card", "no"): CREDIT_CARD,
    ("pan",): CREDIT_CARD,
    # A card's security code: three or four digits alone.
    ("cvc",): CREDIT_CARD,
    ("cvv",): CREDIT_CARD,
    ("cvv2",): CREDIT_CARD,
    ("cvc2",): CREDIT_CARD,
    ("csc",): CREDIT_CARD,
    ("security", "code"): CREDIT_CARD,
}
_SECURITY_KEYS: Final = frozenset({"cvc", "cvv", "cvv2", "cvc2", "csc", "securitycode"})
_GLUED: Final = {"".join(words): entity for words, entity in _KEY_WORDS.items()}
# What may follow the glued key words (passportno, licenseNumber, dlnum).
_KEY_TAILS: Final = ("", "no", "num", "number", "id", "code", "bango")
# Keys that say the value is not the person's (a flag, a count, a format, a date of issue).
_NOT_VALUE_WORDS: Final = frozenset(
    {"required", "enabled", "type", "format", "length", "count", "expiry", "expires",
     "exp", "issued", "issue", "valid", "status", "label", "hint", "mask", "masked",
     "last4", "last", "brand", "country", "state", "city", "place", "plate", "key", "amount",
     "total", "fee", "price", "rate", "url", "file", "version"}
)  # fmt: skip
# Keys about when something happened (employee_since, pension_start_date): only a birth key
# may hold a date.
_WHEN_WORDS: Final = frozenset({"date", "since", "year", "month", "day", "time", "at", "start"})
_MIN_DIGITS: Final = {CREDIT_CARD: 3, DATE_OF_BIRTH: 6}
_DEFAULT_MIN_DIGITS: Final = 4
_SECURITY_CODE: Final = re.compile(r"\d{3,4}")
_VALUE: Final = r"[A-Za-z0-9][A-Za-z0-9 ./\-]{0,38}[A-Za-z0-9]|[0-9]"
_KEY: Final = r"[A-Za-z][A-Za-z0-9_\-]{1,40}"
_RECORDS: Final = (
    # JSON: "key": "value" or "key": 12345 (also with escaped quotes inside a JSON string).
    re.compile(rf'\\?"(?P<key>{_KEY})\\?"\s*:\s*(?P<q>\\?"?)(?P<value>{_VALUE})(?P=q)(?![\w.])'),
    # URL query strings and form bodies: ?key=value&…
    re.compile(rf"(?:(?<=[?&;])|(?<![^\s]))(?P<key>{_KEY})=(?P<value>[^&\s\"'#<>]{{1,40}})"),
    # key: value on a line of its own (YAML, a pasted form).
    re.compile(rf"(?m)^[ \t-]*(?P<key>{_KEY})[ \t]*[:=][ \t]*(?P<value>{_VALUE})[ \t]*$"),
)
# Thirty-second round: a table's header names its columns (CSV, TSV, semicolon or pipe
# separated): ``employee_id,department⏎K-33108,Sales`` or ``顧客番号,内容⏎CU100234,解約``.
# Japanese headers are read by their words (社員番号, 会員ID, 予約番号, 旅券番号 …).
_TABLE_SEPARATORS: Final = ("\t", ";", "|", ",")
_JA_KEYS: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    (
        re.compile(
            r"(?:社員|従業員|職員|会員|顧客|お客様|お客さま|患者|学籍|学生|予約|診察券|カルテ|証券"
            r"|保険証券|入館証|社員証|基礎年金|年金|受理)(?:番号|ID|No\.?|コード)"
        ),
        ID_NUMBER,
    ),
    (re.compile(r"(?:旅券|パスポート)(?:番号|No\.?)"), PASSPORT),
    (re.compile(r"(?:運転)?免許(?:証)?(?:番号|No\.?)"), DRIVER_LICENSE),
    (re.compile(r"口座(?:番号|No\.?)"), BANK_ACCOUNT),
)
_CELL_VALUE: Final = re.compile(_VALUE)
_CAMEL: Final = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_KEY_SPLIT: Final = re.compile(r"[_\-\s.]+")


def _key_words(key: str) -> list[str]:
    return [w for w in _KEY_SPLIT.split(_CAMEL.sub("_", key).lower()) if w]


def key_type(key: str) -> str | None:
    """The entity type a record key names (``employee_id`` → ``ID_NUMBER``), or ``None``."""
    words = _key_words(key)
    if not words or _NOT_VALUE_WORDS.intersection(words):
        return None
    found = _lookup(words)
    if found is not None and found != DATE_OF_BIRTH and _WHEN_WORDS.intersection(words):
        return None
    return found


def _header_type(cell: str) -> str | None:
    """The entity type a table's header cell names, in English or Japanese, or ``None``."""
    cell = cell.strip(" \t\"'`[]*")
    if not cell or len(cell) > 40:
        return None
    if cell.isascii():
        return key_type(cell) if re.fullmatch(_KEY, cell.replace(" ", "_")) else None
    for pattern, entity in _JA_KEYS:
        if pattern.fullmatch(cell):
            return entity
    return None


def _column_values(text: str) -> list[tuple[str, str, int, int]]:
    """(header, entity, start, end) of each cell under a header naming a personal number."""
    found: list[tuple[str, str, int, int]] = []
    lines: list[tuple[int, str]] = []
    position = 0
    for line in text.split("\n"):
        lines.append((position, line))
        position += len(line) + 1
    index = 0
    while index < len(lines):
        line = lines[index][1]
        separator = next((s for s in _TABLE_SEPARATORS if s in line), "")
        index += 1
        if not separator:
            continue
        count = line.count(separator)
        typed = [(c, cell, _header_type(cell)) for c, cell in enumerate(line.split(separator))]
        columns = {c: (cell, entity) for c, cell, entity in typed if entity is not None}
        while index < len(lines) and lines[index][1].count(separator) == count:
            row_start, row = lines[index]
            index += 1
            offset = row_start
            for c, cell in enumerate(row.split(separator)):
                if c in columns:
                    value = cell.strip(" \t\"'")
                    lead = cell.find(value) if value else -1
                    if lead >= 0 and _CELL_VALUE.fullmatch(value):
                        header, entity = columns[c]
                        cell_start = offset + lead
                        found.append((header, entity, cell_start, cell_start + len(value)))
                offset += len(cell) + len(separator)
    return found


def _lookup(words: list[str]) -> str | None:
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            found = _KEY_WORDS.get(tuple(words[start : start + size]))
            if found is not None:
                return found
    glued = "".join(words)
    for tail in _KEY_TAILS:
        if tail and not glued.endswith(tail):
            continue
        found = _GLUED.get(glued[: len(glued) - len(tail)] if tail else glued)
        if found is not None:
            return found
    return None


def _value_fits(key: str, entity: str, value: str) -> bool:
    """A security code is three or four digits alone; a card number has twelve digits or
    more; any other value needs the type's least number of digits."""
    if "".join(_key_words(key)) in _SECURITY_KEYS:
        return _SECURITY_CODE.fullmatch(value) is not None
    digits = sum(c.isdigit() for c in value)
    if entity == ADDRESS:
        return digits >= 1 and any(c.isalpha() for c in value)
    if entity == CREDIT_CARD:
        return digits >= 12
    return digits >= _MIN_DIGITS.get(entity, _DEFAULT_MIN_DIGITS)


class RecordKeyRecognizer(EntityRecognizer):
    """The value of a record key naming a personal number (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__(
            supported_entities=sorted(set(_KEY_WORDS.values())),
            name=type(self).__name__,
            supported_language="ja",
        )

    def load(self) -> None:
        return None

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        seen: set[tuple[int, int]] = set()
        for record in _RECORDS:
            for match in record.finditer(text):
                entity = key_type(match.group("key"))
                if entity is None or entity not in entities:
                    continue
                start, end = match.span("value")
                value = match.group("value")
                if not _value_fits(match.group("key"), entity, value) or (start, end) in seen:
                    continue
                    continue
                seen.add((start, end))
                results.append(self._result(entity, start, end))
        if "\n" in text:
            for header, entity, start, end in _column_values(text):
                if entity not in entities or (start, end) in seen:
                    continue
                if not _value_fits(header.strip(" \t\"'`[]*"), entity, text[start:end]):
                    continue
                seen.add((start, end))
                results.append(self._result(entity, start, end))
        return results

    def _result(self, entity: str, start: int, end: int) -> RecognizerResult:
        return RecognizerResult(
            entity_type=entity,
            start=start,
            end=end,
            score=_SCORE,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )

"""Whether a value is an obvious documentation example, not anyone's personal data.

Manuals, READMEs, form guides and developers' questions show the shape of a value with a
dummy: ``090-0000-0000``, ``03-1234-5678``, ``user@example.com``, ``〒100-0000``. Such a
value is nobody's, and masking it changed the question (thirtieth round). A value counts as
an example only when both hold:

* its shape is a canonical dummy: a phone number whose digits after the mobile or area code
  are all one digit (``0000-0000``) or a run of the digits in order (``1234-5678``,
  ``345-6789``); an e-mail address at a domain reserved for documentation (``example.com``,
  ``.net``, ``.org``, ``example.jp`` and its ``co``/``ne``/``or``/``ac``/``go`` forms, any
  ``*.example``, ``*.test``, ``*.invalid``, ``*.localhost``); a postcode ending in ``0000``;
  a name that forms fill in as the model (山田太郎, 山田 太郎（やまだ たろう）, John Doe;
  thirty-first round);
* the value's line or the line above says it is an example (入力例, 記入例, 例：, 例えば,
  サンプル, ダミー, プレースホルダ, 架空, のように入力, ドキュメント, 正規表現; e.g., for
  example, sample, placeholder, dummy, README, docs, regex, validate), the value itself
  blanked first (the ``example`` of ``example.com`` is no cue), and says nothing of the
  writer's own (私の, my: 電話番号の例：090-1234-5678 は私の番号です stays masked).

Both are needed: the same shapes are what people (and this project's tests) type as their
own number or address, and a real number is masked as before. Never raises.
"""

from __future__ import annotations

import re
from typing import Final

from guardrails.pii.entities import (
    ADDRESS,
    EMAIL_ADDRESS,
    MY_NUMBER,
    PERSON,
    PHONE_NUMBER,
    POSTAL_CODE,
)

__all__ = ["is_example_value"]

_CUE: Final = re.compile(
    r"入力例|記入例|記載例|表示例|設定例|使用例|回答例|例文|例[:：)）]|[(（]例[)）:：\s]|の例(?!の)|例として|例えば|たとえば"
    r"|サンプル|ダミー|プレースホルダ|架空の|仮の(?:番号|アドレス|値|データ)|のように[^。\n]{0,10}?(?:入力|記入|書)"
    r"|ドキュメント|マニュアル|README|正規表現|バリデーション|テストデータ|テスト用"
    # thirty-first round: a value showing a format (メールアドレスの形式は…, the format is)
    r"|形式は|書式は|フォーマットは|のようになります|(?i:\bformat(?:ted)? (?:is|as|like)\b)"
    r"|(?i:\be\.g\.|\bfor (?:example|instance)\b|\bexamples?\b|\bsamples?\b|\bplaceholders?\b"
    r"|\bdummy\b|\bfake\b|\bmock\b|\breadme\b|\bdocs?\b|\bdocumentation\b|\bregexp?\b"
    r"|\bvalidat(?:e|es|ed|ing|ion|or)\b|\btest data\b|\bfixtures?\b)"
    # Thirty-second round: a developer's test, code or config (EmailValidator, a pytest
    # fixture, a seed script, a code fence, config.yaml, a Postman body), a fictional number
    # or the names that stand for an unknown person (names like …, unknown parties).
    r"|```|テストコード|単体テスト|ユニットテスト|シード|モック|スタブ|設定ファイル|架空|匿名"
    r"|(?i:validat(?:e|es|ed|ing|ion|or)s?\b|\b(?:unit|e2e|integration) tests?\b|\bpytest"
    r"|\bjest\b|\bseed(?:s|ed|ing)?\b|\bstubs?\b|\bmocked\b|\bconfig(?:uration)?\b|\bschema\b"
    r"|\bpostman\b|\bcurl\b|\bfictional\b|\bfictitious\b|\bnames? (?:like|such as)\b"
    r"|\bunknown (?:part(?:y|ies)|persons?|people|defendants?|plaintiffs?)\b)"
)
# One's own value said to be the example (電話番号の例：090-1234-5678 は私の番号です).
# Thirty-second round: ``my`` before the developer's own code or document (my seed script,
# my unit test, 私のテストコード) says nothing of the value's owner.
_OWN: Final = re.compile(
    r"(?:私|僕|俺|自分|うち)の(?!テスト|コード|アプリ|フォーム|プロジェクト|環境|スクリプト|サイト)"
    r"|(?i:\bmy\b(?!\s+(?:own\s+)?(?:seed|unit|e2e|code|project|repo|readme|docs?|regex"
    r"|function|jest|pytest|mock|api|db|database|template|site|website|component|ci|pipeline"
    r"|staging|\w*(?:validator|tests?|specs?|fixtures?|config|forms?|schema|scripts?|apps?"
    r"|services?))\b)"
    r"|\bmine\b)"
)
_MOBILE_OR_FREE: Final = re.compile(r"0(?:[5-9]0|120|800)")
_DIGIT_RUN: Final = "01234567890"
_RESERVED_DOMAIN: Final = re.compile(
    r"(?:^|[@.])(?:example\.(?:com|net|org|jp|(?:co|ne|or|ac|go|ad|ed|gr|lg)\.jp)"
    r"|[a-z0-9-]+\.(?:example|test|invalid|localhost))$"
)
_SPELLED_DOT: Final = re.compile(r"\s*(?:\[dot\]|\(dot\)|\{dot\}|\bdot\b|ドット|。)\s*", re.I)
# The ``example`` of a documentation domain anywhere on the line (another value's e-mail:
# 携帯は〇九〇の一二三四の五六七八、メールは hanako.s あっと example.co.jp) is no cue either.
_EXAMPLE_DOMAIN: Final = re.compile(
    r"\bexample(?:\s*(?:\.|\[dot\]|\(dot\)|\{dot\}|\bdot\b|ドット)\s*[a-z]{2,})+", re.I
)


def _dummy_digits(digits: str) -> bool:
    """All one digit, or the digits in counting order (six or more)."""
    return len(digits) >= 6 and (len(set(digits)) == 1 or digits in _DIGIT_RUN)


# Thirty-second round: the North American numbers set aside for fiction and documentation,
# 555-0100 to 555-0199 with any area code or none (+1-555-0100, (212) 555-0147), and the
# test numbers a telephony API documents in the 500 area code (+15005550006).
_NANP_FICTION: Final = re.compile(r"(?:1?(?:\d{3})?5550(?:1\d\d)|1?5005550\d\d\d)")


def _dummy_phone(value: str) -> bool:
    groups = re.findall(r"\d+", value)
    digits = "".join(groups)
    if _NANP_FICTION.fullmatch(digits) is not None:
        return True
    if digits.startswith("81") and not digits.startswith("810"):
        digits = "0" + digits[2:]
    elif digits.startswith("810"):
        digits = digits[2:]
    if not digits.startswith("0"):
        return False
    if len(groups) >= 3:
        subscriber = "".join(groups[-2:])
    else:
        code = _MOBILE_OR_FREE.match(digits)
        subscriber = digits[code.end() :] if code is not None else digits[-8:]
    return _dummy_digits(subscriber)


def _dummy_postcode(value: str) -> bool:
    digits = "".join(re.findall(r"\d", value))
    return len(digits) == 7 and (digits.endswith("0000") or _dummy_digits(digits))


def _dummy_my_number(value: str) -> bool:
    """Twelve digits all one digit or counting up (1234 5678 9012)."""
    digits = "".join(re.findall(r"\d", value))
    return len(digits) == 12 and (len(set(digits)) == 1 or digits in "0123456789" * 3)


# Thirty-second round: an address whose place names are blanks (東京都〇〇区〇〇1-2-3,
# ○○市××町, XX区) is a form's model, no one's home.
_BLANK_PLACE: Final = re.compile(r"(?:[〇○●◯×✕△▲□■＊*]{2}|[XxＸ]{2})")
_BLANK_REACH: Final = 12


def _reserved_email(value: str) -> bool:
    address = _SPELLED_DOT.sub(".", value.strip().lower()).rstrip(".")
    return _RESERVED_DOMAIN.search(address) is not None


# Thirty-first round: the names forms and manuals fill in as the model of a name (山田太郎,
# 山田 花子（やまだ はなこ）, John Doe, Taro Yamada), in any order, spacing or script; a
# reading in brackets after one is the same dummy's.
_DUMMY_NAMES: Final = frozenset(
    {"山田太郎", "山田花子", "山田一郎", "田中太郎", "田中花子", "鈴木一郎", "鈴木花子",
     "佐藤太郎", "佐藤花子", "日本太郎", "日本花子", "やまだたろう", "やまだはなこ",
     "やまだいちろう", "たなかたろう", "すずきいちろう", "さとうはなこ", "にほんたろう",
     "johndoe", "janedoe", "johnsmith", "janesmith", "taroyamada", "yamadataro",
     "hanakoyamada", "yamadahanako", "ichirosuzuki", "suzukiichiro",
     # thirty-second round: the other stand-ins of courts, manuals and API docs
     "richardroe", "janeroe", "johnqpublic", "joebloggs", "fredbloggs", "maxmustermann",
     "erikamustermann", "jennyrosen", "テスト太郎", "てすとたろう", "試験太郎", "見本太郎",
     "名無権兵衛", "名無しの権兵衛", "ななしのごんべえ"}
)  # fmt: skip
_NAME_NOISE: Final = re.compile(r"[\s・=,.]")
_BRACKETED: Final = re.compile(r"^(.+?)\s?[(（]([^()（）]+)[)）]$")


def _dummy_name(value: str) -> bool:
    bracketed = _BRACKETED.match(value)
    parts = bracketed.groups() if bracketed else (value,)
    keys = [_NAME_NOISE.sub("", p).lower() for p in parts]
    # katakana readings compared as hiragana
    keys = ["".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in k) for k in keys]
    return all(k in _DUMMY_NAMES for k in keys)


# Thirty-first round (issue 16): an address made of the placeholder words themselves (name
# at domain dot com, user@yourdomain.com, you [at] company [dot] com) is an example whatever
# is said around it: no one's mailbox is spelled so.
_PLACEHOLDER_LOCAL: Final = frozenset(
    {"name", "yourname", "user", "username", "you", "someone", "firstname.lastname",
     "first.last", "address", "email", "mail"}
)  # fmt: skip
_PLACEHOLDER_DOMAIN: Final = re.compile(
    r"(?:your-?|my-?)?(?:domain|company|server|host)(?:\.[a-z]{2,})+"
)
_SPELLED_AT: Final = re.compile(
    r"\s*(?:\[at\]|\(at\)|\{at\}|\bat\b|あっと|アットマーク|[@＠])\s*", re.I
)


def _placeholder_email(value: str) -> bool:
    address = _SPELLED_DOT.sub(".", _SPELLED_AT.sub("@", value.strip().lower())).rstrip(".")
    local, _, domain = address.partition("@")
    return local in _PLACEHOLDER_LOCAL and _PLACEHOLDER_DOMAIN.fullmatch(domain) is not None


# The words that call a value an example outright (not a validation, a format or code, where
# real records are checked too: {"postal": "530-0001"} をバリデーションして).
_EXAMPLE_WORD: Final = re.compile(
    r"入力例|記入例|記載例|表示例|例[:：)）]|[(（]例[)）:：\s]|の例(?!の)|例として|例えば|たとえば"
    r"|サンプル|ダミー|プレースホルダ|架空"
    r"|(?i:\be\.g\.|\bfor (?:example|instance)\b|\bexamples?\b|\bsamples?\b"
    r"|\bplaceholders?\b|\bdummy\b|\bfake\b|\bmock\b)"
)


def _said_to_be_an_example(text: str, start: int, end: int, cue: re.Pattern[str] = _CUE) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    above = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else 0
    line_end = text.find("\n", end)
    if line_end < 0:
        line_end = len(text)
    window = text[above:start] + " " * (end - start) + text[end:line_end]
    window = _EXAMPLE_DOMAIN.sub(lambda m: " " * len(m.group()), window)
    if _OWN.search(window) is not None:
        return False
    # Thirty-second round: a value inside a code fence (```yaml … ```) is code's.
    return cue.search(window) is not None or text.count("```", 0, start) % 2 == 1


def is_example_value(text: str, entity_type: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, found as ``entity_type``, is a documentation example
    (see the module docstring); False for every other type."""
    value = text[start:end]
    if entity_type == PHONE_NUMBER:
        shaped = _dummy_phone(value)
    elif entity_type == EMAIL_ADDRESS:
        if _placeholder_email(value):
            return True
        shaped = _reserved_email(value)
    elif entity_type == POSTAL_CODE:
        # Thirty-second round: a postcode names an area, not a person; any postcode on a line
        # that calls its values examples (フォームの例：… 郵便番号 100-0001) is the example's.
        return _said_to_be_an_example(
            text, start, end, _EXAMPLE_WORD if not _dummy_postcode(value) else _CUE
        )
    elif entity_type == MY_NUMBER:
        shaped = _dummy_my_number(value)
    elif entity_type == ADDRESS:
        # the blanks in the value or right before it on its line (○○県××市△△町1-2-3: the
        # address reader may take only 町1-2-3)
        line_start = text.rfind("\n", 0, start) + 1
        head = text[max(line_start, start - _BLANK_REACH) : end]
        shaped = _BLANK_PLACE.search(head) is not None
    elif entity_type == PERSON:
        shaped = _dummy_name(value)
    else:
        return False
    return shaped and _said_to_be_an_example(text, start, end)

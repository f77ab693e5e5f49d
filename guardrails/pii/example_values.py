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
    DATE_OF_BIRTH,
    EMAIL_ADDRESS,
    MY_NUMBER,
    PERSON,
    PHONE_NUMBER,
    POSTAL_CODE,
)
from guardrails.pii.recognizers.credit_card import TEST_CARD_NUMBERS

__all__ = ["is_example_value"]

_CUE: Final = re.compile(
    r"入力例|記入例|きにゅうれい|にゅうりょくれい|きさいれい|見本(?!市)|記載例|表示例|設定例|使用例|回答例|例文|例[:：)）]|[(（]例[)）:：\s]|の例(?!の)|例として|例えば|たとえば"
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
    # Thirty-third round: the standards that reserve documentation values (RFC 2606, 5737,
    # reserved for documentation, 予約済みドメイン)
    r"|(?i:\brfc\s?\d*\b|\breserved (?:for (?:documentation|examples?|fiction)|domains?)\b)"
    r"|予約済み(?:の)?(?:ドメイン|番号)|ドキュメント用"
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
    r"|\bmine\b"
    # Thirty-third round: one's home said outright (うちは〒530-0012…, I live at …)
    r"|(?<![そこあのど])うちは|自宅|実家|我が家|わが家"
    r"|(?i:\b(?:I|we) live\b|\bour (?:home|house)\b))"
)
# Thirty-third round: an own word after the example that introduces another value (例：
# user@example.com のところに自分のアドレス naoki@… を入れたら; test@example.com is safe,
# but my manager's address is r.tanaka@…) speaks of that value, not of the example.
_OTHER_VALUE: Final = re.compile(
    r"[^\s@]+@[^\s@]+|\+?\d[\d\s()-]{5,}\d|\b[A-Z][a-z]+ [A-Z][a-z]+\b"
)
_OTHER_VALUE_REACH: Final = 25
# A contrast after the example word (〒100-0000（記入例）じゃなくて、うちは〒530-0012; the
# sample shows …, but mine is …): the value after it is the writer's, not the example.
_CONTRAST: Final = re.compile(
    r"じゃなく|ではなく|でなく|じゃない|ではない|違って|ちがって|実際|本当"
    r"|(?i:\bbut\b|\binstead\b|\brather\b|\bactually\b|\bnot\b)"
)
_MOBILE_OR_FREE: Final = re.compile(r"0(?:[5-9]0|120|800)")
_DIGIT_RUN: Final = "01234567890"
_NOT_DIGITS: Final = re.compile(r"\D")
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


# Thirty-third round: a sample that is goods sent or asked for (お試しサンプル, サンプル請求,
# 例のサンプル, a free sample, send me a sample) is no example word: the name, postcode or
# address beside it is where the goods go.
_GOODS_SAMPLE: Final = re.compile(
    r"(?:お試し|無料|試供|例の|商品の?|化粧品の?)サンプル"
    r"|サンプル(?:品|商品|請求|申込|申し込み|送付|発送|配送|依頼|提供|セット|キット)"
    r"|サンプルを(?:お?送|発送|請求|申し込|お?届け|お?願い|ください|もら|頂|いただ)"
    r"|(?i:\bfree samples?\b|\bsamples? (?:requests?|orders?|kits?|box(?:es)?|packs?)\b"
    r"|\b(?:send|ship|mail|order|request)(?:ed|ing|s)?\s+(?:me\s+|us\s+|them\s+|you\s+)?"
    r"(?:a\s+|the\s+|some\s+|free\s+)?samples?\b)"
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


# Thirty-third round: an office's or a place's name with 太郎/花子 is the model name of that
# office's forms (国税 太郎 of the tax agency, 特許 太郎, 年金 花子, 東京 太郎); no common
# surname among the heads (千葉, 福岡 and 神戸 are surnames and stay out).
_DUMMY_HEADS: Final = (
    r"(?:国税|税務|法務|特許|年金|厚生|労働|総務|財務|登記|住民|申請|記入|東京|大阪|横浜|京都"
    r"|埼玉|神奈川|北海道|見本|例示)"
)
_DUMMY_GIVEN: Final = r"(?:太郎|花子|一郎|次郎)"
_DUMMY_HEAD_NAME: Final = re.compile(_DUMMY_HEADS + _DUMMY_GIVEN)
# the name reader may take the given name alone (特許 <太郎>)
_DUMMY_HEAD_BEFORE: Final = re.compile(_DUMMY_HEADS + r"[\s　・]?$")


def _dummy_name(value: str) -> bool:
    bracketed = _BRACKETED.match(value)
    parts = bracketed.groups() if bracketed else (value,)
    keys = [_NAME_NOISE.sub("", p).lower() for p in parts]
    # katakana readings compared as hiragana
    keys = ["".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in k) for k in keys]
    return all(k in _DUMMY_NAMES or _DUMMY_HEAD_NAME.fullmatch(k) for k in keys)


# Thirty-third round: the birth date forms show (1月1日 of any year, 2000-01-01, 01/01/1990,
# January 1, ××年××月××日); a real date said to be the example is still masked unless so.
_DUMMY_DATE: Final = re.compile(
    r"(?<![0-9０-９])[0０]?[1１]\s*月\s*[0０]?[1１]\s*日|(?<![0-9])0?1[-/.]0?1(?![0-9])"
    r"|(?:^|[-/.])0?1[-/.]0?1[-/.](?:\d{2}|\d{4})$"
    r"|(?i:\bjan(?:uary|\.)?\s+0?1(?:st)?\b|\b0?1(?:st)?\s+jan(?:uary|\.)?\b)"
    r"|[〇○×XxＸ]{2}\s*月"
)
# Thirty-third round: the addresses English manuals and forms use as the model (123 Main
# Street, Anytown; 1234 Any Street; 123 Fake Street; 742 Evergreen Terrace).
_DUMMY_STREET: Final = re.compile(
    r"(?i:\bany(?:town|ville|city|where|state|street)\b|\b123(?:45?)?\s+(?:main|fake|elm|oak|any)"
    r"\s+(?:st(?:reet)?|ave(?:nue)?|road|rd|lane|ln)\b|\b742\s+evergreen\s+terrace\b)"
)
_AFTER_BLANK_REACH: Final = 2


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
    r"入力例|記入例|きにゅうれい|にゅうりょくれい|きさいれい|見本(?!市)|記載例|表示例|例[:：)）]|[(（]例[)）:：\s]|の例(?!の)|例として|例えば|たとえば"
    r"|サンプル|ダミー|プレースホルダ|架空"
    r"|(?i:\be\.g\.|\bfor (?:example|instance)\b|\bexamples?\b|\bsamples?\b"
    r"|\bplaceholders?\b|\bdummy\b|\bfake\b|\bmock\b)"
)


def _owned(window: str, after: int) -> bool:
    """An own word in ``window``; one past ``after`` (the value's end there) counts unless it
    introduces another value in the same clause (自分のアドレス naoki@…, my manager's
    address is r.tanaka@…)."""
    for own in _OWN.finditer(window):
        if own.start() < after:
            return True
        other = _OTHER_VALUE.search(window, own.end())
        if (
            other is None
            or other.start() - own.end() > _OTHER_VALUE_REACH
            or re.search(r"[。.!?！？、は]", window[own.end() : other.start()]) is not None
        ):
            return True
    return False


def _contrast_after_cue(before: str, cue: re.Pattern[str]) -> bool:
    """A contrast between the last example word before the value and the value."""
    ends = [m.end() for m in cue.finditer(before)]
    return bool(ends) and _CONTRAST.search(before, ends[-1]) is not None


def _said_to_be_an_example(
    text: str, start: int, end: int, cue: re.Pattern[str] = _CUE, contrast: bool = False
) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    above = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else 0
    line_end = text.find("\n", end)
    if line_end < 0:
        line_end = len(text)
    window = text[above:start] + " " * (end - start) + text[end:line_end]
    window = _EXAMPLE_DOMAIN.sub(lambda m: " " * len(m.group()), window)
    window = _GOODS_SAMPLE.sub(lambda m: " " * len(m.group()), window)
    if _owned(window, start - above + (end - start)):
        return False
    if contrast and _contrast_after_cue(window[: start - above], cue):
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
        if _dummy_postcode(value):
            return _said_to_be_an_example(text, start, end)
        # Thirty-third round: not a contrast after the example word (〒100-0000（記入例）
        # じゃなくて、うちは〒530-0012): the postcode after it is the writer's.
        return _said_to_be_an_example(text, start, end, _EXAMPLE_WORD, contrast=True)
    elif entity_type == MY_NUMBER:
        # Thirty-third round: the first twelve digits of a documented test card whose last
        # group the card reader left to the example (4111 1111 1111 1111 in a sandbox
        # question): the card's own test reading already decided.
        card = re.match(r"[ \-]?(\d{3,4})(?!\d)", text[end : end + 5])
        if card is not None and (_NOT_DIGITS.sub("", value) + card.group(1) in TEST_CARD_NUMBERS):
            return True
        shaped = _dummy_my_number(value)
    elif entity_type == DATE_OF_BIRTH:
        shaped = _DUMMY_DATE.search(value) is not None
    elif entity_type == ADDRESS:
        # the blanks in the value or right before it on its line (○○県××市△△町1-2-3: the
        # address reader may take only 町1-2-3)
        line_start = text.rfind("\n", 0, start) + 1
        head = text[max(line_start, start - _BLANK_REACH) : end + _AFTER_BLANK_REACH]
        shaped = _BLANK_PLACE.search(head) is not None or _DUMMY_STREET.search(value) is not None
    elif entity_type == PERSON:
        shaped = _dummy_name(value) or (
            re.fullmatch(_DUMMY_GIVEN, value) is not None
            and _DUMMY_HEAD_BEFORE.search(text, max(0, start - 5), start) is not None
        )
    else:
        return False
    return shaped and _said_to_be_an_example(text, start, end)

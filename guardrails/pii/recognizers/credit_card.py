"""Payment card numbers: 13-19 digits that pass the Luhn check.

Accepts 4-4-4-4 and Amex-style 4-6-5 groups (one kind of space, hyphen, dot or middle dot:
4242・4242・4242・4242; thirteenth round: also a slash, underscore or wave, 4637/4557/…,
3720_485903_00660) and unbroken runs; spaces around a separator and several spaces
between groups are closed by the normaliser (5500 - 0000 - …, 4111  1111  …). A number
failing the Luhn check is reported only with a card keyword in front of it (a typo in one's
card number); a card keyword nearby (カード, クレジット, クレカ, card) raises the score.
Thirteen digits without a keyword are more often a JAN/EAN product code than a card and stay
below the threshold, and a product keyword before the number (JAN, 品番, 型番, 注文番号,
ISBN) drops it.

Seventeenth round: a group of up to twelve digits in an uneven grouping (``442607183735
2037`` after クレカ; the twelve digits were masked before only because they passed the My
Number check, which now needs its keyword); JAN or EAN before a month's year
(``exp JAN 32 / 3558 8042 …``) is January, not a product code.

Fifteenth round: Diners' 4-6-4 groups (3688-702872-7327), and any grouping with the
separators mixed or the groups uneven (4064-84683444 2270, 53339569-50764308,
3706 242873-75074): three to eight digits a group, 14-19 digits in all, Luhn-valid, with a
card keyword before it or the card's expiry or security code right after it (有効期限,
exp, CVV, セキュリティコード; also on the next line); 決済, payment and a masked card
(``XXXX-XXXX-XXXX-3386``, ``**** 1234``: the old card beside the new one) count as card
keywords.

Twenty-eighth round: a payment provider's documented test number (Stripe's 4242 4242 4242
4242 and 4000 0027 6000 3184, the 4111… and 5555 5555 5555 4444 of the PayPal, Braintree and
Adyen sandboxes: :data:`TEST_CARD_NUMBERS`) in a developer's question (test mode, sandbox,
テストカード, a unit test, a regex, a code fence: :data:`_DEVELOPER_TEST`) is no one's card and
is left alone. The same number with no such word (カード番号4111-1111-1111-1111です) is still
masked: fail closed, as the tests write someone's card with it.
"""

from __future__ import annotations

import re
from typing import ClassVar, Final

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.pii.entities import CREDIT_CARD
from guardrails.pii.recognizers.keyword_pattern import (
    DIGITS_END,
    DIGITS_START,
    HYPHENS,
    KeywordPatternRecognizer,
)

__all__ = ["TEST_CARD_NUMBERS", "CreditCardRecognizer", "luhn_valid"]

_NOT_DIGIT = re.compile(r"\D")


def luhn_valid(digits: str) -> bool:
    """True if the ASCII digit string passes the Luhn (mod 10) check."""
    if not digits.isascii() or not digits.isdigit():
        return False
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


_EDGE_BEFORE = DIGITS_START
_EDGE_AFTER = DIGITS_END
# After JAN / EAN: a year or day of two or four digits (JAN 32, Jan 2027), so the month.
_MONTH_AFTER = re.compile(r"\.?[ /]?(?:\d{2}|\d{4})(?!\d)")

# Nineteenth round: the card's expiry and security code, each after its own label (exp
# 09/27, 有効期限は09/27, security code 4321, CVV: 123, セキュリティコード 123). Between
# the label and the value only a colon, は, is, a space or the like.
_JOIN = r"(?:\s*(?:[:：#=]|は|です|is|are|of|thru|through|on)\s*|\s+){0,3}"
_MONTH_NAME: Final = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_EXPIRY: Final = re.compile(
    r"(?:(?i:\bexp(?:iry|ires|iration)?(?:\s*date)?\.?|\b(?:valid|good)\s*(?:thru|through|until))"
    r"|有効期限|有効期間|(?<![\u3040-\u30ff\u4e00-\u9fff])期限)"
    rf"{_JOIN}(?<!\d)((?:0?[1-9]|1[0-2]) ?[/{HYPHENS}] ?(?:20)?\d\d"
    rf"|20\d\d ?[/{HYPHENS}] ?(?:0?[1-9]|1[0-2])"
    # Eighteenth session: the month and year as words (2027年9月, 9月/2027年, 令和9年9月末,
    # Sept 2027, September '27, 9 2027), as people type an expiry rather than copy it.
    r"|(?:(?:20)?\d\d|(?:令和|R) ?\d{1,2})年 ?(?:0?[1-9]|1[0-2])月末?"
    r"|(?:0?[1-9]|1[0-2])月 ?[/／]? ?(?:20)?\d\d年?"
    rf"|{_MONTH_NAME}\.?,? ?(?:20\d\d|'\d\d)"
    r"|(?:0?[1-9]|1[0-2]) (?:20)?\d\d(?= |$|[,.、。)）]))(?!\d|\.\d)"
)
_SECURITY_CODE: Final = re.compile(
    r"(?:(?P<own>(?i:\bcvv2?|\bcvc2?|\bcv2))"
    r"|セキュリティー?(?:コード|番号)|(?i:\bcid|\bsecurity\s*(?:code|number|no\.?)))"
    # The digits typed one by one too (2 1 8, ２・９・６, 2-1-8).
    rf"{_JOIN}(?<!\d)(\d{{3,4}}|\d(?:[ ・.{HYPHENS}]\d){{2,3}})(?!\d|\.\d)"
    r"(?!\s*(?:円|%|％|時|分|歩|桁|(?i:yen|steps?|digits?)))"
)
# Eighteenth session: CVV, CVC and CV2 name nothing but a card's code, so the code after
# them is the card's with no card in sight (CVV 392); セキュリティコード, security code and CID
# also name a router's or a product's code, so they need a card or a payment word anywhere
# in the text (セキュリティコードは 847 です。ネット通販の支払い画面で…, checkout, billing).
_PAYMENT_WORD: Final = re.compile(
    r"決済|支払|通販|購入|買い物|ショッピング|(?i:\bcheckout|\bpayment|\bpay\b|\bpaying"
    r"|\bpurchase|\bbilling|\bonline shop)"
)
# A card named close before the extra (カードの有効期限, my card expires, クレカのCVV), or a
# card number found within _EXTRA_REACH characters of it.
_CARD_WORD: Final = re.compile(
    r"カード|クレカ|クレジット|(?i:\bcard\b|\bvisa\b|master ?card|\bamex\b|\bjcb\b|diners)"
)
_CARD_WORD_REACH = 40
# Twentieth round: the last digits of a card named as such (Card ending 4417, ending in
# 4417, last four digits 4417, カード下4桁1234, 末尾4桁は1234) are personal data of the
# card's holder; a card word must stand before the label or the label name the card.
_LAST_DIGITS: Final = re.compile(
    r"(?:(?i:\bending(?:\s+(?:in|with))?|\bends\s+(?:in|with)"
    r"|\blast\s+(?:4|four)(?:\s+digits)?(?:\s+(?:of|on)\s+(?:my|the|his|her|their|our)"
    r"\s+(?:card|visa|mastercard|amex))?)"
    r"|(?:下|末尾|最後の)[4４四]桁(?:の番号)?(?:が|は)?)"
    rf"{_JOIN}(?<![\d*＊xX])([0-9０-９]{{4}})(?![\d０-９]|\.\d|\s*(?:円|%|ドル|(?i:yen|usd|dollars?)))"
)
_EXTRA_REACH = 120
_EXTRA_SCORE = 0.85

# Twenty-eighth round: numbers the payment providers publish for testing (never issued to
# anyone), by their digits.
TEST_CARD_NUMBERS: Final = frozenset(
    {
        # Stripe
        "4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222",
        "5200828282828210", "5105105105105100", "378282246310005", "371449635398431",
        "6011111111111117", "6011000990139424", "3056930009020004", "36227206271667",
        "3566002020360505", "6200000000000005", "4000000000000002", "4000000000009995",
        "4000000000009987", "4000000000009979", "4000000000000069", "4000000000000127",
        "4000000000000119", "4000002500003155", "4000002760003184", "4000003800000446",
        "4000000000003220", "4000000000003063", "4000008260003178", "4100000000000019",
        "4000000000000101", "4000000000000341", "4000000000000259", "4000000000000077",
        "4000003720000278", "4000000000003055", "4000000000000010", "4000000000000028",
        "4000000000000036", "4000000000000044",
        # PayPal, Braintree, Authorize.net, Adyen, Square, PAY.JP, GMO
        "4111111111111111", "4012888888881881", "4222222222222", "378734493671000",
        "38520000023237", "30569309025904", "3530111333300000", "4005519200000004",
        "4009348888881881", "4012000033330026", "4012000077777777", "4217651111111119",
        "4500600000000061", "5019717010103742", "6331101999990016", "370000000000002",
        "4111111145551142", "5555341244441115", "4988438843884305", "4166676667666746",
        "5454545454545454", "4007000000027", "6011000000000012", "3088000000000017",
        "4012888818888", "4000000000000051", "5431111111111111", "4242424242424241",
    }
)  # fmt: skip
# The text is a developer's question about a test: a sandbox or test mode, a provider's test
# card, a unit test, a regex or code.
_DEVELOPER_TEST: Final = re.compile(
    r"テストカード|テスト用|テストモード|テスト環境|テストデータ|テストコード|サンドボックス|ダミー"
    r"|検証用|検証環境|開発環境|単体テスト|ユニットテスト|正規表現|```"
    r"|(?i:\btest(?:ing)?[ _-]?(?:mode|card|number|env|environment|data|key|suite|case)s?\b"
    r"|\bsandbox|\bunit[ _-]?tests?\b|\bpytest|\bjest\b|\bmocha\b|\bregex|\bregexp?\b"
    r"|\bsk_test_|\bpk_test_|\bdummy\b|\bfixtures?\b|\bmock(?:ed|s)?\b|\bstaging\b"
    # Thirty-second round: any test or example word (an e2e test, Cypress, QA, a demo, a
    # placeholder): the number is a documented test number in any case.
    r"|\btest(?:s|ed|ing)?\b|\be2e\b|\bcypress\b|\bplaywright\b|\bselenium\b|\bqa(?![a-z])"
    r"|\bdemo\b|\bexamples?\b|\bsamples?\b|\bplaceholders?\b|\bdocs?\b|\bdocumentation\b)"
    r"|テスト|デモ|サンプル|ダミー|プレースホルダ|placeholder|記入例|入力例|ドキュメント"
)


class CreditCardRecognizer(KeywordPatternRecognizer):
    """CREDIT_CARD: Luhn-valid card numbers."""

    ENTITY: ClassVar[str] = CREDIT_CARD
    PATTERNS: ClassVar[tuple[tuple[str, str, float], ...]] = (
        (
            "card_4x4",
            rf"{_EDGE_BEFORE}\d{{4}}([ ./_~〜・{HYPHENS}]?|の)\d{{4}}\1\d{{4}}\1\d{{4}}"
            rf"{_EDGE_AFTER}",
            0.8,
        ),
        (
            "card_4_6_5",
            rf"{_EDGE_BEFORE}\d{{4}}([ ./_~〜・{HYPHENS}])\d{{6}}\1\d{{5}}{_EDGE_AFTER}",
            0.8,
        ),
        (
            "card_4_6_4",
            rf"{_EDGE_BEFORE}\d{{4}}([ ./_~〜・{HYPHENS}])\d{{6}}\1\d{{4}}{_EDGE_AFTER}",
            0.8,
        ),
        (
            "card_grouped",
            rf"{_EDGE_BEFORE}\d{{3,12}}(?: ?(?:[ ./_~〜・{HYPHENS}]|の) ?\d{{3,12}}){{1,4}}"
            rf"{_EDGE_AFTER}",
            0.3,
        ),
        ("card_plain", rf"{_EDGE_BEFORE}\d{{14,19}}{_EDGE_AFTER}", 0.6),
        ("card_13", rf"{_EDGE_BEFORE}\d{{13}}{_EDGE_AFTER}", 0.4),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "カード",
        "クレジット",
        "クレカ",
        "card",
        "visa",
        "mastercard",
        "amex",
        "決済",
        "payment",
        # The old card masked beside the new one (旧 XXXX-XXXX-XXXX-3386 → 新 …).
        "****",
        "xxxx",
    )
    CONTEXT_AFTER: ClassVar[tuple[str, ...]] = (
        "有効期限",
        "期限",
        "exp",
        "cvv",
        "cvc",
        "セキュリティコード",
        "security code",
        "valid thru",
    )
    NOT_CONTEXT: ClassVar[tuple[str, ...]] = (
        "JAN",
        "EAN",
        "ISBN",
        "品番",
        "型番",
        "商品コード",
        "バーコード",
        "注文番号",
        "伝票番号",
        "追跡番号",
        "お問い合わせ番号",
        "order",
        "tracking",
    )
    BEFORE: ClassVar[int] = 24
    AFTER: ClassVar[int] = 10
    # The expiry or CVV on the line under the number (番号：…⏎期限：05/26).
    AFTER_CROSSES_SENTENCE: ClassVar[bool] = True
    CONTEXT_SCORE: ClassVar[float] = 0.95

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        if results and _DEVELOPER_TEST.search(text) is not None:
            kept = [
                r
                for r in results
                if _NOT_DIGIT.sub("", text[r.start : r.end]) not in TEST_CARD_NUMBERS
            ]
            if not kept:
                # only test numbers: their expiry and CVC in the example are test values too
                return kept
            results = kept
        if (
            _EXPIRY.search(text) is None
            and _SECURITY_CODE.search(text) is None
            and _LAST_DIGITS.search(text) is None
        ):
            return results
        numbers = [(r.start, r.end) for r in results]
        for pattern in (_EXPIRY, _SECURITY_CODE, _LAST_DIGITS):
            for match in pattern.finditer(text):
                start, end = match.span(pattern.groups)
                if any(r.start < end and start < r.end for r in results):
                    continue
                if pattern is _LAST_DIGITS:
                    if not self._card_named(text, match.start(), match.group()):
                        continue
                elif not self._card_near(text, match.start(), end, numbers) and not (
                    pattern is _SECURITY_CODE
                    and (match["own"] is not None or _PAYMENT_WORD.search(text) is not None)
                ):
                    continue
                results.append(
                    RecognizerResult(
                        entity_type=self.ENTITY,
                        start=start,
                        end=end,
                        score=_EXTRA_SCORE,
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        },
                    )
                )
        return results

    @staticmethod
    def _card_near(text: str, label_start: int, end: int, numbers: list[tuple[int, int]]) -> bool:
        """A card number found near the extra, or a card word shortly before its label."""
        if any(s - _EXTRA_REACH < end and label_start < e + _EXTRA_REACH for s, e in numbers):
            return True
        before = text[max(0, label_start - _CARD_WORD_REACH) : label_start]
        return _CARD_WORD.search(before) is not None

    @staticmethod
    def _card_named(text: str, label_start: int, label: str) -> bool:
        """The last digits' label names a card itself or a card word stands shortly before
        it (Card ending, クレカの下4桁)."""
        if _CARD_WORD.search(label) is not None:
            return True
        before = text[max(0, label_start - _CARD_WORD_REACH) : label_start]
        return _CARD_WORD.search(before) is not None

    def _other_identifier(self, text: str, start: int) -> bool:
        """As the base class, except that JAN / EAN followed by a month's or year's short
        number (exp JAN 32 / 3558 8042 …: January) names no product code."""
        if not super()._other_identifier(text, start):
            return False
        assert self._not is not None
        last = None
        for match in self._not.finditer(text, self._window_start(text, start), start):
            last = match
        if last is None or last.group().upper() not in {"JAN", "EAN"}:
            return True
        return _MONTH_AFTER.match(text, last.end(), start) is None

    def invalidate_result(self, pattern_text: str) -> bool:
        digits = len(_NOT_DIGIT.sub("", pattern_text))
        # Thirteen digits only as one run (card_13); in groups they are some other code.
        shortest = 13 if _NOT_DIGIT.search(pattern_text) is None else 14
        return not shortest <= digits <= 19

    def checksum_ok(self, matched: str) -> bool:
        return luhn_valid(_NOT_DIGIT.sub("", matched))

"""Twentieth round (issue 16): data told about someone in a form or a sentence.

Found: a faith shown by a practice (keeps kosher, observes the Sabbath, wears a hijab) and a
crime suffered, said of a person pointed at by belonging (a friend of mine, one of my
tenants); the last digits of a card named as such (card ending 4417, カード下4桁); a member's
group number beside the member ID and a member ID keyed in Japanese in JSON; a date given as
a correction after 生年月日 / DOB was named earlier; the halves of a name in their own
fields (surname …, first name …). Left alone: the same words as topics, a receipt template's
masked digits, a corrected date that belongs to another label, a surname talked about.

Every row was written for these tests (none comes from a benchmark set).
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer

FOUND = [
    # (text, value, entity type prefix)
    ("A friend of mine keeps kosher, so pick a restaurant for Friday.", "keeps kosher", "SPECIAL"),
    ("One of my tenants observes the Sabbath; move the inspection.", "Sabbath", "SPECIAL"),
    ("My flatmate wears a niqab, which gym suits her?", "niqab", "SPECIAL"),
    ("Dana attends mass on Sundays, so avoid Sunday mornings.", "attends mass", "SPECIAL"),
    ("A colleague of ours was mugged near the station, draft a notice.", "mugged", "SPECIAL"),
    ("One of my students is deaf, how do I run the quiz?", "deaf", "SPECIAL"),
    ("The visa card ending in 3391 shows two charges.", "3391", "CREDIT_CARD"),
    ("my card's last four digits are 6610, was it used abroad?", "6610", "CREDIT_CARD"),
    ("クレジットカード末尾4桁は7702です。請求を確認して", "7702", "CREDIT_CARD"),
    ("Member ID W88120034, group 55210 — does it cover dental?", "55210", "ID_NUMBER"),
    ('{"会員番号": "M-5512-0093", "plan": "gold"}', "M-5512-0093", "ID_NUMBER"),
    ("生年月日が違っていました。正しくは昭和62年10月3日です。", "昭和62年10月3日", "DATE_OF"),
    ("Sorry, wrong birth date above. The correct date is 11/02/1979.", "11/02/1979", "DATE_OF"),
    ("お伝えした誕生日は1988年7月9日の誤りでした。", "1988年7月9日", "DATE_OF"),
    ("Surname: Ashworth, first name: Leonie. Update the record.", "Leonie", "PERSON"),
]

LOOKALIKES = [
    ("Why do some people keep kosher?", "SPECIAL"),
    ("When does the Sabbath start on Friday?", "SPECIAL"),
    ("I check my inbox five times a day, help me batch it.", "SPECIAL"),
    ("Our team observes a no-meeting Friday, draft the policy.", "SPECIAL"),
    ("Design a receipt line like 'Card ending in ****'.", "CREDIT_CARD"),
    ("The season ending in 2031 will be the last one.", "CREDIT_CARD"),
    ("生年月日は登録済みです。納品日は正しくは2025年6月2日です。", "DATE_OF"),
    ("What are the origins of the surname Ashworth?", "PERSON"),
]


def _found(analyzer: PiiAnalyzer, text: str, value: str, kind: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(
        f.entity_type.startswith(kind) and f.start <= start and end <= f.end
        for f in analyzer.analyze(text)
    )


@pytest.mark.parametrize(("text", "value", "kind"), FOUND, ids=[v for _, v, _ in FOUND])
def test_the_value_is_masked(full_analyzer: PiiAnalyzer, text: str, value: str, kind: str) -> None:
    assert _found(full_analyzer, text, value, kind)


@pytest.mark.parametrize(("text", "kind"), LOOKALIKES)
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str, kind: str) -> None:
    assert not [f for f in full_analyzer.analyze(text) if f.entity_type.startswith(kind)]

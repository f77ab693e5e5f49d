"""Families of personal data found by the seventh blind generator's readable half (issue 16,
seventh round), and the look-alikes that must stay unchanged.

Each row stands for a family, written for these tests (no row comes from a benchmark set):
a name under a JSON key that names a person (``name``, ``customer_name``, ``firstName``, a
role such as ``assignee`` or ``watchers``), also in JSON inside a JSON string; a romaji given
name alone under a closing line, also after a sentence ending in a full stop and at the end
of a JSON string; an account holder's katakana name after the account number; a measured
test value in a て-clause before a request (…と言われて、…を受けたい).
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.nlp_engine import GinzaNlpEngine
from guardrails.pii.normalize import normalize
from guardrails.pii.special_care import special_care_recognizers


@pytest.fixture(scope="module")
def full_analyzer(nlp_engine: GinzaNlpEngine) -> PiiAnalyzer:
    """The gateway's analyzer: every recognizer, special-care ones included."""
    return PiiAnalyzer(nlp_engine=nlp_engine, extra_recognizers=special_care_recognizers())


FOUND = [
    # a name under a JSON key that names a person
    ('{"name": "ogura tomoe", "plan": "basic"}', "ogura tomoe", "PERSON"),
    ('{"customer_name": "Ishizaki Ren", "visits": 3}', "Ishizaki Ren", "PERSON"),
    ('{"firstName": "Haruhi", "lastName": "Kuwabara"}', "Kuwabara", "PERSON"),
    ('{"owner": "Tsubasa", "state": "closed"}', "Tsubasa", "PERSON"),
    ('{"reviewers": ["Okuda", "Minami"], "ready": true}', "Minami", "PERSON"),
    ('{"氏名": "ひらの みさき"}', "ひらの みさき", "PERSON"),
    # JSON inside a JSON string (a transcript's segment holding a pasted record)
    ('{"text": "{\\"assignee\\": \\"Nishida\\", \\"due\\": \\"Fri\\"}"}', "Nishida", "PERSON"),
    # a romaji given name alone under a closing line, after a sentence with a full stop
    ("Thanks for the update.\nRegards,\nKotone", "Kotone", "PERSON"),
    ('{"body": "See you at ten.\\nCheers,\\nMasaru"}', "Masaru", "PERSON"),
    # an account holder's katakana name after the account number
    ("振込先 さくら銀行 駅前支店 普通 4412093 ヒラオカ ユウマ", "ヒラオカ ユウマ", "PERSON"),
    ("口座番号 7730112 ミズタニアオイ", "ミズタニアオイ", "PERSON"),
    # a measured test value in a て-clause before a request
    ("尿酸値が8.3と言われて、食事の指導を受けたい", "尿酸値が8.3", "SPECIAL_CARE"),
    ("中性脂肪が410って言われて、運動の相談をしたいです", "中性脂肪が410", "SPECIAL_CARE"),
]

BENIGN = [
    # keys that name a thing, not a person; values that are no names
    '{"file_name": "Quarterly Report", "product_name": "Aqua Blue"}',
    '{"name": "admin", "role": "viewer"}',
    '{"customer_id": "C-2041", "owner_id": "U-17"}',
    '{"from": "Osaka", "to": "Tokyo", "seats": 2}',
    '{"assignee": null, "status": "Open"}',
    # an English word under a closing line is a team, not a name
    "Thanks for your patience.\nRegards,\nSupport",
    # a katakana word after a number that is no account
    "注文番号 4412093 キャンセル",
    # a measured value asked about in general
    "尿酸値の基準値は？",
]


@pytest.mark.parametrize(("text", "expected", "entity"), FOUND)
def test_written_form_is_found(
    full_analyzer: PiiAnalyzer, text: str, expected: str, entity: str
) -> None:
    findings = full_analyzer.analyze(text)
    start = text.index(expected)
    end = start + len(expected)
    assert any(
        f.entity_type.partition(":")[0] == entity and f.start <= start and end <= f.end
        for f in findings
    ), [(text[f.start : f.end], f.entity_type) for f in findings]


@pytest.mark.parametrize("text", BENIGN)
def test_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    findings = full_analyzer.analyze(text)
    assert findings == [], [(text[f.start : f.end], f.entity_type) for f in findings]


# A line break after a dot joins a wrapped value only when the next line goes on in a digit
# or a lower-case letter; a capital starts a new sentence.
WRAPS = [
    ("taro.\nyamada@example.jp", "taro.yamada@example.jp"),
    ("mail: hanako@example.\njp", "mail: hanako@example.jp"),
    ("080-1234-\n5678", "080-1234-5678"),
    ("see you then.\nBest,\nKen", "see you then.\nBest,\nKen"),
]


@pytest.mark.parametrize(("text", "expected"), WRAPS)
def test_wrapped_value_after_a_dot(text: str, expected: str) -> None:
    assert normalize(text).text == expected

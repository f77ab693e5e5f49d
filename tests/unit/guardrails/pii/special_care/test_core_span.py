"""Special-care spans cover the sensitive core, so masking keeps the user's request; general
questions about a topic are not statements about anyone."""

from __future__ import annotations

import pytest

from guardrails.pii.special_care import SpecialCareDetector

CORES: list[tuple[str, str, str, str]] = [
    # (id, text, category, the exact span)
    ("ja-disability-request", "聴覚障害があるので電話ではなくメールで対応をお願いします。",
     "disability", "聴覚障害"),
    ("ja-reason-clause", "リウマチなので、昼食のメニューを提案してください。", "medical_history",
     "リウマチ"),
    ("ja-hearsay-casual", "山田さん、うつ病らしいよ。お見舞い何がいいかな", "medical_history",
     "うつ病"),
    ("ja-casual-mochi", "うち糖尿病持ちでさ、飲み会断る言い訳考えて", "medical_history", "糖尿病"),
    ("ja-lab-value", "健康診断でHbA1cが7.8%でした。食事で気をつけることを教えて。",
     "health_checkup", "健康診断でHbA1cが7.8%"),
    ("ja-medication", "毎日リチウムを続けています。旅行のときの注意点は？", "medical_treatment",
     "リチウム"),
    ("ja-diagnosed", "昨年うつ病と診断されました。", "medical_history", "うつ病"),
    ("ja-arrest-keeps-offence-and-procedure", "弟が先週窃盗で逮捕されました。",
     "criminal_procedure", "窃盗で逮捕"),
    ("ja-faith", "私は創価学会の会員として活動しています。", "creed", "創価学会"),
    ("en-condition-request", "I have type 2 diabetes, so please suggest a lunch menu.",
     "medical_history", "type 2 diabetes"),
    ("en-medication", "I take lithium every day. Can I drink coffee?", "medical_treatment",
     "lithium"),
    ("en-arrest", "My brother was arrested for theft last week.", "criminal_procedure",
     "arrested for theft"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "category", "core"), [c[1:] for c in CORES], ids=[c[0] for c in CORES]
)
def test_span_is_the_sensitive_core(
    detector: SpecialCareDetector, text: str, category: str, core: str
) -> None:
    found = [(f.entity_type, text[f.start : f.end]) for f in detector.detect(text)]
    assert found == [(f"SPECIAL_CARE:{category}", core)]


TOPICS: list[tuple[str, str]] = [
    ("ja-difference-of-sentences", "執行猶予と実刑の違いを説明して"),
    ("ja-religions-compared", "仏教とキリスト教の違いをわかりやすく教えて"),
    ("ja-reference-value", "HbA1cの基準値は6.5%未満ですか？"),
    ("ja-prevention", "糖尿病の予防に良い食事を教えてください。"),
    ("ja-explain-disease", "統合失調症について解説して"),
    ("ja-is-it-question", "うつ病なのですか？"),
]


@pytest.mark.parametrize("text", [t[1] for t in TOPICS], ids=[t[0] for t in TOPICS])
def test_general_topic_is_not_a_disclosure(detector: SpecialCareDetector, text: str) -> None:
    assert detector.detect(text) == ()

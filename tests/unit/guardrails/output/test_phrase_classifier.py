from __future__ import annotations

from typing import Any

import pytest

from guardrails.output.phrase_classifier import PhraseClassifier, PhraseHits
from guardrails.policy.model import Policy


def _policy(**output: Any) -> Policy:
    return Policy.model_validate(
        {
            "name": "p",
            "guard": {
                "categories": {
                    "violence_weapons": {"patterns": ["(爆弾|銃)(の|を)?.{0,6}作り方"]},
                    "hate": {"exemplars": ["…"]},
                }
            },
            "output": output,
        }
    )


POLICY = _policy(
    banned={
        "returns": {"keywords": ["絶対に儲かる", "guaranteed returns"]},
        "rival": {"patterns": ["ライバル社.{0,4}最悪"]},
    },
    guard_categories={"violence_weapons": "stop"},
    disclaimers={"medical": {"keywords": ["服用"], "text": "※医師に相談を"}},
)


@pytest.mark.parametrize(
    ("segment", "before", "expected"),
    [
        pytest.param("今日は晴れです。", "", PhraseHits(), id="nothing"),
        pytest.param("絶対に儲かる話です。", "", PhraseHits(banned=("returns",)), id="keyword"),
        pytest.param(
            "ＧＵＡＲＡＮＴＥＥＤ Returns", "", PhraseHits(banned=("returns",)), id="width-and-case"
        ),
        pytest.param("ライバル社は最悪", "", PhraseHits(banned=("rival",)), id="pattern"),
        pytest.param(
            "爆弾の作り方は", "", PhraseHits(guard=("violence_weapons",)), id="guard-rule"
        ),
        pytest.param("薬を服用する", "", PhraseHits(disclaimers=("medical",)), id="disclaimer"),
        pytest.param("儲かる話", "絶対に", PhraseHits(banned=("returns",)), id="across-the-cut"),
        pytest.param("今日は", "絶対に儲かる", PhraseHits(), id="earlier-match-not-repeated"),
    ],
)
def test_classify(segment: str, before: str, expected: PhraseHits) -> None:
    assert PhraseClassifier(POLICY).classify(segment, before) == expected


def test_base64_payloads_are_decoded() -> None:
    import base64

    hidden = base64.b64encode("絶対に儲かる方法".encode()).decode()
    assert PhraseClassifier(POLICY).classify(f"答え: {hidden}").banned == ("returns",)


def test_an_empty_policy_matches_nothing() -> None:
    classifier = PhraseClassifier(_policy())
    assert classifier.empty
    assert not classifier.classify("絶対に儲かる")

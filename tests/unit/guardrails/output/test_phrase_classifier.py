from __future__ import annotations

import random
from typing import Any

import pytest

from guardrails.classify.normalizer import normalized_views
from guardrails.classify.rules_classifier import RulesClassifier
from guardrails.output import phrase_classifier
from guardrails.output.phrase_classifier import PhraseClassifier, PhraseHits
from guardrails.policy.guard import GuardCategory
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


def _reference(policy: Policy, segment: str, before: str) -> PhraseHits:
    """The rules' meaning written out directly: each rule set on the segment, and on the
    two segments together less what the one before matched alone."""
    output = policy.output
    sets = (
        (
            {
                n: GuardCategory(keywords=r.keywords, patterns=r.patterns)
                for n, r in output.banned.items()
            }
        ),
        ({n: policy.guard.categories[n] for n in output.guard_categories}),
        (
            {
                n: GuardCategory(keywords=r.keywords, patterns=r.patterns)
                for n, r in output.disclaimers.items()
            }
        ),
    )
    hits = []
    for rules in sets:
        classifier = RulesClassifier(rules)
        found = set(classifier.classify(normalized_views(segment)))
        if before:
            across = set(classifier.classify(normalized_views(before + segment)))
            found |= across - set(classifier.classify(normalized_views(before)))
        hits.append(tuple(name for name in rules if name in found))
    return PhraseHits(*hits)


def test_same_hits_as_the_rules_applied_directly() -> None:
    """Views made once per text and the segment before classified only when the two
    together match more: the same hits, on cuts through every rule."""
    rng = random.Random(5)
    pieces = [
        "絶対に",
        "儲かる",
        "ライバル社",
        "は最悪",
        "爆弾",
        "の作り方",
        "服用",
        "今日は",
        "。",
        "guaranteed ",
        "returns",
    ]
    classifier = PhraseClassifier(POLICY)
    for _ in range(600):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 7)))
        cut = rng.randrange(len(text) + 1)
        before, segment = text[:cut], text[cut:]
        assert classifier.classify(segment, before) == _reference(POLICY, segment, before)


def test_each_text_is_normalised_once(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    def counting(text: str) -> list[str]:
        seen.append(text)
        return normalized_views(text)

    monkeypatch.setattr(phrase_classifier, "normalized_views", counting)
    assert PhraseClassifier(POLICY).classify("儲かる話", "絶対に").banned == ("returns",)
    assert sorted(seen) == sorted(["儲かる話", "絶対に儲かる話", "絶対に"])
    seen.clear()
    # Nothing matched across the cut: the segment before is not looked at alone.
    assert not PhraseClassifier(POLICY).classify("晴れです。", "今日は")
    assert sorted(seen) == sorted(["晴れです。", "今日は晴れです。"])


def test_shared_views_give_the_same_answers() -> None:
    """may_end then classify over one PhraseViews (an early first segment) answer as each
    does alone; views of another text, or with another segment before, are not used."""
    rng = random.Random(7)
    pieces = [
        "絶対に",
        "儲かる",
        "ライバル社",
        "は最悪",
        "爆弾",
        "の作り方",
        "服用",
        "今日は",
        "、",
    ]
    classifier = PhraseClassifier(POLICY)
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 6)))
        other = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 6)))
        views = classifier.views(text)
        assert classifier.may_end(text, views=views) == PhraseClassifier(POLICY).may_end(text)
        assert classifier.classify(text, views=views) == _reference(POLICY, text, "")
        assert classifier.classify(other, views=views) == _reference(POLICY, other, "")
        assert classifier.classify(text, other, views=views) == _reference(POLICY, text, other)


def test_an_early_segment_is_normalised_once_for_may_end_and_classify(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[str] = []

    def counting(text: str) -> list[str]:
        seen.append(text)
        return normalized_views(text)

    monkeypatch.setattr(phrase_classifier, "normalized_views", counting)
    classifier = PhraseClassifier(POLICY)
    views = classifier.views("今日は、")
    assert classifier.may_end("今日は、", views=views)
    assert not classifier.classify("今日は、", views=views)
    assert seen == ["今日は、"]

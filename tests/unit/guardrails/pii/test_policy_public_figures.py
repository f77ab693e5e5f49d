from __future__ import annotations

from guardrails.pii.entities import PERSON, PUBLIC_FIGURE
from guardrails.policy.pii import PiiAction, PiiPolicy

SUPPORTED = frozenset({PERSON, PUBLIC_FIGURE, "PHONE_NUMBER"})


def test_public_figures_are_left_alone_by_default() -> None:
    policy = PiiPolicy()
    assert policy.detected_types(SUPPORTED) == {PERSON, "PHONE_NUMBER"}
    assert policy.rule(PUBLIC_FIGURE).action is PiiAction.ALLOW


def test_switch_asks_for_public_figures() -> None:
    policy = PiiPolicy(mask_public_figures=True)
    assert policy.detected_types(SUPPORTED) == SUPPORTED
    assert policy.detected_types(frozenset({PERSON})) == {PERSON}

from __future__ import annotations

import pytest

from guardrails.pii.findings import PiiFinding
from guardrails.pii.pseudonymizer import pseudonymize, pseudonymize_parts
from guardrails.pii.vault import Vault
from guardrails.policy.pii import PiiAction, PiiPolicy

TEXT = "山田太郎です。電話は090-1234-5678、マイナンバーは123456789018。"
PERSON = PiiFinding(0, 4, "PERSON", 0.85)
PHONE = PiiFinding(10, 23, "PHONE_NUMBER", 0.9)
MY_NUMBER = PiiFinding(31, 43, "MY_NUMBER", 0.95)


def test_actions_per_type() -> None:
    policy = PiiPolicy.model_validate(
        {"entities": {"PHONE_NUMBER": {"action": "mask"}, "MY_NUMBER": {"action": "block"}}}
    )
    result = pseudonymize(TEXT, [MY_NUMBER, PERSON, PHONE], policy, Vault())
    assert result.text == "<PERSON_1>です。電話は<PHONE_NUMBER>、マイナンバーは<MY_NUMBER>。"
    assert result.blocked == {"MY_NUMBER"}
    assert result.applied == {
        ("PERSON", PiiAction.PSEUDONYMIZE): 1,
        ("PHONE_NUMBER", PiiAction.MASK): 1,
        ("MY_NUMBER", PiiAction.BLOCK): 1,
    }


def test_below_threshold_and_allowed_findings_are_left() -> None:
    policy = PiiPolicy.model_validate(
        {"entities": {"PERSON": {"threshold": 0.9}, "MY_NUMBER": {"action": "allow"}}}
    )
    result = pseudonymize(TEXT, [PERSON, PHONE, MY_NUMBER], policy, Vault())
    assert result.text == "山田太郎です。電話は<PHONE_NUMBER_1>、マイナンバーは123456789018。"
    assert result.applied == {("PHONE_NUMBER", PiiAction.PSEUDONYMIZE): 1}


def test_no_findings_returns_the_text() -> None:
    assert pseudonymize(TEXT, [], PiiPolicy(), Vault()).text == TEXT


@pytest.mark.parametrize(
    "findings",
    [
        [PiiFinding(0, 5, "PERSON", 1.0), PiiFinding(3, 8, "PERSON", 1.0)],
        [PiiFinding(40, 99, "PERSON", 1.0)],
    ],
    ids=["overlap", "outside"],
)
def test_bad_findings_raise(findings: list[PiiFinding]) -> None:
    with pytest.raises(ValueError, match="overlap or fall outside"):
        pseudonymize(TEXT, findings, PiiPolicy(), Vault())


@pytest.mark.parametrize(
    ("parts", "findings", "sent"),
    [
        (["電話は090-1234-", "5678です"], [PiiFinding(3, 16, "PHONE_NUMBER", 0.9)],
         ["電話は<PHONE_NUMBER_1>", "です"]),
        (["山田", "太郎です"], [PiiFinding(0, 4, "PERSON", 0.85)], ["<PERSON_1>", "です"]),
        (["a", "0901234", "5678"], [PiiFinding(1, 12, "PHONE_NUMBER", 0.9)],
         ["a", "<PHONE_NUMBER_1>", ""]),
        (["山田です。", "電話は090-1234-5678"],
         [PiiFinding(0, 2, "PERSON", 0.85), PiiFinding(8, 21, "PHONE_NUMBER", 0.9)],
         ["<PERSON_1>です。", "電話は<PHONE_NUMBER_1>"]),
        (["なにも", "ない"], [], ["なにも", "ない"]),
    ],
    ids=["value-split-in-two", "name-split", "value-over-three-parts", "values-in-own-parts",
         "nothing"],
)  # fmt: skip
def test_parts_read_as_one_text(
    parts: list[str], findings: list[PiiFinding], sent: list[str]
) -> None:
    vault = Vault()
    rewritten, _ = pseudonymize_parts(parts, findings, PiiPolicy(), vault)
    assert rewritten == sent

from __future__ import annotations

from typing import Any

import pytest

from guardrails.output.pii_redaction import PromptValues, redact
from guardrails.pii.findings import PiiFinding
from guardrails.pii.restorer import json_string_escape
from guardrails.policy.output import OutputPiiPolicy

TEXT = "担当の佐藤健一が03-5555-1234からお電話します。"
NAME = PiiFinding(3, 7, "PERSON", 0.85)
PHONE = PiiFinding(8, 20, "PHONE_NUMBER", 0.9)


def _policy(**options: Any) -> OutputPiiPolicy:
    return OutputPiiPolicy.model_validate(options)


@pytest.mark.parametrize(
    ("policy", "findings", "text", "counts", "stopping"),
    [
        pytest.param(
            _policy(),
            [NAME, PHONE],
            "担当の<PERSON>が<PHONE_NUMBER>からお電話します。",
            {"PERSON": 1, "PHONE_NUMBER": 1},
            (),
            id="redact-both",
        ),
        pytest.param(
            _policy(entities={"PERSON": {"threshold": 0.9}}),
            [NAME, PHONE],
            "担当の佐藤健一が<PHONE_NUMBER>からお電話します。",
            {"PHONE_NUMBER": 1},
            (),
            id="below-type-threshold",
        ),
        pytest.param(
            _policy(entities={"PHONE_NUMBER": {"action": "allow"}}, redaction="［{type}］"),
            [NAME, PHONE],
            "担当の［PERSON］が03-5555-1234からお電話します。",
            {"PERSON": 1},
            (),
            id="allow-and-own-redaction",
        ),
        pytest.param(
            _policy(entities={"PHONE_NUMBER": {"action": "stop"}}),
            [PHONE],
            TEXT,
            {},
            ("PHONE_NUMBER",),
            id="stop",
        ),
    ],
)
def test_redact(
    policy: OutputPiiPolicy,
    findings: list[PiiFinding],
    text: str,
    counts: dict[str, int],
    stopping: tuple[str, ...],
) -> None:
    result = redact(TEXT, findings, policy)
    assert result.text == text
    assert dict(result.redacted) == counts
    assert result.stopping == stopping


def test_protected_spans_are_left_alone() -> None:
    text = "<PERSON_1>様の番号は090-1111-2222です"
    findings = [PiiFinding(0, 8, "PERSON", 0.9), PiiFinding(15, 28, "PHONE_NUMBER", 0.9)]
    result = redact(text, findings, _policy(), protected=[(0, 10)])
    assert result.text == "<PERSON_1>様の番号は<PHONE_NUMBER>です"


@pytest.mark.parametrize(
    ("allow", "expected"),
    [
        pytest.param(True, TEXT, id="allowed"),
        pytest.param(False, "担当の佐藤健一が<PHONE_NUMBER>からお電話します。", id="not-allowed"),
    ],
)
def test_values_from_the_prompt(allow: bool, expected: str) -> None:
    prompt = PromptValues(["サポートは０３ー５５５５ー１２３４まで"])
    result = redact(TEXT, [PHONE], _policy(allow_prompt_values=allow), prompt=prompt)
    assert result.text == expected


@pytest.mark.parametrize(
    ("scope", "names_person", "redacted"),
    [
        pytest.param("person", False, False, id="general-statement"),
        pytest.param("person", True, True, id="about-a-person"),
        pytest.param("any", False, True, id="any"),
    ],
)
def test_special_care_needs_a_person(scope: str, names_person: bool, redacted: bool) -> None:
    text = "障害者手帳をお持ちです"
    finding = PiiFinding(0, len(text), "SPECIAL_CARE:disability", 0.85)
    result = redact(text, [finding], _policy(special_care=scope), names_person=names_person)
    assert (result.text == "<要配慮:障害>") is redacted


def test_redactions_in_json_are_escaped() -> None:
    result = redact(TEXT, [NAME], _policy(redaction='"{type}"'), escape=json_string_escape)
    assert result.text.startswith('担当の\\"PERSON\\"が')


def test_overlapping_findings_are_refused() -> None:
    with pytest.raises(ValueError, match="overlap"):
        redact(TEXT, [NAME, PiiFinding(5, 9, "PERSON", 0.9)], _policy())

"""The ``tests:`` section: what a case may say, and the errors a compliance team sees."""

from __future__ import annotations

from pathlib import Path

import pytest

from guardrails.policy import PolicyError, load_policy_file
from guardrails.policy.cases import PolicyCase


def _load(tmp_path: Path, tests: str) -> PolicyCase:
    path = tmp_path / "p.yaml"
    path.write_text(f"name: p\ntests:\n{tests}", encoding="utf-8")
    (case,) = load_policy_file(path).policy.tests
    return case


@pytest.mark.parametrize(
    ("tests", "conversation"),
    [
        ("  - {id: a, input: こんにちは, expect: {action: allow}}\n", [("user", "こんにちは")]),
        (
            "  - id: a\n    messages:\n      - {role: system, content: s}\n"
            "      - {role: user, content: u}\n    expect: {action: block}\n",
            [("system", "s"), ("user", "u")],
        ),
        ("  - {id: a, answer: text, expect: {excludes: [x]}}\n", []),
    ],
    ids=["input", "messages", "answer-only"],
)
def test_valid_cases(tmp_path: Path, tests: str, conversation: list[tuple[str, str]]) -> None:
    case = _load(tmp_path, tests)
    assert [(m["role"], m["content"]) for m in case.conversation()] == conversation


def test_expectations_parse(tmp_path: Path) -> None:
    case = _load(
        tmp_path,
        "  - id: full\n    input: x\n    expect:\n      action: respond\n"
        "      categories: [self_harm]\n      pii: {PERSON: pseudonymize, SPECIAL_CARE: mask}\n"
        "      contains: [help]\n      excludes: [secret]\n",
    )
    expect = case.expect
    assert expect.action == "respond"
    assert expect.categories == ("self_harm",)
    assert expect.pii == {"PERSON": "pseudonymize", "SPECIAL_CARE": "mask"}
    assert (expect.contains, expect.excludes) == (("help",), ("secret",))


@pytest.mark.parametrize(
    ("tests", "expected"),
    [
        (
            "  - id: a\n    input: x\n    messages: [{role: user, content: y}]\n"
            "    expect: {action: allow}\n",
            r"p\.yaml:3: tests\.0: Value error, give either 'input' or 'messages'",
        ),
        ("  - id: a\n    expect: {action: allow}\n", r"p\.yaml:3: tests\.0: .*needs 'input'"),
        ("  - id: a\n    input: x\n    expect: {}\n", r"p\.yaml:3: tests\.0: .*checks nothing"),
        ("  - id: a\n    input: x\n", r"p\.yaml:3: tests\.0\.expect: Field required"),
        (
            "  - id: a\n    input: x\n    expect: {action: deny}\n",
            r"p\.yaml:5: tests\.0\.expect\.action: Input should be 'allow', 'block'",
        ),
        (
            "  - id: a\n    input: x\n    expect: {pii: {PERSON: hide}}\n",
            r"p\.yaml:5: tests\.0\.expect\.pii\.PERSON: Input should be 'pseudonymize'",
        ),
        (
            "  - id: a\n    input: x\n    expect: {action: allow, verdict: ok}\n",
            r"p\.yaml:5: tests\.0\.expect\.verdict: Extra inputs are not permitted",
        ),
        ("  - {id: 'a b', input: x, expect: {action: allow}}\n", r"tests\.0\.id: String should"),
        (
            "  - {id: a, input: x, expect: {action: allow}}\n"
            "  - {id: a, input: y, expect: {action: block}}\n",
            r"p\.yaml:2: tests: Value error, two cases have the id 'a'",
        ),
        (
            "  - id: a\n    messages: [{role: robot, content: y}]\n    expect: {action: allow}\n",
            r"p\.yaml:4: tests\.0\.messages\.0\.role: Input should be 'system'",
        ),
    ],
    ids=[
        "input-and-messages",
        "nothing-to-send",
        "empty-expect",
        "no-expect",
        "unknown-action",
        "unknown-pii-action",
        "unknown-expectation",
        "bad-id",
        "duplicate-id",
        "unknown-role",
    ],
)
def test_invalid_cases_name_file_and_line(tmp_path: Path, tests: str, expected: str) -> None:
    with pytest.raises(PolicyError, match=expected):
        _load(tmp_path, tests)

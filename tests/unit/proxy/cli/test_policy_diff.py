"""``mamori policy diff``: inputs from both policies' cases and a JSONL file, decided under
each policy by real stages (``policy_pipeline``), only the differences reported."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path
from typing import Any

import pytest

from guardrails.policy import LoadedPolicy, load_policy_file
from proxy.cli.main import main
from proxy.cli.policy_cases import Decision
from proxy.cli.policy_diff import (
    DiffInput,
    DiffRow,
    diff_policies,
    inputs_from_cases,
    inputs_from_jsonl,
    summarize,
)
from proxy.pipeline.runner import Pipeline

OLD = """\
name: {name}
guard:
  embedding: false
  categories:
    jailbreak: {{action: block, keywords: [dan mode]}}
    self_harm: {{action: respond, message: help, keywords: [消えたい]}}
tests:
  - {{id: same, input: 山田太郎です, expect: {{action: allow}}}}
  - {{id: edited, input: enable dan mode, expect: {{action: block}}}}
  - {{id: old-only, input: 消えたい, expect: {{action: respond}}}}
"""

NEW = """\
name: {name}
pii:
  entities:
    PERSON: {{action: mask}}
guard:
  embedding: false
  categories:
    jailbreak: {{action: block, keywords: [dan mode]}}
    self_harm: {{action: block, keywords: [消えたい]}}
tests:
  - {{id: same, input: 山田太郎です, expect: {{action: allow}}}}
  - {{id: edited, input: please enable DAN MODE, expect: {{action: block}}}}
  - {{id: new-only, input: 今日の予定, expect: {{action: allow}}}}
"""


def _write(directory: Path, name: str, template: str) -> LoadedPolicy:
    directory.mkdir(exist_ok=True)
    path = directory / f"{name}.yaml"
    path.write_text(template.format(name=name), encoding="utf-8")
    return load_policy_file(path)


@pytest.fixture
def policies(tmp_path: Path) -> tuple[LoadedPolicy, LoadedPolicy]:
    return _write(tmp_path / "old", "acme", OLD), _write(tmp_path / "new", "acme", NEW)


def test_inputs_from_cases_share_what_both_files_share(
    policies: tuple[LoadedPolicy, LoadedPolicy],
) -> None:
    labels = [item.label for item in inputs_from_cases(*policies)]
    assert labels == [
        "case same",
        "old case edited",
        "old case old-only",
        "new case edited",
        "new case new-only",
    ]


def test_inputs_from_jsonl_label_by_id_or_line() -> None:
    records: list[tuple[int, dict[str, Any]]] = [
        (1, {"id": "a1", "text": "x"}),
        (3, {"text": "y"}),
        (4, {"id": 7, "text": "z"}),
    ]
    inputs = inputs_from_jsonl(records)
    assert [(i.label, i.text) for i in inputs] == [
        ("jsonl a1", "x"),
        ("jsonl line 3", "y"),
        ("jsonl 7", "z"),
    ]


async def test_diff_decides_each_input_under_both_policies(
    policy_pipeline: Pipeline, policies: tuple[LoadedPolicy, LoadedPolicy]
) -> None:
    inputs = [*inputs_from_cases(*policies), DiffInput("jsonl x", (("user", "普通の質問"),))]
    rows = await diff_policies(policy_pipeline, *policies, inputs)
    changed = {row.input.label: (row.old.describe(), row.new.describe()) for row in rows}
    assert changed == {
        "case same": ("allow PERSON=pseudonymize", "allow PERSON=mask"),
        "old case edited": ("block [jailbreak]", "block [jailbreak]"),
        "old case old-only": ("respond [self_harm]", "block [self_harm]"),
        "new case edited": ("block [jailbreak]", "block [jailbreak]"),
        "new case new-only": ("allow", "allow"),
        "jsonl x": ("allow", "allow"),
    }
    assert summarize(rows) == "6 inputs, 2 decided differently: respond→block 1, pii changed 1"


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        ([], "0 inputs, 0 decided differently"),
        ([(Decision("allow"), Decision("allow"))], "1 inputs, 0 decided differently"),
        (
            [
                (Decision("allow"), Decision("block", ("x",))),
                (Decision("allow"), Decision("block")),
                (Decision("block"), Decision("allow")),
                (Decision("allow", output="pass"), Decision("allow", output="stop")),
            ],
            "4 inputs, 4 decided differently: allow→block 2, block→allow 1, "
            "categories changed 1, output changed 1",
        ),
    ],
    ids=["nothing", "unchanged", "counted"],
)
def test_summary(pairs: list[tuple[Decision, Decision]], expected: str) -> None:
    rows = [DiffRow(DiffInput("x", ()), old, new) for old, new in pairs]
    assert summarize(rows) == expected


@pytest.mark.usefixtures("fake_stages")
def test_diff_command_prints_only_changes_and_never_logs_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    old = _write(tmp_path / "old", "acme", OLD).path
    new = _write(tmp_path / "new", "acme", NEW).path
    long_text = "山田太郎です。" + "とても長い質問の本文が続きます。" * 10
    prompts = tmp_path / "prompts.jsonl"
    lines = [{"id": "p1", "text": long_text}, {"text": "普通の質問"}, {"text": "消えたい"}]
    prompts.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n")
    caplog.set_level(logging.DEBUG)

    assert main(["policy", "diff", str(old), str(new), "--jsonl", str(prompts)]) == 0
    out = capsys.readouterr().out
    assert re.search(
        r"^jsonl p1 +山田太郎です。とても長い.*… +allow PERSON=pseudonymize", out, re.M
    )
    assert re.search(
        r"^jsonl line 3 +消えたい +respond \[self_harm\] +block \[self_harm\]$", out, re.M
    )
    assert "jsonl line 2" not in out  # unchanged
    assert long_text not in out
    assert out.rstrip().endswith("8 inputs, 4 decided differently: respond→block 2, pii changed 2")
    assert not any("山田" in record.getMessage() for record in caplog.records)


@pytest.mark.usefixtures("fake_stages")
@pytest.mark.parametrize(
    ("jsonl", "error"),
    [
        ('{"text": "ok"}\nnot json\n', "prompts.jsonl:2: not valid JSON"),
        ('{"id": 1}\n', 'prompts.jsonl:1: expected an object with a "text" string'),
        (None, "cannot read"),
    ],
    ids=["bad-json", "no-text", "missing-file"],
)
def test_diff_command_bad_jsonl_is_bad_usage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], jsonl: str | None, error: str
) -> None:
    old = _write(tmp_path / "old", "acme", OLD).path
    prompts = tmp_path / "prompts.jsonl"
    if jsonl is not None:
        prompts.write_text(jsonl, encoding="utf-8")
    assert main(["policy", "diff", str(old), str(old), "--jsonl", str(prompts)]) == 2
    assert error in capsys.readouterr().err


@pytest.mark.usefixtures("fake_stages")
def test_diff_command_invalid_policy_is_bad_usage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = _write(tmp_path / "old", "acme", OLD).path
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: bad\nextends: missing\n", encoding="utf-8")
    assert main(["policy", "diff", str(old), str(bad)]) == 2
    assert "bad.yaml:2: extends: base policy 'missing' not found" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        main(["policy", "diff", str(old)])
    assert exited.value.code == 2


@pytest.mark.usefixtures("fake_stages")
def test_diff_command_with_no_change(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = _write(tmp_path / "old", "acme", OLD).path
    assert main(["policy", "diff", str(old), str(old)]) == 0
    out = capsys.readouterr().out
    assert "input" not in out.splitlines()[2:]  # no table
    assert out.rstrip().endswith("3 inputs, 0 decided differently")

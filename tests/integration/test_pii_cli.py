"""``mamori pii analyze`` as compliance teams run it: a real process, the real analyzer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.policy.pii import PiiPolicy
from proxy.cli.pii import analyze_record

ROOT = Path(__file__).parents[2]


def test_record_lists_what_the_policy_acts_on(pii_analyzer: PiiAnalyzer) -> None:
    text = "山田太郎です。メールはtaro@example.jpです"
    policy = PiiPolicy.model_validate({"entities": {"EMAIL_ADDRESS": {"action": "mask"}}})
    record = analyze_record(pii_analyzer, policy, text)
    assert record["pseudonymized"] == "<PERSON_1>です。メールは<EMAIL_ADDRESS>です"
    types = [(e["type"], text[e["start"] : e["end"]], e["action"]) for e in record["entities"]]
    assert types == [
        ("PERSON", "山田太郎", "pseudonymize"),
        ("EMAIL_ADDRESS", "taro@example.jp", "mask"),
    ]
    allowed = PiiPolicy.model_validate({"entities": {"PERSON": {"action": "allow"}}})
    assert [e["type"] for e in analyze_record(pii_analyzer, allowed, text)["entities"]] == [
        "EMAIL_ADDRESS"
    ]


@pytest.mark.integration
def test_jsonl_audit_of_a_dataset(tmp_path: Path) -> None:
    data = tmp_path / "prompts.jsonl"
    data.write_text(
        "\n".join(
            [
                json.dumps({"id": "a", "text": "電話は090-1234-5678です"}, ensure_ascii=False),
                "not json",
                json.dumps({"text": "こんにちは"}, ensure_ascii=False),
                json.dumps({"id": 7}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, "-m", "proxy.cli.main", "pii", "analyze", "--jsonl", str(data)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 1
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert lines[0]["id"] == "a"
    assert lines[0]["pseudonymized"] == "電話は<PHONE_NUMBER_1>です"
    assert [e["type"] for e in lines[0]["entities"]] == ["PHONE_NUMBER"]
    assert lines[1] == {"entities": [], "pseudonymized": "こんにちは"}
    assert len(lines) == 2
    assert f"{data}:2: not valid JSON" in run.stderr
    assert f'{data}:4: expected an object with a "text" string' in run.stderr

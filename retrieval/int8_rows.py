"""An int8 copy of a float32 matrix with, per row, a proven bound on how far a score from
it can be from the float32 score, for exact top-k searches that read a quarter of the bytes.

Each row ``x`` is stored as int8 codes ``c`` with a scale ``a = max|x_i| / 127``
(``x̂ = a c``, remainder ``r = x - x̂``); a query ``q`` as int16 codes ``e`` with a
scale ``b`` (``q̂ = b e``, remainder ``t = q - q̂``). The integer inner product ``c · e``
is exact, and

    x · q = a b (c · e) + x̂ · t + r · q,   so   |x · q - a b (c · e)| <= |x̂| |t| + |r| |q|

(Cauchy-Schwarz). The rows are coded around their mean ``μ`` (``x = μ + y``, ``y`` coded
as above, ``x · q = μ · q + y · q``): e5's vectors share a large common part, so ``y`` is
shorter than ``x`` and its remainder about half as long (median 0.0028 against 0.0060 on
9,000 cached corpus vectors), and ``μ · q``, one number per query, shifts every row's
bounds alike. On those vectors a third fewer rows are left to score in float32 (143
against 225 of 9,000 for the best 100, p50 of 50 queries). The float32 score a BLAS
kernel computes (any order of summation, with or without FMA) is within ``γ_d Σ|x_i q_i|
<= γ_d |x| |q|`` of ``x · q``, ``γ_d = d u / (1 - d u)``, ``u = 2⁻²⁴``; that term is
added to the row's error, so the float32 score lies between the two bounds.
:meth:`Int8Rows.bounds` gives every row's upper bound and the rows of the ``k`` best
lower bounds: the float32 scores of those ``k`` rows are a floor that the ``k``-th best
float32 score reaches, and only rows whose upper bound reaches the floor can be among
the best ``k`` (:meth:`VersionCopy` scores those again in float32, bit for bit as a full
pass does).

The scan is the compiled ``retrieval._int8_scan`` (``setup.py``, built by ``make
install``); :data:`KERNEL` says whether it is there. Without it the same integers come
from numpy (:meth:`Int8Rows.bounds` with ``kernel=False``): slower than the float32 scan
it replaces, so the copy only takes this path with the kernel (tests take both).

Failure behaviour: none beyond numpy's (a zero row gets scale 0 and bound 0 ± its error).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

__all__ = ["KERNEL", "Int8Query", "Int8Rows"]


try:
    import retrieval._int8_scan as _SCAN
except ImportError:  # not built: numpy computes the same integers, more slowly
    _SCAN = None  # type: ignore[assignment]

KERNEL = _SCAN is not None
"""Whether the compiled scan was built (``make install``) and imports."""

_UNIT_ROUNDOFF = 2.0**-24
_SLACK = 1e-9
"""Added to every row's error: covers the float64 rounding of the bounds themselves
(relative ~1e-16 of terms of size ~1)."""


@dataclass(frozen=True, slots=True)
class Int8Rows:
    """The int8 codes of a matrix's rows and each row's terms of the error bound."""

    codes: npt.NDArray[np.int8]
    scale: npt.NDArray[np.float64]
    """Per row ``a``: the row is ``a`` × its codes up to the remainder."""
    spread: npt.NDArray[np.float64]
    """Per row ``|r| + γ_d |x|``, rounded up: multiplied by ``|q|``."""
    hat: npt.NDArray[np.float64]
    """Per row ``|ŷ|`` (the coded part's length): multiplied by the query's remainder
    ``|t|``."""
    center: npt.NDArray[np.float64]
    """``μ``: subtracted from every row before it is coded (zeros: not centred)."""

    @classmethod
    def of(cls, matrix: npt.NDArray[np.float32], *, centered: bool = True) -> Int8Rows:
        """The int8 copy of ``matrix`` (rows × dimension, float32), coded around the rows'
        mean (``centered``) or around zero."""
        rows, dimension = matrix.shape
        full = matrix.astype(np.float64)
        center = full.mean(axis=0) if centered and rows else np.zeros(dimension)
        exact = full - center
        peak = np.abs(exact).max(axis=1) if dimension else np.zeros(rows)
        scale = peak / 127.0
        safe = np.where(scale > 0, scale, 1.0)
        codes = np.rint(exact / safe[:, None]).astype(np.int8)
        approx = codes.astype(np.float64) * scale[:, None]
        remainder = np.linalg.norm(exact - approx, axis=1)
        gamma = dimension * _UNIT_ROUNDOFF / (1 - dimension * _UNIT_ROUNDOFF)
        # The float32 score is of x (not y): its rounding term takes x's length.
        spread = (remainder + gamma * np.linalg.norm(full, axis=1)) * (1 + 1e-12) + _SLACK
        hat = np.linalg.norm(approx, axis=1) * (1 + 1e-12) + _SLACK
        codes.flags.writeable = False
        return cls(np.ascontiguousarray(codes), scale, spread, hat, center)

    @property
    def nbytes(self) -> int:
        arrays = (self.codes, self.scale, self.spread, self.hat, self.center)
        return sum(int(a.nbytes) for a in arrays)

    def bounds(
        self, query: Int8Query, k: int, *, kernel: bool = True
    ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.int64]]:
        """Every row's upper bound on its float32 score for ``query``, and the rows
        (ascending) of the ``min(k, rows)`` best lower bounds. ``kernel=False`` (or no
        kernel built): the same integers by numpy."""
        rows, dimension = self.codes.shape
        take = min(max(k, 0), rows)
        upper = np.empty(rows, dtype=np.float64)
        best = np.empty(take, dtype=np.int64)
        if kernel and _SCAN is not None:
            keys = np.empty(take, dtype=np.float64)
            _SCAN.scan(
                self.codes, dimension, query.codes, self.scale, self.spread, self.hat,
                query.scale, query.norm, query.remainder, upper, best, keys,
            )  # fmt: skip
        else:
            dots = self.codes.astype(np.int64) @ query.codes.astype(np.int64)
            approx = self.scale * query.scale * dots.astype(np.float64)
            error = self.spread * query.norm + self.hat * query.remainder
            upper[:] = approx + error
            if take:
                best[:] = np.argpartition(-(approx - error), take - 1)[:take]
        # μ · q moves every row's bounds alike: the k best lower bounds are the same rows.
        upper += float(self.center @ query.vector)
        best.sort()
        return upper, best


@dataclass(frozen=True, slots=True)
class Int8Query:
    """A query vector's int16 codes and its terms of the error bound (made once per
    query vector, used with every :class:`Int8Rows` of its dimension)."""

    codes: npt.NDArray[np.int16]
    scale: float
    """``b``: the query is ``b`` × its codes up to the remainder."""
    norm: float
    """``|q|``, rounded up."""
    remainder: float
    """``|t| = |q - b e|``, rounded up."""
    vector: npt.NDArray[np.float64]
    """``q`` itself, for the rows' ``μ · q``."""

    @classmethod
    def of(cls, vector: npt.NDArray[np.float32]) -> Int8Query:
        exact = vector.astype(np.float32).astype(np.float64)
        dimension = exact.shape[0]
        peak = float(np.abs(exact).max()) if dimension else 0.0
        # The int32 sum must not overflow: |c| <= 127, so |e| <= (2³¹ - 1) / (127 d).
        top = min(32767, (2**31 - 1) // (127 * max(1, dimension)))
        scale = peak / top if peak > 0 else 1.0
        codes = np.rint(exact / scale).astype(np.int16)
        remainder = float(np.linalg.norm(exact - codes * scale)) * (1 + 1e-12) + _SLACK
        norm = float(np.linalg.norm(exact)) * (1 + 1e-12)
        return cls(codes, scale, norm, remainder, exact)

"""Types of the compiled scan (retrieval/_int8_scan.c)."""

import numpy as np
import numpy.typing as npt

def scan(
    codes: npt.NDArray[np.int8],
    dim: int,
    query: npt.NDArray[np.int16],
    scale: npt.NDArray[np.float64],
    spread: npt.NDArray[np.float64],
    hat: npt.NDArray[np.float64],
    qscale: float,
    qnorm: float,
    tnorm: float,
    upper: npt.NDArray[np.float64],
    best_rows: npt.NDArray[np.int64],
    best_keys: npt.NDArray[np.float64],
    /,
) -> int: ...

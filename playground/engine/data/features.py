"""TensorFlow Playground's input features, computed from raw 2-D points.

TFP computes them on the raw coordinates (about -6..6), not on scaled ones: so do we, so
that sin(X1) shows the same stripes and X1^2 the same range as there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from playground.core.datasets import FEATURES, DataError, no_feature
from playground.core.i18n import translate

_FEATURE_FUNCS: dict[str, Callable[[np.ndarray, np.ndarray], np.ndarray]] = {
    "x1": lambda x1, x2: x1,
    "x2": lambda x1, x2: x2,
    "x1_sq": lambda x1, x2: x1 * x1,
    "x2_sq": lambda x1, x2: x2 * x2,
    "x1_x2": lambda x1, x2: x1 * x2,
    "sin_x1": lambda x1, x2: np.sin(x1),
    "sin_x2": lambda x1, x2: np.sin(x2),
}
assert tuple(_FEATURE_FUNCS) == tuple(key for key, _ in FEATURES)


def feature_key(name: str) -> str:
    """'feature_x1' or 'x1' -> 'x1' (the key used in FEATURES)."""
    key = name.removeprefix("feature_")
    if key not in _FEATURE_FUNCS:
        known = ", ".join(_FEATURE_FUNCS)
        raise DataError(translate("features", "Unknown input feature {name!r}; the features are {known}.").format(
            name=name, known=known))
    return key


def expand_features(points: np.ndarray, features: Sequence[str]) -> np.ndarray:
    """(M, 2) raw points -> (M, F) float32 network inputs, one column per feature, in the given
    order (DataBundle.features is already in FEATURES order)."""
    points = np.asarray(points)
    if points.ndim != 2 or points.shape[1] != 2:
        raise DataError(f"Input features are computed from 2-D points, shape (M, 2); got shape "
                        f"{points.shape}.")
    keys = [feature_key(f) for f in features]
    if not keys:
        raise DataError(no_feature())
    # float64 for the arithmetic, then float32 like every network input.
    x1 = points[:, 0].astype(np.float64)
    x2 = points[:, 1].astype(np.float64)
    out = np.empty((points.shape[0], len(keys)), dtype=np.float32)
    for j, key in enumerate(keys):
        out[:, j] = _FEATURE_FUNCS[key](x1, x2)
    return out

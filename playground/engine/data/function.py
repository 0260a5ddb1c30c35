"""1-D function fitting: y = f(x) + noise for x drawn uniformly in -3..3.

Every function is scaled to about -1..1 so that the same network and learning rate suit all
of them; `noise` is the standard deviation of the Gaussian noise added to y (so 0.3 means
30% of the signal's amplitude).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from playground.core.datasets import data_shape
from playground.engine.data.bundle import DataBundle
from playground.engine.data.split import shuffled_split

X_RANGE = (-3.0, 3.0)

FUNCTIONS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "sin": np.sin,
    "abs": lambda x: np.abs(x) / 1.5 - 1.0,  # a V from -1 at 0 to +1 at the ends
    "step": lambda x: np.where(x < 0, -1.0, 1.0),
    "cubic": lambda x: (x / 3.0) ** 3,
}


def function_arrays(values: dict) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """x_train, y_train, x_test, y_test, each float32 (N, 1). Exported scripts carry this function."""
    rng = np.random.default_rng(values["seed"])
    n, noise = values["samples"], values["noise"]
    x = rng.uniform(*X_RANGE, n)
    y = FUNCTIONS[values["function"]](x) + rng.normal(0.0, 1.0, n) * noise
    x32 = x.astype(np.float32).reshape(n, 1)
    y32 = y.astype(np.float32).reshape(n, 1)
    train, test = shuffled_split(n, values["train_ratio"], rng)
    return x32[train], y32[train], x32[test], y32[test]


def load_function(name: str, values: dict) -> DataBundle:
    shape = data_shape(name, values)
    x_train, y_train, x_test, y_test = function_arrays(values)
    # A fixed plot window (not the samples' min/max): the view must not jump when the seed changes.
    margin = 0.25 + 3.0 * values["noise"]
    return DataBundle(
        x_train=x_train, y_train=y_train, x_test=x_test, y_test=y_test,
        shape=shape, class_names=[],
        points_train=x_train, points_test=x_test,
        extent=(X_RANGE[0], X_RANGE[1], -1.0 - margin, 1.0 + margin))

"""CSV tables as arrays. Parsing and checking live in playground.core.table (pure Python).

The table's float32 numbers are viewed, not copied; the split copies each part once and
scales it in place, so a big file peaks at about three times its numbers in memory.
"""

from __future__ import annotations

import numpy as np

from playground.core.table import TableData, load_table
from playground.engine.data.bundle import DataBundle
from playground.engine.data.split import shuffled_split


def standardize(train: np.ndarray, test: np.ndarray) -> None:
    """Scale columns to mean 0, spread 1, in place, using the TRAIN split only (the test set
    stays unseen). A constant column would divide by zero: it is only centred."""
    mean, std = _column_statistics(train)
    for part in (train, test):
        part -= mean.astype(part.dtype)
        part /= std.astype(part.dtype)


def _column_statistics(x: np.ndarray, rows: int = 1 << 16) -> tuple[np.ndarray, np.ndarray]:
    """Each column's mean and standard deviation, in float64 (float32 sums lose digits over
    millions of rows), a block of rows at a time: x.std() would make a float64 copy of x."""
    n = max(len(x), 1)
    mean = sum((x[i:i + rows].sum(axis=0, dtype=np.float64) for i in range(0, len(x), rows)),
               np.zeros(x.shape[1]))
    mean /= n
    var = sum((np.square(x[i:i + rows] - mean).sum(axis=0) for i in range(0, len(x), rows)),
              np.zeros(x.shape[1]))
    std = np.sqrt(var / n)
    std[std < 1e-12] = 1.0
    return mean, std


def csv_arrays(values: dict) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, TableData]:
    """x_train, y_train, x_test, y_test of the CSV file, and the table they come from. Exported
    scripts carry this function."""
    data = load_table(values["path"], values["target_column"], values["task"])
    shape = data.shape
    x = np.frombuffer(data.inputs, dtype=np.float32).reshape(data.n_rows, len(data.input_columns))
    if shape.task == "classification":
        y, y_type = np.frombuffer(data.targets, dtype=np.int16), np.int64
    else:
        y, y_type = np.frombuffer(data.targets, dtype=np.float32).reshape(data.n_rows, 1), np.float32
    rng = np.random.default_rng(values["seed"])
    train, test = shuffled_split(data.n_rows, values["train_ratio"], rng)
    x_train, x_test = x[train], x[test]  # copies: the cached table's numbers stay as read
    if values["normalize"]:
        standardize(x_train, x_test)
    return x_train, y[train].astype(y_type), x_test, y[test].astype(y_type), data


def load_csv(name: str, values: dict) -> DataBundle:
    x_train, y_train, x_test, y_test, data = csv_arrays(values)
    return DataBundle(x_train=x_train, y_train=y_train, x_test=x_test, y_test=y_test,
                      shape=data.shape, class_names=list(data.class_names))

"""CSV tables as arrays. Parsing and checking live in playground.core.table (pure Python)."""

from __future__ import annotations

import numpy as np

from playground.core.table import TableData, load_table
from playground.engine.data.bundle import DataBundle
from playground.engine.data.split import shuffled_split


def standardize(train: np.ndarray, test: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Scale columns to mean 0, spread 1 using the TRAIN split only (the test set stays unseen).
    A constant column would divide by zero: it is only centred."""
    mean = train.mean(axis=0)
    std = train.std(axis=0)
    std[std < 1e-12] = 1.0
    return (train - mean) / std, (test - mean) / std


def csv_arrays(values: dict) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, TableData]:
    """x_train, y_train, x_test, y_test of the CSV file, and the table they come from. Exported
    scripts carry this function."""
    data = load_table(values["path"], values["target_column"], values["task"])
    x = np.frombuffer(data.inputs, dtype=np.float64).reshape(data.n_rows, len(data.input_columns))
    targets = np.frombuffer(data.targets, dtype=np.float64)
    if data.task == "classification":
        y = targets.astype(np.int64)
    else:
        y = targets.astype(np.float32).reshape(data.n_rows, 1)
    rng = np.random.default_rng(values["seed"])
    train, test = shuffled_split(data.n_rows, values["train_ratio"], rng)
    x_train, x_test = x[train], x[test]
    if values["normalize"]:
        x_train, x_test = standardize(x_train, x_test)
    return x_train.astype(np.float32), y[train], x_test.astype(np.float32), y[test], data


def load_csv(name: str, values: dict) -> DataBundle:
    x_train, y_train, x_test, y_test, data = csv_arrays(values)
    return DataBundle(x_train=x_train, y_train=y_train, x_test=x_test, y_test=y_test,
                      shape=data.shape, class_names=list(data.class_names))

"""CSV tables as arrays. Parsing and checking live in playground.core.table (pure Python)."""

from __future__ import annotations

import numpy as np

from playground.core.table import load_table
from playground.engine.data.bundle import DataBundle
from playground.engine.data.split import shuffled_split


def standardize(train: np.ndarray, test: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Scale columns to mean 0, spread 1 using the TRAIN split only (the test set stays unseen).
    A constant column would divide by zero: it is only centred."""
    mean = train.mean(axis=0)
    std = train.std(axis=0)
    std[std < 1e-12] = 1.0
    return (train - mean) / std, (test - mean) / std


def load_csv(name: str, values: dict) -> DataBundle:
    data = load_table(values["path"], values["target_column"], values["task"])
    shape = data.shape
    x = np.frombuffer(data.inputs, dtype=np.float64).reshape(data.n_rows, len(data.input_columns))
    targets = np.frombuffer(data.targets, dtype=np.float64)
    if shape.task == "classification":
        y = targets.astype(np.int64)
    else:
        y = targets.astype(np.float32).reshape(data.n_rows, 1)
    rng = np.random.default_rng(values["seed"])
    train, test = shuffled_split(data.n_rows, values["train_ratio"], rng)
    x_train, x_test = x[train], x[test]
    if values["normalize"]:
        x_train, x_test = standardize(x_train, x_test)
    return DataBundle(x_train=x_train.astype(np.float32), y_train=y[train],
                      x_test=x_test.astype(np.float32), y_test=y[test],
                      shape=shape, class_names=list(data.class_names))

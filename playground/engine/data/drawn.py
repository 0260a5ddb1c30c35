"""Points the user drew on the plane: the data set's `points` option, [x1, x2, class or value].

Split by `train_ratio` after a shuffle with `seed`, like the generated 2-D sets; fewer than two
points give a bundle of what there is, all for training (the plot shows them while the problems
list asks for more; a run never starts on it).
"""

from __future__ import annotations

import numpy as np

from playground.core.datasets import data_shape, selected_features
from playground.engine.data.bundle import DataBundle
from playground.engine.data.features import expand_features
from playground.engine.data.split import shuffled_split
from playground.engine.data.toy import PLANE_EXTENT


def drawn_split(values: dict, classification: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray,
                                                              np.ndarray]:
    """(points_train, y_train, points_test, y_test): float32 (N, 2) points; int64 classes or
    float32 (N, 1) values. Exported scripts carry this function as it is."""
    rows = np.asarray(values["points"], dtype=np.float64).reshape(-1, 3)
    points = rows[:, :2].astype(np.float32)
    labels = rows[:, 2].astype(np.int64) if classification else rows[:, 2:].astype(np.float32)
    n = len(rows)
    if n < 2:
        return points, labels, points[:0], labels[:0]
    train, test = shuffled_split(n, values["train_ratio"], np.random.default_rng(values["seed"]))
    return points[train], labels[train], points[test], labels[test]


def load_drawn(name: str, values: dict) -> DataBundle:
    shape = data_shape(name, values)
    classification = shape.task == "classification"
    p_train, y_train, p_test, y_test = drawn_split(values, classification)
    features = tuple(selected_features(values))
    return DataBundle(
        x_train=expand_features(p_train, features), y_train=y_train,
        x_test=expand_features(p_test, features), y_test=y_test, shape=shape,
        class_names=[str(k) for k in range(shape.n_classes)] if classification else [],
        points_train=p_train, points_test=p_test, extent=PLANE_EXTENT, features=features)


def bundle_points(bundle: DataBundle) -> tuple[list[list[float]], int]:
    """A 2-D bundle's points (train then test) as drawn points, and its classes (0: values)."""
    classification = bundle.shape.task == "classification"
    rows = []
    for points, y in ((bundle.points_train, bundle.y_train), (bundle.points_test, bundle.y_test)):
        if points is None:
            continue
        labels = y.reshape(len(y), -1)[:, 0]
        for (x1, x2), label in zip(points.tolist(), labels.tolist()):
            rows.append([round(x1, 3), round(x2, 3), float(label) if classification else round(label, 4)])
    return rows, bundle.shape.n_classes if classification else 0

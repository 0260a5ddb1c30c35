"""DataBundle: the arrays a data set produces, as the trainer and the plots receive them."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from playground.core.datasets import DataShape


@dataclass
class DataBundle:
    """Train and test arrays plus what the plots need to draw them.

    x: float32 (N, *shape.input_shape). y: int64 (N,) class indices 0..K-1 for classification,
    float32 (N, *shape.target_shape) for regression. For an autoencoder ("reconstruct") y is
    the very same array as x: do not modify either in place.
    """

    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    shape: DataShape
    class_names: list[str]
    # plane data sets: raw 2-D points (N, 2) float32 before feature expansion;
    # function: (N, 1) x values
    points_train: np.ndarray | None = None
    points_test: np.ndarray | None = None
    # (xmin, xmax, ymin, ymax): of the input plane (plane) or of the plot (function)
    extent: tuple[float, float, float, float] | None = None
    features: tuple[str, ...] = ()  # plane: the selected feature keys, in FEATURES order
    # each sample's class when the target is something else (an autoencoder of labelled images):
    # the views colour samples by it; int64 (N,) with names, or None
    labels_train: np.ndarray | None = None
    labels_test: np.ndarray | None = None
    label_names: list[str] = field(default_factory=list)

    @property
    def n_train(self) -> int:
        return int(self.x_train.shape[0])

    @property
    def n_test(self) -> int:
        return int(self.x_test.shape[0])


def check_bundle(bundle: DataBundle) -> None:
    """Raise RuntimeError when arrays disagree with the bundle's DataShape (a bug, not bad data)."""
    shape = bundle.shape
    parts = (("train", bundle.x_train, bundle.y_train), ("test", bundle.x_test, bundle.y_test))
    for part, x, y in parts:
        problems = []
        if x.dtype != np.float32 or x.shape[1:] != shape.input_shape:
            problems.append(f"x is {x.dtype} {x.shape}, expected float32 (N, {shape.input_shape})")
        if shape.task == "classification":
            if y.dtype != np.int64 or y.shape != (x.shape[0],):
                problems.append(f"y is {y.dtype} {y.shape}, expected int64 ({x.shape[0]},)")
            elif y.size and (y.min() < 0 or y.max() >= shape.n_classes):
                problems.append(f"labels outside 0..{shape.n_classes - 1}")
        elif y.dtype != np.float32 or y.shape != (x.shape[0], *shape.target_shape):
            problems.append(f"y is {y.dtype} {y.shape}, expected float32 (N, {shape.target_shape})")
        if problems:
            raise RuntimeError(f"data bundle ({part}) does not match its shape: "
                               + "; ".join(problems))
    if shape.task == "classification" and len(bundle.class_names) != shape.n_classes:
        raise RuntimeError(f"{len(bundle.class_names)} class names for {shape.n_classes} classes")

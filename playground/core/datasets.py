"""The data sets a project can use, their options, and the shape of what they produce.

Only descriptions live here (pure Python): the engine generates or loads the arrays.
Shape inference needs `data_shape` to check a network against its data before any
sample exists.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from playground.core.params import Param, ParamError, ParamSet, params


class DataError(ValueError):
    """A data-set setting or file that cannot be used, with a sentence for the user."""


# TensorFlow Playground's input features, in its order.
FEATURES: tuple[tuple[str, str], ...] = (
    ("x1", "X\u2081"), ("x2", "X\u2082"), ("x1_sq", "X\u2081\u00b2"), ("x2_sq", "X\u2082\u00b2"),
    ("x1_x2", "X\u2081X\u2082"), ("sin_x1", "sin(X\u2081)"), ("sin_x2", "sin(X\u2082)"),
)


@dataclass(frozen=True)
class DataShape:
    """What a data set feeds the network and expects back, per sample (no batch axis)."""

    input_shape: tuple[int, ...]
    task: str  # "classification" | "regression"
    n_classes: int = 0  # classification only
    target_shape: tuple[int, ...] = (1,)  # regression only
    plane: bool = False  # 2-D toy data: the decision grid over the input plane applies
    curve: bool = False  # 1-D function fit: the prediction over x applies
    # what the user should know about the data that does not stop it (a CSV file read as
    # Latin-1): shown with the problems; not part of what the network must fit
    warnings: tuple[str, ...] = field(default=(), compare=False)
    # why the data cannot train yet though its shape is known (too few drawn points): errors in
    # the problems list, while the views that show the data stay up
    errors: tuple[str, ...] = field(default=(), compare=False)

    def describe_input(self) -> str:
        return describe_shape(self.input_shape)


def describe_shape(shape: tuple[int, ...]) -> str:
    """A student-readable description of a per-sample shape."""
    if len(shape) == 1:
        return f"{shape[0]} feature{'s' if shape[0] != 1 else ''}"
    if len(shape) == 2:
        return f"a sequence of {shape[0]} steps x {shape[1]} features"
    if len(shape) == 3:
        return f"an image of {shape[0]} channel{'s' if shape[0] != 1 else ''}, {shape[1]}x{shape[2]}"
    return "shape " + "x".join(str(s) for s in shape)


@dataclass(frozen=True)
class DatasetSpec:
    name: str
    label: str
    family: str  # "2d-classification" | "2d-distribution" | "2d-regression" | "function" | "image" | "sequence" | "table"
    help: str
    params: ParamSet


def _common(samples: int = 500, noise: float = 0.0, train_ratio: float = 0.5,
            samples_help: str = "Number of points generated.") -> tuple[Param, ...]:
    return (
        Param("samples", "int", samples, samples_help, 10, 100_000),
        Param("noise", "float", noise, "How much random jitter is added (0 = none).", 0.0, 1.0,
              decimals=2),
        Param("train_ratio", "float", train_ratio, "Fraction of samples used for training; the rest "
              "are the test set.", 0.1, 0.9, decimals=2, label="Training ratio"),
        Param("seed", "int", 0, "Seed of the generated data (same seed, same data).", 0, 2**31 - 1),
    )


def _features(default_on: tuple[str, ...] = ("x1", "x2")) -> tuple[Param, ...]:
    return tuple(Param(f"feature_{key}", "bool", key in default_on, f"Feed {label} to the network.",
                       label=label) for key, label in FEATURES)


def _classes(default: int) -> Param:
    return Param("n_classes", "int", default, "Number of classes.", 2, 6, label="Classes")


_SPLIT_SEED = (
    Param("train_ratio", "float", 0.8, "Fraction of samples used for training; the rest are the test "
          "set.", 0.1, 0.95, decimals=2, label="Training ratio"),
    Param("seed", "int", 0, "Seed of the train/test split and the sample order.", 0, 2**31 - 1),
)
_IMAGE_TARGET = Param("target", "choice", "labels", "'labels' classifies the images; 'reconstruct' "
                      "asks the network to output its input (an autoencoder).",
                      choices=("labels", "reconstruct"))
_LIMIT = Param("limit", "int", 0, "Use at most this many samples (0 = all).", 0, 1_000_000)
_PATH = Param("path", "str", "", "Folder that holds the files.")

PLANE_HALF_WIDTH = 6.0  # the 2-D sets' plane is -6..6 on both axes, as in TensorFlow Playground
_POINTS = Param("points", "points", [], "The points drawn on the plot, as [x1, x2, class or value].",
                -PLANE_HALF_WIDTH, PLANE_HALF_WIDTH)
_DRAWN_SPLIT = (
    Param("train_ratio", "float", 0.8, "Fraction of the points used for training; the rest are the "
          "test set.", 0.1, 0.95, decimals=2, label="Training ratio"),
    Param("seed", "int", 0, "Seed of the train/test split.", 0, 2**31 - 1),
)
DRAWN = ("drawn", "drawn_values")
MIN_DRAWN = 2  # one point to train on and one to test on

_SPECS: list[DatasetSpec] = [
    DatasetSpec("circle", "Circle", "2d-classification", "One class inside a ring of the other.",
                params(*_common(), *_features())),
    DatasetSpec("xor", "Exclusive or", "2d-classification", "Class depends on whether x1 and x2 have "
                "the same sign.", params(*_common(), *_features())),
    DatasetSpec("gauss", "Gaussian", "2d-classification", "Two Gaussian clouds.",
                params(*_common(), *_features())),
    DatasetSpec("spiral", "Spiral", "2d-classification", "Two interleaved spirals: needs a deeper "
                "network.", params(*_common(), *_features())),
    DatasetSpec("moons", "Moons", "2d-classification", "Two interleaving half circles.",
                params(*_common(), *_features())),
    DatasetSpec("checkerboard", "Checkerboard", "2d-classification", "A 4x4 checkerboard of two "
                "classes.", params(*_common(), *_features())),
    DatasetSpec("blobs", "Blobs (K classes)", "2d-classification", "K Gaussian clouds, one per class.",
                params(_classes(4), *_common(), *_features())),
    DatasetSpec("spirals", "Spirals (K arms)", "2d-classification", "K interleaved spiral arms, one per "
                "class.", params(_classes(3), *_common(), *_features())),
    DatasetSpec("drawn", "Drawn points", "2d-classification", "Points you draw: click the plot to "
                "add a point of the chosen class, drag to move it, right-click to remove it.",
                params(_POINTS, _classes(2), *_DRAWN_SPLIT, *_features())),
    # GAN Lab's distributions; each component is a class, so a classifier can learn them too
    DatasetSpec("line", "Line", "2d-distribution", "Points along a slanted line (its two halves are "
                "the classes): GAN Lab's simplest target for a GAN.", params(*_common(), *_features())),
    DatasetSpec("two_gaussians", "Two Gaussians", "2d-distribution", "Two round clouds (one class "
                "each): a generator must learn to split its samples between them.",
                params(*_common(), *_features())),
    DatasetSpec("ring", "Ring", "2d-distribution", "Points on a ring (its upper and lower halves are "
                "the classes): a generator must bend its noise into a circle.",
                params(*_common(), *_features())),
    DatasetSpec("three_blobs", "Three disjoint blobs", "2d-distribution", "Three small separate clouds "
                "(one class each): where GANs show mode collapse.", params(*_common(), *_features())),
    DatasetSpec("plane", "Plane", "2d-regression", "Target is a tilted plane over the input.",
                params(*_common(), *_features())),
    DatasetSpec("multi_gauss", "Multi-Gaussian", "2d-regression", "Target is a sum of Gaussian bumps.",
                params(*_common(), *_features())),
    DatasetSpec("drawn_values", "Drawn points (values)", "2d-regression", "Points you draw, each with "
                "a value to predict: click the plot to add one with the chosen value, drag to move "
                "it, right-click to remove it.", params(_POINTS, *_DRAWN_SPLIT, *_features())),
    DatasetSpec("function", "Function fit (1-D)", "function", "Fit y = f(x) from noisy samples.",
                params(Param("function", "choice", "sin", "The function to learn.",
                             choices=("sin", "abs", "step", "cubic")), *_common(samples=200))),
    DatasetSpec("digits", "Digits 8x8", "image", "1,797 handwritten digits, 8x8 pixels, 10 classes "
                "(UCI, shipped with the app).", params(_IMAGE_TARGET, *_SPLIT_SEED, _LIMIT)),
    DatasetSpec("mnist", "MNIST (local files)", "image", "Handwritten digits, 28x28, from the IDX files "
                "in a folder you choose.", params(_PATH, _IMAGE_TARGET, *_SPLIT_SEED,
                                                  Param("limit", "int", 10_000, _LIMIT.help, 0,
                                                        1_000_000))),
    DatasetSpec("cifar10", "CIFAR-10 (local files)", "image", "Small colour photos, 32x32, 10 classes, "
                "from the binary batches in a folder you choose.",
                params(_PATH, _IMAGE_TARGET, *_SPLIT_SEED,
                       Param("limit", "int", 10_000, _LIMIT.help, 0, 1_000_000))),
    DatasetSpec("image_folder", "Image folder (your images)", "image", "Your own pictures: a folder "
                "with one sub-folder of PNG or JPEG files per class (the sub-folder's name is the "
                "class), resized to a square.", params(
                    Param("path", "str", "", "Folder with one sub-folder of images per class."),
                    Param("size", "int", 28, "Each image is resized to this many pixels a side.", 4,
                          128, label="Size (pixels)"),
                    Param("colour", "choice", "grey", "'grey' gives the network one channel, "
                          "'colour' three (red, green, blue).", choices=("grey", "colour")),
                    _IMAGE_TARGET, *_SPLIT_SEED, _LIMIT)),
    DatasetSpec("sine_next", "Sine: next value", "sequence", "Predict the next value of a sine wave "
                "from the previous steps.", params(
                    Param("length", "int", 20, "Steps in each input sequence.", 2, 500),
                    *_common(samples=1000, train_ratio=0.8, samples_help="Number of sequences."))),
    DatasetSpec("wave_kind", "Wave shape", "sequence", "Classify a sequence as a sine, square or "
                "sawtooth wave (3 classes).", params(
                    Param("length", "int", 20, "Steps in each input sequence.", 2, 500),
                    *_common(samples=600, noise=0.1, train_ratio=0.8,
                             samples_help="Number of sequences."))),
    DatasetSpec("csv", "Table (CSV file)", "table", "Any numeric CSV file with a header row; one column "
                "is the target.", params(
                    Param("path", "str", "", "The CSV file."),
                    Param("target_column", "str", "", "Column to predict (empty = the last column).",
                          label="Target column"),
                    Param("task", "choice", "auto", "'auto' treats a target of a few whole numbers as "
                          "classes and anything else as regression.",
                          choices=("auto", "classification", "regression")),
                    Param("normalize", "bool", True, "Scale every input column to mean 0, spread 1."),
                    *_SPLIT_SEED)),
]
DATASETS: dict[str, DatasetSpec] = {s.name: s for s in _SPECS}
FAMILY_LABELS: dict[str, str] = {
    "2d-classification": "2-D classification", "2d-distribution": "2-D distributions (for GANs)", "2d-regression": "2-D regression",
    "function": "1-D function", "image": "Images", "sequence": "Sequences", "table": "Tables",
}
# the distributions' classes: one per component (the line's and the ring's two halves)
DISTRIBUTION_CLASSES: dict[str, int] = {"line": 2, "two_gaussians": 2, "ring": 2, "three_blobs": 3}
IMAGE_SHAPES: dict[str, tuple[int, int, int]] = {
    "digits": (1, 8, 8), "mnist": (1, 28, 28), "cifar10": (3, 32, 32),
}


def dataset(name: str) -> DatasetSpec:
    try:
        return DATASETS[name]
    except KeyError:
        known = ", ".join(DATASETS)
        raise DataError(f"Unknown data set {name!r}; the app knows {known}.") from None


def selected_features(values: dict[str, Any]) -> list[str]:
    return [key for key, _ in FEATURES if values.get(f"feature_{key}")]


def data_shape(name: str, values: dict[str, Any]) -> DataShape:
    """What data set `name` with option `values` produces; raises DataError with a reason."""
    spec = dataset(name)
    try:
        values = spec.params.complete(values, f"Data set {spec.label}")
    except ParamError as exc:
        raise DataError(str(exc)) from None
    family = spec.family
    if family in ("2d-classification", "2d-regression", "2d-distribution"):
        n = len(selected_features(values))
        if n == 0:
            raise DataError("No input feature is selected: tick at least one (for example X\u2081).")
        if family == "2d-regression":
            return DataShape((n,), "regression", plane=True, errors=_drawn_errors(name, values))
        k = values["n_classes"] if "n_classes" in values else DISTRIBUTION_CLASSES.get(name, 2)
        return DataShape((n,), "classification", n_classes=k, plane=True,
                         errors=_drawn_errors(name, values))
    if family == "function":
        return DataShape((1,), "regression", curve=True)
    if family == "image":
        if name == "image_folder":
            return _image_folder_shape(values)
        if name in ("mnist", "cifar10") and not values["path"]:
            raise DataError(f"{spec.label} needs the folder that holds its files: choose one in the "
                            "data panel.")
        shape = IMAGE_SHAPES[name]
        if values["target"] == "reconstruct":
            return DataShape(shape, "regression", target_shape=shape)
        return DataShape(shape, "classification", n_classes=10)
    if family == "sequence":
        if name == "wave_kind":
            return DataShape((values["length"], 1), "classification", n_classes=3)
        return DataShape((values["length"], 1), "regression")
    if family == "table":
        from playground.core.table import table_shape  # reads the file's header and target column

        return table_shape(values["path"], values["target_column"], values["task"])
    raise DataError(f"Unknown data-set family {family!r}")


def _drawn_errors(name: str, values: dict[str, Any]) -> tuple[str, ...]:
    """Why drawn points cannot train yet. Not a DataError: the plot must stay up to draw on."""
    if name not in DRAWN:
        return ()
    points = values["points"]
    if name == "drawn":
        k = values["n_classes"]
        for i, (_, _, label) in enumerate(points, 1):
            if not label.is_integer() or not 0 <= label < k:
                raise DataError(f"Point {i} has the class {label:g}, but there are {k} classes "
                                f"(0 to {k - 1}).")
    if len(points) < MIN_DRAWN:
        return (f"Draw at least {MIN_DRAWN} points: click on the plot to add one "
                f"({len(points)} so far).",)
    return ()


def _image_folder_shape(values: dict[str, Any]) -> DataShape:
    from playground.core.image_folder import cached_listing  # lists the folder (pure Python)

    listing = cached_listing(values["path"])
    size = values["size"]
    shape = (3 if values["colour"] == "colour" else 1, size, size)
    if values["target"] == "reconstruct":
        return DataShape(shape, "regression", target_shape=shape, warnings=listing.warnings)
    if len(listing.classes) < 2:
        raise DataError(f"Only one class folder ('{listing.classes[0]}') holds images: a network "
                        "learns to tell classes apart, so add a second sub-folder with images of "
                        "another class (or set the target to 'reconstruct').")
    return DataShape(shape, "classification", n_classes=len(listing.classes),
                     warnings=listing.warnings)


def resolve_paths(values: dict[str, Any], base: str) -> dict[str, Any]:
    """`values` with a relative file or folder path made relative to `base` (the project's folder).

    Project files store paths as the user gave them; a relative one means "next to the
    project", which is what users expect when they move a project with its data.
    """
    import os.path

    path = values.get("path")
    if isinstance(path, str) and path and not os.path.isabs(path):
        return {**values, "path": os.path.normpath(os.path.join(base, path))}
    return values

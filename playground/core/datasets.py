"""The data sets a project can use, their options, and the shape of what they produce.

Only descriptions live here (pure Python): the engine generates or loads the arrays.
Shape inference needs `data_shape` to check a network against its data before any
sample exists.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from playground.core.i18n import translate, translate_later
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
        if shape[0] == 1:
            return translate("datasets", "{n} feature").format(n=shape[0])
        return translate("datasets", "{n} features").format(n=shape[0])
    if len(shape) == 2:
        return translate("datasets", "a sequence of {steps} steps x {n} features").format(steps=shape[0], n=shape[1])
    if len(shape) == 3:
        if shape[0] == 1:
            template = translate("datasets", "an image of {c} channel, {h}x{w}")
        else:
            template = translate("datasets", "an image of {c} channels, {h}x{w}")
        return template.format(c=shape[0], h=shape[1], w=shape[2])
    return translate("datasets", "shape {dims}").format(dims="x".join(str(s) for s in shape))


@dataclass(frozen=True)
class DatasetSpec:
    name: str
    label: str
    family: str  # "2d-classification" | "2d-distribution" | "2d-regression" | "function" | "image" | "sequence" | "table"
    help: str
    params: ParamSet


def _param(name: str, kind: str, default: Any, help: str, *args: Any, **kwargs: Any) -> Param:
    """A data-set option: its label, help and choices are marked in this module's context."""
    return Param(name, kind, default, help, *args, context="datasets", **kwargs)


def _common(samples: int = 500, noise: float = 0.0, train_ratio: float = 0.5,
            samples_help: str = translate_later("datasets", "Number of points generated.")) -> tuple[Param, ...]:
    return (
        _param("samples", "int", samples, samples_help, 10, 100_000, label=translate_later("datasets", "Samples")),
        _param("noise", "float", noise, translate_later("datasets", "How much random jitter is added (0 = none)."),
               0.0, 1.0, decimals=2, label=translate_later("datasets", "Noise")),
        _param("train_ratio", "float", train_ratio, _TRAIN_RATIO_HELP, 0.1, 0.9, decimals=2, label=_TRAIN_RATIO),
        _param("seed", "int", 0, translate_later("datasets", "Seed of the generated data (same seed, same data)."),
               0, 2**31 - 1, label=_SEED),
    )


_TRAIN_RATIO = translate_later("datasets", "Training ratio")
_TRAIN_RATIO_HELP = translate_later("datasets", "Fraction of samples used for training; the rest are the test set.")
_SEED = translate_later("datasets", "Seed")
_SEQUENCES_HELP = translate_later("datasets", "Number of sequences.")
_FEATURE_HELP: dict[str, str] = {  # written out, so that each is found and translated whole
    "x1": translate_later("datasets", "Feed X\u2081 to the network."),
    "x2": translate_later("datasets", "Feed X\u2082 to the network."),
    "x1_sq": translate_later("datasets", "Feed X\u2081\u00b2 to the network."),
    "x2_sq": translate_later("datasets", "Feed X\u2082\u00b2 to the network."),
    "x1_x2": translate_later("datasets", "Feed X\u2081X\u2082 to the network."),
    "sin_x1": translate_later("datasets", "Feed sin(X\u2081) to the network."),
    "sin_x2": translate_later("datasets", "Feed sin(X\u2082) to the network."),
}


def _features(default_on: tuple[str, ...] = ("x1", "x2")) -> tuple[Param, ...]:
    return tuple(_param(f"feature_{key}", "bool", key in default_on, _FEATURE_HELP[key], label=label)
                 for key, label in FEATURES)


def _classes(default: int) -> Param:
    return _param("n_classes", "int", default, translate_later("datasets", "Number of classes."), 2, 6,
                  label=translate_later("datasets", "Classes"))


_SPLIT_SEED = (
    _param("train_ratio", "float", 0.8, _TRAIN_RATIO_HELP, 0.1, 0.95, decimals=2, label=_TRAIN_RATIO),
    _param("seed", "int", 0, translate_later("datasets", "Seed of the train/test split and the sample order."),
           0, 2**31 - 1, label=_SEED),
)
_IMAGE_TARGET = _param("target", "choice", "labels", translate_later(
    "datasets", "'labels' classifies the images; 'reconstruct' asks the network to output its input (an autoencoder)."),
    choices=(translate_later("datasets", "labels"), translate_later("datasets", "reconstruct")),
    label=translate_later("datasets", "Target"))
_LIMIT = _param("limit", "int", 0, translate_later("datasets", "Use at most this many samples (0 = all)."), 0,
                1_000_000, label=translate_later("datasets", "Limit"))
_PATH = _param("path", "str", "", translate_later("datasets", "Folder that holds the files."),
               label=translate_later("datasets", "Path"))

PLANE_HALF_WIDTH = 6.0  # the 2-D sets' plane is -6..6 on both axes, as in TensorFlow Playground
_POINTS = _param("points", "points", [], translate_later("datasets", "The points drawn on the plot, as [x1, x2, class or value]."),
                 -PLANE_HALF_WIDTH, PLANE_HALF_WIDTH, label=translate_later("datasets", "Points"))
_DRAWN_SPLIT = (
    _param("train_ratio", "float", 0.8, translate_later(
        "datasets", "Fraction of the points used for training; the rest are the test set."), 0.1, 0.95, decimals=2,
        label=_TRAIN_RATIO),
    _param("seed", "int", 0, translate_later("datasets", "Seed of the train/test split."), 0, 2**31 - 1, label=_SEED),
)
DRAWN = ("drawn", "drawn_values")
MIN_DRAWN = 2  # one point to train on and one to test on
_LENGTH = _param("length", "int", 20, translate_later("datasets", "Steps in each input sequence."), 2, 500,
                 label=translate_later("datasets", "Length"))



_SPECS: list[DatasetSpec] = [
    DatasetSpec("circle", translate_later("datasets", "Circle"), "2d-classification",
          translate_later("datasets", "One class inside a ring of the other."), params(*_common(), *_features())),
    DatasetSpec("xor", translate_later("datasets", "Exclusive or"), "2d-classification",
          translate_later("datasets", "Class depends on whether x1 and x2 have the same sign."),
          params(*_common(), *_features())),
    DatasetSpec("gauss", translate_later("datasets", "Gaussian"), "2d-classification",
          translate_later("datasets", "Two Gaussian clouds."), params(*_common(), *_features())),
    DatasetSpec("spiral", translate_later("datasets", "Spiral"), "2d-classification",
          translate_later("datasets", "Two interleaved spirals: needs a deeper network."),
          params(*_common(), *_features())),
    DatasetSpec("moons", translate_later("datasets", "Moons"), "2d-classification",
          translate_later("datasets", "Two interleaving half circles."), params(*_common(), *_features())),
    DatasetSpec("checkerboard", translate_later("datasets", "Checkerboard"), "2d-classification",
          translate_later("datasets", "A 4x4 checkerboard of two classes."), params(*_common(), *_features())),
    DatasetSpec("blobs", translate_later("datasets", "Blobs (K classes)"), "2d-classification",
          translate_later("datasets", "K Gaussian clouds, one per class."),
          params(_classes(4), *_common(), *_features())),
    DatasetSpec("spirals", translate_later("datasets", "Spirals (K arms)"), "2d-classification",
          translate_later("datasets", "K interleaved spiral arms, one per class."),
          params(_classes(3), *_common(), *_features())),
    DatasetSpec("drawn", translate_later("datasets", "Drawn points"), "2d-classification", translate_later(
        "datasets", "Points you draw: click the plot to add a point of the chosen class, drag to move it, "
        "right-click to remove it."), params(_POINTS, _classes(2), *_DRAWN_SPLIT, *_features())),
    # GAN Lab's distributions; each component is a class, so a classifier can learn them too
    DatasetSpec("line", translate_later("datasets", "Line"), "2d-distribution", translate_later(
        "datasets", "Points along a slanted line (its two halves are the classes): GAN Lab's simplest target "
        "for a GAN."), params(*_common(), *_features())),
    DatasetSpec("two_gaussians", translate_later("datasets", "Two Gaussians"), "2d-distribution", translate_later(
        "datasets", "Two round clouds (one class each): a generator must learn to split its samples between "
        "them."), params(*_common(), *_features())),
    DatasetSpec("ring", translate_later("datasets", "Ring"), "2d-distribution", translate_later(
        "datasets", "Points on a ring (its upper and lower halves are the classes): a generator must bend its "
        "noise into a circle."), params(*_common(), *_features())),
    DatasetSpec("three_blobs", translate_later("datasets", "Three disjoint blobs"), "2d-distribution", translate_later(
        "datasets", "Three small separate clouds (one class each): where GANs show mode collapse."),
        params(*_common(), *_features())),
    DatasetSpec("plane", translate_later("datasets", "Plane"), "2d-regression",
          translate_later("datasets", "Target is a tilted plane over the input."), params(*_common(), *_features())),
    DatasetSpec("multi_gauss", translate_later("datasets", "Multi-Gaussian"), "2d-regression",
          translate_later("datasets", "Target is a sum of Gaussian bumps."), params(*_common(), *_features())),
    DatasetSpec("drawn_values", translate_later("datasets", "Drawn points (values)"), "2d-regression", translate_later(
        "datasets", "Points you draw, each with a value to predict: click the plot to add one with the chosen "
        "value, drag to move it, right-click to remove it."), params(_POINTS, *_DRAWN_SPLIT, *_features())),
    DatasetSpec("function", translate_later("datasets", "Function fit (1-D)"), "function",
          translate_later("datasets", "Fit y = f(x) from noisy samples."),
          params(_param("function", "choice", "sin", translate_later("datasets", "The function to learn."),
                        choices=("sin", "abs", translate_later("datasets", "step"), translate_later("datasets", "cubic")),
                        label=translate_later("datasets", "Function")), *_common(samples=200))),
    DatasetSpec("digits", translate_later("datasets", "Digits 8x8"), "image", translate_later(
        "datasets", "1,797 handwritten digits, 8x8 pixels, 10 classes (UCI, shipped with the app)."),
        params(_IMAGE_TARGET, *_SPLIT_SEED, _LIMIT)),
    DatasetSpec("mnist", translate_later("datasets", "MNIST (local files)"), "image", translate_later(
        "datasets", "Handwritten digits, 28x28, from the IDX files in a folder you choose."),
        params(_PATH, _IMAGE_TARGET, *_SPLIT_SEED, replace(_LIMIT, default=10_000))),
    DatasetSpec("cifar10", translate_later("datasets", "CIFAR-10 (local files)"), "image", translate_later(
        "datasets", "Small colour photos, 32x32, 10 classes, from the binary batches in a folder you choose."),
        params(_PATH, _IMAGE_TARGET, *_SPLIT_SEED, replace(_LIMIT, default=10_000))),
    DatasetSpec("image_folder", translate_later("datasets", "Image folder (your images)"), "image", translate_later(
        "datasets", "Your own pictures: a folder with one sub-folder of PNG or JPEG files per class (the "
        "sub-folder's name is the class), resized to a square."), params(
            replace(_PATH, help=translate_later("datasets", "Folder with one sub-folder of images per class.")),
            _param("size", "int", 28, translate_later("datasets", "Each image is resized to this many pixels a side."),
                   4, 128, label=translate_later("datasets", "Size (pixels)")),
            _param("colour", "choice", "grey", translate_later(
                "datasets", "'grey' gives the network one channel, 'colour' three (red, green, blue)."),
                choices=(translate_later("datasets", "grey"), translate_later("datasets", "colour")),
                label=translate_later("datasets", "Colour")),
            _IMAGE_TARGET, *_SPLIT_SEED, _LIMIT)),
    DatasetSpec("sine_next", translate_later("datasets", "Sine: next value"), "sequence", translate_later(
        "datasets", "Predict the next value of a sine wave from the previous steps."), params(
            _LENGTH, *_common(samples=1000, train_ratio=0.8, samples_help=_SEQUENCES_HELP))),
    DatasetSpec("wave_kind", translate_later("datasets", "Wave shape"), "sequence", translate_later(
        "datasets", "Classify a sequence as a sine, square or sawtooth wave (3 classes)."), params(
            _LENGTH, *_common(samples=600, noise=0.1, train_ratio=0.8, samples_help=_SEQUENCES_HELP))),
    DatasetSpec("csv", translate_later("datasets", "Table (CSV file)"), "table", translate_later(
        "datasets", "Any numeric CSV file with a header row; one column is the target."), params(
            replace(_PATH, help=translate_later("datasets", "The CSV file.")),
            _param("target_column", "str", "", translate_later(
                "datasets", "Column to predict (empty = the last column)."),
                label=translate_later("datasets", "Target column")),
            _param("task", "choice", "auto", translate_later(
                "datasets", "'auto' treats a target of a few whole numbers as classes and anything else as "
                "regression."), choices=(translate_later("datasets", "auto"), translate_later("datasets", "classification"),
                                         translate_later("datasets", "regression")),
                label=translate_later("datasets", "Task")),
            _param("normalize", "bool", True, translate_later(
                "datasets", "Scale every input column to mean 0, spread 1."), label=translate_later("datasets", "Normalize")),
            *_SPLIT_SEED)),
]
DATASETS: dict[str, DatasetSpec] = {s.name: s for s in _SPECS}
FAMILY_LABELS: dict[str, str] = {
    "2d-classification": translate_later("datasets", "2-D classification"),
    "2d-distribution": translate_later("datasets", "2-D distributions (for GANs)"),
    "2d-regression": translate_later("datasets", "2-D regression"),
    "function": translate_later("datasets", "1-D function"), "image": translate_later("datasets", "Images"),
    "sequence": translate_later("datasets", "Sequences"), "table": translate_later("datasets", "Tables"),
}


def dataset_label(spec: DatasetSpec) -> str:
    """The data set's name as the window shows it, in the app's language."""
    return translate("datasets", spec.label)


def dataset_help(spec: DatasetSpec) -> str:
    """The data set's description, in the app's language."""
    return translate("datasets", spec.help)


def family_label(family: str) -> str:
    """The family's name ("2-D classification"), in the app's language."""
    return translate("datasets", FAMILY_LABELS[family])


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
        raise DataError(translate("datasets", "Unknown data set {name!r}; the app knows {known}.").format(
            name=name, known=known)) from None


def owner(spec: DatasetSpec) -> str:
    """Who a bad option belongs to, as its message says ("Data set Circle")."""
    return translate("datasets", "Data set {name}").format(name=dataset_label(spec))


def no_feature() -> str:
    return translate("datasets", "No input feature is selected: tick at least one (for example X\u2081).")


def selected_features(values: dict[str, Any]) -> list[str]:
    return [key for key, _ in FEATURES if values.get(f"feature_{key}")]


def data_shape(name: str, values: dict[str, Any]) -> DataShape:
    """What data set `name` with option `values` produces; raises DataError with a reason."""
    spec = dataset(name)
    try:
        values = spec.params.complete(values, owner(spec))
    except ParamError as exc:
        raise DataError(str(exc)) from None
    family = spec.family
    if family in ("2d-classification", "2d-regression", "2d-distribution"):
        n = len(selected_features(values))
        if n == 0:
            raise DataError(no_feature())
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
            raise DataError(translate("datasets", "{name} needs the folder that holds its files: choose one in "
                                              "the data panel.").format(name=dataset_label(spec)))
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
    raise DataError(f"Unknown data-set family {family!r}")  # a programmer's mistake


def _drawn_errors(name: str, values: dict[str, Any]) -> tuple[str, ...]:
    """Why drawn points cannot train yet. Not a DataError: the plot must stay up to draw on."""
    if name not in DRAWN:
        return ()
    points = values["points"]
    if name == "drawn":
        k = values["n_classes"]
        for i, (_, _, label) in enumerate(points, 1):
            if not label.is_integer() or not 0 <= label < k:
                raise DataError(translate("datasets", "Point {i} has the class {label:g}, but there are {k} "
                                                      "classes (0 to {last}).").format(i=i, label=label, k=k, last=k - 1))
    if len(points) < MIN_DRAWN:
        return (translate("datasets", "Draw at least {n} points: click on the plot to add one ({count} so "
                                      "far).").format(n=MIN_DRAWN, count=len(points)),)
    return ()


def _image_folder_shape(values: dict[str, Any]) -> DataShape:
    from playground.core.image_folder import cached_listing  # lists the folder (pure Python)

    listing = cached_listing(values["path"])
    size = values["size"]
    shape = (3 if values["colour"] == "colour" else 1, size, size)
    if values["target"] == "reconstruct":
        return DataShape(shape, "regression", target_shape=shape, warnings=listing.warnings)
    if len(listing.classes) < 2:
        raise DataError(translate("datasets", "Only one class folder ('{name}') holds images: a network learns "
                                              "to tell classes apart, so add a second sub-folder with images of "
                                              "another class (or set the target to 'reconstruct').").format(
            name=listing.classes[0]))
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

"""The data part of an exported script: a `load_data()` that makes the project's arrays.

Generated sets (the 2-D toys, the 1-D function, the sequences) are made by the app's own
generators, copied into the script, from the same options and seed; files (CSV, MNIST IDX,
CIFAR-10 binary, an image folder, the bundled digits) are read from their paths by the app's own readers. The
arrays are exactly the app's: `tests/engine/test_export_script.py` compares them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from playground.core.datasets import DATASETS, DRAWN, selected_features

TOY = "playground.engine.data.toy"
SPLIT = ("playground.engine.data.split", "shuffled_split")
IMAGES = "playground.engine.data.images"
DIGITS_FILE = "assets/digits.npz"  # in the app's folder, beside the `playground` package


@dataclass(frozen=True)
class DataCode:
    helpers: tuple[tuple[str, str], ...]  # (app module, name) copied into the script
    body: str  # the body of load_data(), which returns x_train, y_train, x_test, y_test


def _plane(name: str, values: dict[str, Any]) -> DataCode:
    extra = ', DATA["n_classes"]' if name in ("blobs", "spirals") else ""
    if DATASETS[name].family != "2d-regression":  # classes (a distribution's parts are its classes)
        labels = "labels = labels.astype(np.int64)"
    else:
        labels = 'labels = labels.astype(np.float32).reshape(DATA["samples"], 1)'
    body = f"""\
rng = np.random.default_rng(DATA["seed"])
points, labels = {name}(DATA["samples"], DATA["noise"], rng{extra})
{labels}
points = points.astype(np.float32)
train, test = shuffled_split(DATA["samples"], DATA["train_ratio"], rng)
features = {tuple(selected_features(values))!r}  # the input features ticked in the data panel
return (expand_features(points[train], features), labels[train],
        expand_features(points[test], features), labels[test])"""
    return DataCode(((TOY, name), SPLIT, ("playground.engine.data.features", "expand_features")), body)


def _drawn(name: str, values: dict[str, Any]) -> DataCode:
    classification = DATASETS[name].family == "2d-classification"
    body = f"""\
# the points drawn in the app, split as the app splits them
p_train, y_train, p_test, y_test = drawn_split(DATA, {classification!r})
features = {tuple(selected_features(values))!r}  # the input features ticked in the data panel
return expand_features(p_train, features), y_train, expand_features(p_test, features), y_test"""
    return DataCode((("playground.engine.data.drawn", "drawn_split"),
                     ("playground.engine.data.features", "expand_features")), body)


def _function(name: str, values: dict[str, Any]) -> DataCode:
    return DataCode((("playground.engine.data.function", "function_arrays"),), "return function_arrays(DATA)")


def _sequence(name: str, values: dict[str, Any]) -> DataCode:
    return DataCode((("playground.engine.data.sequences", "sequence_arrays"),),
                    f"return sequence_arrays({name!r}, DATA)")


def _images(name: str, values: dict[str, Any]) -> DataCode:
    if name == "digits":
        read = ("# the 8x8 digits shipped with Neural Playground (1,797 images, pixels 0..16)\n"
                "with np.load(DATA[\"path\"]) as f:\n"
                "    sources = [ImageSource(f[\"images\"].reshape(-1, 1, 8, 8), f[\"labels\"])]\n"
                "x, labels, k = pooled_images(DATA, sources, 16.0)")
        helpers: tuple[tuple[str, str], ...] = ((IMAGES, "ImageSource"),)
    elif name == "image_folder":
        read = ("# your own images: one sub-folder of PNG or JPEG files per class (needs Pillow)\n"
                "source, class_names, skipped = read_image_folder(DATA)\n"
                "for warning in skipped:\n"
                "    print(warning)\n"
                "x, labels, k = pooled_images(DATA, [source], 255.0)")
        helpers = (("playground.engine.data.image_folder", "read_image_folder"),)
    else:
        reader = {"mnist": "read_mnist", "cifar10": "read_cifar10"}[name]
        read = f'x, labels, k = pooled_images(DATA, {reader}(DATA["path"]), 255.0)'
        helpers = ((IMAGES, reader),)
    target = "x" if values["target"] == "reconstruct" else "labels"  # an autoencoder's target is its input
    body = f"{read}\nreturn x[:k], {target}[:k], x[k:], {target}[k:]"
    return DataCode((*helpers, (IMAGES, "pooled_images")), body)


def _table(name: str, values: dict[str, Any]) -> DataCode:
    return DataCode((("playground.engine.data.tables", "csv_arrays"),), "return csv_arrays(DATA)[:4]")


FAMILIES: dict[str, Callable[[str, dict[str, Any]], DataCode]] = {
    "2d-classification": _plane, "2d-distribution": _plane, "2d-regression": _plane, "function": _function, "sequence": _sequence,
    "image": _images, "table": _table,
}


def data_code(name: str, values: dict[str, Any]) -> DataCode:
    """The data code of data set `name` with its complete option `values`."""
    if name in DRAWN:
        return _drawn(name, values)
    return FAMILIES[DATASETS[name].family](name, values)

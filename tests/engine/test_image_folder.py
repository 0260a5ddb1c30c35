"""The image_folder data set: one sub-folder of PNG/JPEG files per class, decoded with Pillow.

Good folders load with the right shape, classes, split and determinism; broken files (random
bytes, truncated PNG/JPEG, zero bytes, non-images, nested folders, a single class) are skipped
and named, or refused with a sentence, by `load_dataset` and `playground check` alike; and a
small CNN learns generated shapes far above chance.
"""

from __future__ import annotations

import io
import json
import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from image_folders import SHAPES, write_shapes_folder
from PIL import Image

from playground.cli import main
from playground.core.datasets import DataError, data_shape
from playground.core.image_folder import clear_listing_cache
from playground.engine.data import load_dataset

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _fresh_listing():
    clear_listing_cache()  # folders made within one mtime tick must not share a cached listing
    yield
    clear_listing_cache()


def png_bytes(size: int = 12, mode: str = "L", value: int = 90) -> bytes:
    out = io.BytesIO()
    Image.new(mode, (size, size), value if mode == "L" else (value, 20, 200)).save(out, "PNG")
    return out.getvalue()


def jpeg_bytes(size: int = 12) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (size, size), (200, 40, 40)).save(out, "JPEG")
    return out.getvalue()


def test_a_folder_of_shapes_loads_as_classes_split_by_ratio(tmp_path):
    write_shapes_folder(tmp_path, per_class=10, size=16)
    values = {"path": str(tmp_path), "size": 20, "train_ratio": 0.7, "seed": 3}
    bundle = load_dataset("image_folder", values)
    assert bundle.shape == data_shape("image_folder", values)
    assert bundle.shape.input_shape == (1, 20, 20) and bundle.shape.n_classes == 3
    assert bundle.class_names == list(SHAPES) and bundle.shape.warnings == ()
    assert bundle.n_train == math.floor(30 * 0.7) and bundle.n_test == 30 - bundle.n_train
    assert bundle.x_train.dtype == np.float32 and 0 <= bundle.x_train.min() < bundle.x_train.max() <= 1
    assert sorted(np.bincount(np.concatenate([bundle.y_train, bundle.y_test]))) == [10, 10, 10]
    again = load_dataset("image_folder", values)
    assert again.x_train.tobytes() == bundle.x_train.tobytes()
    other = load_dataset("image_folder", {**values, "seed": 4})
    assert other.x_train.tobytes() != bundle.x_train.tobytes()


def test_colour_jpeg_and_transparent_png_and_reconstruct(tmp_path):
    (tmp_path / "red").mkdir()
    (tmp_path / "blue").mkdir()
    for i in range(3):
        (tmp_path / "red" / f"r{i}.JPG").write_bytes(jpeg_bytes(20 + i))
        transparent = io.BytesIO()
        Image.new("RGBA", (9, 14), (0, 0, 0, 0)).save(transparent, "PNG")  # a drawing's empty page
        (tmp_path / "blue" / f"b{i}.png").write_bytes(transparent.getvalue())
    bundle = load_dataset("image_folder", {"path": str(tmp_path), "colour": "colour", "size": 8})
    assert bundle.shape.input_shape == (3, 8, 8) and bundle.class_names == ["blue", "red"]
    x = np.concatenate([bundle.x_train, bundle.x_test])
    y = np.concatenate([bundle.y_train, bundle.y_test])
    assert np.allclose(x[y == 0], 1.0)  # transparent is white, not black
    assert (x[y == 1][:, 0] > 0.6).all() and (x[y == 1][:, 2] < 0.4).all()  # red stays red
    auto = load_dataset("image_folder", {"path": str(tmp_path), "target": "reconstruct"})
    assert np.array_equal(auto.y_train, auto.x_train) and auto.label_names == ["blue", "red"]


def test_broken_files_are_named_and_skipped(tmp_path):
    write_shapes_folder(tmp_path, per_class=4, size=12)
    good = png_bytes()
    (tmp_path / "circle" / "zero.png").write_bytes(b"")
    (tmp_path / "circle" / "cut.png").write_bytes(good[: len(good) // 2])
    (tmp_path / "square" / "cut.jpg").write_bytes(jpeg_bytes()[:60])
    (tmp_path / "square" / "noise.png").write_bytes(bytes(range(256)))
    (tmp_path / "square" / "readme.txt").write_text("not an image")
    (tmp_path / "triangle" / "more" / "deeper").mkdir(parents=True)
    (tmp_path / "triangle" / "more" / "deeper" / "t.png").write_bytes(good)  # nested: still a triangle
    (tmp_path / "empty class").mkdir()
    (tmp_path / "loose.png").write_bytes(good)
    bundle = load_dataset("image_folder", {"path": str(tmp_path)})
    assert bundle.n_train + bundle.n_test == 13 and bundle.class_names == list(SHAPES)
    text = " ".join(bundle.shape.warnings)
    for name in ("zero.png", "cut.png", "cut.jpg", "noise.png", "readme.txt", "empty class", "loose.png"):
        assert name in text, name
    assert "deeper" not in text
    shape = data_shape("image_folder", {"path": str(tmp_path)})
    assert shape.warnings == bundle.shape.warnings  # the window's problems list names them too


def test_a_file_only_pillow_finds_broken_is_named_by_the_loader(tmp_path):
    write_shapes_folder(tmp_path, per_class=3, size=12, kinds=("a", "b"))
    noise = io.BytesIO()
    Image.fromarray(np.random.default_rng(0).integers(0, 256, (40, 40), dtype=np.uint8)).save(noise, "PNG")
    good = bytearray(noise.getvalue())
    good[100:300] = bytes(200)  # damaged inside its pixel data, with its start and end intact
    (tmp_path / "a" / "inside.png").write_bytes(bytes(good))
    bundle = load_dataset("image_folder", {"path": str(tmp_path)})
    assert bundle.n_train + bundle.n_test == 6
    assert any("inside.png" in w and "decoded" in w for w in bundle.shape.warnings)


@pytest.mark.parametrize("make, words", [
    (lambda d: None, "no sub-folder"),
    (lambda d: (d / "cats").mkdir(), "cats"),
    (lambda d: ((d / "cats").mkdir(), (d / "cats" / "x.png").write_bytes(b"")), "x.png"),
])
def test_a_folder_with_no_usable_image_is_an_error_that_says_why(tmp_path, make, words):
    make(tmp_path)
    with pytest.raises(DataError, match="no usable") as caught:
        load_dataset("image_folder", {"path": str(tmp_path)})
    assert words in str(caught.value)


def test_missing_folder_single_class_and_no_path(tmp_path):
    with pytest.raises(DataError, match="No image folder is chosen"):
        data_shape("image_folder", {})
    with pytest.raises(DataError, match="does not exist"):
        data_shape("image_folder", {"path": str(tmp_path / "nope")})
    write_shapes_folder(tmp_path, per_class=3, size=8, kinds=("only",))
    with pytest.raises(DataError, match="Only one class folder \\('only'\\)"):
        load_dataset("image_folder", {"path": str(tmp_path)})
    bundle = load_dataset("image_folder", {"path": str(tmp_path), "target": "reconstruct"})
    assert bundle.n_train + bundle.n_test == 3


# --- property-based: any mix of good and broken files ---------------------------------------------

FILE_KINDS = ("png", "jpeg", "colour_png", "random", "zero", "truncated_png", "truncated_jpeg",
              "text", "nested_png", "huge_header_png")


def file_bytes(kind: str, data: bytes) -> tuple[str, bytes]:
    if kind in ("png", "nested_png"):
        return ".png", png_bytes(8 + len(data) % 9)
    if kind == "colour_png":
        return ".png", png_bytes(10, "RGB")
    if kind == "jpeg":
        return ".jpg", jpeg_bytes(8 + len(data) % 9)
    if kind == "random":
        return ".png", data
    if kind == "zero":
        return ".jpeg", b""
    if kind == "truncated_png":
        whole = png_bytes(16)
        return ".png", whole[: len(data) % len(whole)]
    if kind == "truncated_jpeg":
        whole = jpeg_bytes(16)
        return ".jpg", whole[: len(data) % len(whole)]
    if kind == "huge_header_png":  # announces 100,000 x 100,000 pixels
        whole = bytearray(png_bytes(8))
        whole[16:24] = (100_000).to_bytes(4, "big") * 2
        return ".png", bytes(whole)
    return ".txt", data


GOOD = {"png", "jpeg", "colour_png", "nested_png"}

folders = st.lists(st.tuples(st.integers(0, 2), st.sampled_from(FILE_KINDS), st.binary(max_size=64)),
                   min_size=0, max_size=8)


def write_folder(root: Path, files) -> dict[int, int]:
    """The files in class folders c0..c2; how many good files each class got."""
    good: dict[int, int] = {}
    for i, (cls, kind, data) in enumerate(files):
        folder = root / f"c{cls}" / ("inner" if kind == "nested_png" else "")
        folder.mkdir(parents=True, exist_ok=True)
        suffix, content = file_bytes(kind, data)
        (folder / f"f{i}{suffix}").write_bytes(content)
        if kind in GOOD:
            good[cls] = good.get(cls, 0) + 1
    return good


@given(files=folders)
def test_any_folder_loads_its_good_files_or_says_why(tmp_path_factory, files):
    root = tmp_path_factory.mktemp("images")
    good = write_folder(root, files)
    clear_listing_cache()
    values = {"path": str(root), "size": 8}
    try:
        bundle = load_dataset("image_folder", values)
    except DataError as exc:
        assert str(exc)
        assert len(good) < 2 or sum(good.values()) < 2  # refused only without enough to learn from
        return
    assert bundle.n_train + bundle.n_test == sum(good.values())
    assert len(bundle.class_names) == len(good)
    bad = [f"f{i}" for i, (_, kind, _) in enumerate(files) if kind not in GOOD]
    text = " ".join(bundle.shape.warnings)
    for name in bad:
        assert name in text or "more" in text  # named, or counted once five are named


@given(files=folders)
def test_check_refuses_what_train_refuses(tmp_path_factory, capsys, files):
    root = tmp_path_factory.mktemp("checked")
    good = write_folder(root / "images", files)
    (root / "images").mkdir(exist_ok=True)
    clear_listing_cache()
    project = json.loads((REPO / "assets" / "examples" / "image_folder_shapes.json").read_text())
    project["data"]["params"] = {"path": "images", "size": 16}
    path = root / "project.json"
    path.write_text(json.dumps(project))
    code = main(["check", str(path)])
    _, err = capsys.readouterr()
    assert code == (0 if len(good) == 3 else 1), err  # the example's last layer has 3 units
    assert "Traceback" not in err


# --- learning ------------------------------------------------------------------------------------


@pytest.mark.usefixtures("one_torch_thread")
def test_a_small_cnn_learns_generated_shapes_far_above_chance(tmp_path):
    from builders import chain_project, dense, trained

    write_shapes_folder(tmp_path, per_class=60, size=16, seed=5)
    conv = ("Conv2D", {"filters": 8, "kernel_size": 3, "padding": "same", "activation": "ReLU"})
    pool = ("MaxPool2D", {})
    # pooled down to 1x1: a shape is found wherever it lies in the picture
    project = chain_project([conv, pool, conv, pool, pool, pool, "Flatten", dense(3, "Linear")],
                            "image_folder", {"path": str(tmp_path), "size": 16},
                            loss="cross_entropy", optimizer="adam", learning_rate=0.01, batch_size=8)
    metrics = trained(project, 15).evaluate()
    assert metrics.test_accuracy >= 0.8, metrics  # chance: 1/3

"""Data sets: shapes agree with data_shape, generation is deterministic, files are checked."""

from __future__ import annotations

import math
import subprocess
import sys
import tracemalloc
from pathlib import Path

import numpy as np
import pytest

from playground.core.datasets import DATASETS, DataError, data_shape, dataset
from playground.engine.data import DataBundle, expand_features, load_dataset
from playground.engine.data.images import CIFAR10_NAMES

from builders import cifar_records, idx_bytes, make_cifar, make_mnist

REPO = Path(__file__).resolve().parents[2]
IRIS = str(REPO / "assets" / "iris.csv")
# image_folder and the drawn sets: tests/engine/test_image_folder.py, test_drawn_data.py
FILE_BASED = {"mnist", "cifar10", "csv", "image_folder", "drawn", "drawn_values"}
GENERATED = [name for name in DATASETS if name not in FILE_BASED]


def arrays(b: DataBundle) -> list[np.ndarray]:
    return [a for a in (b.x_train, b.y_train, b.x_test, b.y_test, b.points_train, b.points_test)
            if a is not None]


def check_shapes(b: DataBundle, name: str, values: dict) -> None:
    shape = data_shape(name, values)
    assert b.shape == shape
    for x, y in ((b.x_train, b.y_train), (b.x_test, b.y_test)):
        assert x.dtype == np.float32 and x.shape[1:] == shape.input_shape
        assert np.isfinite(x).all()
        if shape.task == "classification":
            assert y.dtype == np.int64 and y.shape == (len(x),)
            assert 0 <= y.min() and y.max() < shape.n_classes
        else:
            assert y.dtype == np.float32 and y.shape == (len(x), *shape.target_shape)
    if shape.task == "classification":
        assert len(b.class_names) == shape.n_classes
    else:
        assert b.class_names == []


# --- every generated data set -----------------------------------------------------------------


@pytest.mark.parametrize("name", GENERATED)
def test_shapes_match_data_shape(name):
    b = load_dataset(name, {})
    check_shapes(b, name, {})
    values = dataset(name).params.complete({}, name)
    if "samples" in values:
        assert b.n_train + b.n_test == values["samples"]
        assert b.n_train == math.floor(values["samples"] * values["train_ratio"])
    else:  # digits
        assert b.n_train + b.n_test == 1797


@pytest.mark.parametrize("name", GENERATED)
def test_same_seed_same_bytes_other_seed_different(name):
    a, b = load_dataset(name, {"seed": 7}), load_dataset(name, {"seed": 7})
    for x, y in zip(arrays(a), arrays(b)):
        assert x.tobytes() == y.tobytes()
    c = load_dataset(name, {"seed": 8})
    assert a.x_train.tobytes() != c.x_train.tobytes()


@pytest.mark.parametrize("name", [n for n in GENERATED if DATASETS[n].family.startswith("2d")])
def test_plane_sets_within_the_plane_and_every_class_present(name):
    b = load_dataset(name, {"samples": 600, "noise": 0.0})
    assert b.extent == (-6.0, 6.0, -6.0, 6.0)
    assert b.features == ("x1", "x2")
    pts = np.concatenate([b.points_train, b.points_test])
    assert pts.dtype == np.float32 and pts.shape == (600, 2)
    inside = (np.abs(pts) <= 6.0).all(axis=1)
    assert inside.all() if name not in ("gauss", "blobs") else inside.mean() > 0.99  # tails
    np.testing.assert_array_equal(b.x_train, b.points_train)  # x1, x2 are the raw coordinates
    if b.shape.task == "classification":
        counts = np.bincount(np.concatenate([b.y_train, b.y_test]), minlength=b.shape.n_classes)
        # balanced, or near it where the label depends on the region (xor, checkerboard)
        assert counts.min() >= 0.8 * 600 / b.shape.n_classes


@pytest.mark.parametrize("name", ["blobs", "spirals"])
@pytest.mark.parametrize("k", [2, 6])
def test_k_class_sets(name, k):
    b = load_dataset(name, {"n_classes": k, "samples": 120})
    assert b.shape.n_classes == k and b.class_names == [str(i) for i in range(k)]
    labels = np.concatenate([b.y_train, b.y_test])
    assert np.bincount(labels).tolist() == [120 // k] * k


def test_invalid_values_become_data_errors():
    with pytest.raises(DataError, match="at least 10"):
        load_dataset("circle", {"samples": 3})
    with pytest.raises(DataError, match="has no parameter 'colour'"):
        load_dataset("circle", {"colour": 1})
    with pytest.raises(DataError, match="Unknown data set"):
        load_dataset("nope", {})
    with pytest.raises(DataError, match="No input feature is selected"):
        load_dataset("xor", {"feature_x1": False, "feature_x2": False})


# --- TensorFlow Playground geometry -----------------------------------------------------------


def test_circle_class_one_inside():
    b = load_dataset("circle", {"samples": 1000, "noise": 0.0})
    r = np.hypot(*np.concatenate([b.points_train, b.points_test]).T)
    y = np.concatenate([b.y_train, b.y_test])
    assert (r[y == 1] < 2.5).all()
    assert ((r[y == 0] >= 3.5) & (r[y == 0] <= 5.0)).all()
    assert (y == 1).sum() == 500


def test_circle_noise_flips_labels_near_the_gap():
    b = load_dataset("circle", {"samples": 1000, "noise": 0.5})
    r = np.hypot(*b.points_train.T)
    assert (b.y_train[r < 2.5] == 0).any()  # TFP decides the label on the jittered point


def test_xor_quadrants_and_padding():
    b = load_dataset("xor", {"noise": 0.0})
    p = b.points_train
    assert (np.abs(p) >= 0.3).all() and (np.abs(p) <= 5.3).all()
    np.testing.assert_array_equal(b.y_train, (p[:, 0] * p[:, 1] >= 0).astype(np.int64))


def test_gauss_centres():
    b = load_dataset("gauss", {"samples": 2000, "noise": 0.0})
    pts = np.concatenate([b.points_train, b.points_test])
    y = np.concatenate([b.y_train, b.y_test])
    np.testing.assert_allclose(pts[y == 1].mean(axis=0), [2, 2], atol=0.1)
    np.testing.assert_allclose(pts[y == 0].mean(axis=0), [-2, -2], atol=0.1)
    np.testing.assert_allclose(pts[y == 1].var(axis=0), [0.5, 0.5], rtol=0.15)  # TFP variance


def test_spiral_radius_and_arms():
    b = load_dataset("spiral", {"noise": 0.0})
    assert np.hypot(*b.points_train.T).max() < 5.0
    ones = b.points_train[b.y_train == 1]
    assert len(ones) and len(b.points_train[b.y_train == 0])


def test_plane_regression_target():
    b = load_dataset("plane", {"noise": 0.0})
    p = b.points_train.astype(np.float64)
    np.testing.assert_allclose(b.y_train[:, 0], (p[:, 0] + p[:, 1]) / 10, atol=1e-6)


def test_multi_gauss_regression_target_peaks_at_the_bumps():
    b = load_dataset("multi_gauss", {"samples": 5000, "noise": 0.0})
    p, y = b.points_train, b.y_train[:, 0]
    assert y.min() >= -1 and y.max() <= 1
    near = np.hypot(p[:, 0] + 4, p[:, 1] - 2.5) < 0.3  # bump at (-4, 2.5) is positive
    assert near.any() and (y[near] > 0.8).all()
    near = np.hypot(p[:, 0], p[:, 1] - 2.5) < 0.3  # bump at (0, 2.5) is negative
    assert near.any() and (y[near] < -0.8).all()


def test_checkerboard_cells_alternate():
    b = load_dataset("checkerboard", {"samples": 2000, "noise": 0.0})
    cells = np.floor((b.points_train.astype(np.float64) + 6) / 3).astype(int)
    np.testing.assert_array_equal(b.y_train, cells.sum(axis=1) % 2)


# --- features ---------------------------------------------------------------------------------


def test_expand_features_values_and_order():
    pts = np.array([[1.0, 2.0], [-3.0, 0.5]], dtype=np.float32)
    keys = ("x1", "x2", "x1_sq", "x2_sq", "x1_x2", "sin_x1", "sin_x2")
    out = expand_features(pts, keys)
    assert out.dtype == np.float32 and out.shape == (2, 7)
    np.testing.assert_allclose(out[0], [1, 2, 1, 4, 2, math.sin(1), math.sin(2)], rtol=1e-6)
    np.testing.assert_allclose(out[1], [-3, 0.5, 9, 0.25, -1.5, math.sin(-3), math.sin(0.5)],
                               rtol=1e-6)
    np.testing.assert_array_equal(expand_features(pts, ["sin_x2", "x1"]), out[:, [6, 0]])
    np.testing.assert_array_equal(expand_features(pts, ["feature_x1_x2"]), out[:, [4]])


def test_expand_features_errors():
    with pytest.raises(DataError, match="Unknown input feature"):
        expand_features(np.zeros((3, 2)), ["x3"])
    with pytest.raises(DataError, match="shape"):
        expand_features(np.zeros((3, 3)), ["x1"])
    with pytest.raises(DataError, match="No input feature"):
        expand_features(np.zeros((3, 2)), [])


def test_selected_features_feed_the_network_in_tfp_order():
    values = {"feature_x1": False, "feature_x2": True, "feature_sin_x1": True,
              "feature_x1_sq": True}
    b = load_dataset("spiral", values)
    assert b.features == ("x2", "x1_sq", "sin_x1")
    assert b.shape.input_shape == (3,)
    np.testing.assert_array_equal(b.x_train, expand_features(b.points_train, b.features))
    np.testing.assert_array_equal(b.x_test, expand_features(b.points_test, b.features))
    axis = np.linspace(-6, 6, 100)
    grid = np.stack(np.meshgrid(axis, axis), -1).reshape(-1, 2)
    assert expand_features(grid, b.features).shape == (10_000, 3)


# --- function and sequences ---------------------------------------------------------------------


@pytest.mark.parametrize("fn, f", [("sin", np.sin), ("abs", lambda x: np.abs(x) / 1.5 - 1),
                                   ("step", lambda x: np.where(x < 0, -1.0, 1.0)),
                                   ("cubic", lambda x: (x / 3) ** 3)])
def test_function_fit(fn, f):
    b = load_dataset("function", {"function": fn, "noise": 0.0})
    assert b.shape.curve and b.points_train is not None
    np.testing.assert_array_equal(b.points_train, b.x_train)
    x = b.x_train[:, 0].astype(np.float64)
    assert (x >= -3).all() and (x <= 3).all()
    np.testing.assert_allclose(b.y_train[:, 0], f(x), atol=1e-5)
    xmin, xmax, ymin, ymax = b.extent
    assert (xmin, xmax) == (-3.0, 3.0) and ymin < b.y_train.min() and ymax > b.y_train.max()


def test_function_noise_adds_spread():
    clean = load_dataset("function", {"noise": 0.0})
    noisy = load_dataset("function", {"noise": 0.5})
    np.testing.assert_array_equal(clean.x_train, noisy.x_train)
    resid = noisy.y_train[:, 0] - np.sin(noisy.x_train[:, 0])
    assert 0.3 < resid.std() < 0.7


def test_sine_next_target_continues_the_wave():
    b = load_dataset("sine_next", {"noise": 0.0, "length": 5, "samples": 200})
    x, y = b.x_train[:, :, 0].astype(np.float64), b.y_train[:, 0].astype(np.float64)
    assert b.shape.input_shape == (5, 1) and b.y_train.shape == (b.n_train, 1)
    # a pure sinusoid obeys s[t+1] = 2cos(w) s[t] - s[t-1]: recover 2cos(w), predict the next value
    ok = np.abs(x[:, 1]) > 0.3
    two_cos = (x[ok, 0] + x[ok, 2]) / x[ok, 1]
    np.testing.assert_allclose(y[ok], two_cos * x[ok, 4] - x[ok, 3], atol=1e-4)


def test_wave_kind_classes():
    b = load_dataset("wave_kind", {"samples": 300, "noise": 0.0, "length": 40})
    assert b.class_names == ["sine", "square", "sawtooth"]
    labels = np.concatenate([b.y_train, b.y_test])
    assert np.bincount(labels).tolist() == [100, 100, 100]
    square = b.x_train[b.y_train == 1, :, 0]
    # a noise-free square wave takes two values, +amplitude and -amplitude
    assert np.allclose(np.abs(square), np.abs(square[:, :1]))


# --- digits -------------------------------------------------------------------------------------


def test_digits():
    b = load_dataset("digits", {})
    assert b.n_train + b.n_test == 1797
    assert b.shape.n_classes == 10 and b.class_names == [str(d) for d in range(10)]
    assert b.x_train.shape[1:] == (1, 8, 8)
    assert b.x_train.min() == 0.0 and b.x_train.max() == 1.0
    assert set(np.concatenate([b.y_train, b.y_test]).tolist()) == set(range(10))
    assert np.all(np.isin(b.x_train * 16, np.arange(17)))  # integer counts 0..16 scaled


def test_digits_limit_and_reconstruct():
    b = load_dataset("digits", {"limit": 100, "target": "reconstruct", "train_ratio": 0.9})
    assert (b.n_train, b.n_test) == (90, 10)
    assert b.shape.task == "regression" and b.shape.target_shape == (1, 8, 8)
    np.testing.assert_array_equal(b.y_train, b.x_train)
    assert b.class_names == []
    check_shapes(b, "digits", {"target": "reconstruct"})


def test_too_few_samples_to_split():
    with pytest.raises(DataError, match="at least 2 are needed"):
        load_dataset("digits", {"limit": 1})


# --- MNIST from IDX files -------------------------------------------------------------------------


@pytest.mark.parametrize("gz, dotted, sub", [(False, False, ""), (True, False, ""),
                                              (False, True, "MNIST/raw"), (True, True, "x")])
def test_mnist_loads_from_idx_files(tmp_path, gz, dotted, sub):
    make_mnist(tmp_path / sub if sub else tmp_path, gz=gz, dotted=dotted)
    values = {"path": str(tmp_path), "limit": 0, "train_ratio": 0.8}
    b = load_dataset("mnist", values)
    check_shapes(b, "mnist", values)
    assert (b.n_train, b.n_test) == (13, 4)  # 12 + 5 pooled, then split 80/20
    for x, y in ((b.x_train, b.y_train), (b.x_test, b.y_test)):
        pixel = np.round(x[:, 0, 0, 0] * 255).astype(int)
        np.testing.assert_array_equal(pixel // 10, y)  # every image keeps its own label
        assert (x.reshape(len(x), -1) == x[:, :1, :1, :1].reshape(-1, 1)).all()


def test_mnist_limit_reconstruct_and_determinism(tmp_path):
    make_mnist(tmp_path)
    values = {"path": str(tmp_path), "limit": 6, "target": "reconstruct", "seed": 3}
    a, b = load_dataset("mnist", values), load_dataset("mnist", values)
    assert a.n_train + a.n_test == 6
    assert a.x_train.tobytes() == b.x_train.tobytes()
    assert a.y_train is a.x_train or np.array_equal(a.y_train, a.x_train)
    assert a.shape.target_shape == (1, 28, 28)


def test_mnist_errors(tmp_path):
    with pytest.raises(DataError, match="needs the folder"):
        load_dataset("mnist", {"path": ""})
    with pytest.raises(DataError, match="does not exist"):
        load_dataset("mnist", {"path": str(tmp_path / "nowhere")})
    make_mnist(tmp_path)
    (tmp_path / "t10k-labels-idx1-ubyte").unlink()
    with pytest.raises(DataError, match="has no t10k-labels-idx1-ubyte"):
        load_dataset("mnist", {"path": str(tmp_path)})


def test_mnist_corrupt_files(tmp_path):
    make_mnist(tmp_path)
    labels = tmp_path / "train-labels-idx1-ubyte"
    good = labels.read_bytes()
    labels.write_bytes(b"\x00\x00\x08\x03" + good[4:])  # labels claiming to be 3-D images
    with pytest.raises(DataError, match="magic number is 0x00000803, expected 0x00000801"):
        load_dataset("mnist", {"path": str(tmp_path)})
    labels.write_bytes(good[:-2])
    with pytest.raises(DataError, match="is truncated"):
        load_dataset("mnist", {"path": str(tmp_path)})
    labels.write_bytes(idx_bytes(np.zeros(11, np.uint8)))
    with pytest.raises(DataError, match="12 images but .* 11 labels"):
        load_dataset("mnist", {"path": str(tmp_path)})
    labels.write_bytes(good)
    images = tmp_path / "train-images-idx3-ubyte"
    images.write_bytes(idx_bytes(np.zeros((12, 8, 8), np.uint8)))
    with pytest.raises(DataError, match="8x8 images; MNIST images are 28x28"):
        load_dataset("mnist", {"path": str(tmp_path)})


def test_mnist_broken_gzip(tmp_path):
    make_mnist(tmp_path, gz=True)
    gz = tmp_path / "t10k-images-idx3-ubyte.gz"
    gz.write_bytes(gz.read_bytes()[:30])
    with pytest.raises(DataError, match="not a complete gzip file"):
        load_dataset("mnist", {"path": str(tmp_path)})


# --- CIFAR-10 binary ---------------------------------------------------------------------------


def test_cifar10_loads_binary_batches(tmp_path):
    make_cifar(tmp_path / "cifar-10-batches-bin")
    values = {"path": str(tmp_path), "limit": 0, "train_ratio": 0.5}
    b = load_dataset("cifar10", values)
    check_shapes(b, "cifar10", values)
    assert (b.n_train, b.n_test) == (9, 9) and b.class_names == CIFAR10_NAMES
    x = np.concatenate([b.x_train, b.x_test])
    y = np.concatenate([b.y_train, b.y_test])
    red = np.round(x[:, 0] * 255)
    np.testing.assert_array_equal(red, np.broadcast_to(y[:, None, None], (18, 32, 32)))
    assert np.all(np.round(x[:, 2] * 255) == 200)  # channels in R, G, B order
    assert sorted(y.tolist()) == sorted([i % 10 for i in range(18)])


def test_cifar10_errors(tmp_path):
    with pytest.raises(DataError, match="is a file, not a folder"):
        path = tmp_path / "f.bin"
        path.write_bytes(b"x")
        load_dataset("cifar10", {"path": str(path)})
    make_cifar(tmp_path / "c")
    (tmp_path / "c" / "test_batch.bin").unlink()
    with pytest.raises(DataError, match="has no test_batch.bin"):
        load_dataset("cifar10", {"path": str(tmp_path / "c")})
    (tmp_path / "c" / "test_batch.bin").write_bytes(cifar_records([1, 2])[:-5])
    with pytest.raises(DataError, match="not a whole number of CIFAR-10 records"):
        load_dataset("cifar10", {"path": str(tmp_path / "c")})
    (tmp_path / "c" / "test_batch.bin").write_bytes(cifar_records([1, 42]))
    with pytest.raises(DataError, match="Record 2 of 'test_batch.bin' has the label 42"):
        load_dataset("cifar10", {"path": str(tmp_path / "c")})


def test_a_cifar_batch_larger_than_the_whole_set_is_refused_unread(tmp_path):
    make_cifar(tmp_path)
    with open(tmp_path / "data_batch_2.bin", "r+b") as f:
        f.truncate(60_001 * 3073)  # sparse: takes no disk, but reading it would take 184 MB
    tracemalloc.start()
    try:
        with pytest.raises(DataError, match="more than all 60,000 CIFAR-10 images"):
            load_dataset("cifar10", {"path": str(tmp_path)})
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 10_000_000


def test_cifar10_python_version_is_refused_with_a_hint(tmp_path):
    for name in ("data_batch_1", "test_batch", "batches.meta"):
        (tmp_path / name).write_bytes(b"\x80\x02}q\x00.")  # a pickle: must never be loaded
    with pytest.raises(DataError, match="Python version of CIFAR-10"):
        load_dataset("cifar10", {"path": str(tmp_path)})


# --- CSV tables --------------------------------------------------------------------------------


def test_iris_csv():
    b = load_dataset("csv", {"path": IRIS})
    check_shapes(b, "csv", {"path": IRIS})
    assert b.shape.input_shape == (4,) and b.shape.n_classes == 3
    assert b.class_names == ["setosa", "versicolor", "virginica"]
    assert (b.n_train, b.n_test) == (120, 30)
    np.testing.assert_allclose(b.x_train.mean(axis=0), 0, atol=1e-5)  # standardized on train
    np.testing.assert_allclose(b.x_train.std(axis=0), 1, atol=1e-5)
    raw = load_dataset("csv", {"path": IRIS, "normalize": False})
    assert raw.x_train.min() > 0 and raw.x_train.max() < 8  # centimetres, untouched


def test_csv_regression_and_constant_column(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("a,const,y\n" + "".join(f"{i},5,{i * 0.5}\n" for i in range(10)))
    b = load_dataset("csv", {"path": str(path), "seed": 1})
    check_shapes(b, "csv", {"path": str(path)})
    assert b.shape.task == "regression" and b.y_train.shape == (8, 1)
    assert np.isfinite(b.x_train).all() and (b.x_train[:, 1] == 0).all()  # std 0: only centred
    raw = load_dataset("csv", {"path": str(path), "seed": 1, "normalize": False})
    np.testing.assert_array_equal(raw.y_train[:, 0], raw.x_train[:, 0] * 0.5)  # rows stay whole
    np.testing.assert_array_equal(raw.y_train, b.y_train)  # same seed, same split


def test_csv_error_reaches_load_dataset(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("a,y\n1,0\n,1\n")
    with pytest.raises(DataError, match="Row 3, column 'a' is empty"):
        load_dataset("csv", {"path": str(path)})


# --- import hygiene ----------------------------------------------------------------------------


def test_import_stays_free_of_torch_and_qt():
    code = ("import playground.engine.data, sys; "
            "bad = [m for m in ('torch', 'PySide6', 'pyqtgraph') if m in sys.modules]; "
            "assert not bad, bad")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_an_image_set_is_converted_without_a_second_copy(tmp_path):
    """The images go straight from each file into the float32 array, the files let go as they are
    copied: the peak is the floats and the files' bytes, not a pooled uint8 copy of every image too
    (on CIFAR-10 that copy was 180 MB of the worker's peak)."""
    make_cifar(tmp_path, per_batch=150)  # its pixels name the record: 150 at most
    raw = 6 * 150 * 3073
    tracemalloc.start()
    try:
        bundle = load_dataset("cifar10", {"path": str(tmp_path)})
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    floats = sum(x.nbytes for x in (bundle.x_train, bundle.x_test))
    assert floats == 6 * 150 * 3072 * 4
    assert peak < floats + 2 * raw  # the old pooled uint8 copy and its float32 block: 2.3 x raw

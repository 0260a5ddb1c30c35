"""Property-based: damaged MNIST IDX files (truncated, wrong magic, wrong or huge declared sizes,
random bytes, gzip cut short) give the images or a DataError, never another exception, and a
header that announces gigabytes allocates nothing before it is refused.
"""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest
from hypothesis import event, given, settings

from playground.core.datasets import DataError
from playground.engine.data import load_dataset
from playground.engine.data.images import MNIST_FILES, read_idx

from builders import make_mnist
from mutants import good_idx, idx_mutants

# More than any file here holds, far less than a header's announced 4 GB
ALLOCATION_LIMIT = 8 * 1024 * 1024


def read_mutant(tmp_path_factory, ndim: int, raw: bytes, gz: bool) -> np.ndarray | None:
    path = tmp_path_factory.mktemp("idx") / ("file-idx-ubyte" + (".gz" if gz else ""))
    path.write_bytes(raw)
    tracemalloc.start()
    try:
        array = read_idx(path, ndim)
    except DataError as exc:
        assert path.name in str(exc)
        array = None
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert peak < ALLOCATION_LIMIT, f"reading a {len(raw)}-byte file allocated {peak:,} bytes"
    return array


@settings(max_examples=settings().max_examples * 5)  # ~1 ms each
@given(idx_mutants())
def test_a_damaged_idx_file_is_read_or_refused_with_a_data_error(tmp_path_factory, mutant):
    ndim, raw, gz = mutant
    array = read_mutant(tmp_path_factory, ndim, raw, gz)
    event("read" if array is not None else "refused")
    if array is not None:
        assert array.ndim == ndim and array.dtype == np.uint8


@pytest.mark.parametrize("gz", [False, True])
@pytest.mark.parametrize("sizes", [(2**32 - 1, 28, 28), (60000, 2**32 - 1, 2**32 - 1), (2**31, 1, 1)])
def test_a_header_announcing_gigabytes_allocates_nothing(tmp_path_factory, sizes, gz):
    raw = bytearray(good_idx(3))
    for i, size in enumerate(sizes):
        raw[4 + 4 * i: 8 + 4 * i] = size.to_bytes(4, "big")
    import gzip

    data = gzip.compress(bytes(raw)) if gz else bytes(raw)
    assert read_mutant(tmp_path_factory, 3, data, gz) is None


@settings(max_examples=settings().max_examples)  # a whole folder loaded each time: ~5 ms
@given(idx_mutants())
def test_an_mnist_folder_with_one_damaged_file_loads_or_says_why(tmp_path_factory, mutant):
    ndim, raw, gz = mutant
    folder = tmp_path_factory.mktemp("mnist")
    make_mnist(folder)
    part = "train images" if ndim == 3 else "test labels"
    name = MNIST_FILES[part]
    (folder / name).unlink()
    (folder / (name + (".gz" if gz else ""))).write_bytes(raw)
    try:
        bundle = load_dataset("mnist", {"path": str(folder)})
    except DataError as exc:
        assert str(exc)
        event("refused")
    else:
        event("loaded")
        assert bundle.n_train >= 1 and bundle.n_test >= 1

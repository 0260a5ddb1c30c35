"""A big CSV file costs about its numbers in memory, not its text (issue #11: a 63 MB file
took 1.5 GB). Measured with tracemalloc, which numpy reports its arrays to, on 30,000 rows:
the text of this file is ~45 times its numbers in Python strings."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest

from playground.core.table import clear_table_cache, load_table
from playground.engine.data import load_dataset

ROWS = 30_000
NUMERIC_BYTES = ROWS * 5 * 4  # 4 inputs and a label, float32


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory):
    x = np.random.default_rng(0).random((ROWS, 4))
    path = tmp_path_factory.mktemp("big") / "big.csv"
    with open(path, "w", encoding="utf-8") as f:
        f.write("a,b,c,d,label\n")
        f.writelines("%.4f,%.4f,%.4f,%.4f,%s\n" % (*row, "xyz"[i % 3]) for i, row in enumerate(x))
    return str(path)


def traced_peak(load) -> tuple[object, int]:
    clear_table_cache()
    tracemalloc.start()
    try:
        result = load()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        clear_table_cache()


def test_parsing_peaks_within_three_times_the_numbers(big_csv):
    data, peak = traced_peak(lambda: load_table(big_csv))
    assert data.n_rows == ROWS
    assert peak < 3 * NUMERIC_BYTES, f"{peak / NUMERIC_BYTES:.1f}x the numbers"


def test_loading_peaks_within_five_times_the_numbers(big_csv):
    # the bundle's labels are int64 (the trainer's contract) and the split's indices too: two
    # more 8-byte columns than the file's float32 numbers, on top of the kept table
    bundle, peak = traced_peak(lambda: load_dataset("csv", {"path": big_csv}))
    assert bundle.n_train + bundle.n_test == ROWS
    assert peak < 5 * NUMERIC_BYTES, f"{peak / NUMERIC_BYTES:.1f}x the numbers"

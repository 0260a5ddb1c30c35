"""Property-based tests of the CSV loader: any file gives a consistent DataBundle or a DataError,
and the bundle holds exactly the table's rows, split and (optionally) scaled."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import event, given
from hypothesis import strategies as st
from table_strategies import MUTATIONS, csv_files

from playground.core.datasets import DataError, data_shape
from playground.core.table import clear_table_cache, load_table
from playground.engine.data import load_dataset
from playground.engine.data.tables import standardize


@pytest.fixture(autouse=True)
def _fresh_cache():
    clear_table_cache()
    yield
    clear_table_cache()


@pytest.mark.parametrize("kind", ["valid", "special_cell", "encoding", "semicolon", "bom_crlf"])
@given(data=st.data(), task=st.sampled_from(("auto", "classification", "regression")),
       normalize=st.booleans(), seed=st.integers(0, 3))
def test_a_loaded_table_is_the_file_split(tmp_path_factory, kind, data, task, normalize, seed):
    assert kind in MUTATIONS
    _, raw = data.draw(csv_files(kind, min_rows=2, min_cols=2))
    path = tmp_path_factory.mktemp("fuzz") / "data.csv"
    path.write_bytes(raw)
    values = {"path": str(path), "task": task, "normalize": normalize, "seed": seed}
    try:
        bundle = load_dataset("csv", values)  # check_bundle inside: a mismatch is a RuntimeError
    except DataError as exc:
        event("DataError")
        assert str(exc) and "Traceback" not in str(exc)
        return
    event("bundle")
    table = load_table(str(path), "", task)
    assert bundle.shape == data_shape("csv", values)
    assert bundle.n_train + bundle.n_test == table.n_rows and min(bundle.n_train, bundle.n_test) >= 1
    x = np.frombuffer(table.inputs, np.float32).reshape(table.n_rows, -1)
    y = np.frombuffer(table.targets, np.int16 if table.task == "classification" else np.float32)
    if not normalize:  # the same rows, shuffled: sort both to compare
        got = np.concatenate([bundle.x_train, bundle.x_test])
        np.testing.assert_array_equal(np.sort(got, axis=0), np.sort(x, axis=0))
    assert np.isfinite(bundle.x_train).all() and np.isfinite(bundle.x_test).all()
    got_y = np.concatenate([bundle.y_train, bundle.y_test]).ravel()
    np.testing.assert_array_equal(np.sort(got_y), np.sort(y.astype(got_y.dtype)))


@given(st.lists(st.lists(st.floats(-1e6, 1e6, width=32), min_size=3, max_size=3),
                min_size=4, max_size=40))
def test_standardize_matches_numpy_on_the_train_split(rows):
    train = np.array(rows, dtype=np.float32)
    test = train[::-1].copy()
    expected_mean = train.astype(np.float64).mean(axis=0)
    std = train.astype(np.float64).std(axis=0)
    std[std < 1e-12] = 1.0
    standardize(train, test)
    reference = ((np.array(rows, np.float64) - expected_mean) / std).astype(np.float32)
    np.testing.assert_allclose(train, reference, rtol=1e-5, atol=1e-5)

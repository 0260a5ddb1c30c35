"""Property-based tests of the CSV parser: whatever the bytes, a table or a DataError in plain
words; a table of float32 numbers reads back exactly.

`pytest --hypothesis-show-statistics` prints how many files of each mutation kind were tried.
"""

from __future__ import annotations

import csv
import math
from array import array

import pytest
from hypothesis import event, given
from hypothesis import strategies as st
from table_strategies import MUTATIONS, csv_files, tables, to_csv

from playground.core.datasets import DataError
from playground.core.table import FLOAT32_MAX, TASKS, clear_table_cache, load_table, read_table


@pytest.fixture(autouse=True)
def _fresh_cache():
    clear_table_cache()
    yield
    clear_table_cache()


def assert_plain_message(message: str) -> None:
    """One sentence-like line a student can read: no traceback, no control characters."""
    assert message and message.strip() == message
    assert "Traceback" not in message and "\n" not in message
    assert all(c.isprintable() for c in message), repr(message)


def check_table(data) -> None:
    """What the engine relies on in any table the parser accepts."""
    k = len(data.input_columns)
    assert k >= 1 and data.n_rows >= 2
    assert len(data.inputs) == data.n_rows * k and data.inputs.typecode == "f"
    assert all(math.isfinite(v) for v in data.inputs)
    assert len(data.targets) == data.n_rows
    if data.task == "classification":
        assert len(data.class_names) >= 2 and data.targets.typecode == "h"
        assert set(data.targets) <= set(range(len(data.class_names)))
    else:
        assert data.targets.typecode == "f" and all(math.isfinite(v) for v in data.targets)
    for warning in data.warnings:
        assert_plain_message(warning)


@pytest.mark.parametrize("kind", MUTATIONS)
@given(data=st.data(), target=st.sampled_from(("", "y1", "col0", "LABEL2")),
       task=st.sampled_from(TASKS))
def test_any_file_is_a_table_or_a_plain_data_error(tmp_path_factory, kind, data, target, task):
    _, data = data.draw(csv_files(kind))
    path = tmp_path_factory.mktemp("fuzz") / "data.csv"
    path.write_bytes(data)
    try:
        table = load_table(str(path), target, task)
    except DataError as exc:
        event("DataError")
        assert_plain_message(str(exc))
        return
    event("table")
    check_table(table)


@given(csv_files())
def test_read_table_rows_match_the_header(tmp_path_factory, file):
    kind, data = file
    path = tmp_path_factory.mktemp("fuzz") / "data.csv"
    path.write_bytes(data)
    try:
        table = read_table(str(path))
    except DataError as exc:
        assert_plain_message(str(exc))
        return
    event(kind)
    assert all(len(row) == len(table.columns) for row in table.rows)
    assert list(table.row_numbers) == sorted(set(table.row_numbers))  # file order, one line each


@given(tables(min_rows=2).filter(lambda t: len(t[0]) >= 2 and len({c.casefold() for c in t[0]}) == len(t[0])))
def test_a_valid_table_is_read_whatever_its_columns(tmp_path_factory, table):
    header, rows = table
    path = tmp_path_factory.mktemp("valid") / "data.csv"
    path.write_text(to_csv(header, rows), encoding="utf-8")
    labels_in_inputs = any(not _is_number(row[i]) for row in rows for i in range(len(header) - 1))
    try:
        data = load_table(str(path), task="classification")
    except DataError as exc:
        # text in an input column, or a target of one value: the only reasons to refuse it
        message = str(exc)
        assert labels_in_inputs or "only one value" in message, message
        return
    assert not labels_in_inputs
    check_table(data)
    assert data.n_rows == len(rows)
    assert data.inputs == array("f", [float(row[i]) for row in rows for i in range(len(header) - 1)])


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


finite32 = st.floats(width=32, allow_nan=False, allow_infinity=False)


@given(st.integers(2, 30).flatmap(lambda n: st.lists(
    st.lists(finite32, min_size=3, max_size=3), min_size=n, max_size=n)))
def test_float32_numbers_written_by_the_csv_module_read_back_exactly(tmp_path_factory, rows):
    path = tmp_path_factory.mktemp("roundtrip") / "numbers.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["a", "b", "target"])
        writer.writerows(rows)
    data = load_table(str(path), task="regression")
    assert data.inputs == array("f", [v for row in rows for v in row[:2]])
    assert data.targets == array("f", [row[2] for row in rows])
    assert all(abs(v) <= FLOAT32_MAX for v in data.inputs)

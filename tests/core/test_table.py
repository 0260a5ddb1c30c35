"""CSV tables: parsing, task detection, and the error sentences a student sees."""

from __future__ import annotations

import os
from array import array
from pathlib import Path

import pytest

from playground.core import table as table_mod
from playground.core.datasets import DataError, DataShape, data_shape
from playground.core.table import clear_table_cache, load_table, read_table, table_shape

REPO = Path(__file__).resolve().parents[2]
IRIS = REPO / "assets" / "iris.csv"


def write(tmp_path: Path, text: str, name: str = "data.csv", encoding: str = "utf-8") -> str:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def error_of(path: str, target: str = "", task: str = "auto") -> str:
    with pytest.raises(DataError) as info:
        load_table(path, target, task)
    return str(info.value)


@pytest.fixture(autouse=True)
def _fresh_cache():
    clear_table_cache()
    yield
    clear_table_cache()


# --- reading -----------------------------------------------------------------------------------


def test_iris_is_three_classes_with_four_features():
    data = load_table(str(IRIS))
    assert data.n_rows == 150
    assert data.input_columns == ("sepal_length", "sepal_width", "petal_length", "petal_width")
    assert data.target_column == "species"
    assert data.task == "classification"
    assert data.class_names == ("setosa", "versicolor", "virginica")
    assert sorted(set(data.targets)) == [0.0, 1.0, 2.0]
    assert data.inputs[:4] == array("f", [5.1, 3.5, 1.4, 0.2])  # float32, as the network reads them
    assert data.shape == DataShape((4,), "classification", n_classes=3)


def test_read_table_strips_cells_and_skips_blank_lines(tmp_path):
    path = write(tmp_path, "a, b ,c\n1, 2 ,3\n\n,,\n4,5,6\n")
    t = read_table(path)
    assert t.columns == ("a", "b", "c")
    assert t.rows == (("1", "2", "3"), ("4", "5", "6"))
    assert t.row_numbers == (2, 5)  # numbered like the file's lines, header = 1
    assert t.delimiter == ","


def test_semicolon_delimiter_with_decimal_commas(tmp_path):
    path = write(tmp_path, "x;y;label\n1,5;2;a\n-0,25;3,75;b\n")
    data = load_table(path)
    assert data.input_columns == ("x", "y")
    assert list(data.inputs) == [1.5, 2.0, -0.25, 3.75]
    assert data.class_names == ("a", "b")


def test_excel_sep_hint_crlf_and_multiline_cells_keep_row_numbers(tmp_path):
    path = write(tmp_path, 'sep=;\r\na;note;y\r\n1;"two\r\nlines";0\r\n;x;1\r\n')
    t = read_table(path)
    assert t.delimiter == ";" and t.columns == ("a", "note", "y")
    assert t.row_numbers == (3, 5)
    assert t.rows[0][1] == "two\r\nlines"
    assert error_of(path, target="note").startswith("Row 5, column 'a' is empty")


def test_tab_delimiter(tmp_path):
    data = load_table(write(tmp_path, "x\ty\n1\t2.5\n3\t4.5\n"))
    assert data.task == "regression" and list(data.targets) == [2.5, 4.5]


def test_utf8_bom_is_not_part_of_the_first_column(tmp_path):
    path = write(tmp_path, "\ufeffh\u00f6he,y\n1,2.5\n2,3.5\n")
    data = load_table(path)
    assert data.input_columns == ("h\u00f6he",)


def test_latin1_file_is_still_read(tmp_path):
    path = write(tmp_path, "h\u00f6he,y\n1,2.5\n2,3.5\n", encoding="latin-1")
    assert load_table(path).input_columns == ("h\u00f6he",)


def test_quoted_cells_and_trailing_separators(tmp_path):
    path = write(tmp_path, 'a,b,"the label",\n1,2,"x, y",\n3,4,z,\n')
    data = load_table(path)
    assert data.target_column == "the label"
    assert data.class_names == ("x, y", "z")


# --- target and task -----------------------------------------------------------------------


def test_target_column_by_name_and_case_insensitive(tmp_path):
    path = write(tmp_path, "Age,Height,Weight\n10,140,35\n20,175,70\n")
    data = load_table(path, "height", "regression")
    assert data.target_column == "Height"
    assert data.input_columns == ("Age", "Weight")
    assert list(data.targets) == [140.0, 175.0]
    assert list(data.inputs) == [10.0, 35.0, 20.0, 70.0]


def test_auto_whole_numbers_are_classes_sorted_numerically(tmp_path):
    path = write(tmp_path, "x,y\n1,10\n2,2\n3,10\n4,2.0\n")
    data = load_table(path)
    assert data.task == "classification"
    assert data.class_names == ("2", "10")  # numeric order, "2.0" is the same class as "2"
    assert list(data.targets) == [1.0, 0.0, 1.0, 0.0]


def test_auto_many_whole_numbers_or_decimals_is_regression(tmp_path):
    rows = "".join(f"{i},{i * 3}\n" for i in range(21))  # 21 distinct whole numbers
    assert load_table(write(tmp_path, "x,y\n" + rows)).task == "regression"
    twenty = "".join(f"{i},{i * 3}\n" for i in range(20))
    assert load_table(write(tmp_path, "x,y\n" + twenty, "b.csv")).task == "classification"
    assert load_table(write(tmp_path, "x,y\n1,0.5\n2,1\n", "c.csv")).task == "regression"


def test_forced_classification_of_decimals(tmp_path):
    data = load_table(write(tmp_path, "x,y\n1,0.5\n2,1\n3,0.5\n"), task="classification")
    assert data.class_names == ("0.5", "1")
    assert list(data.targets) == [0.0, 1.0, 0.0]


def test_forced_regression_of_whole_numbers(tmp_path):
    data = load_table(write(tmp_path, "x,y\n1,0\n2,1\n"), task="regression")
    assert data.task == "regression" and data.shape == DataShape((1,), "regression")


# --- errors --------------------------------------------------------------------------------------


def test_error_file_not_found(tmp_path):
    msg = error_of(str(tmp_path / "nope.csv"))
    assert "does not exist" in msg and "nope.csv" in msg


def test_error_no_path_chosen():
    assert "No CSV file is chosen" in error_of("")


def test_error_folder_instead_of_file(tmp_path):
    assert "is a folder" in error_of(str(tmp_path))


@pytest.mark.parametrize("text", ["", "\n\n  \n"])
def test_error_empty_file(tmp_path, text):
    assert "is empty" in error_of(write(tmp_path, text))


def test_error_binary_file(tmp_path):
    path = tmp_path / "book.xlsx"
    path.write_bytes(b"PK\x03\x04\x00\x00rest")
    assert "not a text file" in error_of(str(path))


def test_error_no_header(tmp_path):
    msg = error_of(write(tmp_path, "1,2,3\n4,5,6\n"))
    assert "first row" in msg and "holds numbers (1, 2, 3)" in msg and "header row" in msg


def test_error_empty_cell_names_row_and_column(tmp_path):
    lines = ["age,height,y"] + [f"{i},{150 + i},{i % 2}" for i in range(12)] + [",160,1"]
    msg = error_of(write(tmp_path, "\n".join(lines) + "\n"))
    assert msg == "Row 14, column 'age' is empty: fill it in or remove the row."


def test_error_empty_target_cell(tmp_path):
    msg = error_of(write(tmp_path, "a,y\n1,2\n3,\n"))
    assert msg == "Row 3, column 'y' is empty: fill it in or remove the row."


def test_error_missing_token(tmp_path):
    msg = error_of(write(tmp_path, "a,y\n1,2\nNA,3\n"))
    assert msg.startswith("Row 3, column 'a' is missing ('NA')")


def test_error_text_in_input_column(tmp_path):
    msg = error_of(write(tmp_path, "x,city,y\n1,2,0\n3,Paris,1\n"))
    assert msg.startswith("Row 3, column 'city' holds text ('Paris'): only numbers can be used "
                          "as inputs")


def test_error_infinite_input(tmp_path):
    assert "not a finite number" in error_of(write(tmp_path, "x,y\n1,2\ninf,3\n"))


def test_error_no_such_column_lists_the_columns(tmp_path):
    msg = error_of(write(tmp_path, "a,b,c\n1,2,3\n4,5,6\n"), target="foo")
    assert msg == "There is no column 'foo'; the columns are: a, b, c."


@pytest.mark.parametrize("bad_row", ["1,2", "1,2,3,4"])
def test_error_wrong_number_of_cells(tmp_path, bad_row):
    msg = error_of(write(tmp_path, f"a,b,c\n1,2,3\n{bad_row}\n"))
    n = len(bad_row.split(","))
    assert msg.startswith(f"Row 3 has {n} cells but the header has 3 columns")


def test_error_regression_target_with_text(tmp_path):
    msg = error_of(write(tmp_path, "x,price\n1,10.5\n2,cheap\n"), task="regression")
    assert msg.startswith("Row 3, column 'price' holds text ('cheap'): a regression target must "
                          "be a number")


def test_auto_mixed_target_is_regression_and_names_the_text(tmp_path):
    rows = "".join(f"{i},{i * 1.5}\n" for i in range(5)) + "5,12..5\n"
    msg = error_of(write(tmp_path, "x,y\n" + rows))
    assert "Row 7, column 'y' holds text ('12..5')" in msg


@pytest.mark.parametrize("text", ["a,b\n", "a,b\n1,2\n"])
def test_error_fewer_than_two_rows(tmp_path, text):
    msg = error_of(write(tmp_path, text))
    assert "at least 2 are needed" in msg


def test_error_only_one_column(tmp_path):
    msg = error_of(write(tmp_path, "a\n1\n2\n3\n"))
    assert "only one column ('a')" in msg


def test_error_single_class(tmp_path):
    msg = error_of(write(tmp_path, "x,y\n1,a\n2,a\n"))
    assert "only one value ('a')" in msg and "at least 2 classes" in msg


def test_error_duplicate_and_unnamed_columns(tmp_path):
    assert "Two columns" in error_of(write(tmp_path, "a,b,a\n1,2,3\n4,5,6\n"))
    unnamed = write(tmp_path, "a,,c\n1,2,3\n4,5,6\n", "u.csv")
    assert "Column 2 of the header row" in error_of(unnamed)


def test_error_unknown_task(tmp_path):
    assert "Task must be one of" in error_of(write(tmp_path, "a,b\n1,2\n3,4\n"), task="guess")


# --- shape inference and its cache --------------------------------------------------------------


def test_data_shape_uses_table_shape():
    shape = data_shape("csv", {"path": str(IRIS)})
    assert shape == DataShape((4,), "classification", n_classes=3)
    # with another target the species names become an input, and inputs must be numbers
    with pytest.raises(DataError, match=r"Row 2, column 'species' holds text \('setosa'\)"):
        data_shape("csv", {"path": str(IRIS), "target_column": "petal_width"})


def test_table_shape_is_cached_until_the_file_changes(tmp_path, monkeypatch):
    path = write(tmp_path, "a,b,y\n1,2,0\n3,4,1\n")
    calls = []
    real = table_mod.load_table
    monkeypatch.setattr(table_mod, "load_table", lambda *a: calls.append(a) or real(*a))
    assert table_shape(path, "", "auto") == DataShape((2,), "classification", n_classes=2)
    assert table_shape(path, "", "auto") == DataShape((2,), "classification", n_classes=2)
    assert len(calls) == 1
    assert table_shape(path, "a", "regression") == DataShape((2,), "regression")
    assert len(calls) == 2
    Path(path).write_text("a,y\n1,0\n3,1\n5,2\n")
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10_000_000))  # a later mtime for sure
    assert table_shape(path, "", "auto") == DataShape((1,), "classification", n_classes=3)
    assert len(calls) == 3


def test_table_shape_caches_errors_too(tmp_path, monkeypatch):
    path = write(tmp_path, "a,y\n1,0\nParis,1\n")
    calls = []
    real = table_mod.load_table
    monkeypatch.setattr(table_mod, "load_table", lambda *a: calls.append(a) or real(*a))
    for _ in range(3):
        with pytest.raises(DataError, match="holds text"):
            table_shape(path, "", "auto")
    assert len(calls) == 1


# --- one pass, float32, warnings as data ---------------------------------------------------------


def test_inputs_are_float32_and_targets_small_class_indices(tmp_path):
    data = load_table(write(tmp_path, "x,y,label\n0.1,2,b\n3,4e5,a\n"))
    assert data.inputs.typecode == "f" and data.inputs == array("f", [0.1, 2, 3, 4e5])
    assert data.targets.typecode == "h" and list(data.targets) == [1, 0]
    regression = load_table(write(tmp_path, "x,y\n1,0.1\n2,0.7\n", "r.csv"), task="regression")
    assert regression.targets == array("f", [0.1, 0.7])


def test_rows_past_one_block_are_all_read_and_checked(tmp_path):
    n = table_mod._BLOCK_ROWS * 2 + 3
    rows = "".join(f"{i},{i % 3}\n" for i in range(n))
    data = load_table(write(tmp_path, "x,y\n" + rows))
    assert data.n_rows == n and data.inputs[-1] == n - 1
    bad = write(tmp_path, "x,y\n" + rows + "1e39,1\n", "bad.csv")
    assert error_of(bad).startswith(f"Row {n + 2}, column 'x' holds '1e39', which is too large")


@pytest.mark.parametrize("cell, says", [("nan", "is missing ('nan')"), ("-inf", "not a finite number"),
                                        ("1e300", "which is too large")])
def test_nan_infinite_and_too_large_inputs_name_row_and_column(tmp_path, cell, says):
    msg = error_of(write(tmp_path, f"a,b,y\n1,2,0\n3,{cell},1\n"))
    assert msg.startswith("Row 3, column 'b'") and says in msg


def test_regression_target_too_large_or_infinite(tmp_path):
    msg = error_of(write(tmp_path, "x,y\n1,2.5\n2,-1e40\n"), task="regression")
    assert msg.startswith("Row 3, column 'y' holds '-1e40', which is too large")
    assert "not a finite number" in error_of(write(tmp_path, "x,y\n1,inf\n2,1.5\n", "i.csv"))


def test_a_target_of_many_numbers_is_regression_and_of_many_names_too_many_classes(tmp_path):
    n = table_mod.MAX_CLASSES + 5
    numbers = write(tmp_path, "x,y\n" + "".join(f"{i},{i * 0.5}\n" for i in range(n)))
    data = load_table(numbers)
    assert data.task == "regression" and data.targets[-1] == (n - 1) * 0.5
    names = write(tmp_path, "x,y\n" + "".join(f"{i},name{i}\n" for i in range(n)), "n.csv")
    assert "more than 1000 different values" in error_of(names)
    assert "more than 1000" in error_of(numbers, task="classification")
    mixed = write(tmp_path, "x,y\n" + "".join(f"{i},{i}.5\n" for i in range(n)) + "0,oops\n", "m.csv")
    assert error_of(mixed).startswith(f"Row {n + 2}, column 'y' holds text ('oops')")


def test_not_utf8_is_a_warning_on_the_data_not_a_log_line(tmp_path, caplog):
    path = write(tmp_path, "h\u00f6he,y\n1,2.5\n2,3.5\n", encoding="latin-1")
    with caplog.at_level("DEBUG"):
        data = load_table(path)
    assert data.input_columns == ("h\u00f6he",)
    assert len(data.warnings) == 1 and "is not saved as UTF-8" in data.warnings[0]
    assert "data.csv" in data.warnings[0]
    assert not [r for r in caplog.records if r.levelname == "WARNING"]
    assert table_shape(path).warnings == data.warnings


def test_a_bad_byte_past_the_sniffed_head_rereads_the_file_as_latin1(tmp_path):
    rows = "".join(f"{i},{i % 2}\n" for i in range(20_000))  # longer than the sniffed head
    path = tmp_path / "late.csv"
    path.write_bytes(("x,y\n" + rows).encode() + b"7,caf\xe9\n")
    data = load_table(str(path), task="classification")
    assert data.n_rows == 20_001 and "not saved as UTF-8" in data.warnings[0]
    assert data.class_names == ("0", "1", "caf\u00e9")


def test_shape_then_load_parses_the_file_once(tmp_path, monkeypatch):
    path = write(tmp_path, "a,y\n1,0\n2,1\n3,0\n")
    parses = []
    real = table_mod._convert
    monkeypatch.setattr(table_mod, "_convert", lambda *a: parses.append(1) or real(*a))
    table_shape(path, "", "auto")
    first = load_table(path, "", "auto")
    assert load_table(path, "", "auto") is first and len(parses) == 1
    load_table(path, "a", "regression")  # other settings: another parse
    assert len(parses) == 2


def test_a_preview_reads_the_head_only(tmp_path):
    path = write(tmp_path, "a,b\n1,2\n3,4\n5\n")  # the broken row is past the preview
    t = read_table(path, limit=2)
    assert t.rows == (("1", "2"), ("3", "4"))
    with pytest.raises(DataError, match="Row 4 has 1 cells"):
        read_table(path)


def test_a_file_that_vanishes_is_a_plain_error(tmp_path):
    path = write(tmp_path, "a,y\n1,0\n2,1\n")
    table_shape(path)
    os.remove(path)
    with pytest.raises(DataError, match="does not exist"):
        table_shape(path)
    with pytest.raises(DataError, match="does not exist"):
        load_table(path)


def test_a_utf16_file_is_named_as_such(tmp_path):
    msg = error_of(write(tmp_path, "a,y\n1,0\n2,1\n", encoding="utf-16"))
    assert msg.startswith("'data.csv' is saved as UTF-16") and "CSV UTF-8" in msg


def test_garbage_cells_are_shown_printable_and_short(tmp_path):
    path = tmp_path / "g.csv"
    path.write_bytes(b"a,y\n1,0\n\x1b[31m" + b"z" * 80 + b",1\n")
    msg = error_of(str(path))
    assert "\x1b" not in msg and "?[31mzzz" in msg and "..." in msg

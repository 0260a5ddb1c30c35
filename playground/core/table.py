"""CSV tables: the one place that reads a user's CSV file (pure Python, stdlib only).

`read_table` turns the file into a header and rows of strings; `load_table` checks every
cell and turns the rows into input numbers and target values; `table_shape` answers
shape inference from a cache, because it runs on every graph edit.

Rows in messages are numbered as a spreadsheet numbers them: the header is row 1, so
"Row 14" is the 14th line of the file (blank lines count, as they do in an editor).
"""

from __future__ import annotations

import csv
import io
import logging
import math
import os
import re
import threading
from array import array
from collections import OrderedDict
from dataclasses import dataclass

from playground.core.datasets import DataError, DataShape

log = logging.getLogger(__name__)

TASKS = ("auto", "classification", "regression")
# "auto" treats a target of whole numbers as classes only up to this many distinct values:
# more than that is almost surely a quantity (an age, a price), not a category.
MAX_AUTO_CLASSES = 20
# Cells that spreadsheets and pandas write for a missing value.
MISSING_TOKENS = frozenset({"na", "n/a", "nan", "null", "none", "?", "-", "#n/a"})
_DECIMAL_COMMA = re.compile(r"^[+-]?\d+,\d+$")
_SNIFF_LINES = 50
_SEP_HINT = re.compile(r"sep=([,;\t])[ \t]*\r?\n")


@dataclass(frozen=True)
class Table:
    """A CSV file as text: the header's column names and the data rows (cells stripped)."""

    path: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...]  # file line of each row, for messages (header = 1)
    delimiter: str

    @property
    def decimal_comma(self) -> bool:
        # Semicolon files come from locales that write 1,5 for 1.5.
        return self.delimiter == ";"


@dataclass(frozen=True)
class TableData:
    """A table checked and converted: numeric inputs and a target, ready for the engine.

    `inputs` is row-major float64 (n_rows x len(input_columns)): numpy can view it with
    `np.frombuffer(data.inputs).reshape(data.n_rows, -1)`. `targets` is float64: the value
    for regression, the class index (0..K-1) for classification.
    """

    path: str
    input_columns: tuple[str, ...]
    target_column: str
    task: str  # "classification" | "regression"
    inputs: array
    targets: array
    class_names: tuple[str, ...]  # classification only
    n_rows: int

    @property
    def shape(self) -> DataShape:
        n_inputs = len(self.input_columns)
        if self.task == "classification":
            return DataShape((n_inputs,), "classification", n_classes=len(self.class_names))
        return DataShape((n_inputs,), "regression")


# ---------------------------------------------------------------------------------------
# Reading


def read_table(path: str) -> Table:
    """Read a CSV file with a header row; comma, semicolon or tab separated, UTF-8 (BOM ok)."""
    path = _checked_path(path)
    name = os.path.basename(path)
    text = _read_text(path, name)
    skipped = 0  # lines before the header that are not part of the table
    hint = _SEP_HINT.match(text)
    if hint:  # Excel's "sep=;" first line names the separator; it is not the header
        delimiter, text, skipped = hint.group(1), text[hint.end():], 1
    else:
        delimiter = _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    rows: list[tuple[str, ...]] = []
    numbers: list[int] = []
    previous_end = skipped  # a record starts on the line after the previous one ended
    try:
        for record in reader:
            line = previous_end + 1  # a quoted cell may span lines: report where the row starts
            previous_end = skipped + reader.line_num
            cells = [c.strip() for c in record]
            if not any(cells):  # blank line, or a row of empty cells as Excel leaves at the end
                continue
            if header is None:
                header = cells
                continue
            rows.append(tuple(cells))
            numbers.append(line)
    except csv.Error as exc:
        raise DataError(f"'{name}' is not a readable CSV file near line "
                        f"{skipped + reader.line_num}: {exc}.") from None
    if header is None:
        raise DataError(f"The file '{name}' is empty: it needs a header row and data rows.")
    columns = _checked_header(header, name, delimiter)
    table = Table(path, columns, tuple(rows), tuple(numbers), delimiter)
    _check_row_lengths(table)
    return table


def _checked_path(path: str) -> str:
    if not path or not path.strip():
        raise DataError("No CSV file is chosen: choose one in the data panel.")
    path = os.path.expanduser(path.strip())
    if not os.path.exists(path):
        raise DataError(f"The file '{path}' does not exist: check the name or choose it again.")
    if os.path.isdir(path):
        raise DataError(f"'{path}' is a folder, not a CSV file: choose a file inside it.")
    return path


def _read_text(path: str, name: str) -> str:
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as exc:
        raise DataError(f"The file '{name}' cannot be read: {exc.strerror or exc}.") from None
    if not raw.strip():
        raise DataError(f"The file '{name}' is empty: it needs a header row and data rows.")
    if b"\x00" in raw[:4096]:
        # Zero bytes never occur in text: most likely an Excel workbook or a zip.
        raise DataError(f"'{name}' is not a text file (is it an Excel workbook?): save it as CSV "
                        "and choose that file.")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Older spreadsheets save in the Windows code page; Latin-1 reads any byte, and a
        # wrong accent in a column name is better than refusing the file.
        log.warning("%s is not UTF-8; reading it as Latin-1", path)
        return raw.decode("latin-1")


def _sniff_delimiter(text: str) -> str:
    lines = [ln for ln in text.splitlines() if ln.strip()][:_SNIFF_LINES]
    sample = "\n".join(lines)
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ""
    # The sniffer can be fooled (a semicolon file with decimal commas, a one-row file): the
    # header has no decimals, so the separator that splits it most is the safer choice.
    header = lines[0] if lines else ""
    counts = {d: header.count(d) for d in ",;\t"}
    best = max(counts, key=lambda d: counts[d])
    if not delimiter or counts.get(delimiter, 0) < counts[best]:
        delimiter = best if counts[best] else ","
    return delimiter


def _checked_header(header: list[str], name: str, delimiter: str) -> tuple[str, ...]:
    if all(_parse_number(c, delimiter == ";") is not None for c in header):
        shown = ", ".join(header[:4]) + (", ..." if len(header) > 4 else "")
        raise DataError(f"The first row of '{name}' holds numbers ({shown}), not column names: "
                        "add a header row that names each column, for example x1,x2,y.")
    while header and not header[-1]:  # trailing separators leave unnamed empty columns
        header = header[:-1]
    seen: dict[str, int] = {}
    for i, col in enumerate(header, start=1):
        if not col:
            raise DataError(f"Column {i} of the header row of '{name}' has no name: give every "
                            "column a name.")
        if col in seen:
            raise DataError(f"Two columns of '{name}' are named '{col}' (columns {seen[col]} and "
                            f"{i}): give every column its own name.")
        seen[col] = i
    return tuple(header)


def _check_row_lengths(table: Table) -> None:
    n = len(table.columns)
    for row, line in zip(table.rows, table.row_numbers):
        extra = row[n:]
        if len(row) < n or any(extra):
            raise DataError(f"Row {line} has {len(row)} cells but the header has {n} columns: "
                            "every row needs exactly one value per column.")


# ---------------------------------------------------------------------------------------
# Checking and converting


def load_table(path: str, target_column: str = "", task: str = "auto") -> TableData:
    """Read and check a CSV file; raises DataError saying which row and column is wrong."""
    if task not in TASKS:
        raise DataError(f"Task must be one of {', '.join(TASKS)}; {task!r} is not.")
    table = read_table(path)
    name = os.path.basename(table.path)
    if len(table.columns) < 2:
        raise DataError(f"'{name}' has only one column ('{table.columns[0]}'): a table needs at "
                        "least one input column and a target column. Is the separator a comma "
                        "or a semicolon?")
    if len(table.rows) < 2:
        n = len(table.rows)
        raise DataError(f"'{name}' has {n} data row{'s' if n != 1 else ''}: at least 2 are needed "
                        "(one to train on, one to test on).")
    t = target_index(table, target_column)
    target = table.columns[t]
    input_idx = [i for i in range(len(table.columns)) if i != t]
    decimal_comma = table.decimal_comma

    inputs = array("d")
    raw_targets: list[str] = []
    for row, line in zip(table.rows, table.row_numbers):
        for i in input_idx:
            inputs.append(_input_number(row[i], line, table.columns[i], decimal_comma))
        cell = row[t]
        if _is_missing(cell):
            raise _missing_error(cell, line, target)
        raw_targets.append(cell)

    numbers = [_parse_number(c, decimal_comma) for c in raw_targets]
    task = _resolve_task(task, numbers)
    if task == "regression":
        targets = array("d")
        for value, cell, line in zip(numbers, raw_targets, table.row_numbers):
            if value is None:
                raise DataError(f"Row {line}, column '{target}' holds text ('{_shown(cell)}'): a "
                                "regression target must be a number. Set the task to "
                                "'classification' to treat its values as classes.")
            if not math.isfinite(value):
                raise _not_finite_error(cell, line, target)
            targets.append(value)
        class_names: tuple[str, ...] = ()
    else:
        class_names, targets = _class_indices(raw_targets, numbers)
        if len(class_names) < 2:
            raise DataError(f"The target column '{target}' holds only one value "
                            f"('{class_names[0]}'): a classifier needs at least 2 classes.")
    log.debug("loaded %s: %d rows, %d inputs, target %r (%s)", table.path, len(table.rows),
              len(input_idx), target, task)
    return TableData(table.path, tuple(table.columns[i] for i in input_idx), target, task,
                     inputs, targets, class_names, len(table.rows))


def target_index(table: Table, target_column: str) -> int:
    """Index of the target column: the named one, or the last column when the name is empty."""
    wanted = target_column.strip()
    if not wanted:
        return len(table.columns) - 1
    if wanted in table.columns:
        return table.columns.index(wanted)
    folded = [c.casefold() for c in table.columns]
    if folded.count(wanted.casefold()) == 1:  # forgive the case, when it is unambiguous
        return folded.index(wanted.casefold())
    raise DataError(f"There is no column '{wanted}'; the columns are: {', '.join(table.columns)}.")


def _parse_number(cell: str, decimal_comma: bool) -> float | None:
    """The cell's number, or None when it is text. NaN and infinities count as numbers here."""
    if decimal_comma and _DECIMAL_COMMA.match(cell):
        cell = cell.replace(",", ".")
    try:
        return float(cell)
    except ValueError:
        return None


def _shown(cell: str, limit: int = 40) -> str:
    """A cell as quoted in a message: one line, and not a whole paragraph."""
    cell = " ".join(cell.split())
    return cell if len(cell) <= limit else cell[:limit - 3] + "..."


def _is_missing(cell: str) -> bool:
    return not cell or cell.casefold() in MISSING_TOKENS


def _not_finite_error(cell: str, line: int, column: str) -> DataError:
    return DataError(f"Row {line}, column '{column}' holds '{cell}', which is not a finite "
                     "number: fill in a real value or remove the row.")


def _missing_error(cell: str, line: int, column: str) -> DataError:
    if not cell:
        return DataError(f"Row {line}, column '{column}' is empty: fill it in or remove the row.")
    return DataError(f"Row {line}, column '{column}' is missing ('{cell}'): fill it in or remove "
                     "the row.")


def _input_number(cell: str, line: int, column: str, decimal_comma: bool) -> float:
    if _is_missing(cell):
        raise _missing_error(cell, line, column)
    value = _parse_number(cell, decimal_comma)
    if value is None:
        raise DataError(f"Row {line}, column '{column}' holds text ('{_shown(cell)}'): only "
                        "numbers can be used as inputs. Remove the column or replace the text "
                        "with numbers.")
    if not math.isfinite(value):
        raise _not_finite_error(cell, line, column)
    return value


def _resolve_task(task: str, numbers: list[float | None]) -> str:
    if task != "auto":
        return task
    if all(v is None for v in numbers):
        return "classification"
    if all(v is not None and math.isfinite(v) and v.is_integer() for v in numbers):
        if len(set(numbers)) <= MAX_AUTO_CLASSES:
            return "classification"
    return "regression"


def _class_indices(cells: list[str], numbers: list[float | None]) -> tuple[tuple[str, ...], array]:
    """Classes sorted (numerically when every value is a number) and each row's class index."""
    if all(v is not None for v in numbers):
        keys: list = numbers  # "1" and "1.0" are the same class
        distinct = sorted(set(keys))
        names = tuple(_number_name(v) for v in distinct)
    else:
        keys = cells
        distinct = sorted(set(keys))
        names = tuple(distinct)
    index = {k: i for i, k in enumerate(distinct)}
    return names, array("d", (index[k] for k in keys))


def _number_name(value: float) -> str:
    if math.isfinite(value) and value.is_integer():
        return str(int(value))
    return f"{value:g}"


# ---------------------------------------------------------------------------------------
# Shape inference (cached)

_CACHE_SIZE = 16
_shape_cache: OrderedDict[tuple, DataShape | DataError] = OrderedDict()
_cache_lock = threading.Lock()


def table_shape(path: str, target_column: str = "", task: str = "auto") -> DataShape:
    """The DataShape of a CSV data set, re-read only when the file or the settings change.

    Errors are cached too: a broken file is read once, not on every graph edit.
    """
    checked = _checked_path(path)
    try:
        st = os.stat(checked)
    except OSError as exc:
        raise DataError(f"The file '{checked}' cannot be read: {exc.strerror or exc}.") from None
    key = (os.path.realpath(checked), st.st_mtime_ns, st.st_size, target_column, task)
    with _cache_lock:
        hit = _shape_cache.get(key)
        if hit is not None:
            _shape_cache.move_to_end(key)
    if hit is None:
        try:
            hit = load_table(checked, target_column, task).shape
        except DataError as exc:
            hit = exc
        with _cache_lock:
            _shape_cache[key] = hit
            while len(_shape_cache) > _CACHE_SIZE:
                _shape_cache.popitem(last=False)
    if isinstance(hit, DataError):
        raise DataError(str(hit))
    return hit


def clear_table_cache() -> None:
    with _cache_lock:
        _shape_cache.clear()

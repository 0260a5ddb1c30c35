"""CSV tables: the one place that reads a user's CSV file (pure Python, stdlib only).

`load_table` streams the file once: each row is checked as it is read and its numbers go
straight into a float32 `array` (the target into small class indices or float32), so a big
file costs about its numbers in memory, not its text. `read_table` gives the rows as strings
(for a preview: `limit` rows, read from the head of the file only). `table_shape` answers
shape inference from a cache, because it runs on every graph edit; the last parsed table is
kept too, so that checking a project and then loading its data parse the file once.

Rows in messages are numbered as a spreadsheet numbers them: the header is row 1, so
"Row 14" is the 14th line of the file (blank lines count, as they do in an editor).

What the user should know but that does not stop the file (it was not UTF-8) travels as
`warnings` on the result, down to the DataShape, never as a log line.
"""

from __future__ import annotations

import codecs
import csv
import logging
import math
import os
import re
import threading
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field

from playground.core.data_cache import DataCache
from playground.core.datasets import DataError, DataShape
from playground.core.i18n import translate

log = logging.getLogger(__name__)

TASKS = ("auto", "classification", "regression")
# "auto" treats a target of whole numbers as classes only up to this many distinct values:
# more than that is almost surely a quantity (an age, a price), not a category.
MAX_AUTO_CLASSES = 20
# A target column with more distinct values than this is never classes: counting them would
# cost a dictionary entry per row of a big regression file.
MAX_CLASSES = 1000
# Cells that spreadsheets and pandas write for a missing value.
MISSING_TOKENS = frozenset({"na", "n/a", "nan", "null", "none", "?", "-", "#n/a"})
# The largest float32: inputs are stored as float32, so a bigger number would become infinity.
FLOAT32_MAX = 3.4028234663852886e38
_DECIMAL_COMMA = re.compile(r"^[+-]?\d+,\d+$")
_SNIFF_LINES = 50
_SNIFF_BYTES = 1 << 16
_SEP_HINT = re.compile(r"sep=([,;\t])[ \t]*\r?\n")
_BLOCK_ROWS = 1024  # rows converted to float32 and checked for infinities together


@dataclass(frozen=True)
class Table:
    """A CSV file as text: the header's column names and the data rows (cells stripped)."""

    path: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...]  # file line of each row, for messages (header = 1)
    delimiter: str
    warnings: tuple[str, ...] = ()

    @property
    def decimal_comma(self) -> bool:
        # Semicolon files come from locales that write 1,5 for 1.5.
        return self.delimiter == ";"


@dataclass(frozen=True)
class TableData:
    """A table checked and converted: numeric inputs and a target, ready for the engine.

    `inputs` is row-major float32 (array 'f', n_rows x len(input_columns)): numpy views it
    without a copy, `np.frombuffer(data.inputs, np.float32).reshape(data.n_rows, -1)`.
    `targets` is float32 (array 'f') for regression, the class index (array 'h', 0..K-1)
    for classification. Shared through a cache: read it, never change it.
    """

    path: str
    input_columns: tuple[str, ...]
    target_column: str
    task: str  # "classification" | "regression"
    inputs: array
    targets: array
    class_names: tuple[str, ...]  # classification only
    n_rows: int
    warnings: tuple[str, ...] = ()

    @property
    def shape(self) -> DataShape:
        n_inputs = len(self.input_columns)
        if self.task == "classification":
            return DataShape((n_inputs,), "classification", n_classes=len(self.class_names),
                             warnings=self.warnings)
        return DataShape((n_inputs,), "regression", warnings=self.warnings)


# ---------------------------------------------------------------------------------------
# Reading: the file's records, streamed


@dataclass
class _Source:
    """An opened CSV file: how to decode and split it, and its records with their line numbers."""

    path: str
    name: str
    encoding: str
    delimiter: str
    skipped: int  # lines before the header that are not part of the table ("sep=;")
    warnings: list[str] = field(default_factory=list)

    @property
    def decimal_comma(self) -> bool:
        return self.delimiter == ";"

    def records(self) -> Iterator[tuple[int, list[str]]]:
        """(line, cells) of every record, blank lines included; errors become DataError."""
        try:
            with open(self.path, encoding=self.encoding, newline="") as f:
                for _ in range(self.skipped):
                    f.readline()
                reader = csv.reader(f, delimiter=self.delimiter)
                previous_end = self.skipped  # a record starts on the line after the last one ended
                for record in reader:
                    # a quoted cell may span lines: report where the row starts
                    line, previous_end = previous_end + 1, self.skipped + reader.line_num
                    yield line, record
        except csv.Error as exc:
            raise DataError(translate("table", "'{name}' is not a readable CSV file near line {line}: {why}.").format(
                name=self.name, line=self.skipped + reader.line_num, why=exc)) from None
        except OSError as exc:
            raise DataError(_unreadable(self.name, exc)) from None


def _open_source(path: str) -> _Source:
    """Check the path and sniff the head of the file: its encoding and its separator."""
    path = _checked_path(path)
    name = os.path.basename(path)
    try:
        with open(path, "rb") as f:
            head = f.read(_SNIFF_BYTES)
            whole = len(head) < _SNIFF_BYTES
    except OSError as exc:
        raise DataError(_unreadable(name, exc)) from None
    if not head.strip():
        raise DataError(_empty(name))
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise DataError(translate("table", "'{name}' is saved as UTF-16 (\"Unicode text\"): save it from the "
                                           "spreadsheet as 'CSV UTF-8' and choose that file.").format(name=name))
    if b"\x00" in head[:4096]:
        # Zero bytes never occur in text: most likely an Excel workbook or a zip.
        raise DataError(translate("table", "'{name}' is not a text file (is it an Excel workbook?): save it as "
                                           "CSV and choose that file.").format(name=name))
    warnings = []
    try:
        # final=whole: a character cut at the end of the sniffed bytes is not an error
        text = codecs.getincrementaldecoder("utf-8-sig")().decode(head, final=whole)
        encoding = "utf-8-sig"
    except UnicodeDecodeError:
        text, encoding = head.decode("latin-1"), "latin-1"
        warnings.append(_latin1_warning(name))
    skipped = 0
    hint = _SEP_HINT.match(text)
    if hint:  # Excel's "sep=;" first line names the separator; it is not the header
        delimiter, skipped = hint.group(1), 1
    else:
        delimiter = _sniff_delimiter(text)
    return _Source(path, name, encoding, delimiter, skipped, warnings)


def _latin1_warning(name: str) -> str:
    # Older spreadsheets save in the Windows code page; Latin-1 reads any byte, and a wrong
    # accent in a column name is better than refusing the file.
    return translate("table", "'{name}' is not saved as UTF-8, so it was read as Latin-1 (Western European): "
                              "accented letters may look wrong. To be sure, save it from the spreadsheet as "
                              "'CSV UTF-8'.").format(name=name)


def _unreadable(name: str, exc: OSError) -> str:
    return translate("table", "The file '{name}' cannot be read: {why}.").format(name=name, why=exc.strerror or exc)


def _empty(name: str) -> str:
    return translate("table", "The file '{name}' is empty: it needs a header row and data rows.").format(name=name)


def _checked_path(path: str) -> str:
    if not path or not path.strip():
        raise DataError(translate("table", "No CSV file is chosen: choose one in the data panel."))
    path = os.path.expanduser(path.strip())
    if not os.path.exists(path):
        raise DataError(translate("table", "The file '{path}' does not exist: check the name or choose it again.")
                        .format(path=path))
    if os.path.isdir(path):
        raise DataError(translate("table", "'{path}' is a folder, not a CSV file: choose a file inside it.")
                        .format(path=path))
    return path


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


def _header(source: _Source) -> tuple[tuple[str, ...], Iterator[tuple[int, list[str]]]]:
    """The checked header, and an iterator over the records after it."""
    records = source.records()
    for _, record in records:
        cells = [c.strip() for c in record]
        if any(cells):  # blank lines, or rows of empty cells, come before the header
            return _checked_header(cells, source.name, source.delimiter), records
    raise DataError(_empty(source.name))


def _read_source(path: str, read):
    """read(source, columns, records); again as Latin-1 when a byte past the sniffed head
    turns out not to be UTF-8 (the head decided the encoding, so this is rare)."""
    source = _open_source(path)
    try:
        return read(source, *_header(source))
    except UnicodeDecodeError:
        source.encoding = "latin-1"
        source.warnings.append(_latin1_warning(source.name))
        return read(source, *_header(source))


def read_table(path: str, limit: int | None = None) -> Table:
    """Read a CSV file with a header row; comma, semicolon or tab separated, UTF-8 (BOM ok).

    With `limit`, only the first `limit` data rows are read (a preview of a big file)."""

    def read(source: _Source, columns: tuple[str, ...], records) -> Table:
        rows: list[tuple[str, ...]] = []
        numbers: list[int] = []
        for line, record in records:
            if limit is not None and len(rows) >= limit:
                break
            cells = _fitted(record, len(columns), line)
            if cells is not None:
                rows.append(tuple(c.strip() for c in cells))
                numbers.append(line)
        return Table(source.path, columns, tuple(rows), tuple(numbers), source.delimiter,
                     tuple(source.warnings))

    return _read_source(path, read)


def _checked_header(header: list[str], name: str, delimiter: str) -> tuple[str, ...]:
    if all(_parse_number(c, delimiter == ";") is not None for c in header):
        shown = ", ".join(_shown(c) for c in header[:4]) + (", ..." if len(header) > 4 else "")
        raise DataError(translate("table", "The first row of '{name}' holds numbers ({shown}), not column names: "
                                           "add a header row that names each column, for example x1,x2,y.")
                        .format(name=name, shown=shown))
    while header and not header[-1]:  # trailing separators leave unnamed empty columns
        header = header[:-1]
    seen: dict[str, int] = {}
    for i, col in enumerate(header, start=1):
        if not col:
            raise DataError(translate("table", "Column {i} of the header row of '{name}' has no name: give every "
                                               "column a name.").format(i=i, name=name))
        if col in seen:
            raise DataError(translate("table", "Two columns of '{name}' are named '{column}' (columns {first} and "
                                               "{i}): give every column its own name.").format(
                name=name, column=_shown(col), first=seen[col], i=i))
        seen[col] = i
    return tuple(header)


def _fitted(record: list[str], n: int, line: int) -> list[str] | None:
    """The record's n cells; None for a blank row. Empty cells past the last column are
    trailing separators; any other difference in length is an error."""
    if len(record) == n:
        return record if any(c.strip() for c in record) else None
    if not any(c.strip() for c in record):
        return None
    if len(record) < n or any(c.strip() for c in record[n:]):
        raise DataError(translate("table", "Row {line} has {cells} cells but the header has {n} columns: "
                                           "every row needs exactly one value per column.").format(
            line=line, cells=len(record), n=n))
    return record[:n]


# ---------------------------------------------------------------------------------------
# Checking and converting, in one pass


def load_table(path: str, target_column: str = "", task: str = "auto") -> TableData:
    """Read and check a CSV file; raises DataError saying which row and column is wrong.

    The last table loaded is kept: loading the same unchanged file with the same settings
    again (shape inference, then the data) does not read it twice."""
    if task not in TASKS:
        raise DataError(translate("table", "Task must be one of {tasks}; {task!r} is not.").format(
            tasks=", ".join(TASKS), task=task))
    key = _file_key(_checked_path(path)) + (target_column, task)
    with _cache_lock:
        if _last_table is not None and _last_table[0] == key:
            return _last_table[1]
    data = _read_source(path, lambda source, columns, records: _convert(
        source, columns, records, target_column, task))
    _remember(key, data)
    return data


def _convert(source: _Source, columns: tuple[str, ...], records, target_column: str,
             task: str) -> TableData:
    name = source.name
    if len(columns) < 2:
        raise DataError(translate("table", "'{name}' has only one column ('{column}'): a table needs at least one "
                                           "input column and a target column. Is the separator a comma or a "
                                           "semicolon?").format(name=name, column=_shown(columns[0])))
    t = _target_index(columns, target_column)
    n = len(columns)
    input_idx = [i for i in range(n) if i != t]
    target = _TargetColumn(columns[t], source.decimal_comma)
    inputs = array("f")
    block: list[float] = []
    block_rows: list[tuple[int, list[str]]] = []  # to name the cell when the block has an infinity
    n_rows = 0
    for line, record in records:
        if len(record) != n:
            record = _fitted(record, n, line)
            if record is None:
                continue
        try:  # the fast path: plain numbers (float() ignores the spaces around them)
            values = [float(record[i]) for i in input_idx]
        except ValueError:
            values = _row_inputs(record, line, columns, input_idx, source.decimal_comma)
            if values is None:  # a row of empty cells
                continue
        block += values
        block_rows.append((line, record))
        target.add(record[t].strip(), line)
        n_rows += 1
        if len(block_rows) == _BLOCK_ROWS:
            _flush(inputs, block, block_rows, columns, input_idx, source.decimal_comma)
            block, block_rows = [], []
    _flush(inputs, block, block_rows, columns, input_idx, source.decimal_comma)
    if n_rows < 2:
        if n_rows == 1:
            template = translate("table", "'{name}' has {n} data row: at least 2 are needed (one to train on, one "
                                          "to test on).")
        else:
            template = translate("table", "'{name}' has {n} data rows: at least 2 are needed (one to train on, one "
                                          "to test on).")
        raise DataError(template.format(name=name, n=n_rows))
    task, targets, class_names = target.finish(task)
    log.debug("loaded %s: %d rows, %d inputs, target %r (%s)", source.path, n_rows,
              len(input_idx), columns[t], task)
    return TableData(source.path, tuple(columns[i] for i in input_idx), columns[t], task,
                     inputs, targets, class_names, n_rows, tuple(source.warnings))


def _flush(inputs: array, block: list[float], block_rows, columns, input_idx,
           decimal_comma: bool) -> None:
    """Append a block of rows' inputs as float32, refusing NaN, infinities and numbers too
    large for float32 (the float32 conversion turns those into infinities)."""
    converted = array("f", block)
    total = sum(converted)  # float32 values summed in float64: never overflows
    if total - total != 0:  # only NaN or an infinity makes this non-zero
        for j, value in enumerate(converted):
            if value - value != 0:
                line, record = block_rows[j // len(input_idx)]
                column = columns[input_idx[j % len(input_idx)]]
                cell = record[input_idx[j % len(input_idx)]].strip()
                _input_number(cell, line, column, decimal_comma)  # raises: NaN, infinity, too large
                raise _out_of_range_error(cell, line, column)
    inputs.extend(converted)


def _row_inputs(record: list[str], line: int, columns, input_idx, decimal_comma: bool):
    """The row's input numbers when the fast path failed: None for a blank row, else the
    numbers (decimal commas) or a DataError naming the first bad cell."""
    if not any(c.strip() for c in record):
        return None
    return [_input_number(record[i].strip(), line, columns[i], decimal_comma) for i in input_idx]


def target_index(table: Table, target_column: str) -> int:
    """Index of the target column: the named one, or the last column when the name is empty."""
    return _target_index(table.columns, target_column)


def _target_index(columns: tuple[str, ...], target_column: str) -> int:
    wanted = target_column.strip()
    if not wanted:
        return len(columns) - 1
    if wanted in columns:
        return columns.index(wanted)
    folded = [c.casefold() for c in columns]
    if folded.count(wanted.casefold()) == 1:  # forgive the case, when it is unambiguous
        return folded.index(wanted.casefold())
    raise DataError(translate("table", "There is no column '{column}'; the columns are: {columns}.").format(
        column=_shown(wanted), columns=", ".join(_shown(c) for c in columns)))


class _TargetColumn:
    """The target cells of a table, seen one row at a time.

    While the column has at most MAX_CLASSES distinct cells it keeps each row's code into
    them (a class index in the making; each distinct cell is parsed as a number once).
    Past that it can only be a regression target, and keeps each row's number instead."""

    def __init__(self, column: str, decimal_comma: bool):
        self.column = column
        self.decimal_comma = decimal_comma
        self.labels: dict[str, int] | None = {}
        self.label_numbers: list[float | None] = []  # per code: its number, None for text
        self.label_lines: list[int] = []  # per code: the row where it first occurs
        self.codes = array("h")
        self.numbers = array("d")
        self.first_text: tuple[int, str] | None = None  # numbers only: the first text cell
        self.first_bad: tuple[int, str] | None = None  # numbers only: infinite or too large
        self.n_text = 0  # numbers only: text cells (a target of text alone would be classes)

    def add(self, cell: str, line: int) -> None:
        if self.labels is not None:
            code = self.labels.get(cell)
            if code is None:
                code = self._new_label(cell, line)
                if code is None:
                    return
            self.codes.append(code)
            return
        try:
            value = float(cell)
        except ValueError:
            value = self._number(cell, line)
        if value != value:  # "nan": a missing value
            raise _missing_error(cell, line, self.column)
        if not -FLOAT32_MAX <= value <= FLOAT32_MAX and self.first_bad is None:
            self.first_bad = (line, cell)
        self.numbers.append(value)

    def _number(self, cell: str, line: int) -> float:
        if _is_missing(cell):
            raise _missing_error(cell, line, self.column)
        value = _parse_number(cell, self.decimal_comma)
        if value is not None:
            return value
        self.n_text += 1
        if self.first_text is None:
            self.first_text = (line, cell)
        return 0.0  # a placeholder: a text cell in numbers is an error when the column ends

    def _new_label(self, cell: str, line: int) -> int | None:
        if _is_missing(cell):
            raise _missing_error(cell, line, self.column)
        assert self.labels is not None
        if len(self.labels) == MAX_CLASSES:
            self._to_numbers()
            self.add(cell, line)
            return None
        code = len(self.labels)
        self.labels[cell] = code
        self.label_numbers.append(_parse_number(cell, self.decimal_comma))
        self.label_lines.append(line)
        return code

    def _to_numbers(self) -> None:
        """Too many distinct values for classes: keep numbers, and the first text or
        out-of-range cell (by row) for the message."""
        cells = list(self.labels or {})
        text = [c for c in range(len(cells)) if self.label_numbers[c] is None]
        if text:
            first = min(text, key=lambda c: self.label_lines[c])
            self.first_text = (self.label_lines[first], cells[first])
        bad = [c for c in range(len(cells)) if self.label_numbers[c] is not None
               and not -FLOAT32_MAX <= self.label_numbers[c] <= FLOAT32_MAX]
        if bad:
            first = min(bad, key=lambda c: self.label_lines[c])
            self.first_bad = (self.label_lines[first], cells[first])
        values = [v if v is not None else 0.0 for v in self.label_numbers]
        self.numbers = array("d", (values[c] for c in self.codes))
        self.n_text = sum(1 for c in self.codes if self.label_numbers[c] is None)
        self.labels, self.codes = None, array("h")

    def finish(self, task: str) -> tuple[str, array, tuple[str, ...]]:
        """(task, targets, class names), or a DataError about the column as a whole."""
        if self.labels is None:
            return self._finish_numbers(task)
        numbers = self.label_numbers
        if task == "auto":
            task = _resolve_task(numbers)
        if task == "regression":
            self._check_regression([(line, cell, value) for (cell, value, line) in
                                    zip(self.labels, numbers, self.label_lines)])
            values = array("f", (v if v is not None else 0.0 for v in numbers))
            return task, array("f", (values[c] for c in self.codes)), ()
        names, remap = _class_order(list(self.labels), numbers)
        if len(names) < 2:
            raise DataError(translate("table", "The target column '{column}' holds only one value ('{value}'): a "
                                               "classifier needs at least 2 classes.").format(
                column=_shown(self.column), value=_shown(names[0])))
        return task, array("h", (remap[c] for c in self.codes)), names

    def _finish_numbers(self, task: str) -> tuple[str, array, tuple[str, ...]]:
        if task == "classification" or (task == "auto" and self.n_text == len(self.numbers)):
            raise self._too_many_classes()
        if self.first_text is not None:
            line, cell = self.first_text
            raise _text_target_error(cell, line, self.column)
        if self.first_bad is not None:
            line, cell = self.first_bad
            raise _out_of_range_error(cell, line, self.column)
        return "regression", array("f", self.numbers), ()

    def _too_many_classes(self) -> DataError:
        return DataError(translate("table", "The target column '{column}' has more than {most} different values: "
                                            "too many to be classes. Choose another target column, or set the task "
                                            "to 'regression' if it holds numbers.").format(
            column=_shown(self.column), most=MAX_CLASSES))

    def _check_regression(self, cells: list[tuple[int, str, float | None]]) -> None:
        for line, cell, value in sorted(cells):
            if value is None:
                raise _text_target_error(cell, line, self.column)
            if not -FLOAT32_MAX <= value <= FLOAT32_MAX:
                raise _out_of_range_error(cell, line, self.column)


def _resolve_task(numbers: list[float | None]) -> str:
    """'auto' for the distinct target values: text is classes, a few whole numbers too."""
    if all(v is None for v in numbers):
        return "classification"
    if all(v is not None and math.isfinite(v) and v.is_integer() for v in numbers):
        if len(set(numbers)) <= MAX_AUTO_CLASSES:
            return "classification"
    return "regression"


def _class_order(cells: list[str], numbers: list[float | None]) -> tuple[tuple[str, ...], list[int]]:
    """Class names, sorted (numerically when every value is a number), and each distinct
    cell's class index."""
    if all(v is not None for v in numbers):
        keys: list = numbers  # "1" and "1.0" are the same class
        distinct = sorted(set(keys))
        names = tuple(_number_name(v) for v in distinct)
    else:
        keys = cells
        distinct = sorted(set(keys))
        names = tuple(distinct)
    index = {k: i for i, k in enumerate(distinct)}
    return names, [index[k] for k in keys]


def _number_name(value: float) -> str:
    if math.isfinite(value) and value.is_integer():
        return str(int(value))
    return f"{value:g}"


def _parse_number(cell: str, decimal_comma: bool) -> float | None:
    """The cell's number, or None when it is text. NaN and infinities count as numbers here."""
    if decimal_comma and _DECIMAL_COMMA.match(cell):
        cell = cell.replace(",", ".")
    try:
        return float(cell)
    except ValueError:
        return None


def _shown(cell: str, limit: int = 40) -> str:
    """A cell as quoted in a message: one line of printable characters, not a paragraph."""
    cell = " ".join(cell.split())
    cell = "".join(c if c.isprintable() else "?" for c in cell)
    return cell if len(cell) <= limit else cell[:limit - 3] + "..."


def _is_missing(cell: str) -> bool:
    return not cell or cell.casefold() in MISSING_TOKENS


def _not_finite_error(cell: str, line: int, column: str) -> DataError:
    return DataError(translate("table", "Row {line}, column '{column}' holds '{cell}', which is not a finite "
                                        "number: fill in a real value or remove the row.").format(
        line=line, column=_shown(column), cell=_shown(cell)))


def _out_of_range_error(cell: str, line: int, column: str) -> DataError:
    """For a number too large for float32 (what the network computes with), or infinite."""
    value = _parse_number(cell, False)
    if value is None or not math.isfinite(value):
        return _not_finite_error(cell, line, column)
    return DataError(translate("table", "Row {line}, column '{column}' holds '{cell}', which is too large: "
                                        "numbers must stay between -3.4e38 and 3.4e38. Rescale the column (for "
                                        "example to thousands or millions).").format(
        line=line, column=_shown(column), cell=_shown(cell)))


def _missing_error(cell: str, line: int, column: str) -> DataError:
    if not cell:
        return DataError(translate("table", "Row {line}, column '{column}' is empty: fill it in or remove the "
                                            "row.").format(line=line, column=_shown(column)))
    return DataError(translate("table", "Row {line}, column '{column}' is missing ('{cell}'): fill it in or "
                                        "remove the row.").format(line=line, column=_shown(column), cell=_shown(cell)))


def _text_target_error(cell: str, line: int, column: str) -> DataError:
    return DataError(translate("table", "Row {line}, column '{column}' holds text ('{cell}'): a regression "
                                        "target must be a number. Set the task to 'classification' to treat its "
                                        "values as classes.").format(line=line, column=_shown(column),
                                                                     cell=_shown(cell)))


def _input_number(cell: str, line: int, column: str, decimal_comma: bool) -> float:
    if _is_missing(cell):
        raise _missing_error(cell, line, column)
    value = _parse_number(cell, decimal_comma)
    if value is None:
        raise DataError(translate("table", "Row {line}, column '{column}' holds text ('{cell}'): only numbers can "
                                           "be used as inputs. Remove the column or replace the text with "
                                           "numbers.").format(line=line, column=_shown(column), cell=_shown(cell)))
    if not -FLOAT32_MAX <= value <= FLOAT32_MAX:
        raise _out_of_range_error(cell, line, column)
    return value


# ---------------------------------------------------------------------------------------
# Caches: the shapes of recent tables, and the last table loaded

_CACHE_SIZE = 16
_shape_cache: DataCache[DataShape] = DataCache(_CACHE_SIZE)
_cache_lock = threading.Lock()
_last_table: tuple[tuple, TableData] | None = None


def _file_key(path: str) -> tuple:
    """Identifies a file's contents without reading them: a changed file has a new key."""
    try:
        st = os.stat(path)
    except OSError as exc:
        raise DataError(_unreadable(path, exc)) from None
    return (os.path.realpath(path), st.st_mtime_ns, st.st_size)


def _remember(key: tuple, data: TableData) -> None:
    global _last_table
    with _cache_lock:
        _last_table = (key, data)


def table_shape(path: str, target_column: str = "", task: str = "auto") -> DataShape:
    """The DataShape of a CSV data set, re-read only when the file or the settings change.

    Errors are cached too: a broken file is read once, not on every graph edit.
    """
    checked = _checked_path(path)
    key = _file_key(checked) + (target_column, task)
    return _shape_cache.get(key, lambda: load_table(checked, target_column, task).shape)


def clear_table_cache() -> None:
    global _last_table
    _shape_cache.clear()
    with _cache_lock:
        _last_table = None

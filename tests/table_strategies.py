"""Hypothesis strategies for CSV files: valid tables, and the same tables broken in one way.

Shared by the table parser's fuzz tests (tests/core) and the loader's and the command line's
(tests/engine, tests/). `csv_files(kind)` draws `(kind, bytes)`: `kind` names the mutation
("valid" for none); tests parametrized by kind get the profile's examples for each kind.
"""

from __future__ import annotations

import csv
import io

from hypothesis import strategies as st

LABELS = ("cat", "dog", "bird", "caf\u00e9", "a,b", "two\nlines", "\"quoted\"")
SPECIAL_CELLS = ("nan", "NaN", "inf", "-inf", "1e39", "-1e308", "1e-320", "", "NA", "?", " ",
                 "1,5", "0x10", "1_000", "\u0661\u0662", "TRUE")
MUTATIONS = ("valid", "random_bytes", "drop_cell", "extra_cell", "encoding", "special_cell",
             "unbalanced_quote", "bom_crlf", "truncated", "header", "semicolon", "binary")


@st.composite
def tables(draw, min_rows: int = 0, max_rows: int = 12,
           min_cols: int = 1) -> tuple[list[str], list[list[str]]]:
    """A header and rows of cells: number columns (floats or whole numbers) and label columns."""
    n_cols = draw(st.integers(min_cols, 5))
    # inputs are mostly numbers (text there is refused, and a table refused at once tests less)
    inputs = st.sampled_from(("float", "float", "float", "int", "int", "label"))
    kinds = [draw(inputs) for _ in range(n_cols - 1)] + [draw(st.sampled_from(("float", "int", "label")))]
    header = [f"col{i}" if draw(st.booleans()) else draw(st.sampled_from(("x", "y", "h\u00f6he",
                                                                          "a b", "label")))
              + str(i) for i in range(n_cols)]
    n_rows = draw(st.integers(min_rows, max_rows))
    cell = {"float": st.floats(-1e6, 1e6, allow_nan=False).map(repr),
            "int": st.integers(-3, 3).map(str),
            "label": st.sampled_from(LABELS)}
    rows = [[draw(cell[k]) for k in kinds] for _ in range(n_rows)]
    return header, rows


def to_csv(header: list[str], rows: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


@st.composite
def csv_files(draw, kind: str | None = None, min_rows: int = 0,
              min_cols: int = 1) -> tuple[str, bytes]:
    """(mutation kind, file bytes): a table, then one mutation of MUTATIONS (`kind`, or any)."""
    header, rows = draw(tables(min_rows=min_rows, min_cols=min_cols))
    kind = kind or draw(st.sampled_from(MUTATIONS))
    if kind in ("drop_cell", "extra_cell", "special_cell") and rows:
        r = draw(st.integers(0, len(rows) - 1))
        c = draw(st.integers(0, len(rows[r]) - 1))
        if kind == "drop_cell":
            del rows[r][c]
        elif kind == "extra_cell":
            rows[r].insert(c, draw(st.sampled_from(("1", "", "x"))))
        else:
            rows[r][c] = draw(st.sampled_from(SPECIAL_CELLS))
    if kind == "header":
        header = draw(st.sampled_from((["1", "2"], header[:1] * 2, ["", *header[1:]], [])))
    text = to_csv(header, rows, ";" if kind == "semicolon" else ",")
    if kind == "semicolon":
        text = text.replace(".", ",")  # as a locale with decimal commas writes it
    data = text.encode("utf-8")
    if kind == "encoding":
        data = text.encode(draw(st.sampled_from(("latin-1", "cp1252", "utf-16", "cp437"))),
                           errors="replace")
    elif kind == "bom_crlf":
        data = b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")
    elif kind == "unbalanced_quote":
        at = draw(st.integers(0, len(data)))
        data = data[:at] + b'"' + data[at:]
    elif kind == "random_bytes":
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]
    elif kind == "truncated":
        data = data[:draw(st.integers(0, len(data)))]
    elif kind == "binary":
        data = draw(st.binary(max_size=200))
    return kind, data

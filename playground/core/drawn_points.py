"""Drawn points as a CSV table, so a drawn data set can leave the app (and come back through the
CSV data set: columns x1, x2 and the target, `class` or `value`)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from playground.core.atomic_file import write_text_atomically


def points_csv_text(points: list[list[float]], classification: bool) -> str:
    """The CSV text of `points` ([x1, x2, class or value] rows): a header, then one row each."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["x1", "x2", "class" if classification else "value"])
    for x, y, v in points:
        writer.writerow([repr(float(x)), repr(float(y)), int(v) if classification else repr(float(v))])
    return out.getvalue()


def save_points_csv(path: str | Path, points: list[list[float]], classification: bool) -> None:
    """Write the CSV file (atomically: a failed write leaves an old file whole); OSError if not."""
    write_text_atomically(Path(path), points_csv_text(points, classification))

"""The loss and accuracy curves of a run as CSV: one row per recorded point, then the final metrics.

The window (File > Export > Curves as CSV) and `playground train --csv FILE` write the same
columns, so a spreadsheet or `pandas.read_csv` reads either the same way. The `record` column
says what a row is: `curve` for a point of the curves (scored on the capped live sets, as the
window plots them), `final` for the last row, the run's metrics at its end. Accuracies are
fractions (0..1), as `--json` gives them; a value a run does not have is an empty cell.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from pathlib import Path

from playground.core.atomic_file import write_text_atomically

CURVE, FINAL = "curve", "final"
# classification: the accuracies; regression: the results panel's mean absolute error and R²
# (known for the final row only: the live curves record the loss alone)
CLASSIFICATION_METRICS = ("train_accuracy", "test_accuracy")
REGRESSION_METRICS = ("train_mae", "test_mae", "train_r2", "test_r2")


@dataclass
class CurveRow:
    step: int
    epoch: float
    train_loss: float
    test_loss: float
    train_accuracy: float | None = None
    test_accuracy: float | None = None
    train_mae: float | None = None
    test_mae: float | None = None
    train_r2: float | None = None
    test_r2: float | None = None
    learning_rate: float | None = None


def columns(classification: bool) -> list[str]:
    metrics = CLASSIFICATION_METRICS if classification else REGRESSION_METRICS
    return ["record", "step", "epoch", "train_loss", "test_loss", *metrics, "learning_rate"]


def _cell(value: float | int | None) -> str:
    """repr() of a float reads back to the same number; NaN and a missing value are empty."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return ""
    return repr(value) if isinstance(value, float) else str(value)


def curves_csv(points: list[CurveRow], final: CurveRow | None, classification: bool) -> str:
    """The CSV text: a header, a row per point, then the final metrics (when given)."""
    names = columns(classification)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(names)
    for record, rows in ((CURVE, points), (FINAL, [final] if final is not None else [])):
        for row in rows:
            writer.writerow([record, *(_cell(getattr(row, name)) for name in names[1:])])
    return out.getvalue()


def write_curves_csv(path: str | Path, points: list[CurveRow], final: CurveRow | None,
                     classification: bool) -> None:
    """Write the CSV atomically; raises OSError (see core/write_errors.py for the words)."""
    write_text_atomically(path, curves_csv(points, final, classification))

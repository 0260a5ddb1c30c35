"""What the views that report figures share: a white page, a heading, and how numbers are written.

One place, so that the predictions, confusion and results views write "2,048 of 10,000" and
"93.4%" alike and a class sees the same look in each tab.
"""

from __future__ import annotations

import math

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from playground.core.i18n import translate, translate_later
from playground.ui.plots.colors import hex_color
from playground.ui.plots.style import FOREGROUND

HEADING_POINT_SIZE = 13


def white_page(widget: QWidget) -> None:
    """Paint the widget white, like the plots it sits beside (labels on it included)."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("white"))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)


def heading_label(text: str = "") -> QLabel:
    """A view's headline figure, bold and large enough to read across a classroom."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {hex_color(FOREGROUND)}; font-size: {HEADING_POINT_SIZE}pt; "
                        "font-weight: bold; padding: 4px 6px 0 6px;")
    return label


def percent(value: float | None, decimals: int = 1) -> str:
    """0.934 -> '93.4%'; a missing or undefined value (no sample, a diverged run) -> an en dash."""
    if value is None or not math.isfinite(value):
        return "\u2013"
    return f"{100 * value:.{decimals}f}%"


def number(value: float | None, decimals: int = 4) -> str:
    """A loss or an error with `decimals` significant digits (0.0123, 1.234, 12.35)."""
    if value is None or not math.isfinite(value):
        return "\u2013"
    return f"{value:.{decimals}g}" if abs(value) < 10 ** decimals else f"{value:,.0f}"


def scored_count(scored: int, available: int) -> str:
    """'360', or '2,048 of 10,000' when the live evaluation's cap left samples out."""
    if scored >= available:
        return f"{available:,}"
    return translate("report", "{scored} of {available}").format(scored=f"{scored:,}", available=f"{available:,}")


SAMPLES = {  # (part, plural): each its own template, so a translation needs no English word order
    ("test", False): translate_later("report", "{count} test sample"),
    ("test", True): translate_later("report", "{count} test samples"),
    ("train", False): translate_later("report", "{count} training sample"),
    ("train", True): translate_later("report", "{count} training samples"),
}


def samples_scored(scored: int, available: int, part: str) -> str:
    """'360 test samples', or '2,048 of 10,000 test samples' when the cap applies; `part` is
    "test" or "train" ("training" too)."""
    key = ("test" if part == "test" else "train", available != 1)
    return translate("report", SAMPLES[key]).format(count=scored_count(scored, available))

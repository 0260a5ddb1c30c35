"""The sequence-samples view of sequence classification: a grid of test sequences, each titled with
the class the network gives it and how sure it is; wrong ones in red, with their true class.
Clicking one shows its hidden states (the hidden-states view follows the choice)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy

from playground.core.i18n import translate
from playground.core.task import Task
from playground.engine.payloads.sequence_samples import SequenceSamplesPayload
from playground.ui.plots import colors
from playground.ui.plots.style import BACKGROUND, FONT_POINT_SIZE, FOREGROUND, line_item
from playground.ui.views.base import ViewWidget, column, note_label

MAX_COLUMNS, MAX_ROWS = 4, 3
# The smallest readable cell: its second line ("x true: sawtooth") fits the width, and the plot
# below the two lines of text keeps some 60 px. A smaller view shows fewer sequences.
CELL_WIDTH, CELL_HEIGHT = 140, 95
WRONG = colors.WARNING_COLOR
CHOSEN_BACKGROUND = (8, 119, 189, 28)  # a wash of the app's blue behind the chosen sequence
TITLE_SIZE = f"{FONT_POINT_SIZE + 1}pt"


def class_name(names: list[str], k: int) -> str:
    return names[k] if 0 <= k < len(names) else translate("sequence_samples", "class {k}").format(k=k)


class SequenceCell:
    """One sequence's small plot under two lines of text: the class the network gives it, and
    a tick, or the true class when it is wrong."""

    def __init__(self, cell: pg.GraphicsLayout):
        self.cell = cell
        cell.setSpacing(0)
        cell.setContentsMargins(2, 2, 2, 2)
        self.heading = cell.addLabel("", row=0, col=0, size=TITLE_SIZE)
        self.verdict = cell.addLabel("", row=1, col=0, size=f"{FONT_POINT_SIZE}pt")
        for label in (self.heading, self.verdict):  # as tall as their text: the plot takes the rest
            label.item.document().setDocumentMargin(1)
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.plot = cell.addPlot(row=2, col=0)
        self.view = self.plot.getViewBox()
        for axis in ("left", "bottom"):
            self.plot.hideAxis(axis)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        self.line = line_item(colors.BLUE, width=2)
        self.plot.addItem(self.line)
        self.zero = pg.InfiniteLine(0.0, angle=0, pen=pg.mkPen((0, 0, 0, 40), width=1))
        self.plot.addItem(self.zero)
        self.title = self.second = ""

    def set(self, values: np.ndarray, title: str, truth: str | None, limit: float) -> None:
        steps = len(values)
        self.line.setData(np.arange(1, steps + 1, dtype=np.float32), values)
        self.view.setRange(xRange=(1, steps), yRange=(-limit, limit), padding=0.02)
        wrong = truth is not None
        # Two lines for every cell, so that the plots of a row stay the same height.
        second = translate("SequenceCell", "\u2717 true: {truth}").format(truth=truth) if wrong else "\u2713"
        if (title, second) != (self.title, self.second):  # new text re-lays out the grid
            self.title, self.second = title, second
            color = colors.hex_color(WRONG if wrong else FOREGROUND)
            self.heading.setText(title, color=color, bold=wrong)
            self.verdict.setText(second, color=color)
            self.view.setBorder(pg.mkPen(WRONG, width=3) if wrong else pg.mkPen((200, 200, 200), width=1))

    def choose(self, chosen: bool) -> None:
        self.view.setBackgroundColor(CHOSEN_BACKGROUND if chosen else None)


class SequenceSamplesView(ViewWidget):
    name = "sequence_samples"

    def __init__(self, task: Task, parent=None):
        super().__init__(task, parent)
        self.clickable = bool(task.recurrent_layers)  # the hidden-states view follows a click
        layout = column(self)
        if self.clickable:
            note = translate("SequenceSamplesView", "Test sequences, each titled with the class the network gives it "
                             "and how sure it is. Red: wrong, with the true class. Click one to see its hidden states.")
        else:
            note = translate("SequenceSamplesView", "Test sequences, each titled with the class the network gives it "
                             "and how sure it is. Red: wrong, with the true class.")
        self.note = note_label(note)
        layout.addWidget(self.note)
        self.grid = ResizingGraphics(self._fit_grid)
        self.grid.setBackground(BACKGROUND)
        self.grid.ci.setSpacing(6)
        self.grid.scene().sigMouseClicked.connect(self._on_click)
        if self.clickable:
            self.grid.setCursor(Qt.CursorShape.PointingHandCursor)
        layout.addWidget(self.grid, 1)
        self.cells: list[SequenceCell] = []
        self.chosen = 0
        self._cell_columns = MAX_COLUMNS
        self.columns, self.capacity = MAX_COLUMNS, MAX_COLUMNS * MAX_ROWS

    def _fit_grid(self, width: int, height: int) -> None:
        """As many cells as fit the grid's size, redrawn at once when that changes."""
        columns = min(max(width // CELL_WIDTH, 2), MAX_COLUMNS)
        rows = min(max(height // CELL_HEIGHT, 1), MAX_ROWS)
        if (columns, columns * rows) != (self.columns, self.capacity):
            self.columns, self.capacity = columns, columns * rows
            if self._drawn is not None:
                self.render(self._drawn)

    def render(self, payload: SequenceSamplesPayload) -> None:
        n = min(len(payload.inputs), self.capacity)
        if n != len(self.cells) or self.cells and self._cell_columns != self.columns:
            self._make_cells(n)
        # one y scale for all: amplitude is part of what tells the waves apart
        limit = float(np.nanmax(np.abs(payload.inputs))) * 1.08 if payload.inputs.size else 1.0
        if not np.isfinite(limit) or limit <= 0:
            limit = 1.0
        names = payload.class_names
        for cell, values, true, pred, p in zip(self.cells, payload.inputs, payload.labels, payload.predicted,
                                               payload.confidence):
            wrong = true != pred
            title = f"{class_name(names, int(pred))} {p:.0%}" if np.isfinite(p) else "?"
            cell.set(values, title, class_name(names, int(true)) if wrong else None, limit)

    def _make_cells(self, n: int) -> None:
        self.grid.clear()
        self.cells = []
        self._cell_columns = self.columns
        for i in range(n):
            self.cells.append(SequenceCell(self.grid.addLayout(row=i // self.columns, col=i % self.columns)))
        self._show_choice()

    def _on_click(self, event) -> None:
        if not self.clickable:
            return
        pos = event.scenePos()
        for i, cell in enumerate(self.cells):
            if cell.cell.sceneBoundingRect().contains(pos):
                self.choose(i)
                return

    def choose(self, i: int) -> None:
        """Show sequence `i`'s hidden states (in the hidden-states view)."""
        self.chosen = i
        self._show_choice()
        self.configure.emit("hidden_states", {"sample": i})

    def follow_choice(self, view: str, options: dict) -> None:
        """A sequence chosen in the hidden-states view is tinted here too."""
        if view == "hidden_states" and "sample" in options:
            self.chosen = int(options["sample"])
            self._show_choice()

    def _show_choice(self) -> None:
        for i, cell in enumerate(self.cells):
            cell.choose(self.clickable and i == self.chosen)

    def reset(self) -> None:
        self.grid.clear()
        self.cells = []
        self.chosen = 0


class ResizingGraphics(pg.GraphicsLayoutWidget):
    """A graphics layout that tells its owner its new size (to fit what it shows to it)."""

    def __init__(self, on_resize: Callable[[int, int], None]):
        self._on_resize = None  # pyqtgraph's constructor already calls resizeEvent
        super().__init__()
        self._on_resize = on_resize

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        # The owner fits its items first: the view then sizes the layout to the window, which a
        # layout whose items are still too wide for it would overflow (and stay so).
        if self._on_resize is not None:
            self._on_resize(self.width(), self.height())
        super().resizeEvent(event)


WIDGET = SequenceSamplesView

"""What every view widget is: it draws one view's payload, and only while it is in sight.

The window hands a widget each payload as it arrives (`set_payload`, cheap: it keeps it); the
drawing happens in `draw`, one event-loop turn per view (the frame scheduler), and only when the
widget is visible: a hidden tab catches up when it is shown.

Two ways to keep a view's drawing short (the bench's GUI timer lateness, docs/PERFORMANCE.md):
`max_rate` draws at most that many payloads a second (the latest one when the interval is over:
curves need no more than the eye follows), and a `render` that is a generator draws in slices,
one per event-loop turn (each `yield` ends a slice: a view with two plots repaints them apart).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any, ClassVar

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from playground.core.task import Task
from playground.core.views import VIEW_SPECS


class ViewWidget(QWidget):
    """Subclasses set `name` and implement `render(payload)` (and `reset` if they keep state)."""

    name: ClassVar[str]
    needs_data: ClassVar[bool] = False  # True: `set_data` receives the data set's arrays
    dirty = Signal()  # a payload waits to be drawn
    # a choice the engine's probe should follow, e.g. ("feature_maps", {"sample": 3}); the views
    # area passes it on to the worker and to every view's `follow_choice`
    configure = Signal(str, dict)

    # at most this many draws a second (None: every payload as it comes); a payload that comes
    # sooner waits, and the latest one is drawn when the interval is over
    max_rate: ClassVar[float | None] = None

    def __init__(self, task: Task, parent: QWidget | None = None):
        super().__init__(parent)
        self.task = task
        self.spec = VIEW_SPECS[self.name]
        self.payload: Any = None
        self._drawn: Any = None  # the payload drawn whole
        self._slices: Iterator[None] | None = None  # the rest of a render drawn in slices
        self._drawing: Any = None  # the payload those slices draw
        self._last_draw = -float("inf")  # time.monotonic() of the last render's start
        self._later = QTimer(self)  # brings a payload held back by max_rate when its time comes
        self._later.setSingleShot(True)
        self._later.timeout.connect(self.dirty.emit)
        self.rendered = 0  # renders started (tests, profiling)
        self.setToolTip(self.spec.shown_help())

    def set_data(self, bundle) -> None:
        """The data set's arrays (`playground.engine.data.DataBundle`), for views with needs_data."""

    def set_payload(self, payload: Any) -> None:
        self.payload = payload
        self.dirty.emit()

    def draw(self) -> None:
        if self._slices is not None:  # a render under way: its next slice, in this turn
            self._next_slice()
            return
        if self.payload is None or self.payload is self._drawn or not self.isVisible():
            return
        if self.max_rate:
            wait = self._last_draw + 1.0 / self.max_rate - time.monotonic()
            if wait > 0:
                if not self._later.isActive():
                    self._later.start(max(1, round(wait * 1000)))
                return
        self._last_draw = time.monotonic()
        self.rendered += 1
        payload = self.payload
        slices = self.render(payload)
        if slices is None:
            self._drawn = payload
        else:
            self._slices, self._drawing = slices, payload
            self._next_slice()

    def _next_slice(self) -> None:
        try:
            next(self._slices)
        except StopIteration:
            self._slices, self._drawn = None, self._drawing
            if self.payload is not self._drawn:
                self.dirty.emit()  # another payload came meanwhile
        else:
            self.dirty.emit()  # the next slice in the next turn

    def render(self, payload: Any) -> Iterator[None] | None:
        """Draw `payload`; a generator draws in slices, one per event-loop turn."""
        raise NotImplementedError

    def clear(self) -> None:
        """Forget the run: the next payload starts afresh."""
        self.payload = self._drawn = self._drawing = None
        self._slices = None
        self._later.stop()
        self.reset()

    def reset(self) -> None:
        """Subclasses empty their plots here (and go back to the probes' first choices)."""

    def follow_choice(self, view: str, options: dict) -> None:
        """A choice made in some view (this one included) for `view`'s probe, e.g. the sample a
        click in Predictions chose for the feature maps: a view that shows that choice too marks
        it here, without emitting `configure` again."""

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.draw()  # a tab brought forward shows the latest payload


def note_label(text: str = "") -> QLabel:
    """A grey sentence above or below a view's picture (what it shows, how to use it)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555; padding: 2px 6px;")
    return label


def column(widget: QWidget, margins: int = 0) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(margins, margins, margins, margins)
    layout.setSpacing(2)
    return layout

"""What every view widget is: it draws one view's payload, and only while it is in sight.

The window hands a widget each payload as it arrives (`set_payload`, cheap: it keeps it); the
drawing happens in `draw`, one event-loop turn per view (the frame scheduler), and only when the
widget is visible: a hidden tab catches up when it is shown.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Signal
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

    def __init__(self, task: Task, parent: QWidget | None = None):
        super().__init__(parent)
        self.task = task
        self.spec = VIEW_SPECS[self.name]
        self.payload: Any = None
        self._drawn: Any = None
        self.setToolTip(self.spec.shown_help())

    def set_data(self, bundle) -> None:
        """The data set's arrays (`playground.engine.data.DataBundle`), for views with needs_data."""

    def set_payload(self, payload: Any) -> None:
        self.payload = payload
        self.dirty.emit()

    def draw(self) -> None:
        if self.payload is not None and self.payload is not self._drawn and self.isVisible():
            self._drawn = self.payload
            self.render(self.payload)

    def render(self, payload: Any) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        """Forget the run: the next payload starts afresh."""
        self.payload = self._drawn = None
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

"""The small box that edits one weight in place, where the student clicked its line (as
TensorFlow Playground does): Enter keeps the value, Escape or a click elsewhere drops it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from playground.core.i18n import translate

WEIGHT_LIMIT = 100.0  # a typed weight beyond this would only make the run blow up


class WeightEditor(QDoubleSpinBox):
    # (Dense node id, unit, input index, old value, new value): Enter pressed on a changed value
    edited = Signal(int, int, int, float, float)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setDecimals(4)
        self.setRange(-WEIGHT_LIMIT, WEIGHT_LIMIT)
        self.setSingleStep(0.1)
        self.setKeyboardTracking(False)
        self.setToolTip(translate("WeightEditor", "The weight: type a value and press Enter (Escape: leave it as "
                                  "it is)."))
        self.target: tuple[int, int, int, float] | None = None  # node, unit, index, old value
        self.hide()

    def open_at(self, pos: QPoint, node_id: int, unit: int, index: int, value: float) -> None:
        """Show the box at `pos` (in the parent's pixels) holding `value`, ready to type over."""
        self.target = (node_id, unit, index, value)
        self.setValue(value)
        self.adjustSize()
        self.move(pos)
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.selectAll()

    def close_editor(self) -> None:
        self.target = None
        self.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.interpretText()
            target = self.target
            self.close_editor()
            if target is not None and self.value() != target[3]:
                self.edited.emit(target[0], target[1], target[2], target[3], self.value())
            event.accept()
        elif event.key() == Qt.Key.Key_Escape:
            self.close_editor()
            event.accept()
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().focusOutEvent(event)
        self.close_editor()  # clicked elsewhere: nothing changes

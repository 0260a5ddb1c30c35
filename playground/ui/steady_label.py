"""Labels whose text changes many times a second without re-laying out the window.

QLabel.setText asks the layouts above it to lay out again, unless the label's size is fixed
in both directions (QWidget::updateGeometry skips fixed-size widgets). For a read-out that
changes with every training snapshot, ~30 times a second, that relaid and repainted the whole
main window each time: the GUI thread's largest cost per snapshot after the plots themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

SPARE_CHARACTERS = "0000"  # room to grow by before the width changes again


class SteadyLabel(QLabel):
    """A one-line, plain-text label with a fixed size that follows its text in steps.

    It widens, with room to spare, when a text does not fit, and narrows only when a text
    is much shorter, so a counting number does not move the widgets beside it each frame.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt API)
        super().setText(text)
        hint = self._text_size()
        spare = self.fontMetrics().horizontalAdvance(SPARE_CHARACTERS)
        too_narrow = hint.width() > self.maximumWidth()
        too_wide = hint.width() + 2 * spare < self.maximumWidth()
        if too_narrow or too_wide or hint.height() != self.maximumHeight():
            self.setFixedSize(hint.width() + spare, hint.height())

    def _text_size(self) -> QSize:
        """What the text needs (QLabel.sizeHint() would answer at least the fixed size)."""
        text = self.fontMetrics().size(Qt.TextFlag.TextSingleLine, self.text())
        margins = self.contentsMargins()
        pad = 2 * self.margin()
        return QSize(text.width() + margins.left() + margins.right() + pad,
                     text.height() + margins.top() + margins.bottom() + pad)


class LabelStrip(QWidget):
    """A strip as wide as its layout gives it, holding `label` across its whole width.

    The label is a child outside any layout, placed by the strip, so its text can change
    without re-laying out the panel around it (its layout request stops at the strip, which
    has no layout); the strip changes its own fixed height only when a text needs another.
    """

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        label.move(0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(label.sizeHint().height())

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        height = self.label.sizeHint().height()
        if height != self.maximumHeight():
            self.setFixedHeight(height)
            self.label.resize(self.width(), height)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.label.resize(self.width(), self.height())

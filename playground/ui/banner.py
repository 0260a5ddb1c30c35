"""A coloured line above the canvas for what the user must see: divergence, a stale run, an error."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from playground.core.i18n import translate

COLOURS = {"warning": "#fff4d6", "error": "#fde2e1", "info": "#e3f0fb"}


class Banner(QWidget):
    """A coloured line above the canvas for things the user must see: divergence, a stale run."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # a QWidget subclass paints no style-sheet background without this: every banner was
        # drawn in the window's grey, an error looking like a hint
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.action = QPushButton()
        self.action.setVisible(False)
        close = QPushButton(translate("Banner", "Dismiss"))
        close.setFlat(True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action)
        layout.addWidget(close)
        self.hide()
        self.kind = ""
        self._callback: Callable[[], None] | None = None
        self.action.clicked.connect(self._act)

    def show_message(self, text: str, kind: str = "warning", action: str = "",
                     callback: Callable[[], None] | None = None) -> None:
        self.kind = kind
        self.setStyleSheet(f"Banner {{ background: {COLOURS[kind]}; border-bottom: 1px solid #d0c8b0; }}")
        self.label.setText(text)
        self.action.setText(action)
        self.action.setVisible(bool(action))
        self._callback = callback
        self.show()

    def _act(self) -> None:
        # hidden first: the callback may put up a banner of its own (a restart that fails again)
        callback = self._callback
        self.hide()
        if callback is not None:
            callback()

"""A coloured line above the canvas for what the user must see: divergence, a stale run, an error."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class Banner(QWidget):
    """A coloured line above the canvas for things the user must see: divergence, a stale run."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.action = QPushButton()
        self.action.setVisible(False)
        close = QPushButton("Dismiss")
        close.setFlat(True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action)
        layout.addWidget(close)
        self.setAutoFillBackground(True)
        self.hide()
        self._callback = None
        self.action.clicked.connect(self._act)

    def show_message(self, text: str, kind: str = "warning", action: str = "", callback=None) -> None:
        colour = {"warning": "#fff4d6", "error": "#fde2e1", "info": "#e3f0fb"}[kind]
        self.setStyleSheet(f"Banner {{ background: {colour}; border-bottom: 1px solid #d0c8b0; }}")
        self.label.setText(text)
        self.action.setText(action)
        self.action.setVisible(bool(action))
        self._callback = callback
        self.show()

    def _act(self) -> None:
        if self._callback is not None:
            self._callback()
        self.hide()

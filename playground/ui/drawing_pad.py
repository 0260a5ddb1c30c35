"""The drawing pad: draw a few images of each class with the mouse into an image folder, then train
on them (so a class can train a network on its own handwriting within minutes).

The folder is an ordinary image folder (one sub-folder of PNG files per class, core/image_folder.py)
that the *Image folder* data set reads; the pad only writes files into it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QPointF, QStandardPaths, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeySequence, QMouseEvent, QPainter, QPaintEvent, QPen, QShortcut
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from playground.core.datasets import DataError
from playground.core.i18n import translate
from playground.core.image_folder import class_folder_name, drawings_per_class, next_drawing_path
from playground.ui.document import Document

log = logging.getLogger(__name__)

PAD_SIDE = 280  # pixels of the drawing area: big enough to draw a digit with a mouse
SAVED_SIDE = 64  # pixels a side of a saved drawing (the data set resizes it to its own size)
PEN_WIDTH = 22  # a stroke as thick, relative to the pad, as a pen stroke on an MNIST digit
DEFAULT_CLASSES = ("0", "1", "2")
FOLDER_NAME = "Neural Playground drawings"


def default_folder() -> Path:
    """Where drawings go unless the user chooses: a folder in their documents."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / FOLDER_NAME


class PadCanvas(QWidget):
    """A white square drawn on in black with the mouse."""

    stroke_ended = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFixedSize(PAD_SIDE, PAD_SIDE)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.image = QImage(PAD_SIDE, PAD_SIDE, QImage.Format.Format_Grayscale8)
        self._last: QPointF | None = None
        self.strokes = 0
        self.clear()

    def clear(self) -> None:
        self.image.fill(QColor("white"))
        self.strokes = 0
        self.update()

    def is_blank(self) -> bool:
        return self.strokes == 0

    def picture(self, side: int = SAVED_SIDE) -> QImage:
        return self.image.scaled(side, side, Qt.AspectRatioMode.IgnoreAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)

    def _draw_to(self, point: QPointF) -> None:
        painter = QPainter(self.image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("black"), PEN_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.drawLine(self._last or point, point)
        painter.end()
        self._last = point
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton:
            self._last = None
            self._draw_to(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if event.buttons() & Qt.MouseButton.LeftButton and self._last is not None:
            self._draw_to(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton and self._last is not None:
            self._last = None
            self.strokes += 1
            self.stroke_ended.emit()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.drawImage(0, 0, self.image)
        painter.setPen(QColor("#9aa0a6"))
        painter.drawRect(0, 0, PAD_SIDE - 1, PAD_SIDE - 1)


class DrawingPad(QDialog):
    """Draw, pick the class, Save (Enter); Clear (Esc); then train on the folder."""

    def __init__(self, document: Document, folder: str | Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("DrawingPad", "Draw images"))
        self.setMinimumWidth(440)  # the hint and the folder path on few lines
        self.document = document
        self.folder = Path(folder) if folder else default_folder()
        self.where = QLabel()
        self.where.setWordWrap(True)
        choose = QPushButton(translate("DrawingPad", "Choose folder…"))
        choose.clicked.connect(self._choose_folder)
        self.classes = QComboBox()
        self.classes.setEditable(True)  # a name typed here is a new class
        self.classes.setToolTip(translate("DrawingPad", "The class of the drawing: type a new name for a new class."))
        self.canvas = PadCanvas()
        self.canvas.stroke_ended.connect(lambda: self.save_button.setEnabled(True))
        self.save_button = QPushButton(translate("DrawingPad", "Save drawing"))
        self.save_button.setDefault(True)  # Enter saves and clears for the next one
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_drawing)
        clear = QPushButton(translate("DrawingPad", "Clear"))
        clear.clicked.connect(self.canvas.clear)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.canvas.clear)  # Esc clears, not closes
        self.tally = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.train_button = QPushButton(translate("DrawingPad", "Train on these drawings"))
        self.train_button.setToolTip(translate("DrawingPad", "Use this folder as the data set (Image folder)."))
        self.train_button.clicked.connect(self.use_folder)
        close = QPushButton(translate("DrawingPad", "Close"))
        close.clicked.connect(self.reject)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.where, 1)
        folder_row.addWidget(choose)
        class_row = QHBoxLayout()
        class_row.addWidget(QLabel(translate("DrawingPad", "Class")))
        class_row.addWidget(self.classes, 1)
        pad_row = QHBoxLayout()
        pad_row.addStretch(1)
        pad_row.addWidget(self.canvas)
        pad_row.addStretch(1)
        edit_row = QHBoxLayout()
        edit_row.addWidget(clear)
        edit_row.addStretch(1)
        edit_row.addWidget(self.save_button)
        end_row = QHBoxLayout()
        end_row.addStretch(1)
        end_row.addWidget(self.train_button)
        end_row.addWidget(close)
        layout = QVBoxLayout(self)
        hint = QLabel(translate("DrawingPad", "Draw one example with the mouse, choose its class, press Enter to save "
                                              "it and draw the next. A few drawings of each of two or more classes are "
                                              "enough to start training."))
        hint.setWordWrap(True)
        for part in (hint, folder_row, class_row, pad_row, edit_row, self.tally, self.message, end_row):
            (layout.addLayout if isinstance(part, QHBoxLayout) else layout.addWidget)(part)
        for button in (choose, clear, self.train_button, close):
            button.setAutoDefault(False)  # Enter saves the drawing, whichever button has the focus
        self._show_folder()

    # ----- the folder and its classes ----------------------------------------------------------
    def _show_folder(self) -> None:
        self.where.setText(translate("DrawingPad", "Saving into <b>{folder}</b>").format(folder=self.folder))
        counts = drawings_per_class(self.folder)
        current = self.classes.currentText()
        self.classes.clear()
        self.classes.addItems(list(counts) or list(DEFAULT_CLASSES))
        if current:
            self.classes.setCurrentText(current)
        self._show_tally(counts)

    def _show_tally(self, counts: dict[str, int]) -> None:
        if counts:
            tally = ", ".join(translate("DrawingPad", "{name}: {n}").format(name=name, n=n) for name, n in counts.items())
            self.tally.setText(translate("DrawingPad", "Drawn so far: {tally}").format(tally=tally))
        else:
            self.tally.setText(translate("DrawingPad", "Drawn so far: nothing yet"))

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, translate("DrawingPad", "Folder for the drawings"), str(self.folder))
        if path:
            self.folder = Path(path)
            self._show_folder()

    # ----- saving and using ------------------------------------------------------------------------
    def save_drawing(self) -> Path | None:
        """Save the pad as the next PNG of the chosen class, clear it; the path, or None (said why)."""
        if self.canvas.is_blank():
            self.message.setText(translate("DrawingPad", "Draw something first."))
            return None
        try:
            name = class_folder_name(self.classes.currentText())
            path = next_drawing_path(self.folder, name)
            path.parent.mkdir(parents=True, exist_ok=True)
            if not self.canvas.picture().save(str(path), "PNG"):
                raise OSError(translate("DrawingPad", "the file {path} could not be written").format(path=path))
        except DataError as exc:
            self.message.setText(str(exc))
            return None
        except OSError as exc:
            self.message.setText(translate("DrawingPad", "The drawing could not be saved into {folder}: {why}. Choose "
                                                         "another folder.").format(folder=self.folder,
                                                                                   why=exc.strerror or exc))
            return None
        self.message.setText("")
        self.canvas.clear()
        self.save_button.setEnabled(False)
        if self.classes.findText(name) < 0:
            self.classes.addItem(name)
        self.classes.setCurrentText(name)
        self._show_tally(drawings_per_class(self.folder))
        log.info("drawing saved: %s", path)
        return path

    def use_folder(self) -> bool:
        """Make the folder the project's data (one undo step); False (said why) if too few classes."""
        drawn = [name for name, n in drawings_per_class(self.folder).items() if n > 0]
        if len(drawn) < 2:
            self.message.setText(translate("DrawingPad", "Draw at least one image of two different classes before "
                                                         "training."))
            return False
        stack = self.document.undo_stack
        stack.beginMacro(translate("DrawingPad", "Train on the drawings"))
        try:
            if self.document.project.data.dataset != "image_folder":
                self.document.set_setting("data", "dataset", "image_folder")
            self.document.set_setting("data", "path", str(self.folder))
        finally:
            stack.endMacro()
        self.accept()
        return True

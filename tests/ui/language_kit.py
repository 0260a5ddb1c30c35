"""Finding English left in the Chinese window: every text a person can see, read from the real widgets.

`english_left(window)` collects what Qt widgets show (labels, buttons, menus and their actions,
tabs, combo items, tooltips, group titles, headers, spin-box suffixes, dock titles), what the
pyqtgraph plots show (titles, axis labels, legends, text items) and what the app paints itself
with QPainter.drawText (canvas cards, palette tiles), and returns the texts that still hold
English words. Words that are names rather than English (PyTorch's and Keras' layer and optimizer
names, file formats, keys) are allowed; so is the user's own data (layer names, column names,
file names), which the caller passes in.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QComboBox, QDockWidget, QGraphicsSimpleTextItem,
                               QGraphicsTextItem, QGraphicsView, QGroupBox, QHeaderView, QLabel, QLineEdit,
                               QListWidget, QMenu, QPlainTextEdit, QStatusBar, QTabBar, QTextEdit, QTreeWidget, QWidget)

from playground.core import catalog

# Names a Chinese course writes in English too: the API names students type (layer kinds,
# activations, optimizers, losses), formats, libraries, devices, keyboard keys; where data comes from
# (the UCI repository's digits, GAN Lab's distributions).
ALLOWED_WORDS = {
    w.lower() for w in """
    Dense Conv Conv1D Conv2D ConvTranspose2D LSTM GRU RNN ReLU LeakyReLU ELU GELU SELU SiLU Swish Mish tanh
    sigmoid softmax LogSoftmax softplus linear Adam AdamW SGD RMSprop Adagrad Nesterov amsgrad momentum
    BatchNorm LayerNorm Dropout Flatten Reshape MaxPool AvgPool MaxPool2D AvgPool2D GlobalAvgPool Embedding
    Concat Add Noise Input Output BCE MSE MAE NLL Huber MNIST CIFAR CIFAR10 IDX CSV PNG SVG JSON ONNX PyTorch
    torch torchrun numpy NumPy TensorBoard Netron Keras TensorFlow Playground GPU CPU CUDA MPS XOR GAN GANs MLP
    CNN KL JS Xavier Glorot Kaiming Ctrl Shift Alt Esc Del Backspace Space Enter Return Tab PgUp PgDown Home End
    Ins F1 F2 F3 F4 F5 F6 F7 F8 F9 F10 F11 F12 Meta Iris Fisher Neural sin cos exp log tan abs max min argmax
    JPEG UCI Lab Python pandas
    """.split()
}
WORD = re.compile(r"[A-Za-z][A-Za-z]+")
TAG = re.compile(r"<[^>]+>")


def kind_names() -> set[str]:
    """The layer kinds' names as the palette and the cards show them (the API names)."""
    return {kind.lower() for kind in catalog.LAYERS}


def english_words(text: str, allowed: set[str]) -> list[str]:
    """The English words in `text`. A name cut short to fit ("Sigm…" on a narrow card, which shows
    the whole text on hover) counts as the name."""
    plain = html.unescape(TAG.sub(" ", text))
    names = allowed | ALLOWED_WORDS
    found = []
    for match in WORD.finditer(plain):
        word = match.group().lower()
        if word in names:
            continue
        if plain[match.end():match.end() + 1] == "…" and any(name.startswith(word) for name in names):
            continue
        found.append(match.group())
    return found


def _widget_texts(widget: QWidget) -> Iterable[str]:
    yield widget.windowTitle() if widget.isWindow() else ""
    yield widget.toolTip()
    yield widget.statusTip()
    yield widget.whatsThis()
    if isinstance(widget, QLabel):
        yield widget.text()
    if isinstance(widget, QAbstractButton):
        yield widget.text()
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        yield widget.placeholderText()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QDockWidget):
        yield widget.windowTitle()
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield widget.tabText(i)
            yield widget.tabToolTip(i)
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield widget.itemText(i)
            tip = widget.itemData(i, 3)  # Qt.ToolTipRole
            yield tip if isinstance(tip, str) else ""
    if isinstance(widget, QAbstractSpinBox):
        for name in ("prefix", "suffix", "specialValueText"):
            getter = getattr(widget, name, None)
            yield getter() if callable(getter) else ""
    if isinstance(widget, QListWidget):
        for i in range(widget.count()):
            yield widget.item(i).text()
            yield widget.item(i).toolTip()
    if isinstance(widget, QTreeWidget):
        header = widget.headerItem()
        for c in range(widget.columnCount()):
            yield header.text(c)
    if isinstance(widget, QHeaderView) and widget.model() is not None:
        model, horizontal = widget.model(), widget.orientation()
        for i in range(model.columnCount() if horizontal.value == 1 else model.rowCount()):
            value = model.headerData(i, horizontal)
            yield value if isinstance(value, str) else ""
    if isinstance(widget, QMenu):
        yield widget.title()
    if isinstance(widget, QStatusBar):
        yield widget.currentMessage()
    for action in widget.actions():
        yield action.text()
        yield action.toolTip()
        yield action.statusTip()
        if action.menu() is not None:
            yield action.menu().title()
            for sub in action.menu().actions():
                yield sub.text()
                yield sub.toolTip()


def _scene_texts(view: QGraphicsView) -> Iterable[str]:
    scene = view.scene()
    if scene is None:
        return
    for item in scene.items():
        if isinstance(item, QGraphicsTextItem):
            yield item.toPlainText()
        elif isinstance(item, QGraphicsSimpleTextItem):
            yield item.text()
        label = getattr(item, "labelText", None)  # pyqtgraph's AxisItem
        if isinstance(label, str):
            yield label
        text = getattr(item, "text", None)  # pyqtgraph's LabelItem keeps its text as an attribute
        if isinstance(text, str):
            yield text
        tip = item.toolTip()
        if tip:
            yield tip


class PaintedText:
    """Records what Python code paints with QPainter.drawText while it is active (the canvas cards
    and palette tiles are painted, not widgets). Make it before the window (the palette paints its
    tiles once, as it is built), then call `paint_scenes`."""

    def __init__(self, monkeypatch) -> None:
        self.texts: list[str] = []
        original = QPainter.drawText

        def recording(painter, *args):
            self.texts.extend(a for a in args if isinstance(a, str))
            return original(painter, *args)

        monkeypatch.setattr(QPainter, "drawText", recording)

    def paint_scenes(self, root: QWidget) -> list[str]:
        """Paint every graphics scene under `root` (the canvas) and return all texts painted so far."""
        for view in root.findChildren(QGraphicsView):
            scene = view.scene()
            if scene is None or scene.sceneRect().isEmpty():
                continue
            image = QImage(400, 300, QImage.Format.Format_ARGB32)
            painter = QPainter(image)
            scene.render(painter)
            painter.end()
        return list(self.texts)


def visible_texts(root: QWidget) -> list[str]:
    """Every text the widgets under `root` (and its menus) can show."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts.extend(t for t in _widget_texts(widget) if t)
        if isinstance(widget, QGraphicsView):
            texts.extend(t for t in _scene_texts(widget) if t)
    return texts


def english_left(texts: Iterable[str], data: Iterable[str] = ()) -> dict[str, list[str]]:
    """The texts that still hold English words, with those words. `data` holds the user's own
    strings (layer names, column names, file names): their words are allowed."""
    allowed = kind_names() | {w.lower() for d in data for w in WORD.findall(d)}
    found: dict[str, list[str]] = {}
    for text in texts:
        words = english_words(text, allowed)
        if words:
            found[text] = words
    return found

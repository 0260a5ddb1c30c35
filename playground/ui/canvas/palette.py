"""The layer palette: every catalogue layer by group, searchable, dragged onto the canvas.

A drag carries LAYER_MIME with the layer kind as UTF-8; `layer_mime_data()` is the one place
that builds it (the canvas and the tests read it with `kind_from_mime()`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QMimeData, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QFont, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                               QWidget)

from playground.core import catalog
from playground.core.i18n import translate
from playground.ui.canvas.items import GROUP_COLOURS

log = logging.getLogger(__name__)

LAYER_MIME = "application/x-playground-layer"
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


def layer_mime_data(kind: str) -> QMimeData:
    mime = QMimeData()
    mime.setData(LAYER_MIME, kind.encode("utf-8"))
    return mime


def kind_from_mime(mime: QMimeData | None) -> str | None:
    """The layer kind a drag carries, or None if it is not a (known) palette layer."""
    if mime is None or not mime.hasFormat(LAYER_MIME):
        return None
    kind = bytes(mime.data(LAYER_MIME)).decode("utf-8", errors="replace")
    return kind if kind in catalog.LAYERS else None


def _swatch(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), 3, 3)
    painter.end()
    return QIcon(pixmap)


def drag_pixmap(kind: str) -> QPixmap:
    """A small card shown under the cursor while dragging, so the user sees what lands."""
    colour = QColor(GROUP_COLOURS.get(catalog.layer(kind).group, "#607d8b"))
    pixmap = QPixmap(120, 28)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    colour.setAlpha(220)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(0, 0, 120, 28), 7, 7)
    font = QFont()
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRectF(10, 0, 108, 28), Qt.AlignmentFlag.AlignVCenter, kind)
    painter.end()
    return pixmap


class LayerTree(QTreeWidget):
    """The tree of layers; its drags carry LAYER_MIME."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIconSize(QSize(12, 12))
        self.setIndentation(12)
        self.setRootIsDecorated(True)

    def mimeTypes(self) -> list[str]:  # noqa: N802 (Qt override)
        return [LAYER_MIME]

    def mimeData(self, items: list[QTreeWidgetItem]) -> QMimeData:  # noqa: N802 (Qt override)
        kinds = [item.data(0, KIND_ROLE) for item in items if item.data(0, KIND_ROLE)]
        return layer_mime_data(kinds[0]) if kinds else QMimeData()

    def startDrag(self, actions: Qt.DropAction) -> None:  # noqa: N802 (Qt override)
        item = self.currentItem()
        kind = item.data(0, KIND_ROLE) if item is not None else None
        if not kind:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        pixmap = drag_pixmap(kind)
        drag.setPixmap(pixmap)
        drag.setHotSpot(pixmap.rect().center())
        drag.exec(Qt.DropAction.CopyAction)


class Palette(QWidget):
    """Search box over the layer tree; `add_requested(kind)` on double-click or Enter."""

    add_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("Palette", "Search layers\u2026"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(translate("Palette", "Type to filter by name or description; Enter adds the first "
                                         "match"))
        self.tree = LayerTree(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addWidget(self.tree)
        self.groups: dict[str, QTreeWidgetItem] = {}
        self.layer_items: dict[str, QTreeWidgetItem] = {}
        self._fill()
        self.search.textChanged.connect(self.filter)
        self.search.returnPressed.connect(self._add_first_match)
        self.tree.itemActivated.connect(self._activated)  # double-click, or Enter on an item

    def _fill(self) -> None:
        bold = QFont()
        bold.setBold(True)
        for group in catalog.GROUPS:
            head = QTreeWidgetItem(self.tree, [catalog.group_label(group)])
            head.setFont(0, bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not draggable, not selectable
            head.setIcon(0, _swatch(GROUP_COLOURS.get(group, "#607d8b")))
            self.groups[group] = head
        for spec in catalog.LAYERS.values():
            item = QTreeWidgetItem(self.groups[spec.group], [spec.kind])
            item.setData(0, KIND_ROLE, spec.kind)
            item.setToolTip(0, catalog.kind_help(spec))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsDragEnabled)
            self.layer_items[spec.kind] = item
        self.tree.expandAll()

    def filter(self, text: str) -> None:
        """Show layers whose kind or help contains `text` (any case); hide empty groups."""
        needle = text.strip().lower()
        for group, head in self.groups.items():
            shown = 0
            for i in range(head.childCount()):
                item = head.child(i)
                kind = item.data(0, KIND_ROLE)
                # the help as shown (the app's language) and in English, so either finds a layer
                spec = catalog.layer(kind)
                match = (not needle or needle in kind.lower() or needle in catalog.kind_help(spec).lower()
                         or needle in spec.help.lower())
                item.setHidden(not match)
                shown += match
            head.setHidden(shown == 0)
            if needle and shown:
                head.setExpanded(True)

    def visible_kinds(self) -> list[str]:
        return [kind for kind, item in self.layer_items.items()
                if not item.isHidden() and not item.parent().isHidden()]

    def _add_first_match(self) -> None:
        # rank a match on the name above a match in the description ("dense" -> Dense first)
        needle = self.search.text().strip().lower()
        kinds = self.visible_kinds()
        if not kinds or not needle:
            return
        kinds.sort(key=lambda k: (not k.lower().startswith(needle), needle not in k.lower()))
        self.add_requested.emit(kinds[0])

    def _activated(self, item: QTreeWidgetItem, column: int = 0) -> None:
        kind = item.data(0, KIND_ROLE)
        if kind:
            self.add_requested.emit(kind)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Down from the search box moves into the list, so the keyboard alone can add layers
        if event.key() == Qt.Key.Key_Down and self.search.hasFocus():
            self.tree.setFocus()
            kinds = self.visible_kinds()
            if kinds:
                self.tree.setCurrentItem(self.layer_items[kinds[0]])
            return
        super().keyPressEvent(event)

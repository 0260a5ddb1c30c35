"""The canvas view: zoom, pan, a dot grid, and drops from the palette.

Keys handled here (the view must have focus): Ctrl+= / Ctrl++ zoom in, Ctrl+- zoom out,
Ctrl+0 or F fit the network in view, Ctrl+L auto-layout; a middle-button drag pans (Space
belongs to the window: it plays and pauses). Delete/Backspace, Ctrl+C/X/V/A and Escape are
the scene's. Handled as key presses rather than QActions so they
never clash with menu shortcuts the main window defines for the same keys.
"""

from __future__ import annotations

import functools
import logging
import math

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (QColor, QContextMenuEvent, QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent,
                           QDropEvent, QKeyEvent, QKeySequence, QMouseEvent, QNativeGestureEvent, QPainter,
                           QPen, QPolygonF, QResizeEvent, QWheelEvent)
from PySide6.QtWidgets import QGraphicsView, QMenu, QWidget

from playground.core import catalog
from playground.core.i18n import translate
from playground.ui.canvas.items import LinkItem, NodeItem
from playground.ui.canvas.palette import kind_from_mime
from playground.ui.canvas.scene import CanvasScene
from playground.ui.canvas.weight_editor import WeightEditor

log = logging.getLogger(__name__)

MIN_ZOOM, MAX_ZOOM = 0.15, 4.0
FIT_MAX_ZOOM = 1.25  # fitting a tiny network should not blow it up to poster size
GRID_STEP = 24.0
ZOOM_STEP = 1.2


class CanvasView(QGraphicsView):
    """Shows a CanvasScene; emits `status_message` for refused actions."""

    status_message = Signal(str)
    # a weight typed in the box opened on its line: (node id, unit, input index, old, new)
    weight_edited = Signal(int, int, int, float, float)

    def __init__(self, scene: CanvasScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.canvas = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        # curves and the grid span large areas: repainting all is cheaper than tracking regions
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        # The dot grid is drawn into a pixmap once (again on zoom, pan or resize) and blitted
        # on every frame of a live run: it cost ~2 ms a frame.
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._drop_link: LinkItem | None = None
        self._pan_from: QPoint | None = None
        self.auto_fit = False  # refit on resize (set by fit_to_view, cleared by zooming/panning)
        self.fit_max_zoom = FIT_MAX_ZOOM  # presenter mode lets a small network grow larger
        # No scrollbars: with them, fitting on resize shows or hides a bar, which resizes the
        # viewport, which refits... forever. Middle-drag pans; F or Ctrl+0 brings all back.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scene.status_message.connect(self.status_message)
        self.weight_editor = WeightEditor(self.viewport())
        self.weight_editor.edited.connect(self.weight_edited)
        scene.weight_clicked.connect(self.edit_weight)

    # ----- zoom and pan -----------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Scale by `factor`, keeping the scene point under `anchor` (viewport coords) still."""
        target = min(max(self.zoom() * factor, MIN_ZOOM), MAX_ZOOM)
        factor = target / self.zoom()
        if abs(factor - 1.0) < 1e-9:
            return
        if anchor is None:
            anchor = QPointF(self.viewport().rect().center())
        fixed = self.mapToScene(anchor.toPoint())
        self.scale(factor, factor)
        moved = self.mapFromScene(fixed) - anchor.toPoint()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y())

    def zoom_in(self) -> None:
        self.auto_fit = False
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.auto_fit = False
        self.zoom_by(1 / ZOOM_STEP)

    def fit_to_view(self) -> None:
        self.auto_fit = True
        rect = self.canvas.itemsBoundingRect()
        if rect.isNull():
            return
        self.fitInView(rect.adjusted(-40, -40, 40, 40), Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > self.fit_max_zoom:
            self.zoom_by(self.fit_max_zoom / self.zoom())
            self.centerOn(rect.center())
        elif self.zoom() < MIN_ZOOM:
            self.zoom_by(MIN_ZOOM / self.zoom())

    def auto_layout(self) -> None:
        viewport = self.viewport().size()
        self.canvas.auto_layout((viewport.width(), viewport.height()))
        self.fit_to_view()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if isinstance(event, QNativeGestureEvent) and \
                event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:  # trackpad pinch
            self.auto_fit = False
            self.zoom_by(1.0 + event.value(), event.position())
            return True
        return super().viewportEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.auto_fit:  # until the user zooms or pans, the whole network stays in sight
            self.fit_to_view()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        self.auto_fit = False
        pixels = event.pixelDelta()
        if not pixels.isNull() and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            # a trackpad's two-finger scroll (it reports pixels) pans, as in map and design
            # apps: without a scrollbar or a middle button it is the laptop's only way to pan;
            # a mouse wheel (angles only), a pinch or Ctrl+scroll zooms
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - pixels.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - pixels.y())
            event.accept()
            return
        delta = event.angleDelta().y() or event.angleDelta().x()
        if delta == 0:
            return
        self.zoom_by(math.pow(1.0015, delta), event.position())
        event.accept()

    def _pan(self, pos: QPoint) -> None:
        self.auto_fit = False
        delta = pos - self._pan_from
        self._pan_from = pos
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pan_from is not None:
            self._pan(event.position().toPoint())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pan_from is not None and event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = None
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # ----- keys -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if event.matches(QKeySequence.StandardKey.ZoomIn) or (ctrl and key in (Qt.Key.Key_Equal, Qt.Key.Key_Plus)):
            self.zoom_in()
        elif event.matches(QKeySequence.StandardKey.ZoomOut) or (ctrl and key == Qt.Key.Key_Minus):
            self.zoom_out()
        elif (ctrl and key == Qt.Key.Key_0) or (key == Qt.Key.Key_F and not mods):
            self.fit_to_view()
        elif ctrl and key == Qt.Key.Key_L:
            self.auto_layout()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # ----- adding layers ------------------------------------------------------------------------
    def add_layer_at_centre(self, kind: str) -> int | None:
        """Add `kind` in the middle of what is shown (palette double-click / Enter), stepping
        down-right past cards already there so repeated adds do not pile up."""
        pos = self.mapToScene(self.viewport().rect().center())
        for _ in range(30):
            if self.canvas.node_at(pos) is None:
                break
            pos += QPointF(30, 30)
        node_id = self.canvas.add_layer(kind, pos)
        self.setFocus()
        return node_id

    def _insertable_link(self, kind: str, pos: QPointF) -> LinkItem | None:
        spec = catalog.layer(kind)
        if not (spec.has_input and spec.has_output):
            return None
        return self.canvas.link_at(pos)

    def _set_drop_link(self, link: LinkItem | None) -> None:
        if link is not self._drop_link:
            if self._drop_link is not None and self._drop_link.scene() is not None:
                self._drop_link.set_highlighted(False)
            self._drop_link = link
            if link is not None:
                link.set_highlighted(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if kind_from_mime(event.mimeData()) is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        kind = kind_from_mime(event.mimeData())
        if kind is None:
            event.ignore()
            return
        self._set_drop_link(self._insertable_link(kind, self.mapToScene(event.position().toPoint())))
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802
        self._set_drop_link(None)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        kind = kind_from_mime(event.mimeData())
        self._set_drop_link(None)
        if kind is None:
            event.ignore()
            return
        pos = self.mapToScene(event.position().toPoint())
        link = self._insertable_link(kind, pos)
        self.canvas.add_layer(kind, pos, link.link_id if link is not None else None)
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.setFocus()

    def edit_weight(self, node_id: int, unit: int, index: int, value: float, scene_pos: QPointF) -> None:
        """Open the weight box on the clicked line; Enter there emits `weight_edited`."""
        self.weight_editor.open_at(self.mapFromScene(scene_pos) + QPoint(8, -12), node_id, unit, index, value)

    # ----- menu ---------------------------------------------------------------------------------
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        self.context_menu(self.mapToScene(event.pos())).exec(event.globalPos())

    def context_menu(self, pos: QPointF) -> QMenu:
        """The right-click menu at scene point `pos`; what is under it gets selected first."""
        item = self.canvas.node_at(pos) or self.canvas.link_at(pos)
        if item is not None and not item.isSelected():
            self.canvas.clearSelection()
            item.setSelected(True)
        menu = QMenu(self)
        self._add_hidden_layer_action(menu, item)
        if self.canvas.selectedItems():
            menu.addAction(translate("CanvasView", "Delete"), self.canvas.delete_selection)
            if self.canvas.selected_node_ids():
                menu.addAction(translate("CanvasView", "Copy"), self.canvas.copy_selection)
            menu.addSeparator()
        menu.addAction(translate("CanvasView", "Paste"), self.canvas.paste)
        menu.addAction(translate("CanvasView", "Select all"), self.canvas.select_all)
        menu.addSeparator()
        menu.addAction(translate("CanvasView", "Auto-layout"), self.auto_layout)
        menu.addAction(translate("CanvasView", "Fit to view"), self.fit_to_view)
        return menu

    def _add_hidden_layer_action(self, menu: QMenu, item) -> None:
        """"Add a hidden layer" on a link (on it) or on a card (after it, on its outgoing link)."""
        if isinstance(item, LinkItem):
            menu.addAction(translate("CanvasView", "Add a hidden layer"), functools.partial(self.canvas.add_hidden_layer, item.link_id))
        elif isinstance(item, NodeItem):
            action = menu.addAction(translate("CanvasView", "Add a hidden layer after it"),
                                    functools.partial(self.canvas.add_hidden_layer_after, item.node_id))
            action.setEnabled(self.canvas.hidden_layer_link(item.node_id) is not None)
        else:
            return
        menu.addSeparator()

    # ----- background ---------------------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        painter.fillRect(rect, QColor("#f8f9fa"))
        step = GRID_STEP
        while step * self.zoom() < 12:  # keep dots at least 12 px apart on screen
            step *= 2
        left = math.floor(rect.left() / step) * step
        top = math.floor(rect.top() / step) * step
        xs = [left + i * step for i in range(int((rect.right() - left) / step) + 1)]
        ys = [top + j * step for j in range(int((rect.bottom() - top) / step) + 1)]
        points = QPolygonF([QPointF(x, y) for y in ys for x in xs])
        pen = QPen(QColor("#cdd2d8"), 2.0)
        pen.setCosmetic(True)  # dots stay one size at any zoom
        pen.setCapStyle(Qt.PenCapStyle.SquareCap)
        painter.save()
        # 2-px square dots without antialiasing: a round antialiased dot costs ~4x as much,
        # and the grid is repainted with every frame of a live run
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(pen)
        painter.drawPoints(points)
        painter.restore()

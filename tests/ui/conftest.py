"""Shared fixtures for the Qt tests: an offscreen canvas on the default project, and gestures
sent as real events to the view's viewport (QDrag.exec() cannot run in a test)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything creates the QApplication

from dataclasses import dataclass  # noqa: E402

import pytest  # noqa: E402
import shiboken6  # noqa: E402
from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QUndoStack  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from playground.core.graph import Graph  # noqa: E402
from playground.core.project import Project, default_project  # noqa: E402
from playground.ui.canvas import CanvasScene, CanvasView  # noqa: E402


@dataclass
class Canvas:
    view: CanvasView
    scene: CanvasScene
    graph: Graph
    stack: QUndoStack
    messages: list[str]

    def vp(self, scene_pos: QPointF) -> QPoint:
        """Viewport pixel of a scene point."""
        return self.view.mapFromScene(scene_pos)

    # ----- mouse ---------------------------------------------------------------------------------
    def press(self, scene_pos: QPointF, button=Qt.MouseButton.LeftButton, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        QTest.mousePress(self.view.viewport(), button, modifiers, self.vp(scene_pos))

    def move(self, scene_pos: QPointF) -> None:
        QTest.mouseMove(self.view.viewport(), self.vp(scene_pos))

    def release(self, scene_pos: QPointF, button=Qt.MouseButton.LeftButton, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        QTest.mouseRelease(self.view.viewport(), button, modifiers, self.vp(scene_pos))

    def drag(self, start: QPointF, end: QPointF, steps: int = 4) -> None:
        self.press(start)
        for i in range(1, steps + 1):
            self.move(start + (end - start) * (i / steps))
        self.release(end)

    # ----- drag and drop (as orange-canvas-core's gui/test.py dragDrop does) ---------------------------
    def drag_enter_move(self, mime: QMimeData, scene_pos: QPointF) -> tuple[bool, bool]:
        """Send DragEnter then DragMove at `scene_pos`; returns whether each was accepted."""
        pos = QPointF(self.vp(scene_pos))
        enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(self.view.viewport(), enter)
        move = QDragMoveEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(self.view.viewport(), move)
        return enter.isAccepted(), move.isAccepted()

    def drop(self, mime: QMimeData, scene_pos: QPointF) -> bool:
        self.drag_enter_move(mime, scene_pos)
        event = QDropEvent(QPointF(self.vp(scene_pos)), Qt.DropAction.CopyAction, mime,
                           Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(self.view.viewport(), event)
        return event.isAccepted()

    def key(self, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(self.view, key, modifiers)


@pytest.fixture
def project() -> Project:
    return default_project()


@pytest.fixture
def graph(project: Project) -> Graph:
    return project.graph


@pytest.fixture
def stack(qtbot) -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def canvas(qtbot, graph: Graph, stack: QUndoStack):
    scene = CanvasScene(graph, stack)
    view = CanvasView(scene)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    view.centerOn(QPointF(500, 150))  # zoom 1, the whole default network in sight
    messages: list[str] = []
    view.status_message.connect(messages.append)
    yield Canvas(view, scene, graph, stack, messages)
    scene.detach()
    # Delete the view before its scene, now. Left to a later garbage-collection pass, the two
    # (parentless, in a reference cycle) can be freed scene first, and the view's destructor
    # then touches the freed scene: a segfault inside whichever test happens to run then.
    shiboken6.delete(view)
    shiboken6.delete(scene)


@pytest.fixture
def gestures():
    """Make the Canvas gesture helpers for any view (e.g. the main window's own canvas)."""
    def make(view: CanvasView, stack: QUndoStack) -> Canvas:
        return Canvas(view, view.scene(), view.scene().graph, stack, [])
    return make


class LayoutRequests(QObject):
    """Counts the layout passes a widget is asked for (a text change that re-lays out a panel
    repaints all of it)."""

    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


@pytest.fixture
def layout_requests():
    """LayoutRequests(widget): counts from now on."""
    return LayoutRequests


@pytest.fixture(autouse=True)
def _empty_clipboard(qapp):
    """Qt's offscreen platform segfaults at interpreter exit while its clipboard holds data
    set from Python (the xcb platform does not): empty it after every test."""
    yield
    QApplication.clipboard().clear()


@pytest.fixture
def chinese(qapp):
    """The app in Simplified Chinese for one test (tests/ui/test_chinese_*.py), English after it."""
    from playground.core import i18n
    from playground.ui.language import install_language

    assert install_language(i18n.CHINESE)
    yield
    install_language(i18n.ENGLISH)

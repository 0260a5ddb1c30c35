"""Presenter mode on the real window: large type (the cards' text twice its size on screen and
more, the plots' axes, a large epoch counter), the side panels hidden and the choice of those
left open remembered, a deep network arranged for the room (not an edit), and leaving puts back exactly what was there.
At 1280x720 what a demo needs stays in sight."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget, QSplitter

from playground.engine.runner import make_runner
from playground.ui.canvas import items
from playground.ui.document import Document
from playground.ui.main_window import MainWindow
from playground.ui.presenter import CARD_SCALE, SETTINGS_KEY

from builders import chain_project, dense

TIMEOUT_MS = 90_000


def open_window(folder, qtbot, size=(1920, 1080), project=None) -> MainWindow:
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    document = Document(project) if project is not None else None
    window = MainWindow(runner=make_runner("thread"), document=document, settings=settings)
    window.resize(*size)
    window.show()
    window.start_worker()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.controller.snapshot is not None, timeout=TIMEOUT_MS)
    window.view.fit_to_view()
    return window


def close(window: MainWindow) -> None:
    window.document.undo_stack.setClean()
    window.close()


def press_f5(window: MainWindow, qtbot) -> None:
    was = window.presenter.active
    # offscreen Qt drops the window's activation after some changes (opening an example does it
    # with or without presenter mode), and shortcuts only reach an active window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_F5)
    assert window.presenter.active != was
    QTest.qWait(0)  # the fit waits for the layouts (a zero timer)
    qtbot.waitUntil(lambda: window.view.zoom() > 0)


def on_screen_text(window: MainWindow) -> float:
    """A card's body text as drawn: its point size times the card's scale and the canvas zoom."""
    return items._font(8.5).pointSizeF() * window.scene.card_scale * window.view.zoom()


def layout_of(window: MainWindow) -> dict:
    return {"docks": {d.objectName(): d.isVisible() for d in window.findChildren(QDockWidget)},
            "splitters": [tuple(s.sizes()) for s in window.findChildren(QSplitter)],
            "font": window.font().pointSizeF(), "zoom": window.view.zoom(),
            "card_scale": window.scene.card_scale, "ticks": window.presenter.text_point_sizes()["plot_ticks"],
            "counter": window.presenter.counter.isVisible()}


def test_presenter_mode_makes_everything_large_hides_panels_and_leaving_restores_it(qtbot, tmp_path):
    window = open_window(tmp_path, qtbot)
    try:
        before = layout_of(window)
        text_before = on_screen_text(window)
        assert any(before["docks"].values())
        assert not before["counter"]
        press_f5(window, qtbot)
        assert window.presenter_action.isChecked()
        now = layout_of(window)
        assert on_screen_text(window) >= 2 * text_before  # readable from the back of the room
        assert now["ticks"] >= 1.5 * before["ticks"]
        assert window.font().pointSizeF() >= 1.4 * before["font"]
        counter = window.presenter.counter
        assert counter.isVisible() and counter.font().pointSize() >= 2 * before["font"]
        assert not any(now["docks"].values())  # every side panel hidden
        # the counter follows the run
        window.step()
        qtbot.waitUntil(lambda: "step 1" in counter.text(), timeout=TIMEOUT_MS)
        # a panel opened in presenter mode (the Training settings, to change the learning rate live)
        window.panels_menu.aboutToShow.emit()  # as opening the menu does
        panels = {a.text(): a for a in window.panels_menu.actions()}
        assert not panels["Training"].isChecked()
        panels["Training"].trigger()
        assert window.training_dock.isVisible()
        press_f5(window, qtbot)  # leave
        assert layout_of(window) == before
        assert window.settings.value(SETTINGS_KEY) in (["dock-training"], "dock-training")
        press_f5(window, qtbot)  # again: the panel chosen last time stays open
        assert window.training_dock.isVisible() and not window.layers_dock.isVisible()
        press_f5(window, qtbot)
        assert layout_of(window) == before
    finally:
        close(window)


@pytest.mark.parametrize("example", ["digits_cnn", "gan_ring", "sine_next_lstm"])
def test_every_kind_of_network_reads_at_least_twice_as_large_on_a_projector(qtbot, tmp_path, example):
    """A long CNN (wrapped into bands), a GAN (each network's row wrapped) and a recurrent network:
    the cards' text on screen at least twice its everyday size at 1920x1080."""
    from playground.ui.main_window import EXAMPLES

    window = open_window(tmp_path, qtbot)
    try:
        window.open_example(EXAMPLES / f"{example}.json")
        window.view.fit_to_view()
        before = on_screen_text(window)
        press_f5(window, qtbot)
        qtbot.waitUntil(lambda: window.scene.arrangement is not None)
        assert on_screen_text(window) >= 2 * before
        box = window.view.mapFromScene(window.scene.itemsBoundingRect()).boundingRect()
        assert window.view.viewport().rect().contains(box)  # the whole network in sight
    finally:
        close(window)


def test_closing_in_presenter_mode_saves_the_everyday_layout(qtbot, tmp_path):
    window = open_window(tmp_path, qtbot)
    docks = {d.objectName(): d.isVisible() for d in window.findChildren(QDockWidget)}
    press_f5(window, qtbot)
    close(window)
    again = open_window(tmp_path, qtbot)
    try:
        assert {d.objectName(): d.isVisible() for d in again.findChildren(QDockWidget)} == docks
        assert not again.presenter.active and again.scene.card_scale == 1.0
    finally:
        close(again)


def _shown(window: MainWindow) -> dict[int, tuple[float, float]]:
    return {nid: (item.x(), item.y()) for nid, item in window.scene.node_items.items()}


def _deep_row_window(qtbot, tmp_path):
    project = chain_project([dense(8)] * 7 + [dense(1, "Linear")], "circle", loss="mse")
    for i, node in enumerate(project.graph.nodes.values()):  # one long row
        node.x, node.y = 400.0 * i, 0.0
    return open_window(tmp_path, qtbot, size=(1280, 720), project=project)


def test_a_deep_network_is_arranged_for_the_room_without_modifying_the_project(qtbot, tmp_path):
    window = _deep_row_window(qtbot, tmp_path)
    try:
        graph = window.document.project.graph
        positions = {nid: (n.x, n.y) for nid, n in graph.nodes.items()}
        index = window.document.undo_stack.index()
        press_f5(window, qtbot)
        qtbot.waitUntil(lambda: window.scene.arrangement is not None)
        shown = _shown(window)
        assert len({y for _, y in shown.values()}) > 1  # wrapped into bands for the room
        assert {nid: (n.x, n.y) for nid, n in graph.nodes.items()} == positions  # the project as it was
        assert window.document.undo_stack.index() == index and not window.isWindowModified()
        # the cards grew with their text (nothing on them cut short), and fill the canvas
        card = next(iter(window.scene.node_items.values()))
        assert card.mapRectToScene(card.card_rect()).width() == pytest.approx(items.CARD_W * CARD_SCALE)
        box = window.view.mapFromScene(window.scene.itemsBoundingRect()).boundingRect()
        assert window.view.viewport().rect().contains(box)
        press_f5(window, qtbot)
        assert _shown(window) == positions and window.scene.arrangement is None
        assert window.document.undo_stack.index() == index and not window.isWindowModified()
    finally:
        close(window)


def test_moving_a_card_while_presenting_makes_the_arrangement_the_projects_in_one_step(qtbot, tmp_path):
    window = _deep_row_window(qtbot, tmp_path)
    try:
        graph = window.document.project.graph
        positions = {nid: (n.x, n.y) for nid, n in graph.nodes.items()}
        stack = window.document.undo_stack
        index = stack.index()
        press_f5(window, qtbot)
        qtbot.waitUntil(lambda: window.scene.arrangement is not None)
        arranged = _shown(window)
        first = min(arranged)
        card = window.scene.node_items[first]
        start = window.view.mapFromScene(card.mapToScene(QPointF(20, 10)))
        end = start + QPoint(60, 40)
        QTest.mousePress(window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        QTest.mouseMove(window.view.viewport(), end)
        QTest.mouseRelease(window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
        assert stack.index() == index + 1  # one step
        moved = {nid: (n.x, n.y) for nid, n in graph.nodes.items()}
        assert {nid: p for nid, p in moved.items() if nid != first} == \
            {nid: (round(x), round(y)) for nid, (x, y) in arranged.items() if nid != first}
        assert moved[first] != arranged[first]
        press_f5(window, qtbot)  # leaving keeps what the user made
        assert {nid: (n.x, n.y) for nid, n in graph.nodes.items()} == moved
        stack.undo()  # and one undo puts the project back as it was
        assert {nid: (n.x, n.y) for nid, n in graph.nodes.items()} == positions
    finally:
        close(window)


def test_at_1280x720_nothing_a_demo_needs_is_cut_off(qtbot, tmp_path):
    window = open_window(tmp_path, qtbot, size=(1280, 720))
    try:
        press_f5(window, qtbot)
        frame = window.rect()
        needed = [window.play_button, window.speed_control, window.readout, window.presenter.counter,
                  window.toolbar_widget(window.step_action), window.toolbar_widget(window.reset_action),
                  window.toolbar_widget(window.slow_action), window.curves.loss_plot, window.plot_tabs]
        for widget in needed:
            assert widget.isVisible(), widget
            box = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
            assert frame.contains(box), (widget, box, frame)
        # the whole network in sight on the canvas
        shown = window.view.mapFromScene(window.scene.itemsBoundingRect()).boundingRect()
        assert window.view.viewport().rect().contains(shown)
    finally:
        close(window)


def test_a_project_opened_while_presenting_gets_large_plots_and_keeps_its_edits(qtbot, tmp_path):
    from playground.ui.main_window import EXAMPLES
    from playground.ui.presenter import PLOT_TICK_POINT_SIZE
    from playground.ui.plots.style import FONT_POINT_SIZE

    window = open_window(tmp_path, qtbot)
    try:
        press_f5(window, qtbot)
        window.document.undo_stack.setClean()  # the tidy-up is an edit: no "save changes?" box here
        window.open_example(EXAMPLES / "digits_cnn.json")  # other views: feature maps, kernels...
        qtbot.waitUntil(lambda: window.controller.snapshot is not None, timeout=TIMEOUT_MS)
        axes = window.presenter._axes()
        assert axes and all(a.style["tickFont"].pointSize() == PLOT_TICK_POINT_SIZE for a in axes)
        graph = window.document.project.graph
        node = next(iter(graph.nodes.values()))
        window.scene.select_nodes([node.id])
        window.scene.delete_selection()  # an edit made while presenting
        count = len(graph.nodes)
        press_f5(window, qtbot)
        assert len(graph.nodes) == count  # leaving undid no edit of the user's
        assert all((a.style["tickFont"] is None or a.style["tickFont"].pointSize() == FONT_POINT_SIZE)
                   for a in window.presenter._axes())
    finally:
        close(window)

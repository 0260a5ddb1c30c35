"""Drawing a data set on the decision-boundary plot of the real window: clicks on the plot's
viewport add, drag, erase and undo points; the points are saved with the project and come back
when it is reopened; a trained run goes stale; the drawn set round-trips through a CSV file."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from playground.core.drawn_points import save_points_csv
from playground.engine.data import load_dataset
from playground.engine.runner import make_runner
from playground.ui.main_window import MainWindow

from builders import main_window

LEFT, RIGHT = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton


@pytest.fixture
def window(qtbot, tmp_path):
    window = main_window(tmp_path, make_runner("thread"))
    qtbot.waitUntil(lambda: window.controller.ready, timeout=30_000)
    yield window
    window.document.undo_stack.setClean()  # no save prompt on close
    window.close()


def points(window: MainWindow) -> list[list[float]]:
    return [list(p) for p in window.document.data_values().get("points", ())]


def vp(window: MainWindow, x: float, y: float):
    return window.boundary.viewport_pos(x, y).toPoint()


def click(window: MainWindow, x: float, y: float, button=LEFT) -> None:
    QTest.mouseClick(window.boundary.plot.viewport(), button, Qt.KeyboardModifier.NoModifier, vp(window, x, y))


def drag(window: MainWindow, start: tuple[float, float], end: tuple[float, float]) -> None:
    viewport = window.boundary.plot.viewport()
    QTest.mousePress(viewport, LEFT, Qt.KeyboardModifier.NoModifier, vp(window, *start))
    for f in (0.3, 0.6, 1.0):
        QTest.mouseMove(viewport, vp(window, start[0] + (end[0] - start[0]) * f, start[1] + (end[1] - start[1]) * f))
    QTest.mouseRelease(viewport, LEFT, Qt.KeyboardModifier.NoModifier, vp(window, *end))


def drawn_window(window: MainWindow, qtbot) -> MainWindow:
    window.data_panel.combo.setCurrentIndex(window.data_panel.combo.findData("drawn"))
    window.data_panel.combo.activated.emit(window.data_panel.combo.currentIndex())
    assert window.document.project.data.dataset == "drawn"
    qtbot.waitUntil(lambda: window.boundary is not None and window.boundary.drawing())
    window.boundary.plot.resize(500, 500)
    window.boundary.view.setRange(xRange=(-6, 6), yRange=(-6, 6), padding=0)
    return window


def near(a: list[float], b: tuple[float, float, float], tol: float = 0.15) -> bool:
    return abs(a[0] - b[0]) < tol and abs(a[1] - b[1]) < tol and a[2] == b[2]


def test_add_move_erase_undo_save_and_reopen(window, qtbot, tmp_path):
    drawn_window(window, qtbot)
    assert any("Draw at least 2 points" in p.message for p in window.document.analysis.problems)
    assert not window.play_action.isEnabled()  # nothing to train on yet
    click(window, -3, 2)
    QTest.keyClick(window.boundary.plot, Qt.Key.Key_2)  # class 1 from now on
    assert window.data_panel.drawing.current_class == 1
    click(window, 3, -2)
    click(window, 1, 1)
    got = points(window)
    assert len(got) == 3
    assert near(got[0], (-3, 2, 0)) and near(got[1], (3, -2, 1)) and near(got[2], (1, 1, 1))
    pos, rgba = window.boundary.point_data("train")
    test_pos, _ = window.boundary.point_data("test")
    assert len(pos) + len(test_pos) == 3  # the plot shows what was drawn, test points too
    assert window.boundary.show_test()

    drag(window, (3, -2), (4, 4))  # move the class-1 point
    got = points(window)
    assert near(got[1], (4, 4, 1)) and len(got) == 3

    click(window, -3, 2, RIGHT)  # erase the first one
    assert len(points(window)) == 2 and near(points(window)[0], (4, 4, 1))
    window.data_panel.draw_box.erase.setChecked(True)
    click(window, 1, 1)  # erase mode: a left click removes too
    assert len(points(window)) == 1
    window.data_panel.draw_box.erase.setChecked(False)

    stack = window.document.undo_stack
    stack.undo()  # the erase
    stack.undo()  # the right-click erase
    assert len(points(window)) == 3 and near(points(window)[0], (-3, 2, 0))
    stack.undo()  # the move
    assert near(points(window)[1], (3, -2, 1))
    stack.redo()
    assert near(points(window)[1], (4, 4, 1))

    qtbot.waitUntil(lambda: window.play_action.isEnabled())  # 3 points: it can train
    path = tmp_path / "drawn.json"
    assert window._save_to(path)
    saved = points(window)
    other = main_window(tmp_path / "other", make_runner("thread"))
    try:
        assert other.open_path(path)
        assert other.document.project.data.dataset == "drawn"
        assert points(other) == saved
    finally:
        other.document.undo_stack.setClean()
        other.close()


def test_edit_these_points_is_one_undo_step_and_keeps_the_classes(window, qtbot):
    window.document.set_setting("data", "dataset", "blobs")
    window.document.set_setting("data", "samples", 40)
    before = load_dataset("blobs", window.document.project.data.params)
    depth = window.document.undo_stack.index()
    window.data_panel.edit_points.click()
    assert window.document.project.data.dataset == "drawn"
    got = np.array(points(window))
    assert len(got) == 40 and window.document.data_values()["n_classes"] == 4
    both = np.concatenate([before.points_train, before.points_test])
    assert np.allclose(np.sort(got[:, 0]), np.sort(both[:, 0]), atol=1e-3)
    assert window.document.undo_stack.index() == depth + 1
    window.document.undo_stack.undo()
    assert window.document.project.data.dataset == "blobs"
    assert window.document.project.data.params["samples"] == 40


def test_a_drawn_point_makes_a_trained_run_stale_and_undo_brings_it_back(window, qtbot):
    drawn_window(window, qtbot)
    for x, y, key in ((-3, -3, Qt.Key.Key_1), (-2, -3, Qt.Key.Key_1), (3, 3, Qt.Key.Key_2), (2, 3, Qt.Key.Key_2)):
        QTest.keyClick(window.boundary.plot, key)
        click(window, x, y)
    qtbot.waitUntil(lambda: window.play_action.isEnabled())
    window.play_action.trigger()
    qtbot.waitUntil(lambda: window.controller.trained_steps > 20, timeout=60_000)
    assert not window.run.stale
    click(window, 0, 5)
    assert window.run.stale  # the trained run is paused and kept until the user chooses
    window.document.undo_stack.undo()  # back to the points it trained on: it fits again
    assert not window.run.stale


def test_drawn_points_round_trip_through_a_csv_file(tmp_path):
    drawn = [[-1.5, 2.25, 0.0], [3.0, -4.0, 1.0], [0.125, 0.5, 2.0], [5.0, 5.0, 1.0]]
    values = {"points": drawn, "n_classes": 3, "train_ratio": 0.5}
    save_points_csv(tmp_path / "points.csv", drawn, classification=True)
    table = load_dataset("csv", {"path": str(tmp_path / "points.csv"), "normalize": False,
                                 "train_ratio": 0.5, "task": "classification"})
    x = np.concatenate([table.x_train, table.x_test])
    y = np.concatenate([table.y_train, table.y_test])
    got = sorted(zip(map(tuple, x.tolist()), y.tolist()))
    assert got == sorted(((p[0], p[1]), int(p[2])) for p in drawn)
    bundle = load_dataset("drawn", values)
    assert bundle.n_train + bundle.n_test == 4
    values_csv = tmp_path / "values.csv"
    save_points_csv(values_csv, [[1.0, 2.0, 0.75], [-1.0, 0.0, -2.5]], classification=False)
    assert values_csv.read_text().splitlines() == ["x1,x2,value", "1.0,2.0,0.75", "-1.0,0.0,-2.5"]

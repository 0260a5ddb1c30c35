"""The main window driven as a user drives it: palette drops, port drags, the run controls,
live settings, files, and a network built from nothing that learns the circle in the background.

The worker is a ThreadRunner here (no torch import in a child per test); one test runs the
app's default process runner to check that closing the window mid-training stops it cleanly.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from playground.core.project import load_project
from playground.engine.runner import make_runner
from playground.engine.snapshot import DIVERGED, PAUSED, RUNNING
from playground.ui.canvas import layer_mime_data
from playground.ui.canvas.items import CARD_W, HEADER_H
from playground.ui.main_window import EXAMPLES, MainWindow
from playground.ui.views import widget_views

from builders import main_window
from view_kit import every_view_drawn

TRAIN_TIMEOUT_MS = 90_000  # generous: two cores shared with the GUI thread under test


def _window(qtbot, tmp_path: Path, runner_kind: str = "thread") -> MainWindow:
    return main_window(tmp_path, make_runner(runner_kind))


@pytest.fixture
def window(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    qtbot.waitUntil(lambda: window.controller.ready, timeout=30_000)
    qtbot.waitUntil(lambda: window.controller.snapshot is not None, timeout=30_000)  # the run is built
    yield window
    window.document.undo_stack.setClean()  # no save prompt on close
    window.close()
    assert not window.controller.runner.alive


@pytest.fixture(autouse=True)
def _gestures(gestures):
    global _make_gestures
    _make_gestures = gestures


def _canvas(window: MainWindow):
    """The conftest gesture helpers, pointed at the window's own canvas."""
    return _make_gestures(window.view, window.document.undo_stack)


def _empty_spot(window: MainWindow) -> QPointF:
    """A scene point in sight with nothing under it."""
    rect = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    for fy in (0.85, 0.15, 0.5):
        for fx in (0.2, 0.5, 0.8):
            spot = QPointF(rect.left() + rect.width() * fx, rect.top() + rect.height() * fy)
            if not window.scene.items(spot):
                return spot
    raise AssertionError("no empty spot on the canvas")


def _train_until(qtbot, window: MainWindow, predicate, timeout: int = TRAIN_TIMEOUT_MS) -> None:
    qtbot.waitUntil(lambda: window.controller.snapshot is not None and predicate(window.controller.snapshot),
                    timeout=timeout)


def _pause(qtbot, window: MainWindow) -> int:
    """Pause, wait until the worker says it stopped, and return the step it stopped at."""
    window.play_action.trigger()
    assert window.controller.state == PAUSED
    _train_until(qtbot, window, lambda s: s.state == PAUSED)
    return window.controller.snapshot.step


# ----- first launch ------------------------------------------------------------------------------
def test_opens_ready_to_train_with_a_network_and_data(window):
    assert window.windowTitle() == "Untitled[*] — Neural Playground"
    assert not window.isWindowModified()
    assert len(window.scene.node_items) == 5 and window.document.analysis.ok
    assert window.play_action.isEnabled() and window.play_reason.text() == ""
    points, colours = window.boundary.point_data("train")
    assert len(points) == 250 and len(np.unique(colours, axis=0)) == 2  # one colour per class
    assert window.controller.snapshot.step == 0
    assert "Step 0" in window.readout.text() and "cpu" in window.readout.text()
    assert window.play_action.shortcut().toString() == "Space"


# ----- canvas through the window -------------------------------------------------------------------
def test_palette_drop_adds_a_layer_and_undo_redo_follow_the_title(window):
    canvas = _canvas(window)
    mime = window.palette.tree.mimeData([window.palette.layer_items["Dropout"]])
    assert canvas.drop(mime, _empty_spot(window))
    assert len(window.document.project.graph.nodes_of_kind("Dropout")) == 1
    assert window.isWindowModified()
    window.undo_action.trigger()
    assert window.document.project.graph.nodes_of_kind("Dropout") == []
    assert not window.isWindowModified()
    window.redo_action.trigger()
    assert len(window.document.project.graph.nodes_of_kind("Dropout")) == 1


def test_drop_on_a_link_inserts_and_the_network_stays_valid(window):
    canvas = _canvas(window)
    graph = window.document.project.graph
    link_id = graph.find_link(2, 3).id
    mid = window.scene.link_item(link_id)._path.pointAtPercent(0.5)
    assert canvas.drop(layer_mime_data("BatchNorm"), mid)
    (norm,) = graph.nodes_of_kind("BatchNorm")
    assert graph.find_link(2, norm.id) is not None and graph.find_link(norm.id, 3) is not None
    assert window.document.analysis.ok and window.play_action.isEnabled()
    window.undo_action.trigger()
    assert graph.find_link(2, 3) is not None and graph.nodes_of_kind("BatchNorm") == []


def test_broken_graph_disables_play_with_the_reason_and_the_problem_leads_to_the_node(window):
    graph = window.document.project.graph
    link = graph.find_link(4, 5).id  # last Dense -> Output
    window.scene.select_nodes([])
    window.scene.link_item(link).setSelected(True)
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    assert graph.find_link(4, 5) is None
    assert not window.play_action.isEnabled()
    assert not window.step_action.isEnabled()
    reason = window.document.analysis.first_error()
    assert reason and "Play is off" in window.play_reason.text()
    assert reason in window.play_action.toolTip()
    window.play_action.trigger()  # refused: nothing starts
    assert window.controller.state != RUNNING
    item = window.problems.item(0)
    assert "Output" in item.text()
    QTest.mouseClick(window.problems.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.problems.visualItemRect(item).center())  # the problem leads to its node
    assert window.scene.selected_node_ids() == [item.data(Qt.ItemDataRole.UserRole)]
    window.undo_action.trigger()
    assert window.play_action.isEnabled() and window.play_reason.text() == ""
    assert "ready to train" in window.problems.item(0).text()


# ----- the whole story: build from nothing, train, watch the plots ----------------------------------
def _drop_card(window: MainWindow, kind: str, x: float) -> int:
    canvas = _canvas(window)
    window.view.resetTransform()  # zoom 1: scene points and pixels agree
    window.view.centerOn(QPointF(400, 100))
    before = set(window.document.project.graph.nodes)
    assert canvas.drop(layer_mime_data(kind), QPointF(x + CARD_W / 2, HEADER_H / 2))
    (new_id,) = set(window.document.project.graph.nodes) - before
    return new_id


def _link(window: MainWindow, source: int, target: int) -> None:
    canvas = _canvas(window)
    canvas.press(window.scene.node_item(source).output_anchor())
    canvas.move(window.scene.node_item(target).input_anchor())
    canvas.release(window.scene.node_item(target).input_anchor())
    assert window.document.project.graph.find_link(source, target) is not None


def _set_in_inspector(window: MainWindow, node_id: int, name: str, value) -> None:
    window.scene.select_nodes([node_id])
    assert window.inspector.node_id == node_id
    widget = window.inspector.form.editor(name).widget
    if isinstance(value, str):
        widget.setCurrentIndex(widget.findText(value))
    else:
        widget.setValue(value)
    assert window.document.project.graph.nodes[node_id].params[name] == value


def test_network_built_by_hand_learns_the_circle_and_every_plot_follows(window, qtbot):
    scene = window.scene
    scene.select_all()
    scene.delete_selection()
    assert window.document.project.graph.nodes == {}
    assert not window.play_action.isEnabled()

    ids = [_drop_card(window, kind, 220 * i)
           for i, kind in enumerate(["Input", "Dense", "Dense", "Dense", "Output"])]
    for source, target in zip(ids, ids[1:]):
        _link(window, source, target)
    inp, hidden1, hidden2, last, out = ids
    for node_id in (hidden1, hidden2):
        _set_in_inspector(window, node_id, "units", 8)
        _set_in_inspector(window, node_id, "activation", "Tanh")
    _set_in_inspector(window, last, "units", 1)
    _set_in_inspector(window, last, "activation", "Linear")
    assert window.document.analysis.ok, window.document.analysis.first_error()
    assert window.play_action.isEnabled()

    window.play_action.trigger()
    assert window.controller.state == RUNNING
    # the fused path learns the circle within a snapshot or two: train on until the curves have points
    _train_until(qtbot, window, lambda s: s.step >= 500 and s.test_accuracy >= 0.95
                 and len(window.curves.curve_data("test_loss")[0]) > 3)
    # SGD jitters: a few steps later, at the pause, one or two test points may have flipped back
    step = _pause(qtbot, window)
    snap = window.controller.snapshot
    assert snap.test_accuracy >= 0.9 and step >= 500

    # boundary: the 100x100 grid drawn as an image, blue inside and orange outside (or the reverse)
    image = window.boundary.image.image
    assert image is not None and image.shape[:2] == (100, 100)
    plane = snap.views["plane"]
    x0, x1, _, _ = plane.extent
    ring = int(round((4.2 - x0) / (x1 - x0) * 99))  # x1 = 4.2, x2 = 0: in the outer ring
    centre, outside = plane.grid[50, 50, 1], plane.grid[50, ring, 1]
    assert (centre - 0.5) * (outside - 0.5) < 0  # the circle and its ring fall on opposite sides
    # curves: points up to the last snapshot, on the epoch axis
    x, y = window.curves.curve_data("test_loss")
    assert len(x) > 3 and x[-1] == pytest.approx(snap.epoch) and np.all(np.isfinite(y))
    x, acc = window.curves.curve_data("test_acc")
    assert acc[-1] == pytest.approx(100 * snap.test_accuracy)
    # gradients: one series per layer, named as on the canvas
    names = [f"Dense {hidden1}", f"Dense {hidden2}", f"Dense {last}"]
    assert snap.layer_names == names
    for name in names:
        steps, norms = window.gradients.series(name)
        assert len(norms) > 3 and np.all(norms[1:] > 0)  # step 0 has no gradient yet: a gap
    assert len(window.gradients.bar_values()) == 3
    # TensorFlow Playground's view: the input features and the neurons of the small layers show
    # their maps, and the weights run feature to neuron
    assert set(plane.neuron_maps) == {inp, hidden1, hidden2, last}
    window.flush_plots()
    assert window.scene.node_item(inp).neuron_count() == 2  # x1 and x2
    assert window.scene.link_items[window.document.project.graph.inputs_of(hidden1)[0].id].per_weight
    assert "Epoch" in window.readout.text() and f"Step {step:,}" in window.readout.text()


# ----- run controls ----------------------------------------------------------------------------------
def test_pause_step_epoch_live_learning_rate_and_reset(window, qtbot):
    window.play_action.trigger()
    assert window.play_action.text() == "Pause"
    _train_until(qtbot, window, lambda s: s.step >= 50)
    step = _pause(qtbot, window)
    assert window.play_action.text() == "Play"

    window.step_action.trigger()
    _train_until(qtbot, window, lambda s: s.step == step + 1)
    window.epoch_action.trigger()
    per_epoch = window.controller.snapshot.steps_per_epoch
    _train_until(qtbot, window, lambda s: s.step % per_epoch == 0 and s.step > step + 1)
    assert window.controller.state == PAUSED

    # the learning rate edited in the Training panel reaches the running worker
    editor = window.training_panel.general.editor("learning_rate").widget
    editor.setValue(0.1)
    assert window.document.project.training.learning_rate == pytest.approx(0.1)
    window.play_action.trigger()
    _train_until(qtbot, window, lambda s: s.learning_rate == pytest.approx(0.1) and s.state == RUNNING)
    assert window.controller.loaded_signature == window.document.run_signature()  # same run goes on
    assert "lr 0.1" in window.readout.text()

    window.reset_action.trigger()
    _train_until(qtbot, window, lambda s: s.step == 0)
    assert window.controller.state == PAUSED
    x, _ = window.curves.curve_data("train_loss")
    assert len(x) <= 1  # the curves started over
    assert window.controller.snapshot.learning_rate == pytest.approx(0.1)


def test_changing_the_network_of_a_trained_run_asks_first_and_undo_keeps_it(window, qtbot):
    window.play_action.trigger()
    _train_until(qtbot, window, lambda s: s.step >= 100)
    window.scene.select_nodes([2])
    window.inspector.form.editor("units").widget.setValue(5)
    assert window.controller.state == PAUSED  # paused, not thrown away
    assert window.banner.isVisible() and "no longer fits" in window.banner.label.text()
    step = _pause_state_step(qtbot, window)
    window.undo_action.trigger()
    assert not window.banner.isVisible()
    window.play_action.trigger()
    _train_until(qtbot, window, lambda s: s.step > step)  # the old run goes on
    window.redo_action.trigger()
    assert window.banner.isVisible()
    seen: list[int] = []  # every snapshot's step: the new run may pass `step` before a poll sees it
    window.controller.snapshots_arrived.connect(lambda snaps: seen.extend(s.step for s in snaps))
    window.play_action.trigger()  # Play on a changed network starts it from scratch
    _train_until(qtbot, window, lambda s: s.state == RUNNING and any(n < step for n in seen))
    assert not window.banner.isVisible()
    assert window.controller.loaded_signature == window.document.run_signature()


def _pause_state_step(qtbot, window: MainWindow) -> int:
    _train_until(qtbot, window, lambda s: s.state == PAUSED)
    return window.controller.snapshot.step


def test_a_diverging_run_pauses_and_says_why(window, qtbot):
    window.training_panel.loss.setCurrentIndex(window.training_panel.loss.findData("mse"))
    window.training_panel.loss.activated.emit(window.training_panel.loss.currentIndex())
    assert window.document.project.training.loss == "mse"
    window.document.set_setting("training", "learning_rate", 100.0)
    window.play_action.trigger()
    qtbot.waitUntil(lambda: window.controller.state == DIVERGED, timeout=TRAIN_TIMEOUT_MS)
    assert window.banner.isVisible()
    text = window.banner.label.text().lower()
    assert "step" in text and "learning rate" in text
    assert window.play_action.text() == "Play"
    assert "diverged" in window.readout.text()
    # lowering the rate and pressing Reset trains again
    window.document.set_setting("training", "learning_rate", 0.03)
    window.reset_action.trigger()
    window.play_action.trigger()
    _train_until(qtbot, window, lambda s: s.state == RUNNING and s.step > 10 and np.isfinite(s.train_loss))


def test_a_loss_that_explodes_but_stays_finite_pauses_the_run_too(window, qtbot):
    # tanh saturates: at a learning rate of 100 the cross-entropy bounces far above its start
    # without ever becoming NaN, which the engine's non-finite guard cannot see
    window.document.set_setting("training", "learning_rate", 100.0)
    window.play_action.trigger()
    qtbot.waitUntil(lambda: window.banner.isVisible() and "diverging" in window.banner.label.text(),
                    timeout=TRAIN_TIMEOUT_MS)
    assert window.controller.state == PAUSED
    text = window.banner.label.text()
    assert "learning rate (100)" in text and "Reset" in text
    assert window.banner.action.text() == "Reset"
    window.banner.action.click()  # the banner's own button starts the run over
    _train_until(qtbot, window, lambda s: s.step == 0)
    assert not window.banner.isVisible()


def test_closing_mid_training_stops_the_worker_process(qtbot, tmp_path):
    window = _window(qtbot, tmp_path, runner_kind="process")
    qtbot.waitUntil(lambda: window.controller.ready, timeout=60_000)
    window.play_action.trigger()
    _train_until(qtbot, window, lambda s: s.step > 100, timeout=60_000)
    runner = window.controller.runner
    assert runner.alive
    window.close()  # nothing to save: the default project is unchanged
    assert not window.isVisible()
    assert not runner.alive  # the worker process is gone when close() returns


# ----- data and examples -----------------------------------------------------------------------------
def test_changing_the_data_set_redraws_points_and_starts_a_new_run(window, qtbot):
    window.data_panel.combo.setCurrentIndex(window.data_panel.combo.findData("xor"))
    window.data_panel.combo.activated.emit(window.data_panel.combo.currentIndex())
    assert window.document.project.data.dataset == "xor"
    points, colours = window.boundary.point_data("train")
    same_sign = points[:, 0] * points[:, 1] > 0  # xor: the class is the sign of x1 * x2
    assert len(points) > 0 and len(np.unique(colours[same_sign], axis=0)) == 1
    assert len(np.unique(colours, axis=0)) == 2
    qtbot.waitUntil(lambda: window.controller.loaded_signature == window.document.run_signature())
    window.undo_action.trigger()
    assert window.document.project.data.dataset == "circle"


@pytest.mark.parametrize("name, top", [("digits_cnn", ["predictions", "feature_maps"]),
                                       ("function_sin", ["curve"]), ("blobs_4class", ["plane"])])
def test_examples_open_as_unsaved_projects_with_their_views(window, name, top, qtbot):
    window.open_example(EXAMPLES / f"{name}.json")
    assert window.document.path is None and not window.isWindowModified()
    assert window.document.analysis.ok, window.document.analysis.first_error()
    tabs = window.views.top_tabs
    assert [tabs.widget(i).name for i in range(tabs.count())] == top
    # the curves' tab names what it plots: a function fit has no accuracy
    curves_tab = window.plot_tabs.tabText(window.plot_tabs.indexOf(window.curves))
    assert curves_tab == ("Loss" if name == "function_sin" else "Loss && accuracy")
    if name == "digits_cnn":  # eight layers in a row would be unreadable: wrapped into bands
        assert len({node.y for node in window.document.project.graph.nodes.values()}) >= 2
        assert window.view.zoom() >= 0.6 and not window.document.undo_stack.canUndo()
        assert window.boundary is None
    else:
        assert window.boundary.mode() == top[0]
    assert set(window.scene.node_items) == set(window.document.project.graph.nodes)
    qtbot.waitUntil(lambda: window.controller.snapshot is not None
                    and window.controller.loaded_signature == window.document.run_signature(),
                    timeout=30_000)


# ----- files ------------------------------------------------------------------------------------------
def test_save_as_open_and_the_unsaved_changes_prompt(window, tmp_path, monkeypatch):
    target = tmp_path / "mine"
    monkeypatch.setattr("playground.ui.main_window.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    window.scene.select_nodes([3])
    window.inspector.form.editor("units").widget.setValue(6)
    assert window.isWindowModified()
    assert window.save_action.isEnabled()
    window.save_action.trigger()  # no file yet: asks where, adds .json
    saved = tmp_path / "mine.json"
    assert saved.exists() and not window.isWindowModified()
    assert window.windowTitle().startswith("mine.json[*]")
    assert load_project(saved).graph.nodes[3].params["units"] == 6

    window.inspector.form.editor("units").widget.setValue(7)
    answers = []
    monkeypatch.setattr("playground.ui.main_window.QMessageBox.question",
                        lambda *a, **k: answers.append(a[2]) or QMessageBox.StandardButton.Cancel)
    window.new_project()
    assert answers and "mine.json" in answers[0]
    assert window.document.project.graph.nodes[3].params["units"] == 7  # Cancel keeps the work
    monkeypatch.setattr("playground.ui.main_window.QMessageBox.question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.new_project()
    assert window.document.path is None and window.document.project.graph.nodes[3].params["units"] == 8

    assert window.open_path(saved)
    assert window.document.path == saved and window.document.project.graph.nodes[3].params["units"] == 6
    assert not window.isWindowModified()


@pytest.mark.parametrize("content, words", [
    ("{not json", "JSON"),
    (json.dumps({"format": "neural-playground-project", "version": 99}), "version"),
])
def test_a_bad_file_is_explained_and_nothing_is_lost(window, tmp_path, monkeypatch, content, words):
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    before = window.document.project.to_dict()
    shown = []
    monkeypatch.setattr("playground.ui.main_window.QMessageBox.warning", lambda *a, **k: shown.append(a[2]))
    assert not window.open_path(bad)
    assert len(shown) == 1 and "bad.json" in shown[0] and words in shown[0]
    assert window.document.project.to_dict() == before and window.document.path is None


# ----- live drawing, spread over event-loop turns ------------------------------------------------
def test_snapshots_are_drawn_in_slices_and_every_point_reaches_the_plots(window, qtbot):
    """A batch is drawn one plot a turn (boundary at once); no snapshot's point is lost, and
    the gradients tab, hidden meanwhile, catches up when it is shown."""
    from playground.engine.snapshot import Snapshot

    window.plot_tabs.setCurrentWidget(window.curves)
    base = window.controller.snapshot  # the loaded run's step-0 snapshot
    window.flush_plots()
    n_layers = len(base.layer_names)
    snaps = [Snapshot(step=10 * i, epoch=i / 10, steps_per_epoch=base.steps_per_epoch,
                      train_loss=1.0 / i, test_loss=1.1 / i, train_accuracy=0.5, test_accuracy=0.5,
                      layer_ids=base.layer_ids, layer_names=base.layer_names,
                      grad_norms=np.full(n_layers, 0.01 * i, np.float32),
                      weight_norms=np.ones(n_layers, np.float32), views=base.views)
             for i in range(1, 31)]
    ran = dict(window.frames.ran)
    for batch in (snaps[:10], snaps[10:25], snaps[25:]):  # three polls' worth
        window.live.add(batch)
        window._on_snapshot(batch[-1])
        assert {"loss", "neurons", "links"} <= set(window.frames.pending)  # later turns
        qtbot.waitUntil(lambda: not window.frames.pending)
    for stage in ("neurons", "loss"):
        assert window.frames.ran[stage] == ran[stage] + 3
    # the links come a batch a turn: each link drawing a line per weight alone
    batches = len(window.scene.weight_batches())
    assert batches == 4 and window.frames.ran["links"] == ran["links"] + 3 * batches
    assert window.scene.snapshot is snaps[-1]
    for link in window.scene.link_items.values():
        target = link.target.node_id
        matrices = snaps[-1].views["link_weights"].weights
        if target in matrices:
            np.testing.assert_array_equal(link.weights, matrices[target])
    x, y = window.curves.items["train_loss"].getOriginalDataset()  # as drawn, no flush by the reader
    np.testing.assert_allclose(x[-30:], [s.epoch for s in snaps])
    np.testing.assert_allclose(y[-30:], [s.train_loss for s in snaps])
    assert not window.gradients.isVisible()
    gx, _ = window.gradients._grad_items[0].getOriginalDataset()
    assert gx is None or len(gx) < 30  # hidden: the points only wait in its history
    window.plot_tabs.setCurrentWidget(window.gradients)
    qtbot.waitUntil(lambda: not window.gradients._dirty)
    gx, gy = window.gradients._grad_items[0].getOriginalDataset()
    np.testing.assert_allclose(gx[-30:], [s.epoch for s in snaps])
    np.testing.assert_allclose(gy[-30:], [0.01 * i for i in range(1, 31)], rtol=1e-5)


def test_read_outs_follow_the_snapshots_without_re_laying_out_the_window(window, qtbot, layout_requests):
    """The toolbar's read-out and the curves' latest values change with every snapshot; a
    layout pass for each would repaint the whole window 30 times a second."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QToolBar

    from playground.engine.snapshot import Snapshot

    window.plot_tabs.setCurrentWidget(window.curves)
    base = window.controller.snapshot
    window.flush_plots()
    window.statusBar().clearMessage()  # its timed clearing would lay the window out, once
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # what setting up left pending
    watched = [window, window.findChild(QToolBar, "run-toolbar"), window.plot_tabs, window.curves]
    counters = [layout_requests(w) for w in watched]
    for i in range(1, 25):
        snap = Snapshot(step=1000 + 10 * i, epoch=40 + i / 2.5, steps_per_epoch=base.steps_per_epoch,
                        train_loss=0.5 / i, test_loss=0.6 / i, train_accuracy=0.9, test_accuracy=0.85,
                        layer_ids=base.layer_ids, layer_names=base.layer_names, grad_norms=base.grad_norms,
                        weight_norms=base.weight_norms, views=base.views)
        ctl = window.controller  # as its poll() delivers a snapshot
        ctl.snapshot = snap
        ctl.snapshots_arrived.emit([snap])
        ctl.latest.emit(snap)
        qtbot.waitUntil(lambda: not window.frames.pending)
    qtbot.waitUntil(lambda: "0.0208" in window.curves.latest.text())  # 0.5 / 24: the last one shown
    assert "Step 1,240" in window.readout.text()
    # A layout pass for each of the 24 snapshots is the fault; one stray pass, from work the set-up
    # left running on a loaded machine (the full suite on two cores), is not.
    assert max(c.count for c in counters) <= 1, [c.count for c in counters]


def test_the_neuron_under_the_mouse_is_shown_large_on_the_boundary_plot(window, qtbot):
    """TensorFlow Playground's hover, also while training: the plot follows the neuron's map."""
    from playground.ui.plots import colors
    from playground.ui.plots.boundary import resample

    canvas = _canvas(window)
    dense = window.document.project.graph.nodes_of_kind("Dense")[0]
    item = window.scene.node_item(dense.id)
    window.flush_plots()  # the loaded run's maps on the cards
    qtbot.waitUntil(lambda: item.neuron_maps is not None)
    key = window.boundary.key_text()
    canvas.move(item.mapToScene(item.neuron_rect(1).center()))
    assert window.boundary.focus_title() == f"{dense.label}, neuron 2"
    snap = window.controller.snapshot
    plane = snap.views["plane"]
    expected = colors.BACKGROUND_LUT[colors.lut_index(resample(plane.neuron_maps[dense.id][1], len(plane.grid)))]
    np.testing.assert_array_equal(window.boundary.image.image, expected)  # over the whole plane
    window.play_action.trigger()  # new snapshots: the plot follows the neuron, not the output
    _train_until(qtbot, window, lambda s: s.step > 50)
    qtbot.waitUntil(lambda: np.array_equal(
        window.boundary.image.image,
        colors.BACKGROUND_LUT[colors.lut_index(resample(
            window.controller.snapshot.views["plane"].neuron_maps[dense.id][1], len(plane.grid)))]))
    window.play_action.trigger()
    inputs = window.scene.node_item(window.document.project.graph.nodes_of_kind("Input")[0].id)
    assert inputs.neuron_labels == ["X\u2081", "X\u2082"]  # written beside the squares, as in Data
    canvas.move(inputs.mapToScene(inputs.neuron_rect(1).center()))  # an input feature: named so
    assert window.boundary.focus_title() == f"Input {inputs.node_id}: X\u2082"
    canvas.move(_empty_spot(window))  # off the cards
    assert window.boundary.focus_title() == "" and window.boundary.key_text() == key
    assert window.boundary.image.image.shape[:2] == window.controller.snapshot.views["plane"].grid.shape[:2]
    window.document.set_setting("data", "feature_sin_x1", True)  # a feature more: named too
    assert inputs.neuron_labels == ["X\u2081", "X\u2082", "sin(X\u2081)"]


# ----- task views ------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["digits_cnn", "digits_mlp", "digits_autoencoder", "sine_next_lstm",
                                  "wave_kind_gru", "iris_table", "function_sin"])
def test_each_view_family_trains_in_the_window_with_its_views_drawn(window, qtbot, name):
    """An example of each kind of network trains, and every view its task gets is drawn from
    the run's own payloads: each tab brought to the front shows the latest one."""
    window.open_example(EXAMPLES / f"{name}.json")
    qtbot.waitUntil(lambda: window.controller.snapshot is not None
                    and window.controller.loaded_signature == window.document.run_signature(), timeout=30_000)
    expected = [spec.name for spec in widget_views(window.task)]
    assert window.views.names() == expected and expected
    window.play_action.trigger()
    _train_until(qtbot, window, lambda s: s.step >= 30)
    _pause(qtbot, window)
    snap = window.controller.snapshot
    assert set(expected) <= set(snap.views)  # a paused run carries every view's payload
    every_view_drawn(qtbot, window, snap)
    assert window.controller.snapshot.step == snap.step

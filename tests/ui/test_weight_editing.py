"""A link's weights under the mouse: each weight and its last gradient in the tooltip; a click on
one weight's line opens a box to type it in; in the window the typed weight reaches the model
the worker trains, as one undo step."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from playground.engine.payloads.link_weights import LinkWeightsPayload
from playground.engine.payloads.plane import GRID, THUMB, PlanePayload
from playground.engine.snapshot import Snapshot

from builders import inspectable_thread_runner, main_window

# default_project(): Input 1 -> Dense 2 -> Dense 3 -> Dense 4 -> Output 5, links 6..9


def _snapshot(weights: np.ndarray, grads: np.ndarray) -> Snapshot:
    rng = np.random.default_rng(0)
    maps = {nid: rng.uniform(-1, 1, (units, THUMB, THUMB)) for nid, units in ((2, 8), (3, 8), (4, 1))}
    plane = PlanePayload(np.full((GRID, GRID, 2), 0.5, np.float32), (-1.0, 1.0, -1.0, 1.0), maps)
    return Snapshot(10, 1.0, 10, 0.3, 0.3, 0.9, 0.9,
                    views={"plane": plane, "link_weights": LinkWeightsPayload({4: weights}, {4: grads})})


def _line_point(link, unit: int, index: int):
    """A point on the line of weight (unit, index), away from where the lines meet."""
    return link.mapToScene(link._line_paths[unit * link.source.neuron_count() + index].pointAtPercent(0.3))


def test_hover_shows_the_weight_and_its_gradient_and_a_click_edits_it(canvas):
    weights = np.linspace(-1, 1, 8).reshape(1, 8)
    grads = np.linspace(0.01, 0.08, 8).reshape(1, 8)
    canvas.scene.show_snapshot(_snapshot(weights, grads))
    link = canvas.scene.link_item(8)  # Dense 3 -> Dense 4: eight lines into one neuron
    assert link.per_weight
    at = _line_point(link, 0, 5)
    canvas.move(at)
    tip = link.toolTip()
    assert "Dense 3, neuron 6 \u2192 Dense 4, neuron 1" in tip
    assert f"weight {weights[0, 5]:+.4f}" in tip and f"last gradient {grads[0, 5]:+.4g}" in tip
    edits = []
    canvas.view.weight_edited.connect(lambda *args: edits.append(args))
    canvas.press(at)
    canvas.release(at)
    editor = canvas.view.weight_editor
    assert editor.isVisible() and editor.value() == round(weights[0, 5], 4)
    editor.lineEdit().selectAll()
    QTest.keyClicks(editor.lineEdit(), "0.75")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert not editor.isVisible()
    assert edits == [(4, 0, 5, weights[0, 5], 0.75)]
    assert canvas.stack.count() == 0  # the canvas only asks: the window makes the undo step


def test_escape_leaves_the_weight_as_it_is(canvas):
    canvas.scene.show_snapshot(_snapshot(np.ones((1, 8)), np.zeros((1, 8))))
    link = canvas.scene.link_item(8)
    at = _line_point(link, 0, 2)
    edits = []
    canvas.view.weight_edited.connect(lambda *args: edits.append(args))
    canvas.press(at)
    canvas.release(at)
    QTest.keyClicks(canvas.view.weight_editor.lineEdit(), "3")
    QTest.keyClick(canvas.view.weight_editor, Qt.Key.Key_Escape)
    assert edits == [] and not canvas.view.weight_editor.isVisible()


def test_a_link_drawn_as_one_line_sums_its_weights_up(canvas):
    canvas.scene.show_snapshot(_snapshot(np.ones((1, 8)), np.zeros((1, 8))))
    link = canvas.scene.link_item(6)  # Input -> Dense 2: no matrix for it here
    assert link.weight_tip(link._path.pointAtPercent(0.5)) == ""
    canvas.scene.node_item(4).set_neuron_maps(None)  # Dense 4 shows no neurons: one mean line
    link = canvas.scene.link_item(8)
    link.set_weights(np.full((1, 8), -0.5), np.full((1, 8), 0.02))
    tip = link.weight_tip(link._path.pointAtPercent(0.5))
    assert "8 weights, from -0.500 to -0.500" in tip and "mean |g| 0.02" in tip



def test_a_typed_weight_reaches_the_model_the_worker_trains(qtbot, tmp_path, gestures):
    runner = inspectable_thread_runner()
    window = main_window(tmp_path, runner)
    try:
        qtbot.waitUntil(lambda: window.controller.snapshot is not None, timeout=30_000)
        link = window.scene.link_item(8)
        qtbot.waitUntil(lambda: link.per_weight, timeout=30_000)
        model_weight = runner.loop.trainer.model.layers["4"][0].weight.detach()  # Dense 4's, live
        before = float(model_weight[0, 3])
        canvas = gestures(window.view, window.document.undo_stack)
        window.view.centerOn(link.boundingRect().center())
        at = _line_point(link, 0, 3)
        canvas.press(at)
        canvas.release(at)
        editor = window.view.weight_editor
        assert editor.isVisible() and editor.value() == round(before, 4)
        editor.lineEdit().selectAll()
        QTest.keyClicks(editor.lineEdit(), "1.5")
        QTest.keyClick(editor, Qt.Key.Key_Return)
        stack = window.document.undo_stack
        assert stack.count() == 1 and "weight" in stack.undoText()
        qtbot.waitUntil(lambda: float(model_weight[0, 3]) == 1.5, timeout=30_000)

        def drawn(value: float) -> bool:  # the paused run republished it: the canvas shows it
            window.flush_plots()
            return link.weights is not None and abs(link.weights[0, 3] - value) < 1e-6

        qtbot.waitUntil(lambda: drawn(1.5), timeout=30_000)
        stack.undo()
        qtbot.waitUntil(lambda: float(model_weight[0, 3]) == before, timeout=30_000)
        stack.redo()
        qtbot.waitUntil(lambda: float(model_weight[0, 3]) == 1.5, timeout=30_000)
        window.reset()  # new weights: the old run's edit is not replayed on them
        qtbot.waitUntil(lambda: runner.loop.trainer is not None
                        and runner.loop.trainer.model.layers["4"][0].weight.data_ptr() != model_weight.data_ptr(),
                        timeout=30_000)
        sent = []
        window.controller.set_weight = lambda *args: sent.append(args)  # what undo would send now
        stack.undo()
        assert sent == []  # the new weights are not the ones the edit was made on
    finally:
        window.document.undo_stack.setClean()
        window.close()

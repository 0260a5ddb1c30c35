"""The explain view on screen: a neuron's sum and a pixel's kernel written out with the payload's
numbers; a click on a feature map asks for that pixel; a click on a canvas neuron in the window
brings the Explain tab forward with that neuron's arithmetic from the live run."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from playground.engine.probes import trainer_task
from playground.engine.runner import make_runner
from playground.engine.trainer import Trainer
from playground.engine.views import ProbeContext, probe_class
from playground.ui.views.feature_maps import map_pixel

from builders import chain_project, dense, main_window
from view_kit import drawn, shown

DIGITS = {"limit": 120, "seed": 3}
CNN = [("Conv2D", {"filters": 6, "kernel_size": 3, "padding": "same", "activation": "ReLU"}),
       ("MaxPool2D", {"pool_size": 2}), ("Flatten", {}), dense(10, "Linear")]


def probe_for(project, steps: int = 3):
    torch.manual_seed(0)
    trainer = Trainer.from_project(project)
    trainer.run(steps=steps)
    task = trainer_task(trainer)
    return probe_class("explain")(ProbeContext(trainer, task)), task, trainer


@pytest.fixture(scope="module")
def cnn_run():
    return probe_for(chain_project(CNN, "digits", DIGITS, loss="cross_entropy"))


def test_a_neuron_is_written_out_as_its_sum(qtbot):
    probe, task, _ = probe_for(chain_project([dense(4), dense(1, "Sigmoid")], "circle", loss="bce"))
    w = shown(qtbot, "explain", task)
    drawn(w, probe.collect())
    assert "Click a neuron" in w.text.toPlainText()
    probe.configure(node=task.neuron_layers[0], neuron=2, sample=4)
    payload = probe.collect()
    drawn(w, payload)
    text = w.text.toPlainText()
    s = payload.target.sum
    assert "Dense" in text and "neuron 3" in text and "test sample 5" in text
    assert f"{s.z:+.4f}" in text and f"a = {s.output:+.4f}" in text and "tanh" in text
    for name, value, weight in zip(payload.target.input_names, s.inputs, s.weights):
        assert name in text and f"{value:+.4f}" in text and f"{weight:+.4f}" in text
    assert w.picker.sample() == 4


def test_the_sample_box_asks_the_probe(qtbot):
    probe, task, _ = probe_for(chain_project([dense(4), dense(1, "Sigmoid")], "circle", loss="bce"))
    w = drawn(shown(qtbot, "explain", task), probe.collect())
    asked = []
    w.configure.connect(lambda name, options: asked.append((name, options)))
    w.picker.pick(9)
    assert asked == [("explain", {"sample": 9})]


def test_a_conv_pixel_shows_its_field_kernel_and_a_pool_its_winner(qtbot, cnn_run):
    probe, task, _ = cnn_run
    conv, pool = task.map_layers
    w = shown(qtbot, "explain", task)
    probe.configure(node=conv, neuron=1, row=0, col=3, sample=2)
    payload = probe.collect()
    drawn(w, payload)
    text = w.text.toPlainText()
    assert "map 2, pixel (row 1, column 4)" in text and "receptive field" in text and "kernel" in text
    assert f"{payload.target.sum.z:+.4f}" in text
    probe.configure(node=pool, neuron=0, row=1, col=1)
    payload = probe.collect()
    drawn(w, payload)
    r, c = payload.target.pooling.winner
    assert f"the largest value wins (row {r + 1}, column {c + 1})" in w.text.toPlainText()


def test_clicking_a_feature_map_pixel_asks_to_explain_it(qtbot, cnn_run):
    _, task, trainer = cnn_run
    maps = probe_class("feature_maps")(ProbeContext(trainer, task))
    maps.configure(sample=6)
    w = drawn(shown(qtbot, "feature_maps", task), maps.collect())
    asked = []
    w.configure.connect(lambda name, options: asked.append((name, options)))
    conv = task.map_layers[0]
    key = f"maps:{conv}"
    rect, picture = w.sheet.placed[key]
    rows = picture.rows
    channel, row, col = 4, 5, 2
    unit = picture.unit  # 8 x 8 maps enlarged 3 times, and their frame
    tile_x, tile_y = channel // rows, channel % rows  # maps read down a column
    x = tile_x * unit + 1 + (col + 0.5) * (unit - 1) / 8
    y = tile_y * unit + 1 + (row + 0.5) * (unit - 1) / 8
    assert map_pixel(picture, 6, (8, 8), x, y) == (channel, row, col)
    at = QPointF(rect.x() + x / picture.rgba.shape[1] * rect.width(), rect.y() + y / picture.rgba.shape[0] * rect.height())
    pixel = w.sheet.mapFromScene(w.sheet.view.mapViewToScene(at))
    QTest.mouseClick(w.sheet.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pixel)
    assert asked == [("explain", {"node": conv, "neuron": channel, "row": row, "col": col, "sample": 6})]


def test_clicking_a_canvas_neuron_explains_it_live(qtbot, tmp_path, gestures):
    window = main_window(tmp_path, make_runner("thread"))
    try:
        qtbot.waitUntil(lambda: window.controller.snapshot is not None, timeout=30_000)
        canvas = gestures(window.view, window.document.undo_stack)
        card = window.scene.node_item(3)  # Dense 3 of the default network
        qtbot.waitUntil(lambda: card.neuron_maps is not None, timeout=30_000)
        window.view.centerOn(card)
        at = card.mapToScene(card.neuron_rect(1).center())
        canvas.press(at)
        canvas.release(at)
        explain = window.views.widget("explain")
        assert window.views.bottom.currentWidget() is explain
        assert window.document.undo_stack.count() == 0  # a click, not a move

        def shows(words: str) -> bool:
            window.flush_plots()
            return words in explain.text.toPlainText()

        qtbot.waitUntil(lambda: shows("Dense 3, neuron 2"), timeout=30_000)
        assert card.explained_neuron == 1  # framed on the canvas
        window.inspector.set_node(2)
        window.inspector.explain_unit.setValue(4)
        window.inspector.explain_button.click()
        qtbot.waitUntil(lambda: shows("Dense 2, neuron 4"), timeout=30_000)
        assert window.scene.node_item(2).explained_neuron == 3 and card.explained_neuron is None
    finally:
        window.document.undo_stack.setClean()
        window.close()


def test_ctrl_click_on_the_boundary_explains_there_and_marks_the_point(qtbot):
    _, task, trainer = probe_for(chain_project([dense(4), dense(1, "Sigmoid")], "circle", loss="bce"))
    plane = shown(qtbot, "plane", task)
    plane.set_data(trainer.data)
    plane.boundary.set_grid(np.full((10, 10, 2), 0.5, np.float32), (-6.0, 6.0, -6.0, 6.0))
    plane.boundary.view.setRange(xRange=(-6, 6), yRange=(-6, 6), padding=0)
    asked = []
    plane.configure.connect(lambda name, options: asked.append((name, options)))
    plot = plane.boundary.plot

    def click(x: float, y: float, modifiers) -> None:
        pixel = plot.mapFromScene(plane.boundary.view.mapViewToScene(QPointF(x, y)))
        QTest.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, modifiers, pixel)

    click(2.0, -3.0, Qt.KeyboardModifier.NoModifier)
    assert asked == []  # a plain click is the plot's own
    click(2.0, -3.0, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1 and asked[0][0] == "explain"
    x1, x2 = asked[0][1]["point"]
    assert x1 == pytest.approx(2.0, abs=0.1) and x2 == pytest.approx(-3.0, abs=0.1)
    plane.follow_choice(*asked[0])
    xs, ys = plane.chosen.getData()
    assert (list(xs), list(ys)) == ([x1], [x2])

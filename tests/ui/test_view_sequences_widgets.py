"""The sequence views' widgets (series, sequence_samples, hidden_states) drawing payloads from a
real short run: the drawn lines, markers, images and texts are the payload's numbers."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from playground.core.project import Project
from playground.core.task import Task
from playground.engine.probes import LIVE_EVAL_LIMIT, trainer_task
from playground.engine.trainer import Trainer
from playground.engine.views import probe_class
from playground.engine.views.base import ProbeContext
from playground.ui.views.hidden_states import HiddenStatesView, fit_title, title_font, title_parts
from playground.ui.views.sequence_samples import SequenceSamplesView
from playground.ui.views.series import SeriesView, marker_x, step_ticks

from builders import chain_project
from view_kit import drawn, shown


pytestmark = pytest.mark.usefixtures("one_torch_thread")  # see tests/conftest.py


def sine_run(*layers) -> tuple[Trainer, Task]:
    project = chain_project([*layers, ("Dense", {"units": 1, "activation": "Linear"})], "sine_next",
                            {"samples": 100, "length": 12}, loss="mse", optimizer="adam")
    return short_run(project)


def waves_run(*layers) -> tuple[Trainer, Task]:
    project = chain_project([*layers, ("Dense", {"units": 3, "activation": "Linear"})], "wave_kind",
                            {"samples": 120, "length": 16}, loss="cross_entropy", optimizer="adam")
    return short_run(project)


def short_run(project: Project) -> tuple[Trainer, Task]:
    trainer = Trainer.from_project(project)
    trainer.run(steps=10)
    trainer.evaluate(limit=LIVE_EVAL_LIMIT)  # as a snapshot does before asking its views
    return trainer, trainer_task(trainer)


def payload_of(name: str, trainer: Trainer, task: Task, **options):
    probe = probe_class(name)(ProbeContext(trainer, task))
    probe.configure(**options)
    return probe.collect()




def click_scene(graphics, scene_pos: QPointF) -> None:
    QTest.mouseClick(graphics.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     graphics.mapFromScene(scene_pos))


# ----- series ------------------------------------------------------------------------------------
def test_series_draws_each_sequence_and_its_true_and_predicted_next_value(qtbot):
    trainer, task = sine_run(("LSTM", {"hidden_size": 8}))
    payload = payload_of("series", trainer, task)
    widget = shown(qtbot, "series", task)
    assert isinstance(widget, SeriesView)
    drawn(widget, payload)

    n, steps = payload.inputs.shape
    assert (n, steps) == (3, 12) and len(widget.sequences) == 3
    xs = marker_x(steps, n)
    assert np.all((xs > steps + 0.5) & (xs < steps + 1.5))  # inside the "next" step
    for i, seq in enumerate(widget.sequences):
        x, y = seq.line.getData()
        np.testing.assert_array_equal(x, np.arange(1, steps + 1))
        np.testing.assert_array_equal(y, payload.inputs[i])
        true_x, true_y = seq.true.getData()
        pred_x, pred_y = seq.predicted.getData()
        assert true_x[0] == pred_x[0] == pytest.approx(xs[i])
        assert true_y[0] == pytest.approx(payload.target[i])
        assert pred_y[0] == pytest.approx(payload.predicted[i])
        # the dashed step joins the last input to the true next value
        np.testing.assert_allclose(seq.bridge.getData()[1], [payload.inputs[i, -1], payload.target[i]])
    assert widget.band.getRegion() == pytest.approx((steps + 0.5, steps + 1.5))
    ticks = widget.plot.getAxis("bottom")._tickLevels[0]
    assert ticks[-1] == (steps + 1.0, "next") and ticks[0] == (1.0, "1")
    assert widget.summary_label.text() == (f"Next value off by {payload.mean_error:.2g} on average "
                                           f"({payload.n_scored} test sequences)")
    assert "true next" in widget.key.text() and "network's next" in widget.key.text()

    # a payload with fewer sequences drops the rest; reset empties the plot
    drawn(widget, dataclasses.replace(payload, inputs=payload.inputs[:2], target=payload.target[:2],
                                      predicted=payload.predicted[:2]))
    assert len(widget.sequences) == 2
    widget.clear()
    assert widget.sequences == [] and widget.summary_label.text() == ""


def test_series_step_ticks_leave_room_for_next():
    assert step_ticks(20) == [(1.0, "1"), (5.0, "5"), (10.0, "10"), (15.0, "15"), (21.0, "next")]
    assert step_ticks(3) == [(1.0, "1"), (2.0, "2"), (3.0, "3"), (4.0, "next")]


# ----- sequence samples --------------------------------------------------------------------------
def test_sequence_samples_title_each_sequence_and_mark_the_wrong_ones(qtbot):
    trainer, task = waves_run(("GRU", {"hidden_size": 8}))
    payload = payload_of("sequence_samples", trainer, task)
    # one right and one wrong for sure, whatever ten steps of training gave
    predicted = payload.predicted.copy()
    predicted[0] = payload.labels[0]
    predicted[1] = (payload.labels[1] + 1) % 3
    payload = dataclasses.replace(payload, predicted=predicted)
    widget = shown(qtbot, "sequence_samples", task)
    assert isinstance(widget, SequenceSamplesView)
    drawn(widget, payload)

    names = payload.class_names
    assert len(widget.cells) == 12
    for i, cell in enumerate(widget.cells):
        assert cell.heading.text == f"{names[payload.predicted[i]]} {payload.confidence[i]:.0%}"
        wrong = payload.predicted[i] != payload.labels[i]
        assert cell.verdict.text == (f"\u2717 true: {names[payload.labels[i]]}" if wrong else "\u2713")
        assert cell.view.border.color().getRgb()[:3] == ((220, 20, 30) if wrong else (200, 200, 200))
        x, y = cell.line.getData()
        np.testing.assert_array_equal(x, np.arange(1, 17))
        np.testing.assert_array_equal(y, payload.inputs[i])
    # one y scale for all, so that amplitudes compare
    limit = np.abs(payload.inputs).max() * 1.08
    for cell in widget.cells:
        assert cell.view.viewRange()[1] == pytest.approx([-limit, limit], rel=0.05)

    # a click asks the hidden-states view for that sequence
    asked = []
    widget.configure.connect(lambda name, options: asked.append((name, options)))
    click_scene(widget.grid, widget.cells[5].plot.sceneBoundingRect().center())
    assert asked == [("hidden_states", {"sample": 5})]
    assert widget.chosen == 5
    assert [cell.view.background.isVisible() for cell in widget.cells] == [i == 5 for i in range(12)]


def test_sequence_samples_show_fewer_sequences_in_a_small_view(qtbot):
    trainer, task = waves_run(("RNN", {"hidden_size": 6}))
    payload = payload_of("sequence_samples", trainer, task)
    widget = shown(qtbot, "sequence_samples", task, (420, 260))
    drawn(widget, payload)
    assert 0 < len(widget.cells) < 12
    assert widget.grid.ci.geometry().width() <= widget.grid.width()  # nothing cut off on the right
    widget.resize(640, 420)
    qtbot.waitUntil(lambda: widget.grid.width() > 420)
    assert len(widget.cells) == 12
    headings = [cell.heading.text for cell in widget.cells]
    assert headings[0] == f"{payload.class_names[payload.predicted[0]]} {payload.confidence[0]:.0%}"


# ----- hidden states -----------------------------------------------------------------------------
def test_hidden_states_draw_each_layers_states_under_the_sequence(qtbot):
    trainer, task = waves_run(("GRU", {"hidden_size": 12}))
    payload = payload_of("hidden_states", trainer, task, sample=4)
    widget = shown(qtbot, "hidden_states", task)
    assert isinstance(widget, HiddenStatesView)
    drawn(widget, payload)

    steps = len(payload.inputs)
    x, y = widget.input_line.getData()
    np.testing.assert_array_equal(x, np.arange(1, steps + 1))
    np.testing.assert_array_equal(y, payload.inputs)
    (layer_map,) = widget.maps
    (layer,) = payload.layers
    np.testing.assert_array_equal(layer_map.image.image, layer.states)
    assert layer_map.image.levels == pytest.approx([-1.0, 1.0])  # fixed tanh range, never auto
    # the image's columns sit on the input's steps: step k spans k - 0.5 .. k + 0.5
    bounds = layer_map.image.mapRectToParent(layer_map.image.boundingRect())
    assert (bounds.left(), bounds.right()) == pytest.approx((0.5, steps + 0.5))
    assert (bounds.top(), bounds.bottom()) == pytest.approx((0, 12))
    assert layer_map.title == f"{layer.label}: 12 units"
    assert widget.picker.sample() == 4 and widget.picker.maximum() == payload.n_samples
    assert widget.caption_text() == f"true: {payload.truth}   network: {payload.prediction}"

    # the box asks the probe for another sequence; a payload still showing the old one leaves it
    asked = []
    widget.configure.connect(lambda name, options: asked.append((name, options)))
    widget.picker.pick(8)
    assert asked == [("hidden_states", {"sample": 8})]
    drawn(widget, dataclasses.replace(payload))
    assert widget.picker.sample() == 8
    chosen = payload_of("hidden_states", trainer, task, sample=8)
    drawn(widget, chosen)
    assert widget.picker.sample() == 8
    np.testing.assert_array_equal(widget.maps[0].image.image, chosen.layers[0].states)
    # a choice made elsewhere (the Sequences view) moves the box
    drawn(widget, payload_of("hidden_states", trainer, task, sample=2))
    assert widget.picker.sample() == 2 and asked == [("hidden_states", {"sample": 8})]


def test_hidden_states_of_a_bidirectional_and_a_stacked_layer(qtbot):
    trainer, task = sine_run(("GRU", {"hidden_size": 40, "bidirectional": True, "return_sequences": True}),
                             ("LSTM", {"hidden_size": 70, "num_layers": 2}))
    payload = payload_of("hidden_states", trainer, task)
    widget = shown(qtbot, "hidden_states", task)
    drawn(widget, payload)
    gru_map, lstm_map = widget.maps
    gru, lstm = payload.layers
    np.testing.assert_array_equal(gru_map.image.image, gru.states)
    np.testing.assert_array_equal(lstm_map.image.image, lstm.states)
    assert gru_map.plot.getAxis("left")._tickLevels[0] == [(16.0, "fwd"), (48.0, "bwd")]
    assert lstm_map.plot.getAxis("left")._tickLevels[0] == [(0.5, "1"), (63.5, "64")]
    assert title_parts(gru) == [gru.label, "2 \u00d7 40 units (forward, backward)", "first 32 of each"]
    assert title_parts(lstm) == [lstm.label, "70 units", "first 64", "top of 2 stacked"]
    assert lstm_map.title == f"{lstm.label}: 70 units, first 64, top of 2 stacked"
    assert widget.caption_text() == f"true next: {payload.truth}   network: {payload.prediction}"

    # a narrow view keeps the titles to what fits rather than widening past its window
    widget.resize(420, 260)
    qtbot.waitUntil(lambda: widget.graphics.width() < 640)
    assert gru_map.title != fit_title(title_parts(gru), 10_000, title_font())
    assert gru_map.title.startswith(gru.label)
    assert widget.graphics.ci.geometry().width() <= widget.graphics.width()
    widget.clear()
    assert widget.maps == [] and widget.caption_text() == ""

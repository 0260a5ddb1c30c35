"""A sample chosen in one view is followed by the others: the views area passes a view's choice
to the worker's probe and to every view, so the image clicked in Predictions is the one in the
feature maps' box and back, and the sequence clicked in Sequences the one in the hidden states'
box and back; a new run goes back to the first sample everywhere. Real short runs of the shipped
examples, drawn by the real widgets in a ViewsArea."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QSplitter, QTabWidget

from playground.core.datasets import resolve_paths
from playground.core.project import load_project
from playground.engine.probes import Probe
from playground.engine.snapshot import PAUSED
from playground.engine.trainer import Trainer
from playground.ui.plots.frames import FrameScheduler
from playground.ui.views.area import ViewsArea

EXAMPLES = Path(__file__).resolve().parents[2] / "assets" / "examples"

def example_run(name: str, steps: int = 5) -> Probe:
    project = load_project(EXAMPLES / f"{name}.json")
    project.data.params = resolve_paths(project.data.params, str(EXAMPLES))
    torch.manual_seed(0)
    trainer = Trainer.from_project(project)
    trainer.run(steps=steps)
    return Probe(trainer)


@pytest.fixture(scope="module")
def cnn_probe() -> Probe:
    return example_run("digits_cnn")


@pytest.fixture(scope="module")
def gru_probe() -> Probe:
    return example_run("wave_kind_gru")


class Worker:
    """What the window does with the area: its choices go to the run's probe, whose next paused
    snapshot every view draws."""

    def __init__(self, qtbot, probe: Probe):
        self.probe = probe
        self.asked: list[tuple[str, dict]] = []
        self.area = ViewsArea(QTabWidget(), FrameScheduler())
        self.area.configure.connect(lambda name, options: self.asked.append((name, dict(options))))
        self.window = QSplitter(Qt.Orientation.Vertical)
        self.window.addWidget(self.area.top)
        self.window.addWidget(self.area.bottom)
        qtbot.addWidget(self.window)
        self.window.resize(700, 800)
        self.area.set_task(probe.task)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.publish()

    def publish(self) -> None:
        """The probe's snapshot, shown and drawn in every view in sight (as the frames would)."""
        self.area.show_snapshot(self.probe.snapshot(state=PAUSED))
        for widget in self.area.widgets.values():
            widget.draw()

    def apply(self) -> None:
        """The worker takes the choices asked for, and a paused run republishes."""
        for name, options in self.asked:
            self.probe.configure(name, options)
        self.publish()

    def bring_forward(self, name: str):
        widget = self.area.widget(name)
        self.area.top_tabs.setCurrentWidget(widget)
        widget.draw()
        return widget


def click_image(grid, index: int) -> None:
    centre = grid.cell_rect(index).center()
    QTest.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(round(centre.x()), round(centre.y())))


def click_scene(graphics, scene_pos: QPointF) -> None:
    QTest.mouseClick(graphics.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     graphics.mapFromScene(scene_pos))


def test_predictions_and_feature_maps_share_the_chosen_image(qtbot, cnn_probe):
    worker = Worker(qtbot, cnn_probe)
    predictions = worker.bring_forward("predictions")
    maps = worker.area.widget("feature_maps")
    assert predictions.grid.selected == 0 and maps.picker.sample() == 0
    assert predictions.grid.shown > 12  # the images the test clicks and marks are drawn

    click_image(predictions.grid, 7)  # a click in Predictions: the box follows at once
    assert worker.asked == [("feature_maps", {"sample": 7})]  # once: following is not asking
    assert predictions.grid.selected == 7 and maps.picker.sample() == 7

    worker.bring_forward("feature_maps")
    maps.picker.pick(12)  # the box: Predictions marks the image chosen there
    assert worker.asked[1:] == [("feature_maps", {"sample": 12})]
    assert predictions.chosen == 12 and predictions.grid.selected == 12
    assert predictions.grid._selection.isVisible()
    assert predictions.grid._selection.rect().center() == predictions.grid.cell_rect(12).center()

    worker.apply()  # the probe follows: the maps are sample 12's, and both views stay on it
    assert maps.sheet.texts["title:input"].toPlainText().startswith("Input\ntest image 13")
    assert maps.picker.sample() == 12 and predictions.grid.selected == 12
    assert len(worker.asked) == 2

    worker.area.clear()  # a new run: its probe starts with sample 0, and so does every view
    assert predictions.chosen == 0 and predictions.grid.selected == 0 and maps.picker.sample() == 0
    assert len(worker.asked) == 2
    maps.picker.pick(3)  # the box still asks after a clear
    assert worker.asked[2:] == [("feature_maps", {"sample": 3})] and predictions.grid.selected == 3


def test_sequences_and_hidden_states_share_the_chosen_sequence(qtbot, gru_probe):
    worker = Worker(qtbot, gru_probe)
    sequences = worker.bring_forward("sequence_samples")
    states = worker.area.widget("hidden_states")
    tinted = [i for i, cell in enumerate(sequences.cells) if cell.view.background.isVisible()]
    assert tinted == [0] and states.picker.sample() == 0 and states.picker.text() == "Test sequence 1"  # people count from 1

    click_scene(sequences.grid, sequences.cells[4].plot.sceneBoundingRect().center())
    assert worker.asked == [("hidden_states", {"sample": 4})]
    assert sequences.chosen == 4 and states.picker.sample() == 4

    worker.bring_forward("hidden_states")
    states.picker.pick(2)  # sequence 2: the Sequences view tints it
    assert worker.asked[1:] == [("hidden_states", {"sample": 2})]
    tinted = [i for i, cell in enumerate(sequences.cells) if cell.view.background.isVisible()]
    assert sequences.chosen == 2 and tinted == [2]

    worker.apply()
    assert states.picker.sample() == 2 and sequences.chosen == 2 and len(worker.asked) == 2
    payload = worker.area.widget("hidden_states").payload
    assert payload.sample == 2

    worker.area.clear()  # a new run: the first sequence everywhere
    assert sequences.chosen == 0 and states.picker.sample() == 0 and len(worker.asked) == 2
    worker.publish()
    tinted = [i for i, cell in enumerate(sequences.cells) if cell.view.background.isVisible()]
    assert tinted == [0]

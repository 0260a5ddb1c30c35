"""Comparing runs in the window: a pinned run stays as a labelled ghost on the curves while the
next run trains, saying what differs; pins are undoable, removable, saved with the project; and
"Reset with the same weights" starts again from the very same initial weights."""

from __future__ import annotations

import numpy as np
import pytest

from playground.core.project import load_project
from playground.ui.commands import SetParam

from builders import inspectable_thread_runner, main_window

TRAIN_TIMEOUT_MS = 60_000



@pytest.fixture
def window(qtbot, tmp_path):
    runner = inspectable_thread_runner()
    window = main_window(tmp_path, runner)
    qtbot.waitUntil(lambda: window.controller.snapshot is not None, timeout=30_000)
    yield window
    window.document.undo_stack.setClean()
    window.close()


def train_steps(qtbot, window, steps: int) -> None:
    window.step_action.trigger()  # one step at a time keeps the test short and deterministic
    for _ in range(steps - 1):
        window.controller.step(1)
    qtbot.waitUntil(lambda: window.controller.snapshot is not None and window.controller.snapshot.step >= steps,
                    timeout=TRAIN_TIMEOUT_MS)
    window.flush_plots()


def first_weights(window) -> np.ndarray:
    return window.controller.runner.loop.trainer.model.layers["2"][0].weight.detach().numpy().copy()


def test_pin_compare_remove_and_save(window, qtbot, tmp_path):
    assert not window.pins.pin_current()  # nothing trained yet: nothing to pin
    train_steps(qtbot, window, 12)
    assert window.pins.pin_current()
    assert window.curves.ghost_labels() == [window.pins.labels()[0]]
    assert window.pins.labels()[0].startswith("pinned: the same settings (test loss ")
    pin = window.document.project.pins[0]
    assert pin.steps >= 12 and len(pin.epochs) == len(pin.series["test_loss"]) >= 2

    # a second run with another learning rate (a live setting) and fewer units in Dense 2
    window.document.set_setting("training", "learning_rate", 0.3)
    window.document.undo_stack.push(SetParam(window.document.project.graph, 2, "units", 4))
    label = window.curves.ghost_labels()[0]
    assert label.startswith("pinned: learning rate 0.03, Dense 2 units 8")
    window.reset_action.trigger()  # new weights
    assert "other initial weights" in window.pins.labels()[0]
    train_steps(qtbot, window, 5)
    assert window.curves.ghost_labels() == window.pins.labels()  # the ghost stays while it trains
    assert window.pins.pin_current() and len(window.curves.ghost_labels()) == 2

    path = tmp_path / "compare.json"
    window.document.save(path)
    again = load_project(path)
    assert [p.to_dict() for p in again.pins] == [p.to_dict() for p in window.document.project.pins]

    stack = window.document.undo_stack
    window.pins.remove(0)
    assert len(window.document.project.pins) == 1 and len(window.curves.ghost_labels()) == 1
    stack.undo()
    assert len(window.document.project.pins) == 2
    window.pins.fill_menu(window.pins_menu)
    texts = [a.text() for a in window.pins_menu.actions() if a.text()]
    assert texts[0] == "Pin this run" and texts[-1] == "Remove all pinned runs" and len(texts) == 4
    [a for a in window.pins_menu.actions() if a.text() == "Remove all pinned runs"][0].trigger()
    assert window.document.project.pins == [] and window.curves.ghost_labels() == []


def test_reset_with_the_same_weights(window, qtbot):
    start = first_weights(window)
    train_steps(qtbot, window, 3)
    assert not np.array_equal(first_weights(window), start)
    window.reset_same_action.trigger()
    qtbot.waitUntil(lambda: window.controller.snapshot is not None and window.controller.snapshot.step == 0
                    and window.controller.runner.loop.trainer.step_count == 0, timeout=30_000)
    np.testing.assert_array_equal(first_weights(window), start)
    window.reset_action.trigger()  # Reset: new weights
    qtbot.waitUntil(lambda: window.controller.snapshot is not None
                    and not np.array_equal(first_weights(window), start), timeout=30_000)
    fresh = first_weights(window)
    window.document.undo_stack.push(SetParam(window.document.project.graph, 3, "units", 5))  # a rebuild after an edit keeps the weights' seed
    def rebuilt() -> bool:  # the worker drops the old trainer before it builds the new one
        trainer = window.controller.runner.loop.trainer
        return trainer is not None and trainer.model.layers["3"][0].weight.shape[0] == 5

    qtbot.waitUntil(rebuilt, timeout=30_000)
    np.testing.assert_array_equal(first_weights(window), fresh)

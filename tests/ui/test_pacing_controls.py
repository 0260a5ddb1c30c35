"""The speed control in the toolbar and the loss plot's sliding window, driven as a teacher does:
the choice reaches the worker (which keeps the pace: tests/engine/test_pacing.py measures it),
is kept in the settings for the next start and given to a restarted worker; the curves' x axis
shows the last N epochs only."""

from __future__ import annotations

import numpy as np
import pytest

from playground.engine.runner import ThreadRunner, WorkerLoop
from playground.engine.snapshot import Snapshot
from playground.ui.plots.curves import CurvesPlot, window_start
from playground.ui.speed_control import SETTINGS_KEY

from builders import main_window

TIMEOUT_MS = 90_000


class LoopRunner(ThreadRunner):
    """A ThreadRunner that keeps its WorkerLoop, to read the pace the worker was told."""

    loop: WorkerLoop | None = None

    def _main(self, channel) -> None:
        self.loop = WorkerLoop(channel)
        self.loop.serve()


def open_window(folder, qtbot):
    runner = LoopRunner()
    window = main_window(folder, runner)
    qtbot.waitUntil(lambda: window.controller.snapshot is not None, timeout=TIMEOUT_MS)
    return window, runner


def close(window) -> None:
    window.document.undo_stack.setClean()
    window.close()


def test_the_speed_chosen_reaches_the_worker_is_saved_and_survives_a_restart(qtbot, tmp_path):
    window, runner = open_window(tmp_path, qtbot)
    try:
        combo = window.speed_control
        assert combo.currentText() == "Speed: max" and runner.loop.pacer.unlimited
        assert [combo.itemText(i) for i in range(combo.count())] == [
            "Speed: max", "Speed: 100/s", "Speed: 30/s", "Speed: 10/s", "Speed: 3/s", "Speed: 1/s"]
        combo.setCurrentIndex(combo.findText("Speed: 3/s"))
        qtbot.waitUntil(lambda: runner.loop.pacer.rate == 3.0, timeout=TIMEOUT_MS)
        window.toggle_play()  # changeable while it runs
        combo.setCurrentIndex(combo.findText("Speed: 10/s"))
        qtbot.waitUntil(lambda: runner.loop.pacer.rate == 10.0, timeout=TIMEOUT_MS)
        window.toggle_play()
        assert window.settings.value(SETTINGS_KEY) == "10/s"
        window.controller.restart()  # a new worker is told the speed too
        qtbot.waitUntil(lambda: runner.loop is not None and runner.loop.pacer.rate == 10.0
                        and window.controller.ready, timeout=TIMEOUT_MS)
    finally:
        close(window)
    again, runner = open_window(tmp_path, qtbot)  # the next start, same settings file
    try:
        assert again.speed_control.currentText() == "Speed: 10/s"
        qtbot.waitUntil(lambda: runner.loop.pacer.rate == 10.0, timeout=TIMEOUT_MS)
    finally:
        close(again)


def test_an_unknown_saved_speed_starts_at_max(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat).setValue(SETTINGS_KEY, "7/s")
    window, runner = open_window(tmp_path, qtbot)
    try:
        assert window.speed_control.speed() is None and runner.loop.pacer.unlimited
    finally:
        close(window)


# ----- the curves' sliding window ------------------------------------------------------------------
def point(step: int, epoch: float) -> Snapshot:
    return Snapshot(step=step, epoch=epoch, steps_per_epoch=10, train_loss=1.0 / step, test_loss=1.0 / step,
                    train_accuracy=0.5, test_accuracy=0.5, layer_names=["Dense 1"],
                    grad_norms=np.ones(1, np.float32), weight_norms=np.ones(1, np.float32))


def test_window_start_steps_along_in_tenths_of_the_window():
    assert window_start(0.0, 3.0, None) == 0.0
    assert window_start(0.0, 3.0, 5.0) == 0.0  # a run shorter than the window: all of it
    assert window_start(0.0, 50.0, 20.0) == pytest.approx(30.0)
    assert window_start(0.0, 50.7, 20.0) == pytest.approx(30.0)  # moves in steps of 2 epochs
    assert window_start(0.0, 52.1, 20.0) == pytest.approx(32.0)


def test_the_loss_plot_follows_the_last_epochs_and_back(qtbot):
    curves = CurvesPlot()
    qtbot.addWidget(curves)
    curves.resize(600, 400)
    curves.show()
    qtbot.waitExposed(curves)
    for step in range(1, 401):
        curves.add(point(step, step / 4))  # 100 epochs
    curves.flush()
    x0, x1 = curves.x_range()
    assert x0 < 1.0 and x1 >= 100.0  # the whole run
    curves.window_box.setCurrentIndex(curves.window_box.findText("Last 5 epochs"))
    assert curves.window() == 5.0
    x0, x1 = curves.x_range()
    assert 94.0 <= x0 <= 95.5 and 100.0 <= x1 <= 102.0
    for step in range(401, 441):  # it slides along as the run goes on
        curves.add(point(step, step / 4))
    curves.flush()
    x0, x1 = curves.x_range()
    assert 104.0 <= x0 <= 105.5 and x1 >= 110.0
    # the points before the window are kept: only the view moves
    assert len(curves.raw_data("train_loss")[0]) == 440
    curves.set_window(None)
    x0, _ = curves.x_range()
    assert x0 < 1.0
    with pytest.raises(ValueError):
        curves.set_window(7.0)

"""The run's life in front of a class: a worker that dies, hangs or never starts is shown as such
(in the error colour, with a Restart button) and never as running; snapshots of a replaced run
never reach the plots; an emptied canvas shows no run, and Undo brings a kept run back whole.

The window tests drive the real MainWindow. Those about a dead or hung worker use the app's
process runner and signal its real process; the others a ThreadRunner.
"""

from __future__ import annotations

import os
import signal
import time

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from playground.core.project import default_project
from playground.engine.runner import REBUILT, Runner, ThreadRunner, make_runner
from playground.engine.snapshot import FAILED, PAUSED, RUNNING, RunStatus, Snapshot
from playground.ui.banner import COLOURS
from playground.ui.main_window import MainWindow
from playground.ui.run_controller import RESTART
from playground.ui.training import TrainingController

from builders import main_window

TIMEOUT_MS = 90_000  # generous: two cores shared with the GUI thread under test


@pytest.fixture
def windows(qtbot, tmp_path):
    """open(runner) -> a started window, waited until its first run is built; closed after."""
    opened: list[MainWindow] = []

    def open_(runner: Runner, ready: bool = True) -> MainWindow:
        window = main_window(tmp_path, runner)
        opened.append(window)
        if ready:
            qtbot.waitUntil(lambda: window.controller.snapshot is not None, timeout=TIMEOUT_MS)
        return window

    yield open_
    for window in opened:
        window.document.undo_stack.setClean()  # no save prompt on close
        window.close()
        assert not window.controller.runner.alive


def train(qtbot, window: MainWindow, steps: int) -> None:
    window.play_action.trigger()
    qtbot.waitUntil(lambda: window.controller.snapshot is not None and window.controller.snapshot.step >= steps,
                    timeout=TIMEOUT_MS)


def pause(qtbot, window: MainWindow) -> int:
    """Pause and wait until the worker says it stopped; the step it stopped at."""
    window.play_action.trigger()
    qtbot.waitUntil(lambda: window.controller.snapshot.state == PAUSED, timeout=TIMEOUT_MS)
    return window.controller.snapshot.step


def banner_colour(window: MainWindow) -> QColor:
    """The colour the banner is painted in, inside the window: the banner's own grab() fills
    with its style sheet's colour even where the window shows grey."""
    banner = window.banner
    area = QRect(banner.mapTo(window, QPoint(0, 0)), banner.size())
    return window.grab(area).toImage().pixelColor(3, 3)


def snapshots_seen(window: MainWindow) -> list[Snapshot]:
    """Every snapshot from now on, as the plots receive them."""
    seen: list[Snapshot] = []
    window.controller.snapshots_arrived.connect(seen.extend)
    return seen


def assert_shown_as_lost(window: MainWindow, words: str) -> None:
    assert window.banner.isVisible() and words in window.banner.label.text()
    assert window.banner.kind == "error" and banner_colour(window) == QColor(COLOURS["error"])
    assert window.banner.action.isVisible() and window.banner.action.text() == RESTART
    assert window.controller.state == FAILED
    assert window.play_action.text() == "Play" and window.play_action.isEnabled()
    readout = window.readout.text()
    assert "steps/s" not in readout and "starting" not in readout and "failed" in readout


# ----- a worker that dies, hangs or does not start ---------------------------------------------------
def test_a_killed_worker_is_shown_at_once_and_play_starts_a_new_one_that_trains(windows, qtbot):
    window = windows(make_runner("process"))
    train(qtbot, window, 50)
    old_pid = window.controller.runner.pid
    os.kill(old_pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=10_000)
    assert_shown_as_lost(window, "killed")

    seen = snapshots_seen(window)
    window.play_action.trigger()  # restarts the worker and trains the network from step 0
    assert not window.banner.isVisible()
    assert window.play_action.text() == "Pause"
    assert "Step 0" in window.readout.text() and "steps/s" not in window.readout.text()
    qtbot.waitUntil(lambda: window.controller.snapshot is not None and window.controller.snapshot.step > 20,
                    timeout=TIMEOUT_MS)
    assert window.controller.runner.pid != old_pid and window.controller.state == RUNNING
    steps = [s.step for s in seen]
    assert steps[0] == 0 and steps == sorted(steps)  # the new run only, from its start
    step = window.controller.snapshot.step
    assert f"Step {step:,}" in window.readout.text()


def test_a_hung_worker_is_given_up_and_its_restart_button_brings_a_new_one(windows, qtbot):
    window = windows(make_runner("process"))
    train(qtbot, window, 10)
    controller = window.controller
    controller.ping_after, controller.hang_timeout = 0.2, 1.0  # short, for the test only
    pid = controller.runner.pid
    os.kill(pid, signal.SIGSTOP)  # alive, but answering nothing
    try:
        qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=20_000)
        assert_shown_as_lost(window, "stopped answering")
        with pytest.raises(ProcessLookupError):  # the hung process was ended and reaped
            os.kill(pid, 0)
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    controller.ping_after, controller.hang_timeout = 2.0, 30.0
    window.banner.action.click()  # Restart: a new worker, the network's run from step 0, paused
    assert not window.banner.isVisible()
    qtbot.waitUntil(lambda: controller.snapshot is not None, timeout=TIMEOUT_MS)
    assert controller.snapshot.step == 0 and controller.state == PAUSED and window.play_action.text() == "Play"
    train(qtbot, window, 10)


def test_closing_the_window_while_its_worker_hangs_ends_the_worker_too(windows, qtbot):
    window = windows(make_runner("process"))
    train(qtbot, window, 10)
    runner = window.controller.runner
    pid = runner.pid
    os.kill(pid, signal.SIGSTOP)
    started = time.monotonic()
    window.close()  # nothing to save: the default project is unchanged
    assert time.monotonic() - started < 5.0 and not window.isVisible()
    assert not runner.alive
    with pytest.raises(ProcessLookupError):  # ended and reaped, not left stopped
        os.kill(pid, 0)


class FailsToStartOnce(ThreadRunner):
    def __init__(self) -> None:
        super().__init__()
        self.failed = False

    def start(self) -> None:
        if not self.failed:
            self.failed = True
            raise OSError("Resource temporarily unavailable")
        super().start()


def test_a_worker_that_cannot_start_is_explained_and_restart_tries_again(windows, qtbot):
    window = windows(FailsToStartOnce(), ready=False)
    assert_shown_as_lost(window, "could not start (Resource temporarily unavailable)")
    window.banner.action.click()
    qtbot.waitUntil(lambda: window.controller.snapshot is not None, timeout=TIMEOUT_MS)
    assert window.controller.snapshot.step == 0 and not window.banner.isVisible()


# ----- the controller's bookkeeping, with a scripted runner -----------------------------------------
class ScriptedRunner(Runner):
    """A worker that sends what the test says, when the test says."""

    def __init__(self) -> None:
        self.sent: list[str] = []
        self.waiting: list = []
        self.running = False

    def start(self) -> None:
        self.running = True

    def _send(self, *command) -> None:
        self.sent.append(command[0])

    def poll(self) -> list:
        messages, self.waiting = self.waiting, []
        return messages

    def close(self, timeout: float = 1.0) -> None:
        self.running = False

    @property
    def alive(self) -> bool:
        return self.running


def snapshot(step: int, loss: float = 0.5, state: str = PAUSED) -> Snapshot:
    return Snapshot(step=step, epoch=step / 25, steps_per_epoch=25, train_loss=loss, test_loss=loss,
                    train_accuracy=0.5, test_accuracy=0.5, state=state)


@pytest.fixture
def scripted(qtbot):
    runner = ScriptedRunner()
    controller = TrainingController(runner)
    controller.start()
    controller._timer.stop()  # the test polls by hand
    runner.waiting = [RunStatus("ready")]
    controller.poll()
    arrived: list[int] = []
    controller.snapshots_arrived.connect(lambda snaps: arrived.extend(s.step for s in snaps))
    yield runner, controller, arrived
    controller.close()


@pytest.mark.parametrize("replace", ["load", "reset"])
def test_snapshots_the_old_run_sent_before_a_new_one_began_are_dropped(scripted, replace):
    runner, controller, arrived = scripted
    controller.load(default_project(), "first")
    runner.waiting = [RunStatus(REBUILT), snapshot(0), snapshot(400, state=RUNNING)]
    controller.poll()
    assert arrived == [0, 400]
    if replace == "load":
        controller.load(default_project(), "second")
    else:
        controller.reset()
    assert controller.snapshot is None
    # still in the pipe when the new run was asked for: the old run's
    runner.waiting = [snapshot(430, state=RUNNING), snapshot(460)]
    controller.poll()
    assert arrived == [0, 400] and controller.snapshot is None
    runner.waiting = [snapshot(470), RunStatus(REBUILT), snapshot(0)]
    controller.poll()
    assert arrived == [0, 400, 0] and controller.snapshot.step == 0


def test_a_silent_worker_is_pinged_only_while_it_should_train_and_lost_when_it_never_answers(scripted,
                                                                                            monkeypatch):
    runner, controller, _ = scripted
    clock = [1000.0]
    monkeypatch.setattr("playground.ui.training.time.monotonic", lambda: clock[0])
    lost: list[str] = []
    controller.worker_lost.connect(lost.append)
    controller.load(default_project(), "sig")
    runner.waiting = [RunStatus(REBUILT), snapshot(0)]
    controller.poll()
    clock[0] += 600  # paused: silence is normal
    controller.poll()
    assert "ping" not in runner.sent and not lost

    controller.play()
    clock[0] += controller.ping_after + 0.1
    controller.poll()
    assert runner.sent.count("ping") == 1
    runner.waiting = [RunStatus("pong")]  # an answer: it lives
    clock[0] += controller.hang_timeout - 1
    controller.poll()
    clock[0] += controller.ping_after + 1
    controller.poll()
    assert not lost and runner.sent.count("ping") == 2  # silent again: pinged again

    clock[0] += controller.hang_timeout + 0.1  # no answer to the second ping
    controller.poll()
    assert lost and "stopped answering" in lost[0] and controller.state == FAILED
    assert not runner.alive  # stopped
    sent = list(runner.sent)
    controller.play()  # ignored until restart(): nothing is shown as running
    controller.apply(learning_rate=0.1)
    controller.configure_view("maps", sample=3)
    assert controller.state == FAILED and runner.sent == sent


# ----- other runs the window must not show wrongly -----------------------------------------------------
def test_play_pressed_twice_fast_leaves_the_run_paused(windows, qtbot):
    window = windows(make_runner("thread"))
    seen = snapshots_seen(window)
    window.play_action.trigger()
    window.play_action.trigger()
    assert window.controller.state == PAUSED and window.play_action.text() == "Play"
    # the worker publishes as it pauses, then trains exactly the one step asked for: a worker
    # left running would publish running snapshots instead
    window.step_action.trigger()
    qtbot.waitUntil(lambda: len(seen) >= 2 and seen[-1].step == seen[-2].step + 1, timeout=TIMEOUT_MS)
    assert seen[-2].state == seen[-1].state == PAUSED == window.controller.state


@pytest.mark.parametrize("action", ["reset_action", "new_action"])
def test_reset_or_new_while_training_starts_the_curves_and_the_blow_up_guard_from_the_new_run(windows, qtbot,
                                                                                             action):
    window = windows(make_runner("thread"))
    train(qtbot, window, 300)
    seen = snapshots_seen(window)
    getattr(window, action).trigger()  # New asks nothing: the project is unchanged
    qtbot.waitUntil(lambda: bool(seen), timeout=TIMEOUT_MS)
    assert seen[0].step == 0 and window.controller.state == PAUSED
    assert window.run.start_loss == seen[0].train_loss  # the new run's own start
    window.flush_plots()
    x, _ = window.curves.curve_data("train_loss")
    assert list(x) == [0.0]


# ----- an emptied canvas -------------------------------------------------------------------------------
def empty_the_canvas(window: MainWindow) -> None:
    """Ctrl+A, Delete on the canvas, as a user empties it."""
    window.activateWindow()
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    assert not window.document.project.graph.nodes


def assert_no_run_shown(window: MainWindow) -> None:
    window.flush_plots()
    assert len(window.curves.curve_data("train_loss")[0]) == 0 and window.curves.latest_text() == ""
    assert len(window.gradients.history) == 0 and len(window.gradients.bar_values()) == 0
    assert window.boundary.image.image is None  # no tint
    assert window.scene.snapshot is None
    assert window.readout.text().startswith("Epoch 0 · Step 0")
    assert not window.play_action.isEnabled()


def test_an_emptied_canvas_shows_no_run_and_undo_brings_the_kept_run_back_whole(windows, qtbot):
    window = windows(make_runner("thread"))
    train(qtbot, window, 100)
    step = pause(qtbot, window)
    window.flush_plots()
    points = len(window.curves.curve_data("train_loss")[0])
    assert window.boundary.image.image is not None

    empty_the_canvas(window)
    assert_no_run_shown(window)
    assert window.banner.isVisible() and "canvas is empty" in window.banner.label.text()
    assert not window.banner.action.isVisible()

    QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.document.project.graph.nodes) == 5
    window.flush_plots()
    assert len(window.curves.curve_data("train_loss")[0]) == points  # the whole run is back
    assert window.boundary.image.image is not None and window.scene.snapshot is not None
    assert f"Step {step:,}" in window.readout.text() and not window.banner.isVisible()
    seen = snapshots_seen(window)
    window.play_action.trigger()  # and it trains on from where it was
    qtbot.waitUntil(lambda: bool(seen) and seen[-1].step > step + 10, timeout=TIMEOUT_MS)
    assert min(s.step for s in seen) > step


def test_an_untrained_run_is_dropped_with_its_network_and_undo_builds_a_fresh_one(windows, qtbot):
    window = windows(make_runner("thread"))
    empty_the_canvas(window)
    assert_no_run_shown(window)
    assert window.controller.loaded_signature is None and window.controller.snapshot is None
    assert not window.banner.isVisible()
    QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.controller.snapshot is not None, timeout=TIMEOUT_MS)
    assert window.controller.snapshot.step == 0
    assert window.controller.loaded_signature == window.document.run_signature()
    window.flush_plots()
    assert window.boundary.image.image is not None

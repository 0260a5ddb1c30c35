"""The GUI's side of training: drives a Runner and turns its messages into Qt signals.

The worker publishes snapshots about every 30 ms; a QTimer here drains them at the screen's
pace, so the GUI thread never blocks on the worker and keeps only the latest snapshot.

The same timer watches the worker: one that died (killed, out of memory, a native crash) is
noticed on the next tick; one that is alive but silent while it should train (hung) is sent a
ping, and given up on when that goes unanswered for HANG_TIMEOUT_S. Either way the worker is
`lost`: the window says so, and restart() brings a new one.
"""

from __future__ import annotations

import logging
import signal
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from playground.core.i18n import translate
from playground.core.project import Project
from playground.engine.phases import Phase
from playground.engine.runner import READY, REBUILT, Exported, Runner, WorkerInfo, make_runner
from playground.engine.snapshot import (DIVERGED, FAILED, FINISHED, IDLE, PAUSED, RUNNING, RunError,
                                        RunStatus, Snapshot)

log = logging.getLogger(__name__)

POLL_MS = 16
PING_AFTER_S = 2.0  # silence that earns a ping, while the worker should be sending snapshots
# Generous: a ping waits for the command the worker is busy with, such as building a run on a
# large data set or one slow training step of a big network on the CPU.
HANG_TIMEOUT_S = 30.0
START_TIMEOUT_S = 120.0  # spawning the worker and importing torch, on a busy machine
# Every sentence about a lost worker ends with the same hint ("Press Restart..."), written into
# each whole template: a translation never joins pieces.


def death_sentence(exit_code: int | None) -> str:
    """Why the worker is gone, in words a student can read aloud."""
    if exit_code == -signal.SIGKILL:
        return translate("training", "The training engine was stopped (killed; the computer may have run out of "
                         "memory). Press Restart to start it again: the network is kept, its training starts over.")
    if exit_code is not None and exit_code < 0:
        try:
            name = signal.Signals(-exit_code).name
        except ValueError:
            name = str(-exit_code)
        return translate("training", "The training engine crashed ({signal}). Press Restart to start it again: the "
                         "network is kept, its training starts over.").format(signal=name)
    if exit_code is None:
        return translate("training", "The training engine stopped unexpectedly. Press Restart to start it again: "
                         "the network is kept, its training starts over.")
    return translate("training", "The training engine stopped unexpectedly (exit code {code}). Press Restart to "
                     "start it again: the network is kept, its training starts over.").format(code=exit_code)


class TrainingController(QObject):
    snapshots_arrived = Signal(list)  # every snapshot since the last tick, oldest first
    latest = Signal(object)  # the newest snapshot, once per tick at most
    state_changed = Signal(str)
    error = Signal(str)  # a sentence for the user
    worker_ready = Signal(list)  # devices the worker can use
    run_loaded = Signal()  # a new run was built, or none is left (curves should clear)
    worker_lost = Signal(str)  # the worker died or hung: a sentence for the user
    exported = Signal(str, str, str)  # kind, path, and why it failed ("" when written)
    phase_arrived = Signal(object)  # a Phase of a step in slow motion (engine/phases.py)

    def __init__(self, runner: Runner | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.runner = runner or make_runner()
        self.state = IDLE
        self.ready = False
        self.devices: list[str] = []
        self.snapshot: Snapshot | None = None
        self.loaded_signature: str | None = None
        self.lost = ""  # why the worker is gone ("" while it lives); commands wait for restart()
        self.speed: float | None = None  # steps a second (None: max); a new worker is told it too
        self.ping_after, self.hang_timeout, self.start_timeout = PING_AFTER_S, HANG_TIMEOUT_S, START_TIMEOUT_S
        self._rebuilds = 0  # new runs asked for that the worker has not begun: older snapshots are stale
        self._runs = 0  # runs asked for so far: which run a weight typed on the canvas belongs to
        self._awaiting = False  # a command was sent that the worker answers with a snapshot
        self._started_at = self._last_heard = time.monotonic()
        self._ping_sent: float | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    @property
    def started(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """Spawn and warm the worker in the background (torch imports there, not here)."""
        self._timer.start()
        self._started_at = self._last_heard = time.monotonic()
        try:
            self.runner.start()
        except Exception as exc:  # no process to be had (out of memory, a locked-down machine...)
            log.exception("could not start the training worker")
            self._lose(translate("TrainingController", "The training engine could not start ({error}). Press Restart "
                                 "to start it again: the network is kept, its training starts over.").format(error=exc))
            return
        if self.speed is not None:
            self.runner.set_speed(self.speed)

    def set_speed(self, steps_per_second: float | None) -> None:
        """Pace the training (the worker keeps the pace); None: as fast as it goes."""
        self.speed = steps_per_second
        if not self.lost:
            self.runner.set_speed(steps_per_second)

    def restart(self) -> None:
        """A new worker in place of a lost one. The old run went with it: the caller loads one."""
        self.runner.kill()
        self.lost = ""
        self.ready = False
        self.snapshot = None
        self.loaded_signature = None
        self._rebuilds, self._awaiting, self._ping_sent = 0, False, None
        self._set_state(IDLE)
        self.run_loaded.emit()
        self.start()

    def _lose(self, sentence: str) -> None:
        """The worker is gone or useless: stop it, say why, and show nothing as running."""
        self.runner.kill()
        log.warning("training worker lost: %s", sentence)
        self.lost = sentence
        self.ready = False
        self.loaded_signature = None  # its run went with it
        self._rebuilds, self._awaiting, self._ping_sent = 0, False, None
        self._set_state(FAILED)
        self.worker_lost.emit(sentence)

    # ----- commands -------------------------------------------------------------------------
    @property
    def trained_steps(self) -> int:
        return self.snapshot.step if self.snapshot is not None else 0

    def load(self, project: Project, signature: str, play: bool = False, weights: str | None = None) -> None:
        """Build a new run of `project` (a resolved copy), from `weights` (a file) if given; the old
        run is dropped."""
        if self.lost:
            return
        self.loaded_signature = signature
        self._new_run(lambda: self.runner.load(project, weights=weights), RUNNING if play else PAUSED)
        if play:
            self.runner.play()

    def unload(self) -> None:
        """No run: the network it trained is gone. Its plots clear; the worker drops it."""
        self.loaded_signature = None
        if not self.lost:
            self._new_run(self.runner.unload, IDLE)

    def _new_run(self, ask: Callable[[], None], state: str) -> None:
        """Ask the worker for a new run (or none): the old run's snapshots on their way are dropped."""
        self.snapshot = None
        self._rebuilds += 1
        self._runs += 1
        self._awaiting = state != IDLE  # a new run answers with its first snapshot
        ask()
        self._set_state(state)
        self.run_loaded.emit()

    def play(self) -> None:
        if not self.lost:
            self.runner.play()
            self._set_state(RUNNING)

    def pause(self) -> None:
        if not self.lost:
            self.runner.pause()
            self._set_state(PAUSED)

    def step(self, steps: int = 1) -> None:
        if not self.lost:
            self._awaiting = True
            self.runner.step(steps)
            self._set_state(PAUSED)

    def step_epoch(self) -> None:
        if not self.lost:
            self._awaiting = True
            self.runner.step_epoch()
            self._set_state(PAUSED)

    def slow_step(self) -> None:
        """The next phase of a step in slow motion; `phase_arrived` answers."""
        if not self.lost:
            self._awaiting = True
            self.runner.slow_step()
            self._set_state(PAUSED)

    def reset(self) -> None:
        if not self.lost:
            self._new_run(self.runner.reset, PAUSED)

    def apply(self, **changes) -> None:
        if not self.lost:
            self.runner.set(**changes)

    def configure_view(self, view: str, **options) -> None:
        """A choice made in a view, for its probe (a lost worker is not sent it: sending would
        quietly spawn a new one)."""
        if not self.lost:
            self.runner.configure_view(view, **options)

    @property
    def run_number(self) -> int:
        """Which run is loaded: it changes with every new run (load, reset, unload)."""
        return self._runs

    def set_weight(self, node_id: int, unit: int, index: int, value: float) -> None:
        """One weight of the loaded run set by hand (a paused run republishes it at once)."""
        if not self.lost:
            self.runner.set_weight(node_id, unit, index, value)

    def export(self, kind: str, path: str) -> None:
        """The run's weights ("weights") or network ("onnx") to `path`; `exported` answers."""
        self.runner.export(kind, path)

    def close(self) -> None:
        self._timer.stop()
        self.runner.close(timeout=1.0)

    # ----- messages -------------------------------------------------------------------------
    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    def poll(self) -> None:
        if self.lost:
            return
        now = time.monotonic()
        messages = self.runner.poll()
        if messages:
            self._last_heard, self._ping_sent = now, None
        self._handle(messages)
        if self.lost:
            return
        if not self.runner.alive:
            self._lose(death_sentence(self.runner.exit_code))
        else:
            self._watch(now)

    def _watch(self, now: float) -> None:
        """Ping a worker that is silent while it should be sending; give up on one that does not
        answer. A paused worker is silent by right and is left alone."""
        if not self.ready:
            if now - self._started_at > self.start_timeout:
                self._lose(translate("TrainingController", "The training engine did not start within {seconds:.0f} "
                                     "s. Press Restart to start it again: the network is kept, its training starts "
                                     "over.").format(seconds=self.start_timeout))
            return
        if self.state != RUNNING and not self._awaiting:
            return
        if self._ping_sent is None:
            if now - self._last_heard > self.ping_after:
                self._ping_sent = now
                self.runner.ping()
        elif now - self._ping_sent > self.hang_timeout:
            self._lose(translate("TrainingController", "The training engine stopped answering (nothing for "
                                 "{seconds:.0f} s). Press Restart to start it again: the network is kept, its training "
                                 "starts over.").format(seconds=now - self._last_heard))

    def _handle(self, messages: list) -> None:
        snapshots: list[Snapshot] = []
        for message in messages:
            if isinstance(message, Snapshot):
                if self._rebuilds == 0:  # not the old run's, sent before a load or reset reached it
                    snapshots.append(message)
            elif isinstance(message, RunError):
                if message.detail:
                    log.warning("training worker: %s\n%s", message.message, message.detail)
                if not self.runner.alive:
                    continue  # the worker died: poll() says so in words of its own
                self._awaiting = False
                if self._rebuilds:
                    continue  # about the old run, already replaced
                self.error.emit(message.message)
                if self.state == RUNNING:
                    self._set_state(PAUSED)
            elif isinstance(message, Phase):
                self._awaiting = False
                if not self._rebuilds:
                    self.phase_arrived.emit(message)
            elif isinstance(message, Exported):
                self.exported.emit(message.kind, message.path, message.error)
            elif isinstance(message, WorkerInfo):
                self.devices = message.devices
                log.info("training worker warm after %.2f s; devices %s", message.warmup_seconds,
                         message.devices)
            elif isinstance(message, RunStatus):
                if message.state == READY:
                    self.ready = True
                    self.worker_ready.emit(self.devices)
                elif message.state == REBUILT:
                    self._rebuilds = max(0, self._rebuilds - 1)
                elif message.state == DIVERGED and not self._rebuilds:
                    self._set_state(DIVERGED)
                    self.error.emit(message.message)
        if snapshots:
            self._awaiting = False
            self.snapshot = snapshots[-1]
            if self.snapshot.state in (DIVERGED, FINISHED):
                self._set_state(self.snapshot.state)
            self.snapshots_arrived.emit(snapshots)
            self.latest.emit(self.snapshot)

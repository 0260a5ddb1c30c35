"""The GUI's side of training: drives a Runner and turns its messages into Qt signals.

The worker publishes snapshots about every 30 ms; a QTimer here drains them at the screen's
pace, so the GUI thread never blocks on the worker and keeps only the latest snapshot.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from playground.core.project import Project
from playground.engine.runner import READY, Exported, Runner, WorkerInfo, make_runner
from playground.engine.snapshot import (DIVERGED, FAILED, FINISHED, IDLE, PAUSED, RUNNING, RunError,
                                        RunStatus, Snapshot)

log = logging.getLogger(__name__)

POLL_MS = 16


class TrainingController(QObject):
    snapshots_arrived = Signal(list)  # every snapshot since the last tick, oldest first
    latest = Signal(object)  # the newest snapshot, once per tick at most
    state_changed = Signal(str)
    error = Signal(str)  # a sentence for the user
    worker_ready = Signal(list)  # devices the worker can use
    run_loaded = Signal()  # a new run was built (curves should clear)
    exported = Signal(str, str, str)  # kind, path, and why it failed ("" when written)

    def __init__(self, runner: Runner | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.runner = runner or make_runner()
        self.state = IDLE
        self.ready = False
        self.devices: list[str] = []
        self.snapshot: Snapshot | None = None
        self.loaded_signature: str | None = None
        self._pending_load: tuple[Project, str] | None = None
        self._play_after_load = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    @property
    def started(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """Spawn and warm the worker in the background (torch imports there, not here)."""
        self.runner.start()
        self._timer.start()

    # ----- commands -------------------------------------------------------------------------
    @property
    def trained_steps(self) -> int:
        return self.snapshot.step if self.snapshot is not None else 0

    def load(self, project: Project, signature: str, play: bool = False, weights: str | None = None) -> None:
        """Build a new run of `project` (a resolved copy), from `weights` (a file) if given; the old
        run is dropped."""
        self.loaded_signature = signature
        self.snapshot = None
        self._play_after_load = play
        self.runner.load(project, weights=weights)
        self._set_state(PAUSED if not play else RUNNING)
        self.run_loaded.emit()
        if play:
            self.runner.play()

    def play(self) -> None:
        self.runner.play()
        self._set_state(RUNNING)

    def pause(self) -> None:
        self.runner.pause()
        self._set_state(PAUSED)

    def step(self, steps: int = 1) -> None:
        self.runner.step(steps)
        self._set_state(PAUSED)

    def step_epoch(self) -> None:
        self.runner.step_epoch()
        self._set_state(PAUSED)

    def reset(self) -> None:
        self.snapshot = None
        self.runner.reset()
        self._set_state(PAUSED)
        self.run_loaded.emit()

    def apply(self, **changes) -> None:
        self.runner.set(**changes)

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
        messages = self.runner.poll()
        if not messages:
            return
        snapshots: list[Snapshot] = []
        for message in messages:
            if isinstance(message, Snapshot):
                snapshots.append(message)
            elif isinstance(message, RunError):
                if message.detail:
                    log.warning("training worker: %s\n%s", message.message, message.detail)
                self.error.emit(message.message)
                if not self.runner.alive:
                    self.ready = False
                    self._set_state(FAILED)
                elif self.state == RUNNING:
                    self._set_state(PAUSED)
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
                elif message.state == DIVERGED:
                    self._set_state(DIVERGED)
                    self.error.emit(message.message)
        if snapshots:
            self.snapshot = snapshots[-1]
            if self.snapshot.state in (DIVERGED, FINISHED):
                self._set_state(self.snapshot.state)
            self.snapshots_arrived.emit(snapshots)
            self.latest.emit(self.snapshot)

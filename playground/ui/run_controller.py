"""The run's life, between the document and the worker: which run is loaded and whether it still
fits the network, Play/Step/Reset, live settings, pausing a run whose loss blows up, and a new
worker when the old one is lost.

A trained run whose network changed is kept (paused) until the user chooses. While the canvas is
empty it is not shown (`hidden`): plots of a network that is not there would say something
false. Undo back to its network shows it again, whole; a run that is gone (the worker was lost,
or an untrained run that was simply dropped) never comes back: its network gets a new run.

The window only lays out and connects: it calls these methods from its actions and shows the
notices this object emits (in its banner) and the controls' state.
"""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QObject, Signal

from playground.core.settings import LIVE_SETTINGS
from playground.engine.snapshot import DIVERGED, FINISHED, PAUSED, RUNNING, Snapshot, loss_blew_up
from playground.ui.document import Document
from playground.ui.training import TrainingController

log = logging.getLogger(__name__)

RESET = "Reset"
NEW_RUN = "Start new run"
RESTART = "Restart"


class RunController(QObject):
    # a sentence for the banner: text, kind ("info" | "warning" | "error"), and the label of a
    # button that resets the run ("" for none)
    notice = Signal(str, str, str)
    notice_cleared = Signal()
    controls_changed = Signal()  # Play/Step/Reset may need other texts or enabled states
    run_hidden = Signal()  # the loaded run's network left the canvas: its plots go, kept for undo
    run_shown = Signal()  # ...and came back: its plots return

    def __init__(self, document: Document, worker: TrainingController, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.worker = worker
        self.stale = False  # the loaded run was trained, and the network has changed since
        self.start_loss: float | None = None  # training loss at the run's first snapshot
        self.hidden = False  # the loaded run is kept (for undo) but not shown: the canvas is empty
        worker.snapshots_arrived.connect(self._on_snapshots)
        worker.latest.connect(self._on_snapshot)
        worker.run_loaded.connect(self._forget_run)
        worker.error.connect(self._on_error)
        worker.worker_lost.connect(self._on_worker_lost)
        document.architecture_changed.connect(self.definition_changed)
        document.data_changed.connect(self.definition_changed)
        document.training_changed.connect(self.training_changed)

    # ----- loading runs --------------------------------------------------------------------------
    def start(self) -> None:
        """Spawn the worker and queue the first run; the worker warms up meanwhile."""
        self.worker.start()
        self.load()

    def load(self, play: bool = False) -> None:
        """Build a new run from the document (fresh weights, or those saved beside a project just
        opened); the plots start over. A network that cannot train gets no run at all, and the
        plots show their empty state."""
        self.stale = False
        self.hidden = False
        if self.worker.lost:  # its banner stays up until Restart (or Play) brings a new worker
            self.controls_changed.emit()
            return
        self.notice_cleared.emit()
        if not self.worker.started:
            return  # start() loads the run once the window is up
        if self.document.analysis.ok:
            weights = self.document.take_saved_weights()
            self.worker.load(self.document.resolved_project(), self.document.run_signature(), play,
                             weights=str(weights) if weights else None)
            if weights:
                self.notice.emit(f"This run continues from the weights saved beside the project ({weights.name}); "
                                 "Reset starts from new weights.", "info", "")
        else:
            self.worker.unload()
        self.controls_changed.emit()

    @property
    def shown_snapshot(self) -> Snapshot | None:
        """The snapshot the read-outs show: none while the run is hidden."""
        return None if self.hidden else self.worker.snapshot

    @property
    def fits(self) -> bool:
        """Whether the loaded run is the document's network and settings (not stale)."""
        return not self.stale and self.worker.loaded_signature == self.document.run_signature()

    def definition_changed(self) -> None:
        """Architecture, data or a non-live setting changed: the current run may no longer fit.
        A run that trained is kept (paused) until the user chooses; an untrained one is rebuilt."""
        worker = self.worker
        if worker.loaded_signature == self.document.run_signature():
            self.stale = False  # e.g. undone back to what is running
            if self.hidden:
                self.hidden = False
                self.run_shown.emit()
            self.notice_cleared.emit()
            self.controls_changed.emit()
            return
        if worker.trained_steps > 0 and worker.loaded_signature is not None:
            if worker.state == RUNNING:
                worker.pause()
            self.stale = True
            if not self.document.project.graph.nodes:
                if not self.hidden:
                    self.hidden = True
                    self.run_hidden.emit()
                self.notice.emit(
                    f"The canvas is empty, so the trained run ({worker.trained_steps:,} steps) is put away. "
                    "Undo (Ctrl+Z) brings its network back and the run with it.", "info", "")
            else:
                self.notice.emit(
                    f"The network changed, so the trained run ({worker.trained_steps:,} steps) no longer "
                    "fits it. Press Play or Reset to train the new network from scratch, or Undo (Ctrl+Z) "
                    "to keep the old run.", "info", NEW_RUN)
            self.controls_changed.emit()
            return
        self.load()

    def training_changed(self, name: str, value) -> None:
        """A training setting changed: live ones go to the worker, the rest rebuild the run."""
        if name not in LIVE_SETTINGS:
            self.definition_changed()
            return
        training = self.document.project.training
        if name in ("optimizer", "optimizer_params"):
            self.worker.apply(optimizer=training.optimizer, optimizer_params=training.optimizer_params)
        else:
            self.worker.apply(**{name: value})
        if name == "epochs" and self.worker.state == FINISHED:
            self.worker._set_state(PAUSED)  # a higher limit: the run can go on

    # ----- the user's commands -------------------------------------------------------------------
    def toggle_play(self) -> str:
        """Play or pause; returns why it cannot play ("" when it could)."""
        if self.worker.state == RUNNING:
            self.worker.pause()
            return ""
        if not self.document.analysis.ok:
            return self.document.analysis.first_error()
        if self.worker.lost:
            self.worker.restart()
        if not self.fits:
            self.load(play=True)
            return ""
        self.notice_cleared.emit()
        self.worker.play()
        return ""

    def step(self) -> None:
        if self._ensure_run():
            self.worker.step(1)

    def step_epoch(self) -> None:
        if self._ensure_run():
            self.worker.step_epoch()

    def slow_step(self) -> None:
        """The next phase of a step in slow motion (ui/slow_motion.py draws it)."""
        if self._ensure_run():
            if self.worker.state == RUNNING:
                self.worker.pause()
            self.worker.slow_step()

    def _ensure_run(self) -> bool:
        if not self.document.analysis.ok:
            return False
        if self.worker.lost:
            self.worker.restart()
        if not self.fits:
            self.load()
        return True

    def reset(self) -> None:
        """New weights from step 0; with a new worker if the old one was lost (Restart)."""
        if self.worker.lost:
            self.worker.restart()
        self.load()

    # ----- what the run reports ------------------------------------------------------------------
    def _forget_run(self) -> None:
        self.start_loss = None

    def _on_snapshots(self, snapshots: list[Snapshot]) -> None:
        if self.start_loss is None and math.isfinite(snapshots[0].train_loss):
            self.start_loss = snapshots[0].train_loss  # the run's first measured loss

    def _on_snapshot(self, snap: Snapshot) -> None:
        if snap.state == RUNNING and self.worker.state == RUNNING and loss_blew_up(self.start_loss, snap.train_loss):
            self._pause_blown_up(snap)
        elif snap.state == DIVERGED and snap.message:
            self.notice.emit(snap.message, "warning", "")
        elif snap.state == FINISHED and snap.message:
            self.notice.emit(snap.message, "info", "")
        self.controls_changed.emit()

    def _pause_blown_up(self, snap: Snapshot) -> None:
        """The loss is finite but far above where it started: pause and say why."""
        self.worker.pause()
        lr = self.document.project.training.learning_rate
        log.info("run paused: loss %.3g -> %.3g", self.start_loss, snap.train_loss)
        self.notice.emit(
            f"Training paused at step {snap.step:,}: the loss grew from {self.start_loss:.3g} to "
            f"{snap.train_loss:.3g}, so the run is diverging. The learning rate ({lr:g}) is probably "
            "too high: lower it in the Training panel, then press Reset.", "warning", RESET)

    def _on_worker_lost(self, sentence: str) -> None:
        self.notice.emit(sentence, "error", RESTART)
        self.controls_changed.emit()

    def _on_error(self, message: str) -> None:
        self.notice.emit(message, "warning" if self.worker.state == DIVERGED else "error", "")
        self.controls_changed.emit()

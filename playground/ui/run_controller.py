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

import copy
import logging
import math
import random

from PySide6.QtCore import QObject, Signal

from playground.core.goals import RunHistory, RunPoint, live_settings
from playground.core.i18n import translate, translate_later
from playground.core.settings import LIVE_SETTINGS
from playground.engine.snapshot import DIVERGED, FINISHED, PAUSED, RUNNING, Snapshot, loss_blew_up
from playground.ui.document import Document
from playground.ui.training import TrainingController

log = logging.getLogger(__name__)

# the banner buttons' labels: emitted translated (`button`), and compared with it
RESET = translate_later("RunController", "Reset")
NEW_RUN = translate_later("RunController", "Start new run")
RESTART = translate_later("RunController", "Restart")


def button(label: str) -> str:
    """A banner button's label (RESET, NEW_RUN, RESTART) in the app's language."""
    return translate("RunController", label)


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
        # what the run did, for a lesson's goal: kept through resets of the same network
        self.history = RunHistory()
        self._history_fresh = False  # the loaded run's first snapshot (step 0) has arrived
        # the initial weights' seed of the runs from now on: the project's own (None) until Reset
        # asks for new weights; "Reset with the same weights" and rebuilds after an edit keep it
        self.seed: int | None = None
        self._loaded: dict | None = None  # the project the loaded run was built from, as a dict
        worker.snapshots_arrived.connect(self._on_snapshots)
        worker.latest.connect(self._on_snapshot)
        worker.run_loaded.connect(self._forget_run)
        worker.error.connect(self._on_error)
        worker.worker_lost.connect(self._on_worker_lost)
        document.architecture_changed.connect(self.definition_changed)
        document.data_changed.connect(self.definition_changed)
        document.training_changed.connect(self.training_changed)
        document.project_replaced.connect(self._forget_seed)

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
            project = self.document.resolved_project()
            if self.seed is not None:
                project.training.weight_seed = self.seed
            self._loaded = self.document.project.to_dict()
            self._loaded.pop("pins", None)
            self._loaded["training"]["weight_seed"] = project.training.weight_seed
            self.worker.load(project, self.document.run_signature(), play,
                             weights=str(weights) if weights else None)
            if weights:
                self.notice.emit(translate("RunController", "This run continues from the weights saved beside the "
                                           "project ({file}); Reset starts from new weights.").format(
                                               file=weights.name), "info", "")
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
                self.notice.emit(translate(
                    "RunController", "The canvas is empty, so the trained run ({steps:,} steps) is put away. "
                    "Undo (Ctrl+Z) brings its network back and the run with it.").format(
                        steps=worker.trained_steps), "info", "")
            else:
                self.notice.emit(translate(
                    "RunController", "The network changed, so the trained run ({steps:,} steps) no longer "
                    "fits it. Press Play or Reset to train the new network from scratch, or Undo (Ctrl+Z) "
                    "to keep the old run.").format(steps=worker.trained_steps), "info", button(NEW_RUN))
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

    def reset(self, same_weights: bool = False) -> None:
        """New weights from step 0 (or, `same_weights`, the loaded run's initial weights again, so
        that a comparison with a pinned run changes one thing only); with a new worker if the old
        one was lost (Restart)."""
        if self.worker.lost:
            self.worker.restart()
        if not same_weights:
            self.seed = random.randrange(1, 2**31 - 1)
        elif self.seed is None and self._loaded is not None:
            self.seed = self._loaded["training"]["weight_seed"]
        self.load()

    def _forget_seed(self) -> None:
        self.seed = None  # a project opened: its runs start from its own seed

    def run_dict(self) -> dict | None:
        """The loaded run's project as a dict (its network, data and settings, the seed of its
        initial weights), with the live settings as they are now: what a pin of it records."""
        if self._loaded is None or self.worker.loaded_signature is None:
            return None
        run = copy.deepcopy(self._loaded)
        now = self.document.project.to_dict()["training"]
        for name in LIVE_SETTINGS:
            if name in now:
                run["training"][name] = now[name]
        return run

    def current_dict(self) -> dict:
        """The project as the next run would be built (with the seed it would use), to compare pins with."""
        data = self.document.project.to_dict()
        data.pop("pins", None)
        if self.seed is not None:
            data["training"]["weight_seed"] = self.seed
        return data

    # ----- what the run reports ------------------------------------------------------------------
    def _forget_run(self) -> None:
        self.start_loss = None
        self._history_fresh = False
        signature = self.worker.loaded_signature
        if signature is None or signature != self.history.signature:
            self.history = RunHistory(self.document.project.copy(), signature or "")

    def _on_snapshots(self, snapshots: list[Snapshot]) -> None:
        if self.start_loss is None and math.isfinite(snapshots[0].train_loss):
            self.start_loss = snapshots[0].train_loss  # the run's first measured loss
        training = live_settings(self.document.project.training)
        for snap in snapshots:
            # the old run's last snapshots may still be on their way: a new run starts at step 0
            self._history_fresh = self._history_fresh or snap.step == 0
            if not self._history_fresh:
                continue
            diverged = (snap.state == DIVERGED or not math.isfinite(snap.train_loss)
                        or loss_blew_up(self.start_loss, snap.train_loss))
            self.history.add(RunPoint(snap.step, snap.epoch, snap.train_loss, snap.test_loss, snap.train_accuracy,
                                      snap.test_accuracy, diverged,
                                      {**training, "learning_rate": snap.learning_rate}))

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
        self.notice.emit(translate(
            "RunController", "Training paused at step {step:,}: the loss grew from {start:.3g} to {now:.3g}, so "
            "the run is diverging. The learning rate ({rate:g}) is probably too high: lower it in the Training "
            "panel, then press Reset.").format(step=snap.step, start=self.start_loss, now=snap.train_loss, rate=lr),
            "warning", button(RESET))

    def _on_worker_lost(self, sentence: str) -> None:
        self.notice.emit(sentence, "error", button(RESTART))
        self.controls_changed.emit()

    def _on_error(self, message: str) -> None:
        self.notice.emit(message, "warning" if self.worker.state == DIVERGED else "error", "")
        self.controls_changed.emit()

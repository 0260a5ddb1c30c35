"""A lesson's intended answer, run headless: its script's edits applied to the project and its
training done by a Trainer, each epoch checked against the goal as the window checks a run.

The shipped lessons' tests run this (each must meet its goal), and so does `playground lesson
NAME --check` for a teacher's own lesson.
"""

from __future__ import annotations

import math

from playground.core.goals import GoalCheck, RunHistory, RunPoint, live_settings
from playground.core.lessons import Lesson, LessonError, apply_edit
from playground.core.project import Project
from playground.core.settings import LIVE_SETTINGS
from playground.engine.snapshot import loss_blew_up
from playground.engine.trainer import Trainer, TrainingError


class _Run:
    def __init__(self, project: Project, device: str, check: GoalCheck):
        self.project, self.device, self.check = project, device, check
        self.history = RunHistory()
        self.trainer: Trainer | None = None
        self.start_loss: float | None = None

    def build(self, same_network: bool) -> None:
        """A new run: fresh weights. With the same network (a reset), the history goes on."""
        try:
            self.trainer = Trainer.from_project(self.project, device=self.device)
        except TrainingError as exc:
            raise LessonError(f"script: the network cannot train: {exc}") from None
        if not same_network:
            self.history = RunHistory(self.project.copy())
        self.start_loss = None
        self.record()

    def record(self) -> None:
        trainer = self.trainer
        metrics = trainer.evaluate(limit=2048)
        if self.start_loss is None and math.isfinite(metrics.train_loss):
            self.start_loss = metrics.train_loss
        diverged = (bool(trainer.diverged) or not math.isfinite(metrics.train_loss)
                    or loss_blew_up(self.start_loss, metrics.train_loss))
        training = live_settings(trainer.project.training)
        self.history.add(RunPoint(trainer.step_count, trainer.epoch, metrics.train_loss, metrics.test_loss,
                                  metrics.train_accuracy, metrics.test_accuracy, diverged, training))
        self.check.update(self.history)


def run_answer(lesson: Lesson, device: str = "cpu", script: list[dict] | None = None) -> GoalCheck:
    """Run `script` (the lesson's own by default) on the lesson's project; returns the goal's check.

    Steps: an edit (lessons.apply_edit), {"train": EPOCHS} (one point per epoch), {"reset": true}.
    A change of a live setting goes to the running trainer; any other change makes a new run."""
    project = lesson.project.copy()
    run = _Run(project, device, GoalCheck(lesson.goal))
    run.build(same_network=False)
    for step in lesson.script if script is None else script:
        if "train" in step:
            for _ in range(int(step["train"])):
                if run.trainer.diverged:
                    break
                run.trainer.run(epochs=1)
                run.record()
        elif "reset" in step:
            run.build(same_network=True)
        else:
            changed = apply_edit(project, step)
            if all(name in LIVE_SETTINGS for name in changed):
                run.trainer.apply_settings({name: project.training.get(name) for name in changed})
                run.trainer.diverged = ""  # as the app does: play again from the restored weights
            else:
                run.build(same_network=False)
    return run.check

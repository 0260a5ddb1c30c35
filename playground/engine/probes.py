"""Snapshots of a training run for the GUI: what every run has, plus each view's payload.

Everything is computed here, where the model lives, and handed over as numpy copies, so the GUI
never touches a live module. The views (`playground/engine/views/`) are asked for payloads only
when a snapshot is published.
"""

from __future__ import annotations

import time

import torch

from playground.core.shapes import analyse
from playground.core.task import Task, task_of
from playground.engine.eval_size import LIVE_EVAL_LIMIT, live_eval_limit
from playground.engine.snapshot import RUNNING, Snapshot
from playground.engine.trainer import Trainer
from playground.engine.views import ProbeContext, probes_for



def trainer_task(trainer: Trainer) -> Task:
    project = trainer.project
    analysis = analyse(project.graph, project.data.dataset, project.data.params, project.training.loss)
    task = task_of(project.graph, analysis, project.data.dataset)
    assert task is not None, "a trainer is only built for a project whose data set is usable"
    return task


class Probe:
    """Makes snapshots of one trainer, with the payloads of the views its task gets."""

    def __init__(self, trainer: Trainer, task: Task | None = None):
        self.trainer = trainer
        self.task = task or trainer_task(trainer)
        self.context = ProbeContext(trainer, self.task)
        self.views = probes_for(self.context)
        self.layers = trainer.model.parameterised()

    @torch.no_grad()
    def _layer_norms(self) -> tuple[torch.Tensor, torch.Tensor]:
        grads, weights = [], []
        zero = torch.zeros((), device=self.trainer.device)
        for _, _, params in self.layers:
            g = [p.grad for p in params if p.grad is not None]
            grads.append(torch.linalg.vector_norm(torch.stack([torch.linalg.vector_norm(x) for x in g]))
                         if g else zero)
            weights.append(torch.linalg.vector_norm(torch.stack([torch.linalg.vector_norm(p) for p in params])))
        if not grads:
            return torch.zeros(0), torch.zeros(0)
        return torch.stack(grads), torch.stack(weights)

    def configure(self, name: str, options: dict) -> bool:
        """Hand `options` to the view `name`'s probe; False when the run has no such view."""
        for view in self.views:
            if view.name == name:
                view.configure(**options)
                return True
        return False

    def snapshot(self, state: str = RUNNING, message: str = "", steps_per_second: float = 0.0) -> Snapshot:
        trainer = self.trainer
        settled = state != RUNNING  # a paused or finished run shows every view as it is now
        # while it runs, as many samples as the network's cost allows (engine/eval_size.py); at rest,
        # the figures the user reads are on the first 2,048 of each set, whatever the network
        limit = LIVE_EVAL_LIMIT if settled else live_eval_limit(trainer.cost(), LIVE_EVAL_LIMIT)
        metrics = trainer.evaluate(limit=limit)
        grad_norms, weight_norms = self._layer_norms()
        snap = Snapshot(
            step=trainer.step_count, epoch=trainer.epoch, steps_per_epoch=trainer.steps_per_epoch,
            train_loss=metrics.train_loss, test_loss=metrics.test_loss,
            train_accuracy=metrics.train_accuracy, test_accuracy=metrics.test_accuracy,
            state=state, message=message or trainer.diverged, device=str(trainer.device),
            steps_per_second=steps_per_second, learning_rate=float(trainer.optimizer.param_groups[0]["lr"]),
            layer_ids=[nid for nid, _, _ in self.layers], layer_names=[name for _, name, _ in self.layers],
            grad_norms=grad_norms.float().cpu().numpy(), weight_norms=weight_norms.float().cpu().numpy(),
        )
        now = time.perf_counter()
        for view in self.views:
            if settled or view.due(now):
                snap.views[view.name] = view.payload(now)
        return snap

"""`playground train`: train a project file without a window, with a progress bar."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from playground.core.datasets import resolve_paths
from playground.core.project import Project
from playground.engine.snapshot import loss_blew_up
from playground.engine.trainer import Trainer, TrainingError

DEFAULT_EPOCHS = 50
UNSAVED = 4  # exit code: trained, but the weights file could not be written
BAR = 30
# Training samples scored to watch for a loss that explodes while staying finite: enough to
# see a 20-fold rise, few enough to check at every progress update of a CNN too.
BLOW_UP_SAMPLES = 256


def _watched_loss(trainer: Trainer) -> float:
    return trainer.evaluate(limit=BLOW_UP_SAMPLES).train_loss


def _format_metrics(metrics) -> str:
    parts = [f"train loss {metrics.train_loss:.4f}", f"test loss {metrics.test_loss:.4f}"]
    if metrics.train_accuracy is not None:
        parts.append(f"train accuracy {metrics.train_accuracy:.1%}")
    if metrics.test_accuracy is not None:
        parts.append(f"test accuracy {metrics.test_accuracy:.1%}")
    return "  ".join(parts)


def train_command(args: argparse.Namespace, project: Project) -> int:
    """Train `project`, read from the file `args.project`, as the command line asked."""
    project.data.params = resolve_paths(project.data.params, str(Path(args.project).resolve().parent))
    try:
        trainer = Trainer.from_project(project, device=args.device)
    except TrainingError as exc:
        print(f"{args.project}: {exc}", file=sys.stderr)
        return 1
    if args.steps is not None:
        total = args.steps
    else:
        epochs = args.epochs or project.training.epochs or DEFAULT_EPOCHS
        total = epochs * trainer.steps_per_epoch
    print(f"Training {project.title} on {trainer.device}: {total} steps "
          f"({total / trainer.steps_per_epoch:g} epochs of {trainer.steps_per_epoch} steps)", file=sys.stderr)
    start_step, started = trainer.step_count, time.perf_counter()
    show = not args.quiet and sys.stderr.isatty()
    start_loss = _watched_loss(trainer)
    blown_to: list[float] = []  # the loss that showed the run diverging, once it did

    def blew_up(t: Trainer) -> bool:
        now = _watched_loss(t)
        if loss_blew_up(start_loss, now):
            blown_to.append(now)
        return bool(blown_to)

    def progress(t: Trainer) -> None:
        if blew_up(t):
            t.request_stop()
        if not show:
            return
        done = (t.step_count - start_step) / max(1, total)
        filled = int(done * BAR)
        loss = float(t.last_loss) if t.last_loss is not None else float("nan")
        rate = (t.step_count - start_step) / max(1e-9, time.perf_counter() - started)
        print(f"\r[{'#' * filled}{'.' * (BAR - filled)}] {done:4.0%}  epoch {t.epoch:7.1f}  "
              f"batch loss {loss:.4f}  {rate:,.0f} steps/s", end="", file=sys.stderr, flush=True)

    trainer.run(steps=total, on_progress=progress)
    progress(trainer)
    if show:
        print(file=sys.stderr)
    elapsed = time.perf_counter() - started
    if trainer.diverged:
        print(trainer.diverged, file=sys.stderr)
    elif blown_to or blew_up(trainer):  # a run too short for a progress update is checked here
        print(f"Training stopped at step {trainer.step_count}: the loss grew from {start_loss:.3g} to "
              f"{blown_to[0]:.3g}, so the run is diverging. The learning rate "
              f"({project.training.learning_rate:g}) is probably too high: lower it "
              "(training.learning_rate in the project file) and train again.", file=sys.stderr)
    metrics = trainer.evaluate()
    print(f"{trainer.step_count} steps, {trainer.epoch:.1f} epochs in {elapsed:.1f} s")
    print(_format_metrics(metrics))
    if getattr(args, "save_weights", None):
        from playground.engine.export.source import ExportError
        from playground.engine.export.weights import save_weights

        try:
            print(f"weights saved to {save_weights(trainer.model, project.graph, args.save_weights)}")
        except ExportError as exc:
            print(exc, file=sys.stderr)
            return UNSAVED
    return 3 if trainer.diverged or blown_to else 0

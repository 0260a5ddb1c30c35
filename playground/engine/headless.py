"""`playground train`: train a project file without a window, with a progress bar; `--csv` and
`--tensorboard` record the run as it goes (`run_log.py`)."""

from __future__ import annotations

import argparse
import json
import math
import sys
import time

from tqdm import tqdm

from playground.core import exit_codes
from playground.core.project import Project
from playground.core.write_errors import write_error
from playground.engine.run_log import RunLog, default_interval
from playground.engine.gan import GanMetrics, GanTrainer
from playground.engine.snapshot import loss_blew_up
from playground.engine.tensorboard import TensorBoardError, missing_package, open_writer
from playground.engine.trainer import Metrics, Trainer, TrainingError, resolve_device

DEFAULT_EPOCHS = 50
# Samples of each set scored at every progress update: the bar's loss and accuracy, and the
# watch for a loss that explodes while staying finite (enough to see a 20-fold rise, few enough
# to score at every update of a CNN too).
WATCHED_SAMPLES = 256


def _format_metrics(metrics: Metrics, train: str = "train ") -> str:
    """The metrics in words; `train` names the training set's figures ("" on the short bar)."""
    if isinstance(metrics, GanMetrics):  # D's loss and G's, and how D scores each kind of sample
        return (f"D loss {metrics.d_loss:.4f}  G loss {metrics.g_loss:.4f}  D(real) {metrics.d_real:.3f}  "
                f"D(fake) {metrics.d_fake:.3f}")
    parts = [f"{train}loss {metrics.train_loss:.4f}", f"test loss {metrics.test_loss:.4f}"]
    if metrics.train_accuracy is not None:
        parts.append(f"{train}accuracy {metrics.train_accuracy:.1%}")
    if metrics.test_accuracy is not None:
        parts.append(f"test accuracy {metrics.test_accuracy:.1%}")
    return "  ".join(parts)


def _rate_names(trainer: Trainer) -> str:
    if isinstance(trainer, GanTrainer):
        return "training.d_learning_rate or training.g_learning_rate"
    return "it (training.learning_rate)"


def _json_number(value: float | None) -> float | None:
    """JSON has no NaN or infinity: a metric that is not a finite number is written as null."""
    return value if value is not None and math.isfinite(value) else None


def _result_json(trainer: Trainer, metrics: Metrics, seconds: float, stopped: str) -> str:
    return json.dumps({
        "steps": trainer.step_count, "epochs": round(trainer.epoch, 4), "seconds": round(seconds, 3),
        "device": str(trainer.device),
        "train_loss": _json_number(metrics.train_loss), "test_loss": _json_number(metrics.test_loss),
        "train_accuracy": _json_number(metrics.train_accuracy),
        "test_accuracy": _json_number(metrics.test_accuracy),
        "stopped": stopped or None,  # why the run stopped early (diverged, Ctrl+C), else null
        **({name: _json_number(getattr(metrics, name)) for name in ("d_loss", "g_loss", "d_real", "d_fake")}
           if isinstance(metrics, GanMetrics) else {}),
    })


def _trainer(args: argparse.Namespace, project: Project) -> Trainer | int:
    """The trainer for the run, or the exit code after saying on stderr why there is none."""
    try:
        resolve_device(args.device or project.training.device)
    except TrainingError as exc:  # before loading the data: the answer does not depend on it
        print(f"{args.project}: {exc} On the command line: --device cpu (or auto).", file=sys.stderr)
        return exit_codes.NO_DEVICE
    try:
        return Trainer.from_project(project, device=args.device)
    except TrainingError as exc:
        print(f"{args.project}: {exc}", file=sys.stderr)
        return exit_codes.PROBLEMS


def _run_log(args: argparse.Namespace, total: int) -> tuple[RunLog | None, bool]:
    """The log --csv and --tensorboard ask for (None without them), and whether a file it was
    asked to write already failed (the run still trains: the other outputs may be wanted)."""
    if not (getattr(args, "csv", None) or getattr(args, "tensorboard", None)):
        return None, False
    writer, failed = None, False
    if args.tensorboard:
        try:
            writer = open_writer(args.tensorboard)
        except TensorBoardError as exc:
            print(f"{exc} Training goes on without them.", file=sys.stderr)
            failed = True
    return RunLog(args.log_every or default_interval(total), writer), failed


def train_command(args: argparse.Namespace, project: Project) -> int:
    """Train `project`, read from the file `args.project` by `cli._load` (which resolved its data
    paths beside the file), as the command line asked."""
    if getattr(args, "tensorboard", None) and (problem := missing_package()):
        print(problem, file=sys.stderr)  # before loading anything: nothing would be logged
        return exit_codes.UNUSABLE
    trainer = _trainer(args, project)
    if isinstance(trainer, int):
        return trainer
    for warning in trainer.data.shape.warnings:  # the data is usable, but the user should know
        print(f"warning: {warning}", file=sys.stderr)
    if args.steps is not None:
        total = args.steps
    else:
        epochs = args.epochs or project.training.epochs or DEFAULT_EPOCHS
        total = epochs * trainer.steps_per_epoch
    print(f"Training {project.title} on {trainer.device}: {total} steps "
          f"({total / trainer.steps_per_epoch:g} epochs of {trainer.steps_per_epoch} steps)", file=sys.stderr)
    log, unsaved = _run_log(args, total)
    if log is not None:
        log.record(trainer)  # the curves start where the run starts
    start_step, started = trainer.step_count, time.perf_counter()
    start_loss = trainer.evaluate(limit=WATCHED_SAMPLES).train_loss
    blown_to: list[float] = []  # the loss that showed the run diverging, once it did
    # the bar only on a terminal: in a log file its redraws would be thousands of lines
    bar = tqdm(total=total, unit="step", file=sys.stderr, dynamic_ncols=True,
               disable=args.quiet or not sys.stderr.isatty())

    def progress(t: Trainer) -> None:
        watched = t.evaluate(limit=WATCHED_SAMPLES)
        if loss_blew_up(start_loss, watched.train_loss):
            blown_to.append(watched.train_loss)
            t.request_stop()
        bar.set_postfix_str(_format_metrics(watched, train=""), refresh=False)
        bar.update(t.step_count - start_step - bar.n)

    interrupted = False
    try:
        # Watched once an epoch as well as at progress updates: a loss that explodes may calm
        # down again within seconds, and a rule checked only by the clock would see it by chance.
        while trainer.step_count - start_step < total and not blown_to and not trainer.diverged:
            before = trainer.step_count
            chunk = min(trainer.steps_per_epoch, total - (trainer.step_count - start_step))
            if log is not None:  # stop at each point to record
                chunk = min(chunk, log.steps_to_next(trainer.step_count))
            trainer.run(steps=chunk, on_progress=progress)
            progress(trainer)
            if log is not None and log.due(trainer.step_count):
                log.record(trainer)
            if trainer.step_count == before:  # stopped from elsewhere: nothing more will come
                break
    except KeyboardInterrupt:  # the run so far is still measured and reported
        interrupted = True
    finally:
        bar.close()
    elapsed = time.perf_counter() - started
    stopped = ""
    if interrupted:
        stopped = f"Stopped with Ctrl+C at step {trainer.step_count}."
    elif trainer.diverged:
        stopped = trainer.diverged
    elif blown_to:
        stopped = (f"Training stopped at step {trainer.step_count}: the loss grew from {start_loss:.3g} to "
                   f"{blown_to[0]:.3g}, so the run is diverging. The {trainer.rates_text()} probably too "
                   f"high: lower {_rate_names(trainer)} in the project file and train again.")
    if stopped:
        print(stopped, file=sys.stderr)
    metrics = trainer.evaluate()
    if args.json:
        print(_result_json(trainer, metrics, elapsed, stopped))
    else:
        print(f"{trainer.step_count} steps, {trainer.epoch:.1f} epochs in {elapsed:.1f} s")
        print(_format_metrics(metrics))
    if log is not None:
        log.finish(trainer)
        if args.tensorboard and log.tensorboard is not None:
            _saved(args, f"TensorBoard logs written to {args.tensorboard}")
        if args.csv:
            try:
                log.write_csv(args.csv, trainer, metrics)
                _saved(args, f"curves saved to {args.csv}")
            except OSError as exc:
                print(write_error("The curves", args.csv, exc), file=sys.stderr)
                unsaved = True
    if getattr(args, "save_weights", None):
        from playground.engine.export.source import ExportError
        from playground.engine.export.weights import save_weights

        try:
            saved = save_weights(trainer.model, project.graph, args.save_weights)
        except ExportError as exc:
            print(exc, file=sys.stderr)
            return exit_codes.UNSAVED
        _saved(args, f"weights saved to {saved}")
    if interrupted:
        return exit_codes.INTERRUPTED
    if stopped:
        return exit_codes.DIVERGED
    return exit_codes.UNSAVED if unsaved else exit_codes.OK


def _saved(args: argparse.Namespace, message: str) -> None:
    # beside --json's one object on stdout, nothing else may go there
    print(message, file=sys.stderr if args.json else sys.stdout)

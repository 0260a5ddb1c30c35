"""`playground train --tensorboard DIR`: the run's scalars and histograms in TensorBoard's format.

Written through `torch.utils.tensorboard`, which needs the `tensorboard` package: an optional
extra (`pip install "neural-playground[tensorboard]"`), so without it the command says so before
it trains. Tags: `loss/train`, `loss/test`, `accuracy/train`, `accuracy/test` (classification),
`learning_rate`, and per layer (named as on the canvas) `weights/<layer>/<parameter>` and
`gradients/<layer>/<parameter>` histograms.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from playground.core.curves_csv import CurveRow
from playground.core.write_errors import write_error

if TYPE_CHECKING:
    from torch.utils.tensorboard import SummaryWriter

    from playground.engine.trainer import Trainer

PIP_COMMAND = 'pip install "neural-playground[tensorboard]"'


class TensorBoardError(Exception):
    """The logs cannot be written; the message is meant for the user."""


def missing_package() -> str | None:
    """Why --tensorboard cannot work on this machine (the package is not installed), or None."""
    try:
        import tensorboard  # noqa: F401  (torch.utils.tensorboard imports it)
    except ImportError:
        return (f"--tensorboard needs the tensorboard package, which is not installed. Install it with: "
                f"{PIP_COMMAND} (or: pip install tensorboard).")
    return None


def open_writer(folder: str | Path) -> SummaryWriter:
    """A writer of event files in `folder` (made, with its parents, if missing)."""
    problem = missing_package()
    if problem:
        raise TensorBoardError(problem)
    from torch.utils.tensorboard import SummaryWriter

    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise TensorBoardError(f"The TensorBoard logs could not be written: {folder} is a file, not a folder.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return SummaryWriter(log_dir=str(folder))
    except OSError as exc:
        if isinstance(exc, PermissionError):
            raise TensorBoardError(f"The TensorBoard logs could not be written to {folder}: you are not "
                                   "allowed to write there. Choose another folder.") from None
        raise TensorBoardError(write_error("The TensorBoard logs", folder / "events", exc)) from None


def parameter_names(trainer: Trainer) -> list[tuple[str, list[tuple[str, object]]]]:
    """Each layer with weights, named as on the canvas, with its parameters' short names
    ("weight", "bias", "weight_ih_l0")."""
    names = {id(p): name.rsplit(".", 1)[-1] for name, p in trainer.model.named_parameters()}
    return [(label, [(names.get(id(p), f"parameter_{i}"), p) for i, p in enumerate(params)])
            for _, label, params in trainer.model.parameterised()]


def write_point(writer: SummaryWriter, trainer: Trainer, row: CurveRow) -> None:
    """One recorded point: the scalars of `row`, and the weights and gradients as they are now."""
    step = row.step
    scalars = {"loss/train": row.train_loss, "loss/test": row.test_loss, "accuracy/train": row.train_accuracy,
               "accuracy/test": row.test_accuracy, "learning_rate": row.learning_rate}
    for tag, value in scalars.items():
        if value is not None and value == value:  # not NaN: a set without a test part has none
            writer.add_scalar(tag, value, step)
    for layer, params in parameter_names(trainer):
        for name, param in params:
            _histogram(writer, f"weights/{layer}/{name}", param, step)
            if param.grad is not None:  # before the first step there is none
                _histogram(writer, f"gradients/{layer}/{name}", param.grad, step)


def _histogram(writer: SummaryWriter, tag: str, values, step: int) -> None:
    """The finite values only: a diverging run's infinities would make the histogram fail."""
    values = values.detach().float().flatten().cpu()
    values = values[values.isfinite()]
    if len(values):
        writer.add_histogram(tag, values, step)

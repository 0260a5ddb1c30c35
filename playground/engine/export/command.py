"""The parts of `playground export` and `playground train --save-weights` that need torch."""

from __future__ import annotations

from pathlib import Path

import torch

from playground.core.gan import is_gan
from playground.core.project import Project
from playground.engine.build import GraphModule
from playground.engine.export.kinds import gan_refused
from playground.engine.export.onnx import export_onnx
from playground.engine.export.script import checked_analysis
from playground.engine.export.weights import load_weights, save_weights
from playground.engine.trainer import Trainer


def write_onnx(project: Project, path: str | Path, weights: str | None = None) -> Path:
    """The project's network as an ONNX file: with `weights` (a weights file), else as a run starts."""
    analysis = checked_analysis(project)
    torch.manual_seed(project.training.weight_seed)  # the app's starting weights
    model = GraphModule(project.graph, analysis)
    if weights:
        load_weights(model, project.graph, weights)
    return export_onnx(model, analysis.data.input_shape, path)


def export_run(trainer: Trainer, kind: str, path: str | Path) -> Path:
    """A run's current network, as its weights ("weights") or as an ONNX file ("onnx")."""
    if is_gan(trainer.project.graph):
        raise gan_refused()
    if kind == "weights":
        return save_weights(trainer.model, trainer.project.graph, path)
    return export_onnx(trainer.model, trainer.data.shape.input_shape, path)

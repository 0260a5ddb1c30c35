"""ONNX export: one self-contained file whose outputs are torch's (checked with onnxruntime where the
`onnx` extra is installed), and a plain message naming the pip command where it is not."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch

from playground.cli import _load
from playground.engine.build import GraphModule
from playground.engine.data import load_dataset
from playground.engine.export import onnx as onnx_export
from playground.engine.export.command import write_onnx
from playground.engine.export.script import checked_analysis
from playground.engine.export.source import ExportError

pytestmark = pytest.mark.usefixtures("one_torch_thread")

EXAMPLES = Path(__file__).resolve().parents[2] / "assets" / "examples"


@pytest.mark.parametrize("example", ["spiral", "concat_branches", "digits_cnn", "sine_next_lstm"])
def test_the_onnx_file_computes_what_torch_computes(example, tmp_path):
    ort = pytest.importorskip("onnxruntime")
    project = _load(str(EXAMPLES / f"{example}.json"))
    path = write_onnx(project, tmp_path / "net.onnx")
    assert [p.name for p in tmp_path.iterdir()] == ["net.onnx"]  # the weights are inside, no side files
    torch.manual_seed(project.training.weight_seed)
    model = GraphModule(project.graph, checked_analysis(project)).eval()
    x = load_dataset(project.data.dataset, project.data.params).x_test[:5]  # any batch size works
    session = ort.InferenceSession(str(path))
    (ours,) = session.run(None, {session.get_inputs()[0].name: x})
    with torch.no_grad():
        np.testing.assert_allclose(ours, model(torch.as_tensor(x)).numpy(), rtol=1e-4, atol=1e-5)


def test_without_the_extra_the_message_names_the_pip_command(monkeypatch, tmp_path):
    monkeypatch.setattr(onnx_export, "onnx_available", lambda: False)
    with pytest.raises(ExportError, match=r'pip install "neural-playground\[onnx\]"'):
        write_onnx(_load(str(EXAMPLES / "xor.json")), tmp_path / "net.onnx")
    assert not (tmp_path / "net.onnx").exists()

"""Weights files are an input path: a file damaged or made up in any way loads into the network
whole, or is refused with an ExportError sentence; never a traceback, never half the weights."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from playground.core.project import default_project
from playground.engine.export.source import ExportError
from playground.engine.export.weights import exported_state, load_weights
from playground.engine.trainer import Trainer

PROJECT = default_project()
PROJECT.training.device = "cpu"


@pytest.fixture(scope="module")
def saved() -> tuple[bytes, dict[str, torch.Tensor]]:
    state = exported_state(Trainer.from_project(PROJECT).model, PROJECT.graph)
    buffer = io.BytesIO()
    torch.save(state, buffer)
    return buffer.getvalue(), state


def _load(data: bytes) -> tuple[Trainer, dict]:
    trainer = Trainer.from_project(PROJECT)
    before = {k: v.clone() for k, v in trainer.model.state_dict().items()}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "w.pt"
        path.write_bytes(data)
        try:
            load_weights(trainer.model, PROJECT.graph, path)
        except ExportError as exc:
            assert str(exc).strip(), "a refusal says why"
            after = trainer.model.state_dict()
            assert all(torch.equal(before[k], after[k]) for k in before)  # nothing half-loaded
    return trainer, before


@given(st.data())
def test_damaged_weight_files_load_whole_or_are_refused(saved, data):
    raw, _ = saved
    kind = data.draw(st.sampled_from(["cut", "flip", "random"]))
    if kind == "cut":
        blob = raw[:data.draw(st.integers(0, len(raw) - 1))]
    elif kind == "flip":
        at = data.draw(st.integers(0, len(raw) - 1))
        blob = raw[:at] + bytes([raw[at] ^ data.draw(st.integers(1, 255))]) + raw[at + 1:]
    else:
        blob = data.draw(st.binary(max_size=2048))
    _load(blob)


def _mutated_state(state: dict, data) -> object:
    mutation = data.draw(st.sampled_from(["drop", "extra", "shape", "not_tensor", "not_dict", "dtype"]))
    changed = dict(state)
    key = data.draw(st.sampled_from(sorted(state)))
    if mutation == "drop":
        del changed[key]
    elif mutation == "extra":
        changed[key + "_extra"] = torch.zeros(1)
    elif mutation == "shape":
        changed[key] = torch.zeros(tuple(s + 1 for s in state[key].shape) or (2,))
    elif mutation == "not_tensor":
        changed[key] = data.draw(st.one_of(st.integers(), st.text(max_size=5), st.lists(st.floats(), max_size=3)))
    elif mutation == "not_dict":
        return [state[key]]
    else:
        changed[key] = state[key].to(torch.float64)  # the same numbers in another type load
    return changed


@given(st.data())
def test_weight_files_for_another_network_are_refused_in_words(saved, data):
    _, state = saved
    buffer = io.BytesIO()
    torch.save(_mutated_state(state, data), buffer)
    _load(buffer.getvalue())

"""The sequence views' probes (series, sequence_samples, hidden_states): each payload against a
direct torch computation on a tiny recurrent network after a short run."""

from __future__ import annotations

import dataclasses
import pickle

import numpy as np
import pytest
import torch

from playground.core.project import Project
from playground.engine.data import load_dataset
from playground.engine.payloads.hidden_states import MAX_UNITS, HiddenStatesPayload
from playground.engine.payloads.sequence_samples import SequenceSamplesPayload
from playground.engine.payloads.series import SeriesPayload
from playground.engine.probes import LIVE_EVAL_LIMIT, trainer_task
from playground.engine.trainer import Trainer
from playground.engine.views import probe_class
from playground.engine.views.base import ProbeContext
from playground.engine.views.hidden_states import HiddenStatesProbe
from playground.engine.views.sequence_samples import N_SAMPLES, SequenceSamplesProbe
from playground.engine.views.series import N_SERIES, SeriesProbe

from builders import chain_project, dense

SINE = {"samples": 120, "length": 12, "noise": 0.05}
WAVES = {"samples": 150, "length": 16}


pytestmark = pytest.mark.usefixtures("one_torch_thread")  # see tests/conftest.py


def recurrent(kind: str, hidden: int, **params) -> tuple[str, dict]:
    return kind, {"hidden_size": hidden, **params}


def sine_project(*layers) -> Project:
    return chain_project([*layers, dense(1, "Linear")], "sine_next", SINE, loss="mse", optimizer="adam")


def waves_project(*layers) -> Project:
    return chain_project([*layers, dense(3, "Linear")], "wave_kind", WAVES, loss="cross_entropy", optimizer="adam")


def short_run(project: Project, steps: int = 15, data=None) -> ProbeContext:
    """A trainer after a few steps, evaluated as a snapshot evaluates it before asking the views."""
    trainer = Trainer.from_project(project, data=data)
    trainer.run(steps=steps)
    trainer.evaluate(limit=LIVE_EVAL_LIMIT)
    return ProbeContext(trainer, trainer_task(trainer))


@torch.no_grad()
def forward(trainer: Trainer, x: torch.Tensor) -> torch.Tensor:
    trainer.model.eval()
    return trainer.model(x)


def recurrent_ids(trainer: Trainer) -> list[int]:
    return [nid for nid in trainer.model.labels if trainer.project.graph.nodes[nid].kind in ("RNN", "LSTM", "GRU")]


def forbid_forward_passes(trainer: Trainer, monkeypatch) -> None:
    def refuse(*_args, **_kwargs):
        raise AssertionError("the probe ran a forward pass of its own instead of the snapshot's")
    monkeypatch.setattr(trainer, "predict", refuse)


def assert_plain_numpy(payload) -> None:
    """The GUI unpickles payloads without torch: only numpy and Python values inside."""
    copy = pickle.loads(pickle.dumps(payload))
    for f in dataclasses.fields(payload):
        value = getattr(copy, f.name)
        assert not isinstance(value, torch.Tensor), f.name
        if isinstance(value, np.ndarray):
            np.testing.assert_array_equal(value, getattr(payload, f.name))


# ----- series ------------------------------------------------------------------------------------
def test_probes_are_found_by_name_with_their_intervals():
    assert probe_class("series") is SeriesProbe and SeriesProbe.interval == pytest.approx(0.2)
    assert probe_class("sequence_samples") is SequenceSamplesProbe and SequenceSamplesProbe.interval == 0.25
    assert probe_class("hidden_states") is HiddenStatesProbe and HiddenStatesProbe.interval == 0.25


def test_series_shows_the_first_test_sequences_with_the_networks_next_value(monkeypatch):
    context = short_run(sine_project(recurrent("LSTM", 8)))
    trainer = context.trainer
    t = trainer.tensors
    forbid_forward_passes(trainer, monkeypatch)
    payload = SeriesProbe(context).collect()
    assert isinstance(payload, SeriesPayload)

    x = t.x_test[:N_SERIES]
    np.testing.assert_array_equal(payload.inputs, x[:, :, 0].numpy())
    np.testing.assert_array_equal(payload.target, t.y_test[:N_SERIES, 0].numpy())
    direct = forward(trainer, x)[:, 0].numpy()
    np.testing.assert_allclose(payload.predicted, direct, rtol=1e-5, atol=1e-6)
    # the network has not learned yet: the prediction is not the answer
    assert not np.allclose(payload.predicted, payload.target, atol=1e-3)
    everything = forward(trainer, t.x_test)
    assert payload.n_scored == len(t.x_test) == 24
    assert payload.mean_error == pytest.approx(float((everything - t.y_test).abs().mean()), rel=1e-5)
    assert payload.held_out
    assert payload.inputs.dtype == payload.target.dtype == payload.predicted.dtype == np.float32
    assert_plain_numpy(payload)


def test_series_falls_back_to_training_sequences_without_a_test_set():
    project = sine_project(recurrent("RNN", 6))
    bundle = load_dataset("sine_next", project.data.params)
    bundle = dataclasses.replace(bundle, x_test=bundle.x_test[:0], y_test=bundle.y_test[:0])
    context = short_run(project, steps=5, data=bundle)
    trainer = context.trainer
    payload = SeriesProbe(context).collect()
    x = trainer.tensors.x_train[:N_SERIES]
    assert not payload.held_out
    np.testing.assert_array_equal(payload.inputs, x[:, :, 0].numpy())
    np.testing.assert_allclose(payload.predicted, forward(trainer, x)[:, 0].numpy(), rtol=1e-5, atol=1e-6)
    assert payload.n_scored == len(trainer.tensors.x_train)


# ----- sequence samples --------------------------------------------------------------------------
def test_sequence_samples_give_each_sequences_class_and_probability(monkeypatch):
    context = short_run(waves_project(recurrent("GRU", 8)), steps=20)
    trainer = context.trainer
    t = trainer.tensors
    forbid_forward_passes(trainer, monkeypatch)
    payload = SequenceSamplesProbe(context).collect()
    assert isinstance(payload, SequenceSamplesPayload)

    x = t.x_test[:N_SAMPLES]
    probs = torch.softmax(forward(trainer, x), dim=-1)
    np.testing.assert_array_equal(payload.inputs, x[:, :, 0].numpy())
    np.testing.assert_array_equal(payload.labels, t.y_test[:N_SAMPLES].numpy())
    np.testing.assert_array_equal(payload.predicted, probs.argmax(dim=-1).numpy())
    np.testing.assert_allclose(payload.confidence, probs.max(dim=-1).values.numpy(), rtol=1e-5)
    np.testing.assert_array_equal(payload.wrong, payload.predicted != payload.labels)
    assert payload.class_names == ["sine", "square", "sawtooth"]
    assert payload.labels.dtype == payload.predicted.dtype == np.int64
    assert payload.confidence.dtype == np.float32 and np.all(payload.confidence >= 1 / 3 - 1e-6)
    assert_plain_numpy(payload)


# ----- hidden states -----------------------------------------------------------------------------
def test_hidden_states_are_the_rnns_steps_for_the_chosen_sequence():
    context = short_run(waves_project(recurrent("GRU", 10)), steps=20)
    trainer = context.trainer
    t = trainer.tensors
    (gru_id,) = recurrent_ids(trainer)
    probe = HiddenStatesProbe(context)

    first = probe.collect()
    assert isinstance(first, HiddenStatesPayload)
    assert first.sample == 0 and first.n_samples == len(t.x_test) == 30 and first.held_out

    probe.configure(sample=7)
    payload = probe.collect()
    x = t.x_test[7:8]
    with torch.no_grad():
        steps, _ = trainer.model.layers[str(gru_id)].rnn(x)
    (layer,) = payload.layers
    assert payload.sample == 7
    np.testing.assert_array_equal(payload.inputs, x[0, :, 0].numpy())
    np.testing.assert_allclose(layer.states, steps[0].t().numpy(), rtol=1e-5, atol=1e-6)
    assert layer.states.shape == (10, WAVES["length"]) and layer.states.dtype == np.float32
    assert (layer.node_id, layer.label, layer.kind) == (gru_id, trainer.model.labels[gru_id], "GRU")
    assert (layer.hidden_size, layer.directions, layer.stacked, layer.shown) == (10, 1, 1, 10)
    assert np.abs(layer.states).max() <= 1.0  # a GRU's state stays in tanh's range

    probs = torch.softmax(forward(trainer, x), dim=-1)[0]
    names = trainer.data.class_names
    assert payload.truth == names[int(t.y_test[7])]
    assert payload.prediction == f"{names[int(probs.argmax())]} ({float(probs.max()):.0%})"
    assert_plain_numpy(payload)
    assert_plain_numpy(layer)

    probe.configure(sample=10_000)  # past the end: the last one
    assert probe.collect().sample == len(t.x_test) - 1
    probe.configure(sample=-3)
    assert probe.collect().sample == 0
    probe.configure(other_option=True)  # an option it does not know changes nothing
    assert probe.collect().sample == 0


def test_hidden_states_of_a_bidirectional_layer_and_a_stacked_one_are_capped_and_labelled():
    """GRU (bidirectional, all steps) -> LSTM (2 stacked, more units than are shown) -> Dense."""
    project = sine_project(recurrent("GRU", 40, bidirectional=True, return_sequences=True),
                           recurrent("LSTM", 70, num_layers=2))
    context = short_run(project, steps=3)
    trainer = context.trainer
    gru_id, lstm_id = recurrent_ids(trainer)
    probe = HiddenStatesProbe(context)
    probe.configure(sample=2)
    payload = probe.collect()
    gru, lstm = payload.layers

    x = trainer.tensors.x_test[2:3]
    with torch.no_grad():
        gru_steps, _ = trainer.model.layers[str(gru_id)].rnn(x)  # (1, steps, 2 x 40)
        lstm_steps, _ = trainer.model.layers[str(lstm_id)].rnn(gru_steps)  # the top layer's (1, steps, 70)
    half = MAX_UNITS // 2
    assert (gru.directions, gru.hidden_size, gru.shown, gru.stacked) == (2, 40, half, 1)
    assert gru.states.shape == (MAX_UNITS, SINE["length"])
    np.testing.assert_allclose(gru.states[:half], gru_steps[0, :, :half].t().numpy(), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(gru.states[half:], gru_steps[0, :, 40:40 + half].t().numpy(),
                               rtol=1e-5, atol=1e-6)
    assert (lstm.directions, lstm.hidden_size, lstm.shown, lstm.stacked, lstm.kind) == (1, 70, MAX_UNITS, 2, "LSTM")
    np.testing.assert_allclose(lstm.states, lstm_steps[0, :, :MAX_UNITS].t().numpy(), rtol=1e-5, atol=1e-6)
    assert [gru.label, lstm.label] == [trainer.model.labels[gru_id], trainer.model.labels[lstm_id]]

    # regression: the true next value and the network's, as numbers
    assert payload.truth == f"{float(trainer.tensors.y_test[2, 0]):.2f}"
    assert payload.prediction == f"{float(forward(trainer, x)[0, 0]):.2f}"

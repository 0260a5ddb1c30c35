"""The explain probe: the arithmetic it shows (inputs times weights plus bias, the activation; a
kernel times its receptive field; a pooling window's winner) equals what torch computes for the
same sample with the same weights."""

from __future__ import annotations

import pickle

import numpy as np
import pytest
import torch
from torch.nn import functional as F

from playground.core.kinds.activations import ACTIVATIONS
from playground.engine.payloads.explain import ExplainPayload
from playground.engine.probes import trainer_task
from playground.engine.trainer import Trainer
from playground.engine.views import ProbeContext, probe_class

from builders import chain_project, dense

DIGITS = {"limit": 120, "seed": 3}


def make_context(project, steps: int = 5) -> ProbeContext:
    trainer = Trainer.from_project(project)
    trainer.run(steps=steps)  # weights moved off their initial values
    return ProbeContext(trainer, trainer_task(trainer))


def explain(ctx: ProbeContext, **choice) -> ExplainPayload:
    probe = probe_class("explain")(ctx)
    probe.configure(**choice)
    payload = probe.collect()
    return pickle.loads(pickle.dumps(payload))  # as the window receives it


def test_nothing_chosen_says_what_to_do():
    ctx = make_context(chain_project([dense(4), dense(1, "Sigmoid")], "circle", loss="bce"))
    payload = explain(ctx)
    assert payload.target is None and "Click a neuron" in payload.message


@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_a_dense_neuron_is_its_inputs_times_weights_plus_bias(activation):
    torch.manual_seed(0)
    project = chain_project([dense(5, "Tanh"), dense(3, activation), dense(1, "Sigmoid")], "circle", loss="bce")
    ctx = make_context(project)
    node = ctx.task.neuron_layers[1]
    x, _ = ctx.test_samples(8)
    with torch.no_grad():  # torch's own layer output, from the live modules
        hidden = ctx.module(ctx.task.neuron_layers[0])(x[7:8])
        expected = ctx.module(node)(hidden)[0]
    linear = ctx.module(node)[0]
    for unit in range(3):
        payload = explain(ctx, node=node, neuron=unit, sample=7)
        s = payload.target.sum
        assert payload.sample == 7 and payload.target.label.startswith("Dense")
        np.testing.assert_allclose(s.inputs, hidden[0].double().numpy(), rtol=1e-6, atol=1e-7)
        np.testing.assert_array_equal(s.weights, linear.weight[unit].detach().double().numpy())
        assert s.bias == pytest.approx(float(linear.bias.detach()[unit]))
        with torch.no_grad():
            z = float(F.linear(hidden, linear.weight, linear.bias)[0, unit])
        assert s.z == pytest.approx(z, abs=1e-5)
        assert payload.target.output == pytest.approx(float(expected[unit]), abs=1e-5)
        assert payload.target.actual == pytest.approx(float(expected[unit]), abs=1e-6)


def test_a_point_on_the_plane_names_the_input_features():
    project = chain_project([dense(4), dense(1, "Sigmoid")], "circle", {"feature_x1_sq": True}, loss="bce")
    ctx = make_context(project)
    node = ctx.task.neuron_layers[0]
    payload = explain(ctx, node=node, neuron=2, point=(1.5, -2.0))
    s = payload.target.sum
    assert payload.sample == -1 and payload.point == (1.5, -2.0)
    np.testing.assert_allclose(s.inputs, [1.5, -2.0, 2.25], rtol=1e-6)
    assert payload.target.input_names == ["X\u2081", "X\u2082", "X\u2081\u00b2"]
    with torch.no_grad():
        expected = ctx.module(node)(torch.tensor([[1.5, -2.0, 2.25]]))[0, 2]
    assert payload.target.output == pytest.approx(float(expected), abs=1e-6)


def conv(filters: int, activation: str, **params) -> tuple[str, dict]:
    return "Conv2D", {"filters": filters, "kernel_size": 3, "activation": activation, **params}


@pytest.fixture(scope="module")
def cnn() -> ProbeContext:
    torch.manual_seed(0)
    layers = [conv(4, "ReLU", padding="same"), ("MaxPool2D", {"pool_size": 2}),
              conv(3, "Tanh", padding="same", stride=2), ("AvgPool2D", {"pool_size": 1}),
              ("Flatten", {}), dense(10, "Linear")]
    return make_context(chain_project(layers, "digits", DIGITS, loss="cross_entropy", optimizer="adam",
                                      learning_rate=0.01, batch_size=16))


def test_a_conv_pixel_is_the_kernel_times_its_receptive_field(cnn):
    first, pool, second, _ = cnn.task.map_layers
    x, _ = cnn.test_samples(4)
    x = x[3:4]
    c1, c2 = (cnn.module(n)[0] for n in (first, second))
    with torch.no_grad():
        a = F.relu(F.conv2d(x, c1.weight, c1.bias, padding=1))
        b = F.max_pool2d(a, 2)
        c = torch.tanh(F.conv2d(b, c2.weight, c2.bias, stride=2, padding=1))
    for row, col in [(0, 0), (3, 7), (7, 7)]:  # corners: the padding's zeros are in the field
        payload = explain(cnn, node=first, neuron=2, row=row, col=col, sample=3)
        s = payload.target.sum
        assert s.inputs.shape == s.weights.shape == (1, 3, 3) and payload.target.position == (row, col)
        assert payload.target.output == pytest.approx(float(a[0, 2, row, col]), abs=1e-5)
    corner = explain(cnn, node=first, neuron=0, row=0, col=0, sample=3)
    assert corner.target is not None, corner.message
    assert corner.target.sum.inputs[0, 0, 0] == 0.0
    payload = explain(cnn, node=second, neuron=1, row=1, col=0, sample=3)  # stride 2, padded by 1
    s = payload.target.sum
    padded = F.pad(b, (1, 1, 1, 1))
    np.testing.assert_allclose(s.inputs, padded[0, :, 2:5, 0:3].double().numpy(), rtol=1e-6, atol=1e-7)
    with torch.no_grad():
        z = float(F.conv2d(b, c2.weight, c2.bias, stride=2, padding=1)[0, 1, 1, 0])
    assert s.z == pytest.approx(z, abs=1e-5)
    assert payload.target.output == pytest.approx(float(c[0, 1, 1, 0]), abs=1e-5)


def test_a_pooling_pixel_is_its_window_and_the_winner(cnn):
    first, pool = cnn.task.map_layers[:2]
    x, _ = cnn.test_samples(1)
    with torch.no_grad():
        a = cnn.module(first)(x)[0]
    payload = explain(cnn, node=pool, neuron=3, row=2, col=1, sample=0)
    p = payload.target.pooling
    np.testing.assert_allclose(p.window, a[3, 4:6, 2:4].double().numpy())
    assert payload.target.output == pytest.approx(float(F.max_pool2d(a[None], 2)[0, 3, 2, 1]))
    r, c = p.winner
    assert p.window[r, c] == p.window.max()


def test_a_choice_that_no_longer_fits_says_so(cnn):
    first = cnn.task.map_layers[0]
    payload = explain(cnn, node=first, neuron=99, row=0, col=0)
    assert payload.target is None and "no such" in payload.message


def test_a_dense_fed_every_step_of_a_sequence_says_why_it_has_no_one_sum():
    torch.manual_seed(0)
    layers = [("RNN", {"hidden_size": 4, "return_sequences": True}), dense(3), ("Flatten", {}), dense(1, "Linear")]
    ctx = make_context(chain_project(layers, "sine_next", loss="mse"), steps=1)
    first_dense = [nid for nid, node in ctx.trainer.project.graph.nodes.items() if node.kind == "Dense"][0]
    payload = explain(ctx, node=first_dense, neuron=0)
    assert payload.target is None and "each step of a sequence" in payload.message

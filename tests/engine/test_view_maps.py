"""The feature-map, kernel and unit-weight probes: their payloads against the same numbers worked
out directly with torch from the live modules' weights."""

from __future__ import annotations

import dataclasses
import pickle

import numpy as np
import pytest
import torch
from torch.nn import functional as F

from playground.engine.payloads.feature_maps import MAX_MAPS
from playground.engine.payloads.kernels import MAX_FILTERS, MAX_INPUTS
from playground.engine.payloads.unit_weights import MAX_UNITS
from playground.engine.probes import trainer_task
from playground.engine.trainer import Trainer
from playground.engine.views import ProbeContext, probe_class

from builders import chain_project, dense

DIGITS = {"limit": 200, "seed": 3}  # 160 training and 40 test images, 1 x 8 x 8


def conv(filters: int, activation: str = "ReLU") -> tuple[str, dict]:
    return "Conv2D", {"filters": filters, "kernel_size": 3, "padding": "same", "activation": activation}


# 20 maps then 18: more than MAX_MAPS / MAX_FILTERS channels, and more than MAX_INPUTS inputs
CNN = [conv(20), ("MaxPool2D", {"pool_size": 2}), conv(18, "Tanh"), ("Flatten", {}), dense(10, "Linear")]
MLP = [("Flatten", {}), dense(40, "ReLU"), dense(10, "Linear")]


def context(layers, steps: int = 5) -> ProbeContext:
    torch.manual_seed(0)
    trainer = Trainer.from_project(chain_project(layers, "digits", DIGITS, loss="cross_entropy",
                                                 optimizer="adam", learning_rate=0.01, batch_size=16))
    trainer.run(steps=steps)  # weights that have moved off their initial values
    return ProbeContext(trainer, trainer_task(trainer))


@pytest.fixture(scope="module")
def cnn() -> ProbeContext:
    return context(CNN)


@pytest.fixture(scope="module")
def mlp() -> ProbeContext:
    return context(MLP)


def torch_maps(ctx: ProbeContext, x: torch.Tensor) -> list[torch.Tensor]:
    """The CNN's Conv2D, pooling and Conv2D outputs, computed here from the weights."""
    c1, c2 = (next(m for m in ctx.module(nid).modules() if isinstance(m, torch.nn.Conv2d))
              for nid in ctx.task.conv_layers)
    a = F.relu(F.conv2d(x, c1.weight, c1.bias, padding=1))
    b = F.max_pool2d(a, 2)
    c = torch.tanh(F.conv2d(b, c2.weight, c2.bias, padding=1))
    return [a, b, c]


# ----- feature maps ---------------------------------------------------------------------------
def test_feature_maps_are_each_layers_output_for_the_chosen_sample(cnn):
    probe = probe_class("feature_maps")(cnn)
    assert probe.interval >= 0.2  # a heavy view: not on every snapshot
    probe.configure(sample=7)
    payload = probe.collect()
    tensors = cnn.trainer.tensors
    x = tensors.x_test[7:8]
    with torch.no_grad():
        expected = torch_maps(cnn, x)
        probs = torch.softmax(cnn.model(x), dim=-1)[0]

    assert payload.sample == 7 and payload.n_samples == len(tensors.x_test) == 40
    np.testing.assert_array_equal(payload.image, tensors.x_test[7].numpy())
    assert [l.node_id for l in payload.layers] == list(cnn.task.map_layers)
    a, b, c = cnn.task.map_layers
    assert [l.label for l in payload.layers] == [f"Conv2D {a}", f"MaxPool2D {b}", f"Conv2D {c}"]
    assert [l.shape for l in payload.layers] == [(20, 8, 8), (20, 4, 4), (18, 4, 4)]
    for layer, want in zip(payload.layers, expected):
        assert layer.maps.dtype == np.float32 and layer.maps.shape[0] == MAX_MAPS
        np.testing.assert_allclose(layer.maps, want[0, :MAX_MAPS].numpy(), atol=1e-6)
    assert [l.hidden for l in payload.layers] == [4, 4, 2]
    assert payload.label == int(tensors.y_test[7])
    assert payload.class_names == [str(k) for k in range(10)]
    np.testing.assert_allclose(payload.probabilities, probs.numpy(), atol=1e-6)
    assert payload.output is None


def test_feature_maps_sample_choice_is_kept_within_the_test_set(cnn):
    probe = probe_class("feature_maps")(cnn)
    assert probe.collect().sample == 0  # the first test image until one is chosen
    probe.configure(sample=10_000)
    assert probe.collect().sample == 39
    probe.configure(sample=-3)
    assert probe.collect().sample == 0
    probe.configure(other="ignored")
    assert probe.sample == 0


def test_feature_maps_of_an_autoencoder_give_its_output_image():
    layers = [conv(4, "ReLU"), conv(1, "Sigmoid")]
    trainer = Trainer.from_project(chain_project(layers, "digits", {**DIGITS, "target": "reconstruct"},
                                                 loss="mse"))
    ctx = ProbeContext(trainer, trainer_task(trainer))
    assert ctx.task.autoencoder
    payload = probe_class("feature_maps")(ctx).collect()
    x = ctx.trainer.tensors.x_test[:1]
    with torch.no_grad():
        out = ctx.model(x)
    assert payload.probabilities is None and payload.label == -1
    np.testing.assert_allclose(payload.output, out[0].numpy(), atol=1e-6)
    assert payload.output.shape == payload.image.shape == (1, 8, 8)


def test_payloads_unpickle_without_torch_types(cnn, mlp):
    """The GUI process unpickles payloads: only numpy and plain Python inside."""
    for ctx, names in ((cnn, ("feature_maps", "kernels")), (mlp, ("unit_weights",))):
        for name in names:
            text = pickle.dumps(probe_class(name)(ctx).collect())
            assert b"torch" not in text, name


# ----- kernels --------------------------------------------------------------------------------
def test_kernels_are_the_first_filters_on_one_scale_per_layer(cnn):
    probe = probe_class("kernels")(cnn)
    assert probe.interval >= 0.2
    payload = probe.collect()
    convs = [next(m for m in cnn.module(nid).modules() if isinstance(m, torch.nn.Conv2d))
             for nid in cnn.task.conv_layers]
    assert [l.label for l in payload.layers] == [f"Conv2D {nid}" for nid in cnn.task.conv_layers]
    first, second = payload.layers
    np.testing.assert_array_equal(first.weights, convs[0].weight.detach()[:MAX_FILTERS].numpy())
    assert first.weights.shape == (MAX_FILTERS, 1, 3, 3)
    assert (first.filters, first.inputs, first.hidden_filters, first.hidden_inputs) == (20, 1, 4, 0)
    want = convs[1].weight.detach()[:MAX_FILTERS, :MAX_INPUTS].numpy()
    np.testing.assert_array_equal(second.weights, want)
    assert (second.filters, second.inputs, second.hidden_filters, second.hidden_inputs) == (18, 20, 2, 12)
    for layer in payload.layers:
        assert layer.scale == pytest.approx(float(np.abs(layer.weights).max()))
    # a copy: training on does not change a payload already sent
    before = second.weights.copy()
    cnn.trainer.run(steps=1)
    np.testing.assert_array_equal(second.weights, before)


# ----- unit weights ---------------------------------------------------------------------------
def test_unit_weights_are_each_units_weights_laid_out_as_the_image(mlp):
    probe = probe_class("unit_weights")(mlp)
    payload = probe.collect()
    linear = mlp.module(mlp.task.image_dense)[0]
    weight = linear.weight.detach()
    assert payload.node_id == mlp.task.image_dense and payload.label == f"Dense {payload.node_id}"
    assert payload.weights.shape == (MAX_UNITS, 8, 8) and payload.weights.dtype == np.float32
    assert (payload.units, payload.channels, payload.hidden) == (40, 1, 8)
    # unit 5's weight on pixel (row 2, column 6) is the one torch's Flatten puts at 2 * 8 + 6
    assert payload.weights[5, 2, 6] == weight[5, 2 * 8 + 6].item()
    np.testing.assert_array_equal(payload.weights, weight[:MAX_UNITS].reshape(-1, 8, 8).numpy())
    assert payload.scale == pytest.approx(float(weight[:MAX_UNITS].abs().max()))


def test_unit_weights_of_a_several_channel_image_are_the_channel_mean(mlp):
    """Read as 4 channels of 4 x 4 (the same 64 inputs), each unit's picture is the mean over
    the channels of its weights, channel by channel as torch's Flatten orders them."""
    data = dataclasses.replace(mlp.task.data, input_shape=(4, 4, 4))
    ctx = ProbeContext(mlp.trainer, dataclasses.replace(mlp.task, data=data))
    payload = probe_class("unit_weights")(ctx).collect()
    weight = ctx.module(ctx.task.image_dense)[0].weight.detach()[:MAX_UNITS].numpy()
    want = weight.reshape(-1, 4, 4, 4).mean(axis=1)
    assert payload.channels == 4 and payload.weights.shape == (MAX_UNITS, 4, 4)
    np.testing.assert_allclose(payload.weights, want, atol=1e-7)
    np.testing.assert_allclose(payload.weights[0, 1, 2], np.mean([weight[0, c * 16 + 1 * 4 + 2] for c in range(4)]),
                               atol=1e-7)

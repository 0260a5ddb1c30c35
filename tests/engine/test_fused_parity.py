"""The fused path (engine/fused) computes what autograd computes: from the same project, a trainer on
the fused path and one forced onto autograd reach the same weights, gradients, optimizer state and
losses after a few hundred steps, for every activation, loss, optimizer option, regularization and
batch size the fused path takes; live changes and divergence behave the same; and the networks it
does not take stay on autograd."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from playground.bench.reference import reference_project
from playground.core.project import Project
from playground.engine import trainer as trainer_module
from playground.engine.probes import Probe
from playground.engine.trainer import Trainer

from builders import chain_project, default_on, dense

pytestmark = pytest.mark.usefixtures("one_torch_thread")  # see tests/conftest.py

STEPS = 300
# float32 rounding: numpy and torch sum in different orders, and a few hundred steps carry it on
ATOL, RTOL = 2e-5, 1e-4


def twins(project: Project) -> tuple[Trainer, Trainer]:
    """Two trainers of `project`: the one the app makes (checked to be fused), and one on autograd."""
    fused = Trainer.from_project(project)
    assert fused.fused, "the fused path should take this network"
    original = trainer_module.fused_step
    trainer_module.fused_step = lambda trainer: None
    try:
        plain = Trainer.from_project(project)
    finally:
        trainer_module.fused_step = original
    assert not plain.fused
    return fused, plain


def assert_same_run(fused: Trainer, plain: Trainer) -> None:
    """Weights, the last step's gradients and loss, and the optimizer's state agree."""
    assert fused.step_count == plain.step_count
    named = dict(plain.model.named_parameters())
    for name, p in fused.model.named_parameters():
        q = named[name]
        torch.testing.assert_close(p.detach(), q.detach(), atol=ATOL, rtol=RTOL, msg=f"weights of {name}")
        torch.testing.assert_close(p.grad, q.grad, atol=ATOL, rtol=RTOL, msg=f"gradient of {name}")
        mine, theirs = fused.optimizer.state[p], plain.optimizer.state[q]
        assert {k for k, v in mine.items() if v is not None} == {k for k, v in theirs.items() if v is not None}
        for key, value in theirs.items():
            if value is not None:
                torch.testing.assert_close(mine[key], value, atol=ATOL, rtol=RTOL, msg=f"{key} of {name}")
    torch.testing.assert_close(fused.last_loss, plain.last_loss, atol=ATOL, rtol=RTOL)


def run_both(project: Project, steps: int = STEPS) -> tuple[Trainer, Trainer]:
    fused, plain = twins(project)
    for p, q in zip(fused.model.parameters(), plain.model.parameters()):
        assert torch.equal(p, q)  # the same initial weights for the same seed
    fused.run(steps=steps)
    plain.run(steps=steps)
    assert not fused.diverged and not plain.diverged
    assert_same_run(fused, plain)
    return fused, plain


# ----- the grid --------------------------------------------------------------------------------------
ACTIVATIONS = ["Tanh", "ReLU", "LeakyReLU", "ELU", "SiLU", "Sigmoid", "Softplus", "Linear"]


@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_each_activation_of_a_dense_layer(activation):
    run_both(chain_project([dense(8, activation), dense(6, activation), dense(1, "Linear")], "circle",
                           learning_rate=0.1))


@pytest.mark.parametrize("layers", [
    [dense(8, "Linear"), ("LeakyReLU", {"negative_slope": 0.3}), dense(1, "Linear")],
    [dense(8, "Linear"), ("ELU", {"alpha": 0.5}), ("Tanh", {}), dense(1, "Linear")],
    [("Tanh", {}), dense(8, "ReLU", bias=False), dense(1, "Linear")],
    [dense(5, "SiLU", init="xavier_normal"), dense(5, "Softplus", init="kaiming_uniform"), dense(1, "Linear")],
], ids=["leaky-layer", "elu-tanh-layers", "input-activation-no-bias", "initialisers"])
def test_activation_layers_and_dense_options(layers):
    run_both(chain_project(layers, "xor", learning_rate=0.1))


@pytest.mark.parametrize("layers, dataset, data, loss, loss_params", [
    ([dense(8), dense(1, "Sigmoid")], "circle", {}, "bce", {}),
    ([dense(8), dense(3, "Linear")], "blobs", {"n_classes": 3}, "cross_entropy", {}),
    ([dense(8), dense(1, "Linear")], "circle", {}, "mse", {}),
    ([dense(8), dense(3, "Tanh")], "blobs", {"n_classes": 3}, "mse", {}),
    ([dense(8), dense(1, "Linear")], "plane", {}, "mse", {}),
    ([dense(8), dense(1, "Linear")], "multi_gauss", {}, "mae", {}),
    ([dense(8), dense(1, "Linear")], "plane", {}, "huber", {"delta": 0.3}),
], ids=["bce-after-sigmoid", "cross-entropy", "mse-one-unit", "mse-one-hot", "mse-regression", "mae",
        "huber"])
def test_each_loss(layers, dataset, data, loss, loss_params):
    run_both(chain_project(layers, dataset, data, loss=loss, loss_params=loss_params, learning_rate=0.05))


@pytest.mark.parametrize("optimizer, options, lr", [
    ("sgd", {"momentum": 0.9}, 0.03),
    ("sgd", {"momentum": 0.8, "nesterov": True}, 0.03),
    ("adam", {}, 0.01),
    ("adam", {"beta1": 0.3, "beta2": 0.9, "eps": 1e-4}, 0.01),
    ("adamw", {"weight_decay": 0.1}, 0.01),
    ("rmsprop", {"alpha": 0.9}, 0.003),
    ("rmsprop", {"momentum": 0.5}, 0.003),
    ("adagrad", {"lr_decay": 0.01}, 0.05),
], ids=["momentum", "nesterov", "adam", "adam-options", "adamw", "rmsprop", "rmsprop-momentum", "adagrad"])
def test_each_optimizer(optimizer, options, lr):
    run_both(default_on("spiral", optimizer=optimizer, optimizer_params=options, learning_rate=lr))


@pytest.mark.parametrize("kind, optimizer", [("l1", "sgd"), ("l2", "sgd"), ("l2", "adam")])
def test_regularization(kind, optimizer):
    run_both(default_on("gauss", optimizer=optimizer, regularization=kind, regularization_rate=0.01))


@pytest.mark.parametrize("batch_size", [1, 7, 250, 10_000])
def test_batch_sizes(batch_size):
    """Down to one sample a step, and up to (and past) the whole training set."""
    run_both(default_on("circle", batch_size=batch_size, learning_rate=0.1))


# ----- live changes, divergence, what reads the model ---------------------------------------------------
def test_live_changes_between_steps():
    """The window's live settings, one after another: both paths follow them step for step."""
    fused, plain = twins(default_on("spiral", learning_rate=0.05))
    changes = [{"learning_rate": 0.02}, {"batch_size": 3}, {"optimizer_params": {"momentum": 0.9}},
               {"optimizer_params": {"momentum": 0.9, "nesterov": True}, "regularization": "l2"},
               {"optimizer": "adam", "optimizer_params": {"beta1": 0.8}, "learning_rate": 0.01},
               {"regularization_rate": 0.01}, {"optimizer_params": {"beta1": 0.95}, "batch_size": 32},
               {"optimizer": "rmsprop", "learning_rate": 0.002, "regularization": "none"},
               {"optimizer": "adagrad", "regularization": "l1", "learning_rate": 0.05},
               {"optimizer": "sgd", "optimizer_params": {}, "regularization": "none"}]
    for change in changes:
        for trainer in (fused, plain):
            trainer.apply_settings(change)
            trainer.run(steps=60)
        assert_same_run(fused, plain)


def test_rmsprop_momentum_turned_on_mid_run():
    """torch's RMSprop makes its momentum buffer at the first step only; turned on later, autograd
    raised KeyError. Both paths now start it at zero and go on step for step."""
    fused, plain = twins(default_on("spiral", optimizer="rmsprop", learning_rate=0.002))
    for change in ({}, {"momentum": 0.9}, {"alpha": 0.9, "momentum": 0.0}, {"momentum": 0.5}):
        for trainer in (fused, plain):
            trainer.apply_settings({"optimizer_params": change})
            trainer.run(steps=60)
        assert_same_run(fused, plain)


def test_divergence_is_caught_the_same_way():
    """A learning rate far too high: both stop at the same check, say the same, restore the same
    weights, and go on alike after the rate is lowered (with a fresh optimizer state)."""
    fused, plain = twins(default_on("spiral", loss="mse", optimizer="adam", learning_rate=0.01))
    for trainer in (fused, plain):
        trainer.run(steps=trainer_module.CHECK_EVERY)
        trainer.apply_settings({"learning_rate": 100.0, "optimizer": "sgd", "optimizer_params": {"momentum": 0.5}})
        trainer.run(steps=5 * trainer_module.CHECK_EVERY)
    assert fused.diverged and fused.diverged == plain.diverged
    assert fused.step_count == plain.step_count
    for p, q in zip(fused.model.parameters(), plain.model.parameters()):
        assert torch.isfinite(p).all()
        torch.testing.assert_close(p.detach(), q.detach(), atol=ATOL, rtol=RTOL)
    for trainer in (fused, plain):
        trainer.diverged = ""
        trainer.apply_settings({"learning_rate": 0.01})
        trainer.run(steps=100)
    assert not fused.diverged and not plain.diverged
    assert_same_run(fused, plain)


def test_what_reads_the_model_sees_the_fused_weights():
    """Snapshots (metrics, gradient and weight norms per layer, the views' payloads) are the same
    on both paths: the torch module shares the fused path's buffers."""
    fused, plain = run_both(default_on("xor"), steps=200)
    a, b = Probe(fused).snapshot(), Probe(plain).snapshot()
    for name in ("train_loss", "test_loss", "train_accuracy", "test_accuracy"):
        assert getattr(a, name) == pytest.approx(getattr(b, name), abs=1e-5), name
    np.testing.assert_allclose(a.grad_norms, b.grad_norms, rtol=1e-4, atol=1e-6)
    np.testing.assert_allclose(a.weight_norms, b.weight_norms, rtol=1e-5)
    assert a.views.keys() == b.views.keys() and "link_weights" in a.views
    for name in a.views:
        for field, value in vars(a.views[name]).items():
            if isinstance(value, np.ndarray) and value.dtype.kind == "f":
                np.testing.assert_allclose(value, getattr(b.views[name], field), rtol=1e-3, atol=1e-4,
                                           err_msg=f"{name}.{field}")
    # the module is a view of the fused buffers: a change through torch is what the next step uses
    with torch.no_grad():
        for p in fused.model.parameters():
            p.zero_()
    fused.run(steps=1)
    assert all(float(p.grad.abs().sum()) == 0 for p in fused.model.parameters() if p.dim() > 1)


def test_an_mlp_on_images():
    """A Flatten in front of the Dense layers (the digits as 64 numbers): the samples are flattened once."""
    run_both(chain_project(["Flatten", dense(16, "ReLU"), dense(10, "Linear")], "digits", loss="cross_entropy",
                           optimizer="adam", learning_rate=0.003, batch_size=32), steps=100)


def test_numpy_blas_runs_on_the_threads_torch_was_given():
    """Spin-waiting BLAS threads beside a busy window cost 4-8x (engine/fused/blas.py)."""
    from playground.engine.fused.blas import blas_threads, set_blas_threads

    if blas_threads() is None:
        pytest.skip("numpy's BLAS here is not an OpenBLAS whose threads can be set")
    before = blas_threads()
    try:
        set_blas_threads(2)
        assert blas_threads() == 2
        assert Trainer.from_project(reference_project()).fused
        assert blas_threads() == torch.get_num_threads() == 1  # one_torch_thread
    finally:
        set_blas_threads(before)


def test_the_reference_problem_takes_the_fused_path(monkeypatch):
    trainer = Trainer.from_project(reference_project())
    assert trainer.fused
    monkeypatch.setenv("PLAYGROUND_FUSED", "0")  # the switch that rules it out
    assert not Trainer.from_project(reference_project()).fused


@pytest.mark.parametrize("layers, dataset, loss", [
    ([dense(8), "Dropout", dense(1, "Linear")], "circle", "bce"),
    ([dense(8), ("BatchNorm", {}), dense(1, "Linear")], "circle", "bce"),
    ([dense(8, "GELU"), dense(1, "Linear")], "circle", "bce"),
    ([dense(8), dense(4, "Softmax")], "blobs", "cross_entropy"),
], ids=["dropout", "batchnorm", "gelu", "softmax"])
def test_other_networks_stay_on_autograd(layers, dataset, loss):
    trainer = Trainer.from_project(chain_project(layers, dataset, loss=loss))
    assert not trainer.fused
    trainer.run(steps=20)
    assert all(p.grad is not None for p in trainer.model.parameters())


def test_a_cnn_stays_on_autograd():
    from playground.bench.reference import digits_cnn_project

    trainer = Trainer.from_project(digits_cnn_project("cpu"))
    assert not trainer.fused

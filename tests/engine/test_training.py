"""The trainer in-process: networks reach their accuracies, runs repeat bit for bit, divergence
is caught, live settings and callbacks work, and probes describe what the GUI draws."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from torch import nn
from torch.nn import functional as F

from playground.engine import trainer as trainer_module
from playground.engine.data import load_dataset
from playground.engine.payloads.plane import GRID, THUMB
from playground.engine.probes import Probe
from playground.engine.views.plane import ColumnPass
from playground.engine.trainer import Callback, Trainer, TrainingError

from builders import chain_project, default_on, dense, trained

pytestmark = pytest.mark.usefixtures("one_torch_thread")  # see tests/conftest.py


def target_variance(trainer: Trainer) -> float:
    return float(trainer.tensors.y_test.var(unbiased=False))


# ----- trained results ----------------------------------------------------------------------------
@pytest.mark.parametrize("dataset, epochs", [("circle", 60), ("xor", 40), ("gauss", 10)])
def test_default_network_learns_the_toy_sets(dataset, epochs):
    """TensorFlow Playground's 2-8-8-1 tanh net, BCE, SGD lr 0.03, batch 10, as the app starts."""
    trainer = trained(default_on(dataset), epochs)
    metrics = trainer.evaluate()
    assert metrics.test_accuracy >= 0.95, metrics
    assert metrics.train_accuracy >= 0.95, metrics
    assert trainer.step_count == epochs * 25 and trainer.epoch == epochs


@pytest.mark.parametrize("features, epochs", [((), 150), (("x1_sq", "x2_sq", "sin_x1", "sin_x2"), 40)],
                         ids=["xy", "with-features"])
def test_deeper_network_learns_the_spiral(features, epochs):
    layers = [dense(16), dense(16), dense(16), dense(1, "Linear")] if not features else \
        [dense(16), dense(16), dense(1, "Linear")]
    params = {f"feature_{f}": True for f in features}
    project = chain_project(layers, "spiral", params, loss="bce", optimizer="adam", learning_rate=0.005)
    metrics = trained(project, epochs).evaluate()
    assert metrics.test_accuracy >= 0.95, metrics


def test_softmax_cross_entropy_on_four_blobs():
    project = chain_project([dense(8), dense(4, "Softmax")], "blobs", {"n_classes": 4}, loss="cross_entropy")
    trainer = trained(project, 20)
    assert trainer.objective.output_activation == "Softmax"
    metrics = trainer.evaluate()
    assert metrics.test_accuracy >= 0.9, metrics
    probs = trainer.objective.probabilities(trainer.predict(trainer.tensors.x_test))
    torch.testing.assert_close(probs.sum(-1), torch.ones(len(probs)))


def test_small_cnn_learns_digits():
    layers = [("Conv2D", {"filters": 8}), ("MaxPool2D", {}), ("Flatten", {}), dense(10, "Linear")]
    project = chain_project(layers, "digits", loss="cross_entropy", optimizer="adam", learning_rate=0.005,
                            batch_size=32)
    metrics = trained(project, 5).evaluate()
    assert metrics.test_accuracy >= 0.9, metrics


def test_lstm_predicts_the_next_sine_value():
    project = chain_project([("LSTM", {"hidden_size": 16}), dense(1, "Linear")], "sine_next", loss="mse",
                            optimizer="adam", learning_rate=0.01, batch_size=32)
    trainer = trained(project, 5)
    metrics = trainer.evaluate()
    assert metrics.train_accuracy is None and metrics.test_accuracy is None
    assert metrics.test_loss < 0.05
    assert metrics.test_loss < 0.1 * target_variance(trainer)


def test_regression_on_the_plane():
    trainer = trained(chain_project([dense(8), dense(1, "Linear")], "plane", loss="mse"), 20)
    metrics = trainer.evaluate()
    assert metrics.test_loss < 0.01
    assert metrics.test_loss < 0.05 * target_variance(trainer)


def test_autoencoder_on_digits_reduces_reconstruction_error():
    layers = [("Flatten", {}), dense(16), dense(64, "Sigmoid")]
    project = chain_project(layers, "digits", {"target": "reconstruct"}, loss="mse", optimizer="adam",
                            learning_rate=0.01, batch_size=32)
    trainer = Trainer.from_project(project)
    before = trainer.evaluate().test_loss
    trainer.run(epochs=5)
    after = trainer.evaluate().test_loss
    assert after < 0.6 * before, (before, after)


class LossLog(Callback):
    def __init__(self):
        self.losses: list[float] = []

    def on_batch_end(self, trainer, loss):
        self.losses.append(loss.item())


def test_same_seeds_repeat_bit_for_bit():
    layers = [dense(8), ("Dropout", {"rate": 0.2}), dense(8), dense(1, "Linear")]

    def run() -> tuple[list[float], dict]:
        log = LossLog()
        trainer = Trainer.from_project(chain_project(layers, "circle", loss="bce", optimizer="adam",
                                                     learning_rate=0.01), callbacks=[log])
        trainer.run(epochs=3)
        return log.losses, trainer.model.state_dict()

    losses_a, weights_a = run()
    losses_b, weights_b = run()
    assert len(losses_a) == 75
    assert losses_a == losses_b
    assert weights_a.keys() == weights_b.keys()
    assert all(torch.equal(weights_a[k], weights_b[k]) for k in weights_a)


def test_weight_seed_changes_the_initial_weights():
    a = Trainer.from_project(default_on(weight_seed=1))
    b = Trainer.from_project(default_on(weight_seed=2))
    c = Trainer.from_project(default_on(weight_seed=1))
    wa, wb, wc = (list(t.model.parameters()) for t in (a, b, c))
    assert not any(torch.equal(x, y) for x, y in zip(wa, wb))
    assert all(torch.equal(x, y) for x, y in zip(wa, wc))


# ----- divergence ----------------------------------------------------------------------------------
def test_huge_learning_rate_stops_with_the_divergence_reason():
    trainer = Trainer.from_project(default_on(loss="mse", learning_rate=100.0))
    trainer.run(epochs=20)
    assert trainer.step_count < 20 * 25  # stopped early
    assert "diverged" in trainer.diverged
    assert "learning rate (100)" in trainer.diverged
    assert all(torch.isfinite(p).all() for p in trainer.model.parameters())
    assert all(torch.isfinite(t).all() for t in trainer.optimizer.param_groups[0]["params"])
    metrics = trainer.evaluate()
    assert math.isfinite(metrics.train_loss) and math.isfinite(metrics.test_loss)
    # once diverged, run() does nothing more: more steps at lr 100 would spoil the restored weights
    steps = trainer.step_count
    trainer.run(steps=40)
    assert trainer.step_count == steps
    assert all(torch.isfinite(p).all() for p in trainer.model.parameters())
    # a lower learning rate, the flag cleared: training goes on from the restored weights
    trainer.set_learning_rate(0.03)
    trainer.diverged = ""
    trainer.run(epochs=2)
    assert trainer.step_count == steps + 50 and not trainer.diverged
    assert math.isfinite(trainer.evaluate().test_loss)


def test_divergence_restores_the_last_finite_weights():
    trainer = Trainer.from_project(default_on(loss="mse"))
    trainer.run(steps=trainer_module.CHECK_EVERY)  # a check passes: these weights are 'good'
    good = [p.detach().clone() for p in trainer.model.parameters()]
    with torch.no_grad():
        next(trainer.model.parameters())[0, 0] = float("nan")
    assert trainer.check_finite() is False
    assert "diverged" in trainer.diverged
    assert all(torch.equal(p, g) for p, g in zip(trainer.model.parameters(), good))


# ----- trainer details -------------------------------------------------------------------------------
def test_live_learning_rate_reaches_the_optimizer():
    trainer = Trainer.from_project(default_on())
    trainer.run(steps=3)
    trainer.set_learning_rate(0.5)
    assert [g["lr"] for g in trainer.optimizer.param_groups] == [0.5]
    trainer.apply_settings({"learning_rate": 0.25})
    assert trainer.optimizer.param_groups[0]["lr"] == 0.25
    assert trainer.project.training.learning_rate == 0.25
    with pytest.raises(ValueError):
        trainer.set_learning_rate(-1.0)


def test_learning_rate_change_changes_the_step():
    """Same weights, same batch: the update is proportional to the learning rate."""
    a = Trainer.from_project(default_on())
    b = Trainer.from_project(default_on())
    b.set_learning_rate(0.06)
    before = [p.detach().clone() for p in a.model.parameters()]
    a.step()
    b.step()
    for w0, pa, pb in zip(before, a.model.parameters(), b.model.parameters()):
        torch.testing.assert_close(pb - w0, 2 * (pa - w0))


def test_apply_settings_batch_size_and_regularization():
    trainer = Trainer.from_project(default_on())
    trainer.step()
    assert trainer._cursor == 10
    trainer.apply_settings({"batch_size": 25, "regularization": "l2", "regularization_rate": 0.01})
    trainer.step()
    assert trainer._cursor == 35
    assert trainer.batch_size == 25 and trainer.steps_per_epoch == 10
    assert trainer.project.training.regularization == "l2"
    with pytest.raises(ValueError):
        trainer.apply_settings({"batch_size": 0})
    with pytest.raises(TrainingError, match="cannot change during a run"):
        trainer.apply_settings({"loss": "mse"})


def test_apply_settings_optimizer_parameters_keep_the_optimizer():
    trainer = Trainer.from_project(default_on())
    optimizer = trainer.optimizer
    trainer.apply_settings({"optimizer_params": {"momentum": 0.9}})
    assert trainer.optimizer is optimizer
    assert optimizer.param_groups[0]["momentum"] == 0.9
    trainer.run(steps=3)
    assert trainer.optimizer.state  # momentum buffers exist and are kept
    trainer.apply_settings({"optimizer_params": {"momentum": 0.5, "nesterov": True}})
    assert trainer.optimizer is optimizer
    assert optimizer.param_groups[0]["momentum"] == 0.5 and optimizer.param_groups[0]["nesterov"]


def test_apply_settings_switches_the_optimizer_kind():
    trainer = Trainer.from_project(default_on(learning_rate=0.01))
    trainer.run(steps=3)
    trainer.apply_settings({"optimizer": "adam", "optimizer_params": {"beta1": 0.8}})
    opt = trainer.optimizer
    assert isinstance(opt, torch.optim.Adam)
    assert opt.param_groups[0]["betas"] == (0.8, 0.999)
    assert opt.param_groups[0]["lr"] == 0.01
    assert trainer.project.training.optimizer == "adam"
    trainer.apply_settings({"optimizer_params": {"beta1": 0.5, "beta2": 0.9}})
    assert trainer.optimizer is opt and opt.param_groups[0]["betas"] == (0.5, 0.9)
    trainer.run(steps=3)
    assert trainer.step_count == 6
    for name, cls in (("rmsprop", torch.optim.RMSprop), ("adagrad", torch.optim.Adagrad),
                      ("adamw", torch.optim.AdamW), ("sgd", torch.optim.SGD)):
        trainer.apply_settings({"optimizer": name})
        assert isinstance(trainer.optimizer, cls)
        trainer.step()
    assert not trainer.diverged


class Recorder(Callback):
    def __init__(self, fail_at: int | None = None):
        self.events: list[tuple] = []
        self.fail_at = fail_at

    def on_train_start(self, trainer):
        self.events.append(("start", trainer.step_count))

    def on_after_backward(self, trainer):
        grads = [p.grad for p in trainer.model.parameters()]
        assert all(g is not None for g in grads)  # gradients exist, the step has not happened yet
        self.events.append(("backward", trainer.step_count))
        if self.fail_at is not None and trainer.step_count == self.fail_at:
            raise ValueError("boom")

    def on_batch_end(self, trainer, loss):
        assert loss.dim() == 0
        self.events.append(("batch", trainer.step_count))

    def on_epoch_end(self, trainer):
        self.events.append(("epoch", trainer.step_count, trainer.epoch))

    def on_exception(self, trainer, error):
        self.events.append(("exception", str(error)))


def test_callbacks_run_at_their_moments():
    rec = Recorder()
    trainer = Trainer.from_project(default_on(), callbacks=[rec])
    assert rec.events == []  # nothing before the first step
    trainer.run(epochs=2)
    kinds = [e[0] for e in rec.events]
    assert kinds.count("start") == 1 and rec.events[0] == ("start", 0)
    assert kinds.count("backward") == kinds.count("batch") == 50
    # the epoch ends with its last batch, not when the next one begins
    assert [e for e in rec.events if e[0] == "epoch"] == [("epoch", 25, 1.0), ("epoch", 50, 2.0)]
    assert rec.events[1:4] == [("backward", 0), ("batch", 1), ("backward", 1)]
    trainer.run(steps=1)
    assert [e[0] for e in rec.events].count("start") == 1


def test_on_exception_is_called_and_the_error_propagates():
    rec = Recorder(fail_at=2)
    trainer = Trainer.from_project(default_on(), callbacks=[rec])
    with pytest.raises(ValueError, match="boom"):
        trainer.run(steps=10)
    assert rec.events[-1] == ("exception", "boom")
    assert trainer.step_count == 2  # the failed step was not counted


class GradCapture(Callback):
    def on_after_backward(self, trainer):
        self.grads = {n: p.grad.detach().clone() for n, p in trainer.model.named_parameters()}


@pytest.mark.parametrize("kind", ["l1", "l2"])
def test_regularization_changes_the_gradient(kind):
    """Same weights, same batch: the penalty adds rate*sign(w) (L1) or 2*rate*w (L2) to the
    gradient of every weight matrix, and nothing to the biases."""
    rate = 0.01
    plain, reg = GradCapture(), GradCapture()
    a = Trainer.from_project(default_on(), callbacks=[plain])
    b = Trainer.from_project(default_on(regularization=kind, regularization_rate=rate), callbacks=[reg])
    initial = {n: p.detach().clone() for n, p in b.model.named_parameters()}
    a.step()
    b.step()
    assert plain.grads.keys() == reg.grads.keys() == initial.keys()
    for name, g in plain.grads.items():
        w = initial[name]
        if w.dim() > 1:
            extra = rate * torch.sign(w) if kind == "l1" else 2 * rate * w
            assert not torch.allclose(reg.grads[name], g)
        else:
            extra = torch.zeros_like(w)
        torch.testing.assert_close(reg.grads[name] - g, extra, atol=1e-6, rtol=1e-4)


def test_regularization_rate_zero_or_none_is_plain():
    plain, zero = GradCapture(), GradCapture()
    Trainer.from_project(default_on(), callbacks=[plain]).step()
    Trainer.from_project(default_on(regularization="l2", regularization_rate=0.0), callbacks=[zero]).step()
    assert all(torch.equal(plain.grads[n], zero.grads[n]) for n in plain.grads)


def test_epoch_counting():
    trainer = Trainer.from_project(default_on())
    assert (trainer.n_train, trainer.steps_per_epoch, trainer.epoch) == (250, 25, 0.0)
    trainer.run(epochs=3)
    assert trainer.step_count == 75 and trainer.epoch == 3.0
    trainer.run(steps=5)
    assert trainer.step_count == 80 and trainer.epoch == pytest.approx(3.2)
    # a batch size that does not divide the set: the short last batch still ends the epoch
    odd = Trainer.from_project(default_on(batch_size=16))
    assert odd.steps_per_epoch == 16
    odd.run(epochs=1)
    assert odd.epoch == 1.0 and odd.step_count == 16
    odd.step()
    assert odd.epoch == pytest.approx(1 + 16 / 250)
    # a batch larger than the training set is the whole set
    big = Trainer.from_project(default_on(batch_size=1000))
    assert big.batch_size == 250 and big.steps_per_epoch == 1
    big.step()
    assert big.epoch == 1.0


def test_evaluate_matches_a_direct_computation():
    trainer = trained(default_on(), 5)
    metrics = trainer.evaluate()
    t = trainer.tensors
    with torch.no_grad():
        trainer.model.eval()
        for x, y, loss, acc in ((t.x_train, t.y_train, metrics.train_loss, metrics.train_accuracy),
                                (t.x_test, t.y_test, metrics.test_loss, metrics.test_accuracy)):
            logits = trainer.model(x).reshape(-1)
            assert loss == pytest.approx(F.binary_cross_entropy_with_logits(logits, y.float()).item(), rel=1e-5)
            assert acc == pytest.approx(((logits > 0).long() == y).float().mean().item())
    # limit: only the first samples of each set
    limited = trainer.evaluate(limit=20)
    with torch.no_grad():
        logits = trainer.model(t.x_test[:20]).reshape(-1)
    assert limited.test_accuracy == pytest.approx(((logits > 0).long() == t.y_test[:20]).float().mean().item())
    # evaluation leaves no trace on training
    step = trainer.step_count
    trainer.step()
    assert trainer.step_count == step + 1 and trainer.model.training


def test_live_evaluation_scores_the_capped_sets_in_one_pass():
    trainer = trained(default_on(), 3)
    t = trainer.tensors
    with torch.no_grad():
        trainer.model.eval()
        for limit in (20, 35, 20):  # a changed limit is not served from the previous one's set
            metrics = trainer.evaluate(limit=limit)
            for x, y, loss, acc in ((t.x_train, t.y_train, metrics.train_loss, metrics.train_accuracy),
                                    (t.x_test, t.y_test, metrics.test_loss, metrics.test_accuracy)):
                logits = trainer.model(x[:limit]).reshape(-1)
                assert loss == pytest.approx(F.binary_cross_entropy_with_logits(logits, y[:limit].float()).item(),
                                             rel=1e-5)
                assert acc == pytest.approx(((logits > 0).long() == y[:limit]).float().mean().item())


def test_metrics_without_a_test_set():
    project = default_on()
    data = load_dataset(project.data.dataset, project.data.params)
    data.x_test, data.y_test = data.x_test[:0], data.y_test[:0]
    trainer = Trainer.from_project(project, data=data)
    for metrics in (trainer.evaluate(), trainer.evaluate(limit=50)):
        assert math.isfinite(metrics.train_loss) and metrics.train_accuracy is not None
        assert math.isnan(metrics.test_loss) and metrics.test_accuracy is None


def test_regression_metrics_have_no_accuracy():
    trainer = Trainer.from_project(chain_project([dense(4), dense(1, "Linear")], "plane", loss="mae"))
    metrics = trainer.evaluate()
    assert metrics.train_accuracy is None and metrics.test_accuracy is None
    t = trainer.tensors
    with torch.no_grad():
        expected = (trainer.predict(t.x_test).reshape(t.y_test.shape) - t.y_test).abs().mean().item()
    assert metrics.test_loss == pytest.approx(expected, rel=1e-5)


def test_projects_that_cannot_train_say_why():
    project = default_on()
    project.graph.set_param(4, "units", 2)  # BCE needs one unit
    with pytest.raises(TrainingError, match="exactly 1 output unit"):
        Trainer.from_project(project)
    if not torch.cuda.is_available():
        with pytest.raises(TrainingError, match="CUDA"):
            Trainer.from_project(default_on(), device="cuda")


def test_a_network_without_weights_is_refused_with_a_sentence():
    project = chain_project([("Sigmoid", {})], "plane", {"feature_x2": False}, loss="mse")
    with pytest.raises(TrainingError, match="nothing to learn"):
        Trainer.from_project(project)


def test_run_stops_on_request():
    class StopAt(Callback):
        def on_batch_end(self, trainer, loss):
            if trainer.step_count == 7:
                trainer.request_stop()

    trainer = Trainer.from_project(default_on(), callbacks=[StopAt()])
    trainer.run(steps=100)
    assert trainer.step_count == 7
    trainer.run(steps=3)  # a new run clears the request
    assert trainer.step_count == 10


# ----- probes ---------------------------------------------------------------------------------------
def test_probe_snapshot_of_a_plane_classifier():
    trainer = trained(default_on(), 10)
    snap = Probe(trainer).snapshot()
    assert set(snap.views) == {"plane", "link_weights", "confusion", "explain", "results"}
    plane, weights = snap.views["plane"], snap.views["link_weights"].weights
    assert snap.step == 250 and snap.epoch == 10.0 and snap.steps_per_epoch == 25
    assert snap.is_classification and 0 <= snap.test_accuracy <= 1
    assert plane.grid.shape == (GRID, GRID, 2)
    np.testing.assert_allclose(plane.grid.sum(-1), 1.0, atol=1e-5)
    assert plane.extent == trainer.data.extent == (-6.0, 6.0, -6.0, 6.0)
    assert snap.layer_names == ["Dense 2", "Dense 3", "Dense 4"] and snap.layer_ids == [2, 3, 4]
    assert snap.grad_norms.shape == snap.weight_norms.shape == (3,)
    assert (snap.grad_norms > 0).all() and (snap.weight_norms > 0).all()
    assert set(plane.neuron_maps) == {1, 2, 3, 4}  # the Input's features, and each Dense layer's units
    assert plane.neuron_maps[2].shape == (8, THUMB, THUMB) and plane.neuron_maps[4].shape == (1, THUMB, THUMB)
    assert {k: w.shape for k, w in weights.items()} == {2: (8, 2), 3: (8, 8), 4: (1, 8)}
    np.testing.assert_array_equal(weights[3], trainer.model.layers["3"][0].weight.detach().numpy())
    assert "curve" not in snap.views

    # the grid is the network over the plane: row follows x2 upward, column x1
    extent = plane.extent
    stride = GRID // THUMB
    xs = np.linspace(extent[0], extent[1], GRID, dtype=np.float32)[::stride]
    ys = np.linspace(extent[2], extent[3], GRID, dtype=np.float32)[::stride]
    xx, yy = np.meshgrid(xs, ys)
    # the input features over the plane (x1 along the columns, x2 up the rows), scaled into -1..1
    inputs = plane.neuron_maps[1]
    assert inputs.shape == (2, THUMB, THUMB) and not inputs.flags.writeable  # shared by every snapshot
    np.testing.assert_allclose(inputs[0], xx / np.abs(xx).max(), atol=1e-6)
    np.testing.assert_allclose(inputs[1], yy / np.abs(yy).max(), atol=1e-6)
    points = torch.as_tensor(np.stack([xx.ravel(), yy.ravel()], axis=1))
    with torch.no_grad():
        trainer.model.eval()
        hidden = trainer.model.layers["2"](points)
        logits = trainer.model(points).reshape(-1)
    p1 = torch.sigmoid(logits).numpy().reshape(THUMB, THUMB)
    np.testing.assert_allclose(plane.grid[::stride, ::stride, 1], p1, atol=1e-5)
    # each neuron's thumbnail is its activation over the plane (tanh: already within -1..1)
    np.testing.assert_allclose(plane.neuron_maps[2], hidden.T.numpy().reshape(8, THUMB, THUMB), atol=1e-5)
    # the output unit's map (a linear unit, scaled into -1..1) has the sign of the decision
    assert np.abs(plane.neuron_maps[4]).max() <= 1.0
    decided = plane.grid[::stride, ::stride, 1] > 0.5
    assert ((plane.neuron_maps[4][0] > 0) == decided).mean() > 0.99


def test_probe_column_pass_matches_the_general_pass():
    """Chains of Linear layers and activations take the fast points-as-columns pass; anything else
    (here a Dropout, an identity when evaluating) runs the model with hooks: same pictures."""
    layers = [dense(6, "ReLU"), dense(5, "Sigmoid"), dense(1, "Linear")]
    fast = Probe(Trainer.from_project(chain_project(layers, "circle")))
    general = Probe(Trainer.from_project(chain_project([*layers[:2], ("Dropout", {"rate": 0.5}), layers[2]],
                                                       "circle")))
    plane_fast, plane_general = fast.views[0], general.views[0]
    assert plane_fast.name == plane_general.name == "plane"
    assert plane_fast._columns is not None and plane_general._columns is None
    assert ColumnPass.of(fast.trainer.model, {99: nn.Linear(2, 2)}) is None  # a layer the chain does not run
    a, b = fast.snapshot().views["plane"], general.snapshot().views["plane"]
    np.testing.assert_allclose(a.grid, b.grid, atol=1e-5)
    maps_a, maps_b = a.neuron_maps, b.neuron_maps  # the Dropout takes a node id: compare in order
    assert len(maps_a) == len(maps_b) == 4  # the Input's features and three Dense layers
    for (_, fast_map), (_, general_map) in zip(sorted(maps_a.items()), sorted(maps_b.items()), strict=True):
        assert fast_map.shape == general_map.shape
        np.testing.assert_allclose(fast_map, general_map, atol=1e-5)


def test_probe_before_training_has_zero_gradients():
    trainer = Trainer.from_project(default_on())
    snap = Probe(trainer).snapshot()
    assert snap.step == 0 and snap.epoch == 0.0
    assert (snap.grad_norms == 0).all() and (snap.weight_norms > 0).all()


def test_probe_snapshot_of_k_classes():
    project = chain_project([dense(8), dense(4, "Softmax")], "blobs", {"n_classes": 4}, loss="cross_entropy")
    snap = Probe(trained(project, 2)).snapshot()
    plane = snap.views["plane"]
    assert plane.grid.shape == (GRID, GRID, 4)
    np.testing.assert_allclose(plane.grid.sum(-1), 1.0, atol=1e-5)
    assert (plane.grid >= 0).all()
    dense_ids = {n.id for n in project.graph.nodes_of_kind("Dense")}
    input_id = project.graph.nodes_of_kind("Input")[0].id
    assert set(plane.neuron_maps) == dense_ids | {input_id} and dense_ids == set(snap.layer_ids)
    assert sorted(plane.neuron_maps[i].shape for i in dense_ids) == [(4, THUMB, THUMB), (8, THUMB, THUMB)]


def test_probe_snapshot_of_a_function_fit():
    project = chain_project([dense(16), dense(1, "Linear")], "function", loss="mse")
    trainer = trained(project, 2)
    snap = Probe(trainer).snapshot()
    assert "plane" not in snap.views
    curve = snap.views["curve"].curve
    assert curve.shape == (200, 2)
    assert curve[0, 0] == trainer.data.extent[0] and curve[-1, 0] == trainer.data.extent[1]
    assert np.isfinite(curve).all()
    assert not snap.is_classification and snap.train_accuracy is None
    assert sorted(w.shape for w in snap.views["link_weights"].weights.values()) == [(1, 16), (16, 1)]


def test_probe_snapshot_of_digits_has_no_plane_views():
    layers = [("Conv2D", {"filters": 4}), ("MaxPool2D", {}), ("Flatten", {}), dense(10, "Linear")]
    project = chain_project(layers, "digits", loss="cross_entropy", batch_size=32, optimizer="adam")
    trainer = Trainer.from_project(project)
    trainer.run(steps=3)
    snap = Probe(trainer).snapshot(state="paused")
    assert not {"plane", "curve", "link_weights"} & set(snap.views)  # Dense 10 sees 64 inputs: too many to draw
    assert {"predictions", "feature_maps", "kernels", "confusion", "results"} <= set(snap.views)
    labels = [n.label for n in project.graph.nodes.values() if n.kind in ("Conv2D", "Dense")]
    assert snap.layer_names == labels and labels[0].startswith("Conv2D ") and labels[1].startswith("Dense ")
    assert (snap.grad_norms > 0).all()
    assert snap.state == "paused" and snap.step == 3


def test_probe_reports_the_divergence_message():
    trainer = Trainer.from_project(default_on(loss="mse", learning_rate=100.0))
    trainer.run(epochs=5)
    snap = Probe(trainer).snapshot(state="diverged")
    assert "diverged" in snap.message and np.isfinite(snap.views["plane"].grid).all()

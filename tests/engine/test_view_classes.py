"""The class views' probes (predictions, confusion, results): each payload against the same
numbers worked out straight from the model's torch forward pass and the data set's arrays."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
import torch
from torch.nn import functional as F

from playground.core.project import Project
from playground.engine.probes import LIVE_EVAL_LIMIT, Probe, trainer_task
from playground.engine.trainer import Trainer
from playground.engine.views import probe_class
from playground.engine.views.base import ProbeContext
from playground.engine.views.predictions import SAMPLES, as_uint8

from builders import chain_project, dense

DIGITS = {"limit": 400, "seed": 5}  # 320 training, 80 test images


pytestmark = pytest.mark.usefixtures("one_torch_thread")  # see tests/conftest.py


def digits_mlp(**training) -> Project:
    training.setdefault("loss", "cross_entropy")
    return chain_project([("Flatten", {}), dense(16), dense(10, "Linear")], "digits", DIGITS,
                         learning_rate=0.01, optimizer="adam", **training)


def run(project: Project, steps: int = 30) -> Trainer:
    trainer = Trainer.from_project(project)
    trainer.run(steps=steps)
    assert not trainer.diverged
    return trainer


def payload(trainer: Trainer, name: str, limit: int = LIVE_EVAL_LIMIT):
    """What `Probe.snapshot` hands the view: the capped evaluation first, then the probe."""
    probe = probe_class(name)(ProbeContext(trainer, trainer_task(trainer)))
    trainer.evaluate(limit=limit)
    return probe.payload(0.0)


@torch.no_grad()
def direct(trainer: Trainer, x: torch.Tensor) -> torch.Tensor:
    """The network's output computed by hand: the torch modules in build order, in eval mode."""
    trainer.model.eval()
    return trainer.model(x)


def test_predictions_are_the_networks_softmax_on_the_first_test_images():
    trainer = run(digits_mlp())
    pay = payload(trainer, "predictions")
    t = trainer.tensors
    x, y = t.x_test[:SAMPLES], t.y_test[:SAMPLES]
    probs = F.softmax(direct(trainer, x), dim=-1)
    assert pay.images.shape == (SAMPLES, 1, 8, 8) and pay.images.dtype == np.uint8
    # digits are 0..1 pixels: 0..255 bytes, not stretched to each batch's own range
    np.testing.assert_array_equal(pay.images, np.rint(x.numpy() * 255).astype(np.uint8))
    np.testing.assert_array_equal(pay.truth, y.numpy())
    np.testing.assert_array_equal(pay.predicted, probs.argmax(dim=1).numpy())
    np.testing.assert_allclose(pay.confidence, probs.max(dim=1).values.numpy(), rtol=1e-5)
    assert pay.class_names == tuple(str(d) for d in range(10)) and pay.part == "test"
    assert 0 < pay.wrong.sum() < SAMPLES  # 30 steps: some right, some wrong
    np.testing.assert_array_equal(pay.wrong, pay.predicted != y.numpy())


def test_predictions_reuse_the_snapshots_evaluation():
    """No forward pass of its own: the outputs come from the capped evaluation, so a probe asked
    after the weights changed but before the next evaluation still shows the snapshot's network."""
    trainer = run(digits_mlp())
    probe = probe_class("predictions")(ProbeContext(trainer, trainer_task(trainer)))
    trainer.evaluate(limit=LIVE_EVAL_LIMIT)
    before = probe.collect()
    calls = []
    trainer.predict = lambda *a, **k: calls.append(a)  # noqa: E731 (any forward pass would land here)
    again = probe.collect()
    assert calls == []
    np.testing.assert_array_equal(again.predicted, before.predicted)
    assert again.images is before.images  # made once, shared by every payload


def test_images_outside_0_1_are_scaled_into_bytes_over_their_shared_range():
    images = np.array([[[[-1.0, 0.0]]], [[[1.0, 3.0]]]], np.float32)  # (2, 1, 1, 2)
    out = as_uint8(images)
    np.testing.assert_array_equal(out.reshape(-1), [0, 64, 128, 255])


def test_confusion_counts_true_against_predicted_on_the_test_set():
    trainer = run(digits_mlp())
    pay = payload(trainer, "confusion")
    t = trainer.tensors
    predicted = direct(trainer, t.x_test).argmax(dim=1).numpy()
    truth = t.y_test.numpy()
    expected = np.zeros((10, 10), np.int64)
    for true, guess in zip(truth, predicted):
        expected[true, guess] += 1
    np.testing.assert_array_equal(pay.counts, expected)
    assert pay.scored == pay.available == len(truth) == 80
    assert pay.accuracy == pytest.approx((predicted == truth).mean())
    with np.errstate(invalid="ignore"):
        recall = np.array([(predicted[truth == k] == k).mean() if (truth == k).any() else np.nan
                           for k in range(10)])
    np.testing.assert_allclose(pay.recall, recall)


def test_confusion_follows_the_live_cap_and_says_how_many_it_left_out():
    trainer = run(digits_mlp())
    pay = payload(trainer, "confusion", limit=50)
    truth = trainer.tensors.y_test[:50].numpy()
    predicted = direct(trainer, trainer.tensors.x_test[:50]).argmax(dim=1).numpy()
    assert pay.scored == 50 and pay.available == 80
    np.testing.assert_array_equal(pay.counts.sum(axis=1), np.bincount(truth, minlength=10))
    np.testing.assert_array_equal(np.diag(pay.counts), np.bincount(truth[predicted == truth], minlength=10))


def test_class_views_fall_back_to_the_training_set_without_a_test_set():
    trainer = Trainer.from_project(digits_mlp())
    t = trainer.tensors
    trainer.tensors = dataclasses.replace(t, x_test=t.x_test[:0], y_test=t.y_test[:0])
    trainer.run(steps=10)
    confusion = payload(trainer, "confusion")
    predictions = payload(trainer, "predictions")
    assert confusion.part == predictions.part == "train"
    assert confusion.scored == confusion.available == 320
    np.testing.assert_array_equal(predictions.truth, t.y_train[:SAMPLES].numpy())
    results = payload(trainer, "results")
    assert [s.part for s in results.sets] == ["train"] and results.class_part == "train"


def test_binary_classification_reads_one_sigmoid_unit_as_two_classes():
    project = chain_project([dense(4), dense(1, "Linear")], "circle", {"samples": 200}, loss="bce",
                            learning_rate=0.03)
    trainer = run(project, steps=40)
    pay = payload(trainer, "confusion")
    t = trainer.tensors
    predicted = (direct(trainer, t.x_test).reshape(-1) > 0).long().numpy()  # sigmoid(z) > 0.5
    truth = t.y_test.numpy()
    expected = np.array([[np.sum((truth == a) & (predicted == b)) for b in (0, 1)] for a in (0, 1)])
    np.testing.assert_array_equal(pay.counts, expected)


def test_results_of_a_classifier_match_its_loss_accuracy_and_per_class_figures():
    trainer = run(digits_mlp())
    pay = payload(trainer, "results")
    t = trainer.tensors
    assert pay.loss_name == "Cross-entropy" and pay.step == 30
    assert pay.epoch == pytest.approx(trainer.epoch)
    for result, x, y in zip(pay.sets, (t.x_train, t.x_test), (t.y_train, t.y_test)):
        out = direct(trainer, x)
        assert result.loss == pytest.approx(float(F.cross_entropy(out, y)), rel=1e-5)
        assert result.accuracy == pytest.approx(float((out.argmax(dim=1) == y).float().mean()))
        assert result.scored == result.available == len(y) and not result.capped
        assert result.mae is None and result.r2 is None
    assert [s.part for s in pay.sets] == ["train", "test"]
    predicted = direct(trainer, t.x_test).argmax(dim=1).numpy()
    truth = t.y_test.numpy()
    for k in range(10):
        called_k, is_k = predicted == k, truth == k
        assert pay.support[k] == is_k.sum()
        right = (called_k & is_k).sum()
        if called_k.any():
            assert pay.precision[k] == pytest.approx(right / called_k.sum())
        else:
            assert np.isnan(pay.precision[k])  # never predicted: no precision to speak of
        assert pay.recall[k] == pytest.approx(right / is_k.sum())
    assert pay.class_names == tuple(str(d) for d in range(10)) and pay.class_part == "test"


def test_results_say_when_the_live_cap_applies():
    trainer = run(digits_mlp())
    pay = payload(trainer, "results", limit=64)
    assert [(s.scored, s.available, s.capped) for s in pay.sets] == [(64, 320, True), (64, 80, True)]
    t = trainer.tensors
    out = direct(trainer, t.x_test[:64])
    assert pay.sets[1].loss == pytest.approx(float(F.cross_entropy(out, t.y_test[:64])), rel=1e-5)
    assert pay.support.sum() == 64


def r2_weighted(pred: np.ndarray, true: np.ndarray) -> float:
    """sklearn's r2_score(..., multioutput="variance_weighted"), written out."""
    pred, true = pred.reshape(len(pred), -1), true.reshape(len(true), -1)
    return 1.0 - ((pred - true) ** 2).sum() / ((true - true.mean(axis=0)) ** 2).sum()


def test_results_of_a_regression_give_mae_and_r2():
    project = chain_project([dense(16), dense(1, "Linear")], "function", {"samples": 200}, loss="mse",
                            learning_rate=0.01, optimizer="adam")
    trainer = run(project, steps=80)
    pay = payload(trainer, "results")
    t = trainer.tensors
    assert pay.loss_name == "Mean squared error" and len(pay.class_names) == 0 and len(pay.precision) == 0
    for result, x, y in zip(pay.sets, (t.x_train, t.x_test), (t.y_train, t.y_test)):
        pred = direct(trainer, x).reshape(y.shape).numpy()
        true = y.numpy()
        assert result.loss == pytest.approx(float(((pred - true) ** 2).mean()), rel=1e-5)
        assert result.mae == pytest.approx(float(np.abs(pred - true).mean()), rel=1e-5)
        assert result.r2 == pytest.approx(r2_weighted(pred, true), abs=1e-5)
        assert result.accuracy is None
    assert pay.sets[1].r2 > 0.2  # 80 steps of Adam: better than the mean already


def test_results_of_an_autoencoder_weigh_each_pixel_by_its_spread():
    """R² over 64 outputs: pixels that never change (the digits' corners) add no spread, and
    must not turn the figure into a division by zero."""
    project = chain_project([("Flatten", {}), dense(16), dense(64, "Sigmoid")], "digits",
                            {**DIGITS, "target": "reconstruct"}, loss="mse", learning_rate=0.01,
                            optimizer="adam")
    trainer = run(project, steps=40)
    pay = payload(trainer, "results")
    t = trainer.tensors
    pred = direct(trainer, t.x_test).reshape(t.y_test.shape).numpy()
    true = t.y_test.numpy()
    test = pay.sets[1]
    assert test.mae == pytest.approx(float(np.abs(pred - true).mean()), rel=1e-5)
    assert test.r2 == pytest.approx(r2_weighted(pred, true), abs=1e-5)
    assert np.isfinite(test.r2)


def test_a_probe_publishes_the_class_views_in_every_settled_snapshot():
    """The real path: Probe finds the probes by view name and fills snap.views."""
    project = chain_project([dense(8), dense(4, "Linear")], "blobs", {"samples": 200},
                            loss="cross_entropy", learning_rate=0.03)
    trainer = run(project, steps=20)
    snap = Probe(trainer).snapshot(state="paused")
    confusion, results = snap.views["confusion"], snap.views["results"]
    assert "predictions" not in snap.views  # points, not images
    assert confusion.accuracy == pytest.approx(snap.test_accuracy)
    assert results.sets[0].loss == pytest.approx(snap.train_loss, rel=1e-6)
    assert results.sets[1].accuracy == pytest.approx(snap.test_accuracy)

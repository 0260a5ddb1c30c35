"""The autoencoder and regression views' probes (reconstructions, latent code, predicted vs true):
each payload against the same numbers computed straight from the model's torch layers."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from playground.core.project import Project
from playground.engine.data import load_dataset
from playground.engine.probes import LIVE_EVAL_LIMIT, trainer_task
from playground.engine.trainer import Trainer
from playground.engine.views import probe_class
from playground.engine.views.base import ProbeContext
from playground.engine.views.latent import GRID, sample_labels
from playground.engine.views.reconstructions import SAMPLES

from builders import chain_project, dense

DIGITS = {"target": "reconstruct", "limit": 300, "seed": 3}  # 240 training, 60 test images


pytestmark = pytest.mark.usefixtures("one_torch_thread")  # see tests/conftest.py


def autoencoder(code_units: int) -> Project:
    """Digits through Flatten, 16, the code, 16, 64 sigmoid pixels."""
    return chain_project([("Flatten", {}), dense(16), dense(code_units, "Linear"), dense(16),
                          dense(64, "Sigmoid")], "digits", DIGITS, loss="mse",
                         learning_rate=0.01, optimizer="adam")


def run(project: Project, steps: int = 40, **trainer_args) -> tuple[Trainer, ProbeContext]:
    trainer = Trainer.from_project(project, **trainer_args)
    trainer.run(steps=steps)
    return trainer, ProbeContext(trainer, trainer_task(trainer))


def payload_of(context: ProbeContext, name: str, probe=None):
    """What Probe.snapshot does for one view: the live evaluation first, then the payload."""
    probe = probe or probe_class(name)(context)
    context.trainer.evaluate(limit=LIVE_EVAL_LIMIT)
    return probe.payload(0.0)


def layers(trainer: Trainer, kinds: tuple[str, ...] = ("Flatten", "Dense")) -> list[int]:
    graph = trainer.project.graph
    return [nid for nid in graph.nodes if graph.nodes[nid].kind in kinds]


@torch.no_grad()
def through(trainer: Trainer, node_ids: list[int], x: torch.Tensor) -> torch.Tensor:
    """x through the given layers' torch modules, one after another: the computation written out."""
    for nid in node_ids:
        x = trainer.model.layers[str(nid)](x)
    return x


# ----- reconstructions ---------------------------------------------------------------------------
def test_reconstructions_are_the_models_output_for_the_first_test_images():
    trainer, context = run(autoencoder(4))
    p = payload_of(context, "reconstructions")
    x_test = trainer.tensors.x_test
    with torch.no_grad():
        out = trainer.model(x_test).reshape(x_test.shape)
    assert p.originals.shape == p.reconstructions.shape == (SAMPLES, 1, 8, 8)
    assert p.originals.dtype == p.reconstructions.dtype == np.float32
    np.testing.assert_array_equal(p.originals, trainer.data.x_test[:SAMPLES])
    np.testing.assert_allclose(p.reconstructions, out[:SAMPLES].numpy(), atol=1e-6)
    assert p.error == pytest.approx(float(((out - x_test) ** 2).mean()), rel=1e-5)
    assert p.scored == len(x_test) == 60 and p.part == "test"
    first = trainer.data.x_test[:SAMPLES]
    assert p.levels == (float(first.min()), float(first.max())) == (0.0, 1.0)
    assert 0.0 < p.error < 0.25  # a few steps in: better than nothing, far from perfect


def test_reconstructions_follow_training():
    trainer, context = run(autoencoder(4), steps=5)
    probe = probe_class("reconstructions")(context)
    before = payload_of(context, "reconstructions", probe)
    trainer.run(steps=300)
    after = payload_of(context, "reconstructions", probe)
    np.testing.assert_array_equal(before.originals, after.originals)  # the same samples all run
    assert after.error < 0.7 * before.error


# ----- latent code -------------------------------------------------------------------------------
def test_a_wide_code_is_shown_along_its_principal_components_coloured_by_digit():
    trainer, context = run(autoencoder(5))
    p = payload_of(context, "latent")
    flatten, first, code = layers(trainer)[:3]
    codes = through(trainer, [flatten, first, code], trainer.tensors.x_test).double().numpy()
    centred = codes - codes.mean(axis=0)
    _, s, vt = np.linalg.svd(centred, full_matrices=False)
    expected = centred @ vt[:2].T
    assert p.units == 5 and p.points.shape == (60, 2) and p.manifold is None
    for k in range(2):  # a component's sign is the probe's choice
        sign = np.sign(expected[:, k] @ p.points[:, k])
        np.testing.assert_allclose(p.points[:, k], sign * expected[:, k], atol=1e-4)
    assert p.explained == pytest.approx(tuple(s[:2] ** 2 / (s ** 2).sum()), rel=1e-4)
    labelled = load_dataset("digits", {**DIGITS, "target": "labels"})
    np.testing.assert_array_equal(p.labels, labelled.y_test)
    assert p.class_names == [str(d) for d in range(10)]


def test_the_principal_components_keep_their_side_from_one_payload_to_the_next():
    trainer, context = run(autoencoder(5))
    probe = probe_class("latent")(context)
    before = payload_of(context, "latent", probe)
    for _ in range(4):
        trainer.run(steps=1)  # the cloud barely moves: each axis must not flip
        after = payload_of(context, "latent", probe)
        for k in range(2):
            assert before.points[:, k] @ after.points[:, k] > 0
        before = after


def test_a_two_unit_code_is_drawn_as_is_with_the_decoder_over_its_plane():
    trainer, context = run(autoencoder(2))
    p = payload_of(context, "latent")
    flatten, first, code, *decoder = layers(trainer)
    codes = through(trainer, [flatten, first, code], trainer.tensors.x_test).numpy()
    np.testing.assert_allclose(p.points, codes, atol=1e-6)
    assert p.explained is None and p.units == 2
    lo, hi = codes.min(axis=0), codes.max(axis=0)
    assert p.extent == pytest.approx((lo[0], hi[0], lo[1], hi[1]))
    assert p.grid == GRID and p.manifold.shape == (GRID * GRID, 1, 8, 8) and p.manifold.dtype == np.uint8
    # row 0 at the top: the highest unit 2; column 0 at the left: the lowest unit 1
    u1, u2 = np.linspace(lo[0], hi[0], GRID), np.linspace(hi[1], lo[1], GRID)
    lattice = torch.tensor([[a, b] for b in u2 for a in u1], dtype=torch.float32)
    decoded = through(trainer, decoder, lattice).numpy().reshape(-1, 1, 8, 8)
    expected = np.clip(np.rint(decoded * 255.0), 0, 255)  # the digits' pixels span 0..1
    assert np.abs(p.manifold.astype(int) - expected).max() <= 1  # float rounding at .5
    assert p.manifold.std() > 0  # the decoder draws something, not one flat grey


def test_a_diverged_network_sends_an_empty_code_and_a_nan_error():
    trainer, context = run(autoencoder(5), steps=1)
    with torch.no_grad():
        for weight in trainer.model.parameters():
            weight.fill_(float("nan"))
    latent = payload_of(context, "latent")
    assert latent.points.shape == (0, 2) and latent.labels is None and latent.manifold is None
    assert math.isnan(payload_of(context, "reconstructions").error)


def test_the_code_is_coloured_by_the_labels_the_data_keeps():
    """Reconstructing images drops the labels from the targets, not from the data."""
    project = autoencoder(4)
    data = load_dataset("digits", DIGITS)
    labelled = load_dataset("digits", {**DIGITS, "target": "labels"})
    np.testing.assert_array_equal(data.labels_test, labelled.y_test)  # the same samples, same order
    np.testing.assert_array_equal(data.x_test, labelled.x_test)
    trainer = Trainer.from_project(project, data=data)
    labels, names = sample_labels(trainer, 10)
    assert names == labelled.class_names and list(labels) == list(labelled.y_test[:10])
    assert labelled.labels_test is None  # a classifier's classes are its targets


# ----- predicted vs true -------------------------------------------------------------------------
@pytest.mark.parametrize("dataset, params, layers_", [
    ("function", {"samples": 120}, [dense(8), dense(1, "Linear")]),
    ("plane", {"samples": 200, "noise": 0.2}, [dense(6), dense(1, "Linear")]),
    ("sine_next", {"samples": 120, "length": 6}, [("Flatten", {}), dense(8), dense(1, "Linear")]),
])
def test_fit_is_the_snapshots_test_predictions_against_the_targets(dataset, params, layers_):
    trainer, context = run(chain_project(layers_, dataset, params, loss="mse", learning_rate=0.03,
                                         optimizer="adam"),
                           steps=60)
    p = payload_of(context, "fit")
    with torch.no_grad():
        pred = trainer.model(trainer.tensors.x_test).reshape(-1).double().numpy()
    true = trainer.data.y_test.reshape(-1).astype(np.float64)
    assert p.true.shape == p.predicted.shape == (len(true),) and p.part == "test" and p.targets == 1
    np.testing.assert_allclose(p.true, true, rtol=1e-6)
    np.testing.assert_allclose(p.predicted, pred, atol=1e-5)
    r2 = 1.0 - ((true - pred) ** 2).sum() / ((true - true.mean()) ** 2).sum()
    assert p.r2 == pytest.approx(r2, abs=1e-5)
    assert p.mae == pytest.approx(np.abs(true - pred).mean(), rel=1e-5)
    assert -1.0 < p.r2 < 1.0 and math.isfinite(p.mae)


def test_fit_uses_the_snapshots_outputs_without_a_forward_pass_of_its_own():
    trainer, context = run(chain_project([dense(4), dense(1, "Linear")], "function", {"samples": 60}, loss="mse"))
    probe = probe_class("fit")(context)
    trainer.evaluate(limit=LIVE_EVAL_LIMIT)
    calls = []
    hook = trainer.model.register_forward_pre_hook(lambda *_: calls.append(1))
    flat = trainer._net.register_forward_pre_hook(lambda *_: calls.append(1))
    try:
        p = probe.payload(0.0)
    finally:
        hook.remove()
        flat.remove()
    assert calls == [] and len(p.true) == len(trainer.data.y_test)


def test_fit_of_constant_targets_has_no_r2():
    trainer, context = run(chain_project([dense(4), dense(1, "Linear")], "function", {"samples": 60}, loss="mse"))
    trainer.evaluate(limit=LIVE_EVAL_LIMIT)
    out, y, n_train = trainer.last_eval
    trainer.last_eval = (out, torch.full_like(y, 0.5), n_train)  # targets that do not vary
    p = probe_class("fit")(context).collect()
    assert math.isnan(p.r2) and math.isfinite(p.mae)

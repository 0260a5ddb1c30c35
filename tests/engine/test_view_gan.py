"""The GAN views' payloads against direct computations: D's score over the plane, G's samples, the
gradient arrows, the manifold, the generated images, the curves' figures and the words they say."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from builders import dense, gan_project

from playground.engine.gan_fit import grid_density, js_divergence
from playground.engine.payloads.gan_plane import FAKES, GRID, LATTICE
from playground.engine.payloads.gan_samples import SAMPLES
from playground.engine.probes import LIVE_EVAL_LIMIT, Probe
from playground.engine.trainer import Trainer
from playground.engine.views.gan_scores import FIT_SAMPLES, gan_notice, spread

pytestmark = pytest.mark.usefixtures("one_torch_thread")


def trained(project, steps: int = 50):
    trainer = Trainer.from_project(project)
    trainer.run(steps=steps)
    return trainer, Probe(trainer).snapshot(state="paused")


def test_a_plane_gan_gets_its_views_and_their_payloads_match_the_networks():
    trainer, snap = trained(gan_project("ring", batch_size=32))  # 2-D Gaussian noise
    assert set(snap.views) == {"gan_plane", "gan_scores"}
    plane = snap.views["gan_plane"]
    model = trainer.model
    x0, x1, y0, y1 = plane.extent
    with torch.no_grad():
        # the lattice's corner (x1 max, x2 min) is row 0, last column; its middle row is x2 ~ 0
        corner = torch.sigmoid(model.score(torch.tensor([[x1, y0]]))).item()
        fake = model.generate(trainer.fixed_noise(FAKES))
    assert plane.scores.shape == (GRID, GRID)
    assert plane.scores[0, -1] == pytest.approx(corner, abs=1e-5)
    np.testing.assert_allclose(plane.fake, fake.numpy(), atol=1e-6)
    # the arrows: D's score's gradient at each fake sample, by finite differences
    h = 1e-2
    with torch.no_grad():
        point = fake[:1]
        along_x = (torch.sigmoid(model.score(point + torch.tensor([[h, 0.0]]))) -
                   torch.sigmoid(model.score(point - torch.tensor([[h, 0.0]])))).item() / (2 * h)
    assert plane.gradients[0, 0] == pytest.approx(along_x, rel=0.05, abs=1e-4)
    # the manifold: a 15 x 15 lattice of Gaussian noise over -2..2 carried through G
    assert plane.manifold.shape == (LATTICE, LATTICE, 2)
    with torch.no_grad():
        assert plane.manifold[0, 0] == pytest.approx(model.generate(torch.tensor([[-2.0, -2.0]]))[0].numpy(), abs=1e-5)


def test_the_curves_payload_is_the_snapshots_figures_and_the_js_on_the_grid():
    trainer, snap = trained(gan_project("ring", batch_size=32))
    scores = snap.views["gan_scores"]
    metrics = trainer.evaluate(LIVE_EVAL_LIMIT)
    assert (scores.step, scores.d_loss, scores.g_loss) == (50, pytest.approx(metrics.d_loss),
                                                          pytest.approx(metrics.g_loss))
    assert (scores.d_real, scores.d_fake) == (pytest.approx(metrics.d_real), pytest.approx(metrics.d_fake))
    real = np.concatenate([trainer.data.points_train, trainer.data.points_test])
    with torch.no_grad():
        fake = trainer.model.generate(trainer.fixed_noise(FIT_SAMPLES)).numpy()
    expected = js_divergence(grid_density(real, trainer.data.extent), grid_density(fake, trainer.data.extent))
    assert scores.js == pytest.approx(expected)
    assert 0 <= scores.js <= 1 and math.isfinite(scores.kl)


def test_an_image_gan_shows_its_generated_images():
    project = gan_project("digits", [dense(32, "ReLU"), dense(64, "Sigmoid")], ["Flatten", dense(1, "Linear")],
                          batch_size=16)
    trainer, snap = trained(project, steps=5)
    assert set(snap.views) == {"gan_samples", "gan_scores"}
    samples = snap.views["gan_samples"]
    with torch.no_grad():
        expected = trainer.model.generate(trainer.fixed_noise(SAMPLES)).numpy()
    assert samples.images.shape == (SAMPLES, 1, 8, 8)
    np.testing.assert_allclose(samples.images, expected, atol=1e-6)
    assert samples.levels == (0.0, 1.0)
    assert math.isnan(snap.views["gan_scores"].js)  # no grid to compare images on


def test_the_notices_say_what_goes_wrong():
    assert gan_notice(0.6, 0.4, 1.0, 1.0) == ""
    assert gan_notice(0.6, 0.4, 0.05, 1.0).startswith("Mode collapse: G's samples have gathered")
    assert gan_notice(0.99, 0.01, 1.0, 1.0).startswith("D tells real from fake almost perfectly")
    assert "diverging" in gan_notice(math.nan, 0.5, 1.0, 1.0)
    assert gan_notice(0.6, 0.4, 1.0, 1.0, missed=0.4).startswith("G leaves out part of the data: 40% of the real")
    assert spread(np.zeros((10, 2))) == 0 and spread(np.array([[0.0, 0.0], [2.0, 2.0]])) == 1.0


def test_a_collapsed_generator_is_told():
    trainer = Trainer.from_project(gan_project("ring"))
    with torch.no_grad():  # G's last layer gives the same point whatever the noise
        last = trainer.model.generator.parameterised()[-1][2]
        last[0].zero_()
    snap = Probe(trainer).snapshot(state="paused")
    assert snap.views["gan_scores"].notice.startswith("Mode collapse")

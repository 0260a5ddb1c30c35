"""The GAN trainer: G and D built from the split graph, each round's updates touching only their own
network, the three games' losses, live settings, the divergence guard, export refused, and a seeded
ring GAN that learns the ring (JS divergence on a grid)."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
import torch
from builders import dense, gan_graph, gan_project
from hypothesis import event, given
from hypothesis import strategies as st

from playground.core.project import DataSettings, Project, TrainSettings, default_project, load_project
from playground.core.shapes import analyse
from playground.engine.data.toy import PLANE_EXTENT
from playground.engine.export.command import export_run, write_onnx
from playground.engine.export.kinds import GAN_REFUSED
from playground.engine.export.script import export_script
from playground.engine.export.source import ExportError
from playground.engine.gan import GanMetrics, GanTrainer, gan_loss
from playground.engine.gan_fit import grid_density, js_divergence, kl_divergence
from playground.engine.probes import LIVE_EVAL_LIMIT, Probe
from playground.engine.trainer import Trainer, TrainingError

pytestmark = pytest.mark.usefixtures("one_torch_thread")


def trainer_of(project: Project) -> GanTrainer:
    trainer = Trainer.from_project(project)
    assert isinstance(trainer, GanTrainer)
    return trainer


def layer_ids(part) -> list[int]:
    return [nid for nid, _, _ in part.parameterised()]


def test_generator_and_discriminator_are_built_from_their_halves_of_the_graph():
    trainer = trainer_of(gan_project("ring"))
    split = trainer.model.split
    assert layer_ids(trainer.model.generator) == list(split.generator[1:-1])
    assert layer_ids(trainer.model.discriminator) == list(split.discriminator[1:-1])
    z = trainer.noise(5)
    assert z.shape == (5, 2)
    assert trainer.model.generate(z).shape == (5, 2) and trainer.model(z).shape == (5, 1)


def test_an_image_gan_puts_the_generators_values_into_a_sample_shape():
    project = gan_project("digits", [dense(32, "ReLU"), dense(64, "Sigmoid")], ["Flatten", dense(1, "Linear")],
                          batch_size=16)
    trainer = trainer_of(project)
    assert trainer.model.generate(trainer.noise(3)).shape == (3, 1, 8, 8)
    trainer.run(steps=3)
    assert math.isfinite(trainer.evaluate(64).d_loss)


def test_a_network_with_nothing_to_learn_is_refused_in_words():
    with pytest.raises(TrainingError, match="G has nothing to learn: add a layer with weights"):
        Trainer.from_project(gan_project("ring", ["Tanh"]))  # noise squashed, nothing learnt


def test_each_update_changes_only_its_own_networks_weights():
    trainer = trainer_of(gan_project("ring", d_steps=2, g_steps=3, batch_size=16))
    g_params, d_params = list(trainer.model.generator.parameters()), list(trainer.model.discriminator.parameters())
    seen: list[str] = []

    def watch(optimizer, name):
        step = optimizer.step

        def watched(*args, **kwargs):
            before = [p.detach().clone() for p in g_params + d_params]
            result = step(*args, **kwargs)
            changed = [not torch.equal(b, p) for b, p in zip(before, g_params + d_params)]
            g_changed, d_changed = any(changed[:len(g_params)]), any(changed[len(g_params):])
            assert (g_changed, d_changed) == ((True, False) if name == "G" else (False, True))
            seen.append(name)
            return result
        optimizer.step = watched

    watch(trainer.d_optimizer, "D")
    watch(trainer.g_optimizer, "G")
    trainer.step()
    trainer.step()
    assert seen == ["D", "D", "G", "G", "G"] * 2  # k D steps, then G's, each round
    assert all(p.requires_grad for p in d_params)  # D's weights learn again in its next turn


@pytest.mark.parametrize("activation", ["Linear", "Sigmoid"])
def test_the_three_games_losses_at_an_undecided_discriminator(activation):
    # D says 0.5 for everything: a logit of 0, or a probability of 0.5 after a Sigmoid
    out = torch.zeros(4, 1) if activation == "Linear" else torch.full((4, 1), 0.5)
    log2 = math.log(2)
    for name, d, g in (("minimax", 2 * log2, -log2), ("non_saturating", 2 * log2, log2)):
        game = gan_loss(name, activation)
        assert game.d_loss(out, out).item() == pytest.approx(d, abs=1e-5)
        assert game.g_loss(out).item() == pytest.approx(g, abs=1e-5)
        assert game.score(out).mean().item() == pytest.approx(0.5)
    ls = gan_loss("least_squares", activation)
    half = torch.full((4, 1), 0.5)
    assert ls.d_loss(half, half).item() == pytest.approx(0.25) and ls.g_loss(half).item() == pytest.approx(0.125)


def test_metrics_are_ds_and_gs_losses_and_a_snapshot_carries_them():
    trainer = trainer_of(gan_project("ring"))
    metrics = trainer.evaluate(128)
    assert isinstance(metrics, GanMetrics)
    assert (metrics.train_loss, metrics.test_loss) == (metrics.d_loss, metrics.g_loss)
    assert 0 < metrics.d_real < 1 and 0 < metrics.d_fake < 1
    assert trainer.evaluate(128) == metrics  # fixed noise: the same figures for the same weights
    snap = Probe(trainer).snapshot()
    assert (snap.train_loss, snap.test_loss) == pytest.approx((trainer.evaluate(LIVE_EVAL_LIMIT).d_loss,
                                                              trainer.evaluate(LIVE_EVAL_LIMIT).g_loss))
    assert snap.learning_rate == pytest.approx(0.003)
    assert len(snap.grad_norms) == 6  # G's three Dense layers and D's


def test_live_settings_reach_each_network():
    trainer = trainer_of(gan_project("ring"))
    trainer.apply_settings({"d_learning_rate": 0.01, "g_optimizer": "sgd", "d_steps": 2, "learning_rate": 0.5})
    assert trainer.d_optimizer.param_groups[0]["lr"] == 0.01
    assert isinstance(trainer.g_optimizer, torch.optim.SGD)
    assert trainer.g_optimizer.param_groups[0]["params"][0] is next(trainer.model.generator.parameters())
    before = trainer._cursor
    trainer.step()
    assert trainer._cursor == before + 2 * trainer.batch_size  # two D steps a round now
    trainer.apply_settings({"gan_loss": "least_squares"})
    assert trainer.evaluate(64).d_loss < 2  # least squares figures, not log-loss ones
    plain = Trainer.from_project(default_project())  # a single network keeps a GAN setting without failing
    plain.apply_settings({"g_learning_rate": 0.02})
    assert plain.project.training.g_learning_rate == 0.02


def test_the_divergence_guard_restores_both_networks():
    trainer = trainer_of(gan_project("ring"))
    trainer.run(steps=5)
    good = [p.detach().clone() for p in trainer.model.parameters()]
    with torch.no_grad():
        next(trainer.model.discriminator.parameters()).fill_(math.nan)
    assert not trainer.check_finite()
    assert all(torch.equal(g, p) for g, p in zip(good, trainer.model.parameters()))
    assert "learning rates (D 0.003, G 0.003) are probably too high" in trainer.diverged


def test_exporting_a_gan_is_refused_in_words(tmp_path):
    project = gan_project("ring")
    for export in (lambda: export_script(project), lambda: write_onnx(project, tmp_path / "g.onnx"),
                   lambda: export_run(trainer_of(project), "weights", tmp_path / "g.pt")):
        with pytest.raises(ExportError) as info:
            export()
        assert str(info.value) == GAN_REFUSED
    assert not list(tmp_path.iterdir())


def test_the_grid_divergences():
    rng = np.random.default_rng(0)
    a, b = rng.normal(0, 1, (4000, 2)), rng.normal(0, 1, (4000, 2))
    p, q = grid_density(a, PLANE_EXTENT), grid_density(b, PLANE_EXTENT)
    assert p.sum() == pytest.approx(1) and js_divergence(p, q) < 0.02
    far = grid_density(a + 4.5, PLANE_EXTENT)
    assert js_divergence(p, far) > 0.9  # hardly any cell in common
    assert js_divergence(p, p) == 0 and kl_divergence(p, p) == 0
    assert math.isinf(kl_divergence(p, far))


RING_STEPS = 4000  # ~5 s on a 2-core machine
RING_JS = 0.15  # from ~1.0 at the start; two samples of the ring itself differ by ~0.05


def ring_js(trainer: GanTrainer) -> float:
    with torch.no_grad():
        fake = trainer.model.generate(trainer.fixed_noise(2000)).numpy()
    real = np.concatenate([trainer.data.points_train, trainer.data.points_test])
    return js_divergence(grid_density(real, PLANE_EXTENT), grid_density(fake, PLANE_EXTENT))


def test_a_seeded_ring_gan_learns_the_ring():
    trainer = trainer_of(gan_project("ring", data_params={"samples": 1000}, batch_size=64))
    start = ring_js(trainer)
    trainer.run(steps=RING_STEPS)
    assert not trainer.diverged
    assert start > 0.9 and ring_js(trainer) < RING_JS, (start, ring_js(trainer))


GAN_EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "assets" / "examples").glob("gan_*.json"))


@pytest.mark.parametrize("path", GAN_EXAMPLES, ids=lambda p: p.stem)
def test_every_gan_example_trains_and_its_export_is_refused(path):
    project = load_project(path)
    trainer = trainer_of(project)
    trainer.run(steps=3)
    metrics = trainer.evaluate(256)
    assert all(math.isfinite(v) for v in (metrics.d_loss, metrics.g_loss, metrics.d_real, metrics.d_fake))
    with pytest.raises(ExportError, match="A GAN cannot be exported yet"):
        export_script(project)


def test_there_are_three_gan_examples():
    assert [p.stem for p in GAN_EXAMPLES] == ["gan_digits", "gan_mixture", "gan_ring"]


def test_fixed_noise_keeps_its_first_draws_when_more_are_asked():
    trainer = trainer_of(gan_project("ring"))
    first = trainer.fixed_noise(300).clone()
    assert torch.equal(trainer.fixed_noise(9000)[:300], first)
    assert not torch.equal(trainer.noise(300), first)  # the training noise is another stream


_LAYER = st.one_of(
    st.builds(lambda u, a: dense(u, a), st.integers(1, 6), st.sampled_from(["ReLU", "Tanh", "Linear", "Sigmoid"])),
    st.sampled_from(["ReLU", "Tanh", "Flatten", ("Dropout", {"rate": 0.2}), "BatchNorm", "LayerNorm"]),
)


@given(generator=st.lists(_LAYER, max_size=3), discriminator=st.lists(_LAYER, max_size=3),
       g_out=st.sampled_from([2, 2, 64, 3]), d_out=st.sampled_from([1, 1, 2]), dim=st.integers(1, 3),
       dataset=st.sampled_from(["ring", "line", "circle", "function", "digits"]),
       game=st.sampled_from(["minimax", "non_saturating", "least_squares"]), real_input=st.booleans())
def test_any_small_gan_is_checked_in_words_or_trains(generator, discriminator, g_out, d_out, dim, dataset, game,
                                                      real_input):
    """Whatever G and D hold, the check answers with sentences; what it passes builds and trains."""
    graph, _ = gan_graph([*generator, dense(g_out, "Linear")], [*discriminator, dense(d_out, "Linear")],
                         noise={"dim": dim}, real_input=real_input)
    project = Project(graph, DataSettings(dataset, {"samples": 40} if dataset != "digits" else {"limit": 40}),
                      TrainSettings(device="cpu", batch_size=8, gan_loss=game))
    analysis = analyse(graph, dataset, project.data.params, "bce")
    assert all(isinstance(p.message, str) and p.message for p in analysis.problems)
    if not analysis.ok:
        event("refused by the check")
        with pytest.raises(TrainingError):
            Trainer.from_project(project)
        return
    assert analysis.gan is not None and dataset not in ("function",)
    try:
        trainer = Trainer.from_project(project)
    except TrainingError as exc:  # a network without weights is refused in words
        assert "has nothing to learn" in str(exc)
        return
    trainer.run(steps=2)
    assert isinstance(trainer.evaluate(16), GanMetrics)
    event("trained")

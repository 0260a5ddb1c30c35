"""Slow motion for a GAN: one round phase by phase (D's half: generate, score, loss, backward,
update, k times; then G's half). The phases' numbers equal a direct torch computation on the same
weights, noise and batch; D's update moves only D's weights and G's only G's; a stepped round
leaves the same weights as a normal round; a round left part-way changes nothing; and the worker
answers each `slow_step` with the next phase of the round, then a snapshot."""

from __future__ import annotations

import math

import pytest
import torch
import torch.nn.functional as F
from builders import gan_project

from playground.engine.gan import GanTrainer
from playground.engine.phases import GAN_PHASES, Phase
from playground.engine.runner import ThreadRunner
from playground.engine.snapshot import RunStatus, Snapshot
from playground.engine.trainer import Trainer

pytestmark = pytest.mark.usefixtures("one_torch_thread")

BATCH = 16


def trainer_of(**training) -> GanTrainer:
    trainer = Trainer.from_project(gan_project("ring", batch_size=BATCH, **training))
    assert isinstance(trainer, GanTrainer)
    return trainer


def linears(part) -> list[tuple[int, torch.nn.Linear]]:
    """(node id, its Linear) of each Dense layer of G or D, in order."""
    return [(nid, next(m for m in part.layers[str(nid)].modules() if isinstance(m, torch.nn.Linear)))
            for nid, _, _ in part.parameterised()]


def weights(module: torch.nn.Module) -> list[torch.Tensor]:
    return [p.detach().clone() for p in module.parameters()]


def same(a: list[torch.Tensor], b: list[torch.Tensor]) -> bool:
    return all(torch.equal(x, y) for x, y in zip(a, b, strict=True))


def mlp(x: torch.Tensor, layers: list[tuple[torch.Tensor, torch.Tensor]]) -> list[torch.Tensor]:
    """Each layer's output of a ReLU, ReLU, Linear chain (builders.gan_project's G and D)."""
    outs = []
    for i, (w, b) in enumerate(layers):
        x = x @ w.T + b
        x = torch.relu(x) if i < len(layers) - 1 else x
        outs.append(x)
    return outs


def norm(tensors) -> float:
    return math.sqrt(sum(float(t.square().sum()) for t in tensors))


def test_each_phase_equals_a_direct_torch_computation_on_the_same_weights():
    slow, normal = trainer_of(), trainer_of()
    assert same(weights(slow.model), weights(normal.model))
    g_lin, d_lin = linears(normal.model.generator), linears(normal.model.discriminator)
    g_before = [(lin.weight.detach().clone(), lin.bias.detach().clone()) for _, lin in g_lin]
    d_before = [(lin.weight.detach().clone(), lin.bias.detach().clone()) for _, lin in d_lin]

    # by hand: the batch a first round takes, the noise from the trainer's seed (weight_seed + 1)
    real = normal.tensors.x_train[normal._order[:BATCH]]
    noise = torch.Generator().manual_seed(normal.project.training.weight_seed + 1)
    z1 = torch.randn(BATCH, 2, generator=noise)
    g_outs = mlp(z1, g_before)
    fake = g_outs[-1]
    d_params = [t.clone().requires_grad_(True) for pair in d_before for t in pair]
    d_outs = mlp(torch.cat([real, fake]), list(zip(d_params[::2], d_params[1::2])))
    out = d_outs[-1]
    d_loss = F.softplus(-out[:BATCH]).mean() + F.softplus(out[BATCH:]).mean()  # the non-saturating game's D
    d_grads = torch.autograd.grad(d_loss, d_params)

    phases = list(slow.phased_step())
    assert [(p.network, p.name) for p in phases] == [("D", n) for n in GAN_PHASES] + [("G", n) for n in GAN_PHASES]
    assert [p.index for p in phases] == list(range(10)) and all(p.total == 10 for p in phases)
    assert [p.last for p in phases] == [False] * 9 + [True]
    assert all(isinstance(p, Phase) and p.step == 0 and p.batch_size == BATCH for p in phases)
    d_gen, d_score, d_lossp, d_back, d_update, g_gen, g_score, g_lossp, g_back, g_update = phases
    split = slow.model.split
    g_ids, d_ids = [nid for nid, _ in g_lin], [nid for nid, _ in d_lin]

    # D's half: G's layers on the first noise draw, D's on the first fake sample (row BATCH)
    assert d_gen.activations[split.noise_id] == pytest.approx(z1[0].numpy())
    for nid, direct in zip(g_ids, g_outs):
        assert d_gen.activations[nid] == pytest.approx(direct[0].numpy(), abs=1e-6)
        assert d_gen.activation_means[nid] == pytest.approx(float(direct.abs().mean()), rel=1e-5)
    assert d_gen.activations[split.marker_id] == pytest.approx(fake[0].numpy(), abs=1e-6)
    assert set(d_gen.activations) == set(split.generator)  # only G's cards light up
    for nid, direct in zip(d_ids, d_outs):
        assert d_score.activations[nid] == pytest.approx(direct[BATCH].detach().numpy(), abs=1e-6)
    assert d_score.activations[split.input_id] == pytest.approx(real[0].numpy())
    assert d_score.real_score == pytest.approx(float(torch.sigmoid(out[:BATCH].detach()).mean()), rel=1e-5)
    assert d_score.fake_score == pytest.approx(float(torch.sigmoid(out[BATCH:].detach()).mean()), rel=1e-5)
    assert d_lossp.loss == pytest.approx(float(d_loss.detach()), rel=1e-6)
    assert set(d_back.grad_norms) == set(d_ids)
    for i, nid in enumerate(d_ids):
        assert d_back.grad_norms[nid] == pytest.approx(norm(d_grads[2 * i:2 * i + 2]), rel=1e-5)

    # a normal round: D's weights after it are those after the slow round's D update (G's leaves D alone)
    normal.step()
    d_after = [(lin.weight.detach().clone(), lin.bias.detach().clone()) for _, lin in d_lin]
    assert set(d_update.weight_changes) == set(d_ids)
    for nid, (w0, b0), (w1, b1) in zip(d_ids, d_before, d_after):
        assert d_update.weight_changes[nid] == pytest.approx(norm([w1 - w0, b1 - b0]), rel=1e-5) and norm([w1 - w0]) > 0

    # G's half: fresh noise through G, then through D as it is after its update
    z2 = torch.randn(BATCH, 2, generator=noise)
    g_params = [t.clone().requires_grad_(True) for pair in g_before for t in pair]
    g_outs2 = mlp(z2, list(zip(g_params[::2], g_params[1::2])))
    d_outs2 = mlp(g_outs2[-1], d_after)
    g_loss = F.softplus(-d_outs2[-1]).mean()
    g_grads = torch.autograd.grad(g_loss, g_params)
    for nid, direct in zip(g_ids, g_outs2):
        assert g_gen.activations[nid] == pytest.approx(direct[0].detach().numpy(), abs=1e-6)
    for nid, direct in zip(d_ids, d_outs2):
        assert g_score.activations[nid] == pytest.approx(direct[0].detach().numpy(), abs=1e-5)
    assert g_score.real_score is None
    assert g_score.fake_score == pytest.approx(float(torch.sigmoid(d_outs2[-1].detach()).mean()), rel=1e-5)
    assert g_lossp.loss == pytest.approx(float(g_loss.detach()), rel=1e-5)
    assert set(g_back.grad_norms) == set(g_ids)
    for i, nid in enumerate(g_ids):
        assert g_back.grad_norms[nid] == pytest.approx(norm(g_grads[2 * i:2 * i + 2]), rel=1e-4)
    g_after = [(lin.weight.detach(), lin.bias.detach()) for _, lin in g_lin]
    for nid, (w0, b0), (w1, b1) in zip(g_ids, g_before, g_after):
        assert g_update.weight_changes[nid] == pytest.approx(norm([w1 - w0, b1 - b0]), rel=1e-5)
    assert d_update.learning_rate == slow.project.training.d_learning_rate
    assert g_update.learning_rate == slow.project.training.g_learning_rate


def test_d_updates_move_only_d_and_g_updates_only_g_and_a_stepped_round_equals_a_normal_one():
    slow, normal = trainer_of(d_steps=2, g_steps=2), trainer_of(d_steps=2, g_steps=2)
    g, d = slow.model.generator, slow.model.discriminator
    for _ in range(2):  # two rounds: the second starts from the first's optimizer states
        seen = []
        g_w, d_w = weights(g), weights(d)
        for phase in slow.phased_step():
            g_now, d_now = weights(g), weights(d)
            moved = ("G" if not same(g_w, g_now) else "") + ("D" if not same(d_w, d_now) else "")
            seen.append((phase.network, phase.turn, phase.name, moved))
            g_w, d_w = g_now, d_now
        assert seen == [(net, turn, name, net if name == "update" else "")
                        for net in "DG" for turn in (1, 2) for name in GAN_PHASES]
        normal.step()
        for a, b in zip(weights(slow.model), weights(normal.model), strict=True):
            torch.testing.assert_close(a, b, rtol=1e-6, atol=1e-7)
    assert slow.step_count == normal.step_count == 2 and slow.epoch == normal.epoch
    assert float(slow.last_g_loss.detach()) == pytest.approx(float(normal.last_g_loss.detach()), rel=1e-5)
    slow.step(), normal.step()  # and they go on together
    for a, b in zip(weights(slow.model), weights(normal.model), strict=True):
        torch.testing.assert_close(a, b, rtol=1e-6, atol=1e-7)


@pytest.mark.parametrize("phases_seen", [1, 3, 5, 9, 12])
def test_a_round_left_part_way_changes_nothing_even_after_ds_update(phases_seen):
    slow, untouched = trainer_of(d_steps=2), trainer_of(d_steps=2)
    for _ in range(3):
        slow.step(), untouched.step()
    phases = slow.phased_step()
    for _ in range(phases_seen):
        next(phases)
    phases.close()
    assert same(weights(slow.model), weights(untouched.model))
    assert all(p.requires_grad for p in slow.model.parameters())
    assert slow.step_count == untouched.step_count
    slow.step(), untouched.step()  # batch, noise and optimizer states put back: the same next round
    assert same(weights(slow.model), weights(untouched.model))


def test_the_worker_sends_a_gan_rounds_phases_on_request_then_a_snapshot():
    with ThreadRunner() as runner:
        runner.wait_for(lambda m: isinstance(m, RunStatus) and m.state == "ready", 60)
        runner.load(gan_project("ring", batch_size=BATCH))
        runner.wait_for(lambda m: isinstance(m, Snapshot))
        seen = []
        for i in range(2 * len(GAN_PHASES)):
            runner.slow_step()
            messages = runner.wait_for(lambda m: isinstance(m, Phase))
            phase = [m for m in messages if isinstance(m, Phase)][0]
            seen.append((phase.network, phase.name))
            if not phase.last:
                assert not any(isinstance(m, Snapshot) for m in messages)
        assert seen == [("D", n) for n in GAN_PHASES] + [("G", n) for n in GAN_PHASES]
        if not any(isinstance(m, Snapshot) for m in messages):
            messages = runner.wait_for(lambda m: isinstance(m, Snapshot))
        assert [m for m in messages if isinstance(m, Snapshot)][-1].step == 1


def test_a_round_left_part_way_puts_back_torchs_generator_too_so_dropout_draws_the_same_masks():
    from builders import dense

    def project():
        return gan_project("ring", discriminator=[dense(16, "ReLU"), ("Dropout", {"rate": 0.3}), dense(1, "Linear")],
                           batch_size=BATCH)

    torch.manual_seed(0)
    slow = Trainer.from_project(project())
    torch.manual_seed(0)
    normal = Trainer.from_project(project())
    torch.manual_seed(5)
    halted = slow.phased_step()
    for _ in range(7):  # past D's update
        next(halted)
    halted.close()
    list(slow.phased_step())
    torch.manual_seed(5)
    normal.step()
    for a, b in zip(weights(slow.model), weights(normal.model), strict=True):
        torch.testing.assert_close(a, b, rtol=1e-6, atol=1e-7)

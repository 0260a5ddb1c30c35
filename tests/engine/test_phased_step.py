"""Slow motion: one step in four phases (forward, loss, backward, update). Their numbers equal
a direct torch computation on the same weights and batch, the weights after the last phase equal
a normal step's, a step left part-way changes nothing, and the worker answers each `slow_step`
command with the next phase (and a snapshot after the update)."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from playground.engine.phases import PHASES, Phase
from playground.engine.runner import ThreadRunner
from playground.engine.snapshot import RunStatus, Snapshot
from playground.engine.trainer import Trainer

from builders import chain_project, dense

pytestmark = pytest.mark.usefixtures("one_torch_thread")


def project():
    return chain_project([dense(5, "Tanh"), dense(4, "ReLU"), dense(1, "Linear")], "circle", loss="bce",
                         optimizer="adam", learning_rate=0.03, regularization="l2", regularization_rate=0.01,
                         batch_size=8)


def linears(trainer: Trainer) -> list[tuple[int, torch.nn.Linear]]:
    """(node id, its Linear) of each Dense layer, in order."""
    found = []
    for nid, _, _ in trainer.model.parameterised():
        module = trainer.model.layers[str(nid)]
        found.append((nid, next(m for m in module.modules() if isinstance(m, torch.nn.Linear))))
    return found


def weights(trainer: Trainer) -> list[torch.Tensor]:
    return [p.detach().clone() for p in trainer.model.parameters()]


def close(a: torch.Tensor, b: torch.Tensor) -> None:
    """A slow step against a normal one: the normal step of a dense chain takes the fused numpy
    path (engine/fused), equal to autograd's within float32 rounding, not bit for bit."""
    torch.testing.assert_close(a, b, rtol=1e-5, atol=1e-6)


def test_each_phase_equals_a_direct_torch_computation_and_the_update_equals_a_normal_step():
    slow, normal = Trainer.from_project(project()), Trainer.from_project(project())
    for a, b in zip(weights(slow), weights(normal)):
        assert torch.equal(a, b)
    layers = linears(normal)
    before = [(lin.weight.detach().clone(), lin.bias.detach().clone()) for _, lin in layers]

    # the direct computation, by hand, on the batch a normal first step takes
    batch = normal._order[:8]
    x = normal.tensors.x_train[batch]
    y = normal.tensors.y_train[batch].float()
    params = [t.clone().requires_grad_(True) for pair in before for t in pair]
    (w1, b1), (w2, b2), (w3, b3) = zip(params[::2], params[1::2])
    h1 = torch.tanh(x @ w1.T + b1)
    h2 = torch.relu(h1 @ w2.T + b2)
    out = h2 @ w3.T + b3
    loss = F.binary_cross_entropy_with_logits(out.reshape(-1), y)
    penalty = 0.01 * sum((w * w).sum() for w in (w1, w2, w3))
    grads = torch.autograd.grad(loss + penalty, params)
    expected_norms = [math.sqrt(float(gw.square().sum() + gb.square().sum()))
                      for gw, gb in zip(grads[::2], grads[1::2])]

    phases = list(slow.phased_step())
    assert [p.name for p in phases] == list(PHASES)
    assert all(isinstance(p, Phase) and p.step == 0 and p.batch_size == 8 for p in phases)
    forward, lossp, backward, update = phases
    ids = [nid for nid, _ in layers]
    for nid, direct in zip(ids, (h1, h2, out)):
        assert forward.activations[nid] == pytest.approx(direct[0].detach().numpy(), abs=1e-6)
        assert forward.activation_means[nid] == pytest.approx(float(direct.detach().abs().mean()), rel=1e-5)
    assert forward.activations[slow.model.input_id] == pytest.approx(x[0].numpy())
    assert forward.loss is None and not forward.grad_norms
    assert lossp.loss == pytest.approx(float(loss.detach()), rel=1e-6)
    assert lossp.penalty == pytest.approx(float(penalty.detach()), rel=1e-6)
    for nid, norm in zip(ids, expected_norms):
        assert backward.grad_norms[nid] == pytest.approx(norm, rel=1e-5)
    assert backward.loss == lossp.loss and backward.activations.keys() == forward.activations.keys()

    normal.step()
    for a, b in zip(weights(slow), weights(normal)):
        close(a, b)
    assert slow.step_count == normal.step_count == 1 and slow.epoch == normal.epoch
    for (nid, lin), (w0, b0) in zip(layers, before):
        with torch.no_grad():
            moved = math.sqrt(float((lin.weight - w0).square().sum() + (lin.bias - b0).square().sum()))
        assert update.weight_changes[nid] == pytest.approx(moved, rel=1e-5)
        assert moved > 0
    # and the next steps stay together
    slow.step(), normal.step()
    for a, b in zip(weights(slow), weights(normal)):
        close(a, b)
    assert slow.fused  # the dense chain here trains on the fused path...
    flat = slow._fused.flat.grads  # ...whose gradients the snapshots read: still views of its buffer
    assert all(np.shares_memory(p.grad.numpy(), flat) for p in slow.model.parameters())


@pytest.mark.parametrize("phases_seen", [1, 2, 3])
def test_a_step_left_part_way_changes_nothing(phases_seen):
    slow, untouched = Trainer.from_project(project()), Trainer.from_project(project())
    for _ in range(3):  # somewhere inside the first epoch
        slow.step(), untouched.step()
    phases = slow.phased_step()
    for _ in range(phases_seen):
        next(phases)
    phases.close()
    for a, b in zip(weights(slow), weights(untouched)):
        assert torch.equal(a, b)
    assert slow.step_count == untouched.step_count and slow.epoch == untouched.epoch
    slow.step(), untouched.step()  # the batch was put back: the same next step
    for a, b in zip(weights(slow), weights(untouched)):
        assert torch.equal(a, b)


def test_a_phased_step_across_an_epoch_boundary_matches_too():
    slow, normal = Trainer.from_project(project()), Trainer.from_project(project())
    for _ in range(slow.steps_per_epoch):
        slow.step(), normal.step()
    halted = slow.phased_step()
    next(halted)  # starts the next epoch (a new shuffle), then left
    halted.close()
    assert list(p.name for p in slow.phased_step()) == list(PHASES)
    normal.step()
    for a, b in zip(weights(slow), weights(normal)):
        close(a, b)


def test_the_worker_sends_each_phase_on_request_then_a_snapshot():
    with ThreadRunner() as runner:
        runner.wait_for(lambda m: isinstance(m, RunStatus) and m.state == "ready", 60)
        runner.load(project())
        runner.wait_for(lambda m: isinstance(m, Snapshot))
        seen = []
        for name in PHASES:
            runner.slow_step()
            messages = runner.wait_for(lambda m: isinstance(m, Phase))
            seen.append([m for m in messages if isinstance(m, Phase)][0].name)
            if name != PHASES[-1]:
                assert not any(isinstance(m, Snapshot) for m in messages)  # the weights have not moved
        assert seen == list(PHASES)
        if not any(isinstance(m, Snapshot) for m in messages):
            messages = runner.wait_for(lambda m: isinstance(m, Snapshot))
        assert [m for m in messages if isinstance(m, Snapshot)][-1].step == 1
        # part-way, a normal step ends slow motion: that step is step 2, not a third of a step
        runner.slow_step()
        runner.wait_for(lambda m: isinstance(m, Phase))
        runner.step()
        snap = [m for m in runner.wait_for(lambda m: isinstance(m, Snapshot)) if isinstance(m, Snapshot)][-1]
        assert snap.step == 2
        runner.slow_step()  # a fresh slow step starts at its forward pass
        phase = [m for m in runner.wait_for(lambda m: isinstance(m, Phase)) if isinstance(m, Phase)][0]
        assert phase.name == "forward" and phase.step == 2

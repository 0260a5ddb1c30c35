"""The live evaluation is sized from the network's multiply-adds (engine/eval_size.py), never from a
timing: the same network scores the same samples everywhere; costly networks get fewer samples
(not under the floor) and smaller chunks; a settled snapshot still scores the first 2,048 of each set."""

from __future__ import annotations

import pytest
import torch
from torch import nn

from playground.engine import eval_size
from playground.engine.eval_size import (LIVE_EVAL_FLOOR, LIVE_EVAL_LIMIT, NetworkCost, eval_chunk,
                                         live_eval_limit, network_cost)
from playground.engine.probes import Probe
from playground.engine.snapshot import PAUSED, RUNNING
from playground.engine.trainer import Trainer

from builders import chain_project, dense

pytestmark = pytest.mark.usefixtures("one_torch_thread")  # see tests/conftest.py


def test_multiply_adds_are_counted_from_the_layer_shapes():
    net = nn.Sequential(nn.Conv2d(3, 8, 3, padding="same"), nn.ReLU(), nn.MaxPool2d(2),
                        nn.Flatten(), nn.Linear(8 * 16 * 16, 10))
    cost = network_cost(net, torch.zeros(5, 3, 32, 32))
    conv = 8 * 32 * 32 * 3 * 3 * 3  # every output value: in_channels x kernel
    relu, pool, flatten = 8 * 32 * 32, 8 * 16 * 16, 8 * 16 * 16
    assert cost == NetworkCost(conv + relu + pool + flatten + 10 * 2048, 8 * 32 * 32)


def test_a_recurrent_layer_counts_each_weight_matrix_once_a_step():
    rnn = nn.GRU(4, 6, batch_first=True)
    cost = network_cost(rnn, torch.zeros(1, 7, 4))
    assert cost.macs_per_sample == 7 * (3 * 6 * 4 + 3 * 6 * 6)


def test_the_size_rule():
    # small networks keep the cap, the costly ones get what the budget allows, never under the floor
    assert live_eval_limit(NetworkCost(100, 8)) == LIVE_EVAL_LIMIT
    per_sample = eval_size.EVAL_MACS_BUDGET // (2 * 1000)
    assert live_eval_limit(NetworkCost(per_sample, 8)) == 1000
    assert live_eval_limit(NetworkCost(10**9, 8)) == LIVE_EVAL_FLOOR
    assert live_eval_limit(None) == LIVE_EVAL_LIMIT
    assert live_eval_limit(NetworkCost(10**9, 8), cap=50) == 50  # a cap under the floor wins
    assert eval_chunk(NetworkCost(100, 8)) == eval_size.MAX_CHUNK
    assert eval_chunk(NetworkCost(100, 8 * 32 * 32)) == eval_size.ACTIVATION_BUDGET // 8192


def costly_cnn() -> Trainer:
    """Two wide convolutions on the bundled 8x8 digits: ~2.4 million multiply-adds a sample, more
    than the bench's CNN on CIFAR-sized images, on a set small enough for a test."""
    layers = [("Conv2D", {"filters": 64, "kernel_size": 3, "padding": "same", "activation": "ReLU"}),
              ("Conv2D", {"filters": 64, "kernel_size": 3, "padding": "same", "activation": "ReLU"}),
              "Flatten", dense(10, "Linear")]
    return Trainer.from_project(chain_project(layers, "digits", loss="cross_entropy", optimizer="adam"))


def test_a_costly_network_scores_fewer_samples_while_running_and_the_cap_at_rest():
    trainer = costly_cnn()
    cost = trainer.cost()
    assert cost.macs_per_sample > 64 * 64 * 9 * 64  # the second conv alone
    limit = live_eval_limit(cost)
    assert LIVE_EVAL_FLOOR <= limit < LIVE_EVAL_LIMIT
    probe = Probe(trainer)
    trainer.run(steps=3)
    probe.snapshot(RUNNING)
    out, y, n_train = trainer.last_eval
    assert n_train == min(limit, trainer.n_train) and len(y) == n_train + min(limit, len(trainer.tensors.y_test))
    # the same samples as the whole-set pass would score, the first of each set, chunk by chunk
    whole = trainer.predict(trainer.tensors.x_train[:n_train], chunk=n_train)
    torch.testing.assert_close(out[:n_train], whole, atol=1e-5, rtol=1e-4)
    probe.snapshot(PAUSED)
    assert trainer.last_eval[2] == min(LIVE_EVAL_LIMIT, trainer.n_train)


def test_a_small_network_keeps_every_sample_of_the_cap():
    trainer = Trainer.from_project(chain_project([dense(8), dense(1, "Linear")], "circle"))
    assert live_eval_limit(trainer.cost()) == LIVE_EVAL_LIMIT
    Probe(trainer).snapshot(RUNNING)
    assert trainer.last_eval[2] == min(LIVE_EVAL_LIMIT, trainer.n_train)

"""The trainer takes between steps exactly the settings that core calls live, and refuses the rest:
the window sends a live change to the running trainer and starts a new run for any other."""

from __future__ import annotations

from dataclasses import fields

import pytest

from playground.core.settings import LIVE_SETTINGS, TrainSettings
from playground.engine.trainer import Trainer, TrainingError

from builders import chain_project, default_on, dense

# a value each training setting can take that differs from default_project()'s
OTHER_VALUES = {"learning_rate": 0.1, "batch_size": 20, "regularization": "l2", "regularization_rate": 0.01,
                "epochs": 5, "optimizer": "adam", "optimizer_params": {"momentum": 0.5}, "loss": "mse",
                "loss_params": {}, "device": "cpu", "weight_seed": 7,
                # a GAN's (a single network keeps them; tests/engine/test_gan_trainer.py applies them to a GAN)
                "gan_loss": "least_squares", "d_optimizer": "sgd", "d_learning_rate": 0.01, "g_optimizer": "rmsprop",
                "g_learning_rate": 0.02, "d_steps": 2, "g_steps": 3}


@pytest.fixture(scope="module")
def trainer() -> Trainer:
    return Trainer.from_project(default_on())


def test_every_training_setting_has_a_value_here():
    assert set(OTHER_VALUES) == {f.name for f in fields(TrainSettings) if f.init}


@pytest.mark.parametrize("name", sorted(LIVE_SETTINGS - {"optimizer_params"}))
def test_a_live_setting_is_applied_between_steps(trainer, name):
    trainer.apply_settings({name: OTHER_VALUES[name]})
    assert getattr(trainer.project.training, name) == OTHER_VALUES[name]


def test_live_optimizer_options_are_applied_between_steps():
    trainer = Trainer.from_project(default_on())
    trainer.apply_settings({"optimizer_params": OTHER_VALUES["optimizer_params"]})
    assert trainer.optimizer.param_groups[0]["momentum"] == 0.5


@pytest.mark.parametrize("name", sorted(set(OTHER_VALUES) - LIVE_SETTINGS))
def test_any_other_setting_needs_a_new_run(trainer, name):
    with pytest.raises(TrainingError, match="cannot change during a run"):
        trainer.apply_settings({name: OTHER_VALUES[name]})


# each optimizer's settings that turn on state torch makes at the first step (momentum buffers),
# switched on mid-run and off again
TURNED_ON = [("sgd", {"momentum": 0.9}), ("sgd", {"momentum": 0.9, "nesterov": True}),
             ("rmsprop", {"momentum": 0.9}), ("adam", {"beta1": 0.5, "eps": 1e-6}),
             ("adamw", {"weight_decay": 0.1}), ("adagrad", {"lr_decay": 0.01})]


@pytest.mark.parametrize("optimizer, options", TURNED_ON)
def test_optimizer_options_turned_on_mid_run_on_autograd(optimizer, options):
    """A network the fused path does not take (Dropout) steps on after its optimizer's options change
    live, from their defaults and back, with its state kept."""
    trainer = Trainer.from_project(chain_project([dense(8), ("Dropout", {"rate": 0.1}), dense(1, "Linear")],
                                                 "circle", optimizer=optimizer, learning_rate=0.01))
    assert not trainer.fused
    trainer.run(steps=5)
    for change in (options, {}):
        trainer.apply_settings({"optimizer_params": change})
        trainer.run(steps=5)
        assert trainer.step_count % 5 == 0 and not trainer.diverged
        assert all(trainer.optimizer.state[p] for p in trainer.model.parameters())
    if optimizer == "rmsprop":  # the buffer made when momentum was turned on is kept, and used
        assert all("momentum_buffer" in trainer.optimizer.state[p] for p in trainer.model.parameters())

"""The trainer takes between steps exactly the settings that core calls live, and refuses the rest:
the window sends a live change to the running trainer and starts a new run for any other."""

from __future__ import annotations

from dataclasses import fields

import pytest

from playground.core.settings import LIVE_SETTINGS, TrainSettings
from playground.engine.trainer import Trainer, TrainingError

from builders import default_on

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

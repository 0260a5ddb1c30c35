"""Data and training settings: checked changes that announce themselves, like the Graph's edits."""

from __future__ import annotations

from dataclasses import fields

import pytest

from playground.core.project import Project, default_project, project_from_dict
from playground.core.settings import (LIVE_SETTINGS, DataSettings, SettingEvent, SettingEventType, SettingsError,
                                      TrainSettings)

CHANGED, RESET = SettingEventType.CHANGED, SettingEventType.RESET


def listened(settings: DataSettings | TrainSettings) -> list[SettingEvent]:
    events: list[SettingEvent] = []
    settings.subscribe(events.append)
    return events


def test_a_training_change_is_stored_coerced_and_announced():
    training = TrainSettings()
    events = listened(training)
    assert training.set("batch_size", 25.0) == 10  # the old value, for an undo
    assert training.batch_size == 25 and isinstance(training.batch_size, int)
    assert events == [SettingEvent(CHANGED, "training", "batch_size", 25)]


def test_setting_the_value_it_has_announces_nothing():
    training, data = TrainSettings(), DataSettings("circle", {"noise": 0.2})
    events = listened(training) + listened(data)
    training.set("learning_rate", 0.03)
    data.set("dataset", "circle")
    assert events == [] and data.params == {"noise": 0.2}  # the same data set keeps its options


@pytest.mark.parametrize("name, value, message", [
    ("learning_rate", 0, "Learning rate is 0 but must be at least"),
    ("batch_size", "ten", "Batch size must be a whole number"),
    ("device", "tpu", "must be one of auto, cpu, cuda, mps"),
    ("loss", "hinge", "unknown loss 'hinge'"),
    ("optimizer", ["adam"], "unknown optimizer"),
    ("optimizer_params", {"beta1": 0.9}, "sgd has no parameter 'beta1'"),  # an Adam option on SGD
    ("loss_params", "delta", "expected an object"),
    ("colour", "red", "There is no training setting 'colour'"),
])
def test_a_bad_training_change_is_refused_whole(name, value, message):
    training = TrainSettings()
    events = listened(training)
    with pytest.raises(SettingsError, match=message):
        training.set(name, value)
    assert training == TrainSettings() and events == []


def test_a_gpu_chosen_by_index_is_a_device_and_loads_back():
    project = default_project()
    project.training.set("device", "cuda:1")
    assert project_from_dict(project.to_dict()).training.device == "cuda:1"


def test_choosing_another_optimizer_or_loss_clears_the_options_of_the_old_one():
    training = TrainSettings(optimizer="sgd", optimizer_params={"momentum": 0.9},
                             loss="huber", loss_params={"delta": 2.0})
    events = listened(training)
    training.set("optimizer", "adam")
    training.set("loss", "mse")
    assert training.optimizer_params == {} and training.loss_params == {}
    assert [e.name for e in events] == ["optimizer", "loss"]  # one event a change, options included


def test_optimizer_options_are_checked_against_the_optimizer_and_copied():
    training = TrainSettings(optimizer="adam")
    options = {"beta1": 0.8}
    training.set("optimizer_params", options)
    options["beta1"] = 0.1
    assert training.optimizer_params == {"beta1": 0.8}


def test_a_data_option_is_checked_against_the_data_set_and_none_means_the_default():
    data = DataSettings("circle", {})
    events = listened(data)
    data.set("noise", 0.3)
    assert data.params == {"noise": 0.3}
    data.set("noise", None)
    assert data.params == {} and data.complete()["noise"] == 0.0
    assert [(e.section, e.name, e.value) for e in events] == [("data", "noise", 0.3), ("data", "noise", None)]
    with pytest.raises(SettingsError, match="Noise must be a number"):
        data.set("noise", "lots")
    with pytest.raises(SettingsError, match="has no option 'colour'"):
        data.set("colour", 1)
    with pytest.raises(SettingsError, match="unknown data set 'imagenet'"):
        data.set("dataset", "imagenet")
    assert data.params == {} and len(events) == 2


def test_another_data_set_starts_from_its_defaults():
    data = DataSettings("circle", {"noise": 0.3})
    events = listened(data)
    assert data.set("dataset", "xor") == "circle"
    assert (data.dataset, data.params) == ("xor", {})
    assert events == [SettingEvent(CHANGED, "data", "dataset", "xor")]


def test_replace_with_keeps_the_listeners_and_announces_a_reset():
    training = TrainSettings()
    events = listened(training)
    other = TrainSettings(optimizer="adam", optimizer_params={"beta1": 0.8})
    training.replace_with(other)
    assert training == other and events == [SettingEvent(RESET, "training")]
    other.optimizer_params["beta1"] = 0.5
    assert training.optimizer_params == {"beta1": 0.8}  # taken over, not shared
    training.set("epochs", 3)
    assert len(events) == 2


def test_copies_are_independent_and_deaf():
    project = default_project()
    events = listened(project.data) + listened(project.training)
    twin = project.copy()
    twin.data.set("noise", 0.4)
    twin.training.set("learning_rate", 0.5)
    assert events == [] and project.data.params == {} and project.training.learning_rate == 0.03
    assert twin.training._listeners == [] and twin.data._listeners == []


def test_unsubscribe_stops_the_events():
    data = DataSettings()
    events: list[SettingEvent] = []
    data.subscribe(events.append)
    data.unsubscribe(events.append)
    data.unsubscribe(events.append)  # a second time is harmless
    data.set("noise", 0.1)
    assert events == []


def test_the_project_names_its_two_sections():
    project = Project()
    assert project.settings("data") is project.data and project.settings("training") is project.training
    with pytest.raises(SettingsError, match="no 'graph' settings"):
        project.settings("graph")  # type: ignore[arg-type]


def test_the_live_settings_are_training_settings():
    names = {f.name for f in fields(TrainSettings) if f.init}
    assert LIVE_SETTINGS <= names
    # what a run is built from must stay out: these need a new run
    assert not LIVE_SETTINGS & {"loss", "loss_params", "device", "weight_seed"}

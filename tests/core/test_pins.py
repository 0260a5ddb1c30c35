"""Pinned runs: what differs between two projects in a few words, and pins kept in the project
file (older files without them still load; a damaged pin is refused with its place)."""

from __future__ import annotations

import json
import math

import pytest

from playground.core.pins import MAX_POINTS, make_pin, pin_label
from playground.core.project import ProjectError, default_project, load_project, project_from_dict

from builders import default_on


def pinned(project, seed: int | None = None):
    data = project.to_dict()
    if seed is not None:
        data["training"]["weight_seed"] = seed
    epochs = [i / 10 for i in range(1000)]
    series = {"train_loss": [1 / (1 + e) for e in epochs], "test_loss": [1.1 / (1 + e) for e in epochs],
              "train_acc": [math.nan] + [90.0] * 999, "test_acc": [math.nan] + [85.0] * 999}
    return make_pin(data, epochs, series, steps=5000)


def test_the_label_says_what_the_pinned_run_did_differently():
    before = default_on()
    pin = pinned(before)
    after = default_on()
    assert pin_label(pin, after.to_dict()) == "pinned: the same settings"
    after.training.optimizer = "adam"
    after.training.learning_rate = 0.1
    after.graph.set_param(2, "units", 4)
    label = pin_label(pin, after.to_dict())
    assert label == "pinned: learning rate 0.03, optimizer sgd, Dense 2 units 8"
    after.graph.remove_node(3)
    after.data.dataset = "xor"
    assert "data circle" in pin_label(pin, after.to_dict()) and "and 2 more" in pin_label(pin, after.to_dict())


def test_other_initial_weights_are_named():
    project = default_on()
    pin = pinned(project, seed=1234)
    assert pin_label(pin, project.to_dict()) == "pinned: other initial weights"


def test_a_pin_is_thinned_and_keeps_its_ends():
    pin = pinned(default_on())
    assert len(pin.epochs) == MAX_POINTS == len(pin.series["test_loss"])
    assert pin.epochs[0] == 0.0 and pin.epochs[-1] == 99.9
    assert pin.final("test_acc") == 85.0 and pin.final("test_loss") == pytest.approx(1.1 / 100.9)


def test_pins_survive_save_and_open(tmp_path):
    project = default_project()
    project.pins = [pinned(default_on()), pinned(default_on(), seed=7)]
    path = tmp_path / "net.json"
    project.save(path)
    text = path.read_text()
    assert "NaN" not in text and "pins" in json.loads(text)
    again = load_project(path)
    assert again.to_dict() == project.to_dict()
    assert math.isnan(again.pins[0].series["train_acc"][0])
    assert again.pins[1].project["training"]["weight_seed"] == 7


def test_a_project_without_pins_is_written_as_before():
    data = default_project().to_dict()
    assert "pins" not in data
    assert project_from_dict(data).pins == []


@pytest.mark.parametrize("pins, place", [
    ({"a": 1}, "pins: expected a list"),
    ([3], "pins[0]: expected an object"),
    ([{"project": {}, "epochs": [0, 1], "series": {"test_loss": [1.0]}}], "pins[0].series.test_loss"),
    ([{"project": {}, "epochs": [0, "x"], "series": {}}], "pins[0].epochs"),
    ([{"project": {}, "epochs": [], "series": {}, "steps": -1}], "pins[0].steps"),
    ([{"epochs": [], "series": {}}], "pins[0].project"),
])
def test_a_damaged_pin_is_refused_with_its_place(pins, place):
    data = default_project().to_dict()
    data["pins"] = pins
    with pytest.raises(ProjectError, match=place.replace("[", r"\[").replace("]", r"\]")):
        project_from_dict(data)

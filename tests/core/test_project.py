"""Project files: round trips, and a clear ProjectError (what and where) for every bad file."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from playground.core.graph import Graph
from playground.core.project import (FORMAT, VERSION, DataSettings, Project, ProjectError, TrainSettings,
                                     default_project, load_project, project_from_dict, project_from_json)
from playground.core.shapes import analyse

EXAMPLES = Path(__file__).resolve().parents[2] / "assets" / "examples"


def good() -> dict:
    return default_project().to_dict()


def error_of(data) -> str:
    with pytest.raises(ProjectError) as info:
        project_from_dict(data)
    return str(info.value)


def file_error(path) -> str:
    with pytest.raises(ProjectError) as info:
        load_project(path)
    return str(info.value)


def a_richer_project() -> Project:
    g = Graph()
    inp = g.add_node("Input", x=0, y=0)
    a = g.add_node("Dense", {"units": 16, "activation": "ReLU", "init": "kaiming_normal"}, x=220, y=-120)
    b = g.add_node("Dense", {"units": 16, "activation": "GELU", "bias": False}, x=220, y=120)
    cat = g.add_node("Concat", x=440, y=0)
    drop = g.add_node("Dropout", {"rate": 0.25}, x=660, y=0)
    last = g.add_node("Dense", {"units": 3, "activation": "Linear"}, x=880, y=0)
    out = g.add_node("Output", x=1100, y=0)
    for s, t in ((inp, a), (inp, b), (a, cat), (b, cat), (cat, drop), (drop, last), (last, out)):
        g.connect(s.id, t.id)
    g.move_node(drop.id, 661.5, -3.25)
    return Project(g, DataSettings("spirals", {"n_classes": 3, "noise": 0.2, "feature_x1_sq": True}),
                   TrainSettings(loss="cross_entropy", optimizer="adamw",
                                 optimizer_params={"weight_decay": 0.05, "beta1": 0.8},
                                 learning_rate=0.005, batch_size=32, regularization="l2",
                                 regularization_rate=0.0001, epochs=200, device="cpu", weight_seed=7),
                   "Three spirals, two branches")


# ----- round trips -----------------------------------------------------------------------------
@pytest.mark.parametrize("make", [default_project, a_richer_project])
def test_round_trip_through_a_file(tmp_path, make):
    project = make()
    path = tmp_path / "p.json"
    project.save(path)
    loaded = load_project(path)
    assert loaded.to_dict() == project.to_dict()
    assert loaded == project
    assert loaded.graph.to_dict() == project.graph.to_dict()
    assert [p.name for p in tmp_path.iterdir()] == ["p.json"]  # no temporary file left behind
    assert json.loads(path.read_text())["version"] == VERSION


def test_round_trip_through_json_text():
    project = a_richer_project()
    assert project_from_json(project.to_json()) == project
    data = project.to_dict()
    assert data["format"] == FORMAT and data["title"] == "Three spirals, two branches"
    assert data["training"]["optimizer_params"] == {"weight_decay": 0.05, "beta1": 0.8}


def test_loaded_graph_gives_new_ids_after_the_largest(tmp_path):
    project = a_richer_project()
    project.save(tmp_path / "p.json")
    graph = load_project(tmp_path / "p.json").graph
    largest = max([*graph.nodes, *graph.links])
    assert graph.add_node("Dense").id == largest + 1


def test_save_overwrites_an_existing_file(tmp_path):
    path = tmp_path / "p.json"
    path.write_text("old")
    default_project().save(path)
    assert load_project(path) == default_project()


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_crash_mid_save_leaves_the_old_file_whole(tmp_path, monkeypatch, failing):
    """The new text reaches the disk before it takes the file's name: a failure at either point
    (a full disk, a crash) keeps the old project, and no temporary file stays behind."""
    path = tmp_path / "p.json"
    a_richer_project().save(path)
    before = path.read_bytes()

    def crash(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(f"playground.core.atomic_file.os.{failing}", crash)
    with pytest.raises(OSError):
        default_project().save(path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.json"]


def test_save_writes_through_fsync_then_renames(tmp_path, monkeypatch):
    import os

    calls = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr("playground.core.atomic_file.os.fsync", lambda fd: calls.append("fsync") or real_fsync(fd))
    monkeypatch.setattr("playground.core.atomic_file.os.replace",
                        lambda a, b: calls.append("replace") or real_replace(a, b))
    default_project().save(tmp_path / "p.json")
    assert calls[:2] == ["fsync", "replace"]


def test_save_keeps_the_file_mode(tmp_path):
    path = tmp_path / "p.json"
    path.write_text("old")
    path.chmod(0o640)
    default_project().save(path)
    assert path.stat().st_mode & 0o777 == 0o640
    fresh = tmp_path / "fresh.json"
    default_project().save(fresh)
    assert fresh.stat().st_mode & 0o044  # others may read a new project, as with any new file


def test_copy_is_independent():
    project = a_richer_project()
    twin = project.copy()
    assert twin == project
    twin.graph.set_param(2, "units", 5)
    twin.data.params["noise"] = 0.5
    twin.training.learning_rate = 1.0
    assert project.graph.nodes[2].params["units"] == 16
    assert project.data.params["noise"] == 0.2 and project.training.learning_rate == 0.005


def test_default_project_validates():
    project = default_project()
    a = analyse(project.graph, project.data.dataset, project.data.params, project.training.loss)
    assert a.ok and a.problems == []
    assert (project.data.dataset, project.training.loss, project.training.optimizer) == ("circle", "bce", "sgd")
    assert project.training.full_optimizer_params() == {"momentum": 0.0, "nesterov": False}
    assert project.data.complete()["samples"] == 500


def test_optional_fields_take_their_defaults():
    data = good()
    del data["title"]
    for key in ("loss", "optimizer", "learning_rate", "loss_params", "optimizer_params", "device"):
        del data["training"][key]
    del data["data"]["params"]
    del data["graph"]["nodes"][1]["params"]
    project = project_from_dict(data)
    assert project.title == "Untitled"
    assert project.training.loss == "bce" and project.training.learning_rate == 0.03
    assert project.graph.nodes[2].params["units"] == 8
    assert project.data.params == {}


def test_the_examples_all_load():
    paths = sorted(EXAMPLES.glob("*.json"))
    assert len(paths) >= 10
    for path in paths:
        project = load_project(path)
        assert project.title and project.title != "Untitled", path.name


# ----- bad files: the top level ---------------------------------------------------------------
def test_not_json_names_line_and_column(tmp_path):
    path = tmp_path / "p.json"
    path.write_text('{\n  "format": "neural-playground-project",\n  "version": 1,,\n}')
    message = file_error(path)
    assert message.startswith("The file is not valid JSON (line 3, column 16")


@pytest.mark.parametrize("data", [[1, 2], "project", 3, None])
def test_not_an_object(data):
    assert error_of(data) == "The file does not hold a project (expected a JSON object)."


@pytest.mark.parametrize("fmt", ["tensorflow-playground", None, 1])
def test_wrong_or_missing_format(fmt):
    data = good()
    if fmt is None:
        del data["format"]
    else:
        data["format"] = fmt
    assert error_of(data).startswith("format: this is not a Neural Playground project")


def test_newer_version():
    data = good()
    data["version"] = VERSION + 1
    assert error_of(data) == (f"version: the file is version {VERSION + 1}, newer than this app reads "
                              f"({VERSION}); update Neural Playground.")


@pytest.mark.parametrize("version", ["missing", "1", 1.0, True, None])
def test_missing_or_bad_version(version):
    data = good()
    if version == "missing":
        del data["version"]
    else:
        data["version"] = version
    assert error_of(data) == "version: the field is missing or not a whole number"


def test_version_zero():
    data = good()
    data["version"] = 0
    assert error_of(data) == "version: 0 is not a valid version"


@pytest.mark.parametrize("key", ["graph", "data", "training"])
def test_missing_sections(key):
    data = good()
    del data[key]
    assert error_of(data) == f"project: the field '{key}' is missing"


@pytest.mark.parametrize("key", ["graph", "data", "training"])
def test_sections_of_the_wrong_type(key):
    data = good()
    data[key] = [1]
    assert error_of(data) == f"project.{key}: expected an object, found [1]"


@pytest.mark.parametrize("key", ["nodes", "links"])
def test_missing_graph_lists(key):
    data = good()
    del data["graph"][key]
    assert error_of(data) == f"graph: the field '{key}' is missing"
    data["graph"][key] = {"a": 1}
    assert error_of(data) == f'graph.{key}: expected a list, found {{"a": 1}}'


# ----- bad nodes and links ----------------------------------------------------------------------
@pytest.mark.parametrize("field", ["id", "kind", "x", "y"])
def test_missing_node_fields(field):
    data = good()
    del data["graph"]["nodes"][2][field]
    assert error_of(data) == f"graph.nodes[2]: the field '{field}' is missing"


@pytest.mark.parametrize("field, value, expected", [
    ("id", "2", "a whole number"), ("id", 2.0, "a whole number"), ("id", True, "a whole number"),
    ("kind", 5, "text"), ("x", "10", "a number"), ("y", None, "a number"), ("x", False, "a number"),
])
def test_wrong_node_field_types(field, value, expected):
    data = good()
    data["graph"]["nodes"][1][field] = value
    assert error_of(data) == f"graph.nodes[1].{field}: expected {expected}, found {json.dumps(value)}"


def test_node_that_is_not_an_object():
    data = good()
    data["graph"]["nodes"][3] = "Dense"
    assert error_of(data) == "graph.nodes[3]: expected an object"


def test_unknown_layer_kind():
    data = good()
    data["graph"]["nodes"][2]["kind"] = "Transformer"
    assert error_of(data) == "graph.nodes[2].kind: unknown layer kind 'Transformer'"


@pytest.mark.parametrize("units, bound", [(0, "at least 1"), (5000, "at most 4096")])
def test_out_of_range_parameter(units, bound):
    data = good()
    data["graph"]["nodes"][1]["params"]["units"] = units
    assert error_of(data) == f"graph.nodes[1].params: Units is {units} but must be {bound}"


@pytest.mark.parametrize("params, expected", [
    ({"units": "8"}, "graph.nodes[1].params: Units must be a whole number, not '8'"),
    ({"units": True}, "graph.nodes[1].params: Units must be a whole number, not True"),
    ({"activation": "Swish"}, "graph.nodes[1].params: Activation must be one of Linear, ReLU"),
    ({"neurons": 8}, "graph.nodes[1].params: Dense has no parameter 'neurons' (it has: units, activation, "
                     "bias, init)"),
    ({"units": 10**400}, "graph.nodes[1].params.units: the number is far too large for any setting"),
    ({"units": 10**305}, "graph.nodes[1].params: Units is far too large"),
])
def test_bad_parameter_values(params, expected):
    data = good()
    data["graph"]["nodes"][1]["params"].update(params)
    assert error_of(data).startswith(expected)


def test_parameters_that_are_not_an_object():
    data = good()
    data["graph"]["nodes"][1]["params"] = [8]
    assert error_of(data) == "graph.nodes[1].params: expected an object"


def test_non_finite_position():
    data = good()
    data["graph"]["nodes"][1]["x"] = float("nan")
    assert error_of(data).startswith("graph.nodes[1].x: the position NaN is not a point on the canvas")


def test_duplicate_node_ids():
    data = good()
    data["graph"]["nodes"][3]["id"] = 2
    assert error_of(data) == "graph.nodes[3].id: the id 2 is used twice"


def test_negative_ids():
    data = good()
    data["graph"]["nodes"][0]["id"] = -1
    assert error_of(data) == "graph.nodes[0].id: ids must not be negative, found -1"
    data = good()
    data["graph"]["links"][0]["id"] = -4
    assert error_of(data) == "graph.links[0].id: ids must not be negative, found -4"


def test_link_id_used_by_a_node_or_another_link():
    data = good()
    data["graph"]["links"][0]["id"] = 3  # a node's id
    assert error_of(data) == "graph.links[0].id: the id 3 is used twice"
    data = good()
    data["graph"]["links"][1]["id"] = data["graph"]["links"][0]["id"]
    assert error_of(data).startswith("graph.links[1].id: the id")


@pytest.mark.parametrize("field", ["id", "source", "target"])
def test_missing_link_fields(field):
    data = good()
    del data["graph"]["links"][1][field]
    assert error_of(data) == f"graph.links[1]: the field '{field}' is missing"


@pytest.mark.parametrize("end", ["source", "target"])
def test_link_to_a_missing_node(end):
    data = good()
    data["graph"]["links"][2][end] = 42
    assert error_of(data) == f"graph.links[2].{end}: there is no node 42"


def test_link_from_the_output():
    data = good()
    data["graph"]["links"].append({"id": 50, "source": 5, "target": 2})
    assert error_of(data) == "graph.links[4]: Output has no output to link from"


def test_link_into_the_input():
    data = good()
    data["graph"]["links"].append({"id": 50, "source": 2, "target": 1})
    assert error_of(data) == "graph.links[4]: Input has no input to link into"


def test_two_inputs_into_a_dense():
    data = good()
    data["graph"]["links"].append({"id": 50, "source": 1, "target": 3})
    assert error_of(data) == "graph.links[4]: Dense 3 would have two inputs"


def test_the_same_link_twice_into_a_merge_node():
    data = good()
    data["graph"]["nodes"].append({"id": 60, "kind": "Add", "params": {}, "x": 0, "y": 0})
    data["graph"]["links"] += [{"id": 61, "source": 2, "target": 60}, {"id": 62, "source": 2, "target": 60}]
    assert error_of(data) == "graph.links[5]: Dense 2 already feeds Add 60"


def test_a_loop_loads_so_the_canvas_can_show_it():
    data = good()
    data["graph"]["nodes"].append({"id": 60, "kind": "Add", "params": {}, "x": 0, "y": 0})
    data["graph"]["links"] += [{"id": 61, "source": 3, "target": 60}, {"id": 62, "source": 60, "target": 3}]
    data["graph"]["links"] = [l for l in data["graph"]["links"] if l["target"] != 3 or l["source"] == 60]
    project = project_from_dict(data)
    a = analyse(project.graph, "circle", {}, "bce")
    assert {p.node_id for p in a.errors} == {3, 60}


# ----- bad data and training sections ---------------------------------------------------------
def test_unknown_dataset():
    data = good()
    data["data"]["dataset"] = "imagenet"
    message = error_of(data)
    assert message.startswith("data.dataset: unknown data set 'imagenet' (known: circle, xor,")


def test_missing_or_wrong_dataset_field():
    data = good()
    del data["data"]["dataset"]
    assert error_of(data) == "data: the field 'dataset' is missing"
    data["data"]["dataset"] = 3
    assert error_of(data) == "data.dataset: expected text, found 3"


@pytest.mark.parametrize("params, expected", [
    ({"samples": 5}, "data.params: Samples is 5 but must be at least 10"),
    ({"noise": "lots"}, "data.params: Noise must be a number, not 'lots'"),
    ({"colour": 1}, "data.params: Data set Circle has no parameter 'colour'"),
])
def test_bad_dataset_params(params, expected):
    data = good()
    data["data"]["params"] = params
    assert error_of(data).startswith(expected)


def test_dataset_params_not_an_object():
    data = good()
    data["data"]["params"] = [1]
    assert error_of(data) == "data.params: expected an object"


@pytest.mark.parametrize("field, value, known", [
    ("loss", "hinge", "mse, mae, huber, bce, cross_entropy"),
    ("optimizer", "lbfgs", "sgd, adam, adamw, rmsprop, adagrad"),
])
def test_unknown_loss_and_optimizer(field, value, known):
    data = good()
    data["training"][field] = value
    assert error_of(data) == f"training.{field}: unknown {field} '{value}' (known: {known})"


@pytest.mark.parametrize("value", [["adam"], {"name": "adam"}, 3])
def test_optimizer_of_the_wrong_type(value):
    data = good()
    data["training"]["optimizer"] = value
    assert error_of(data).startswith("training.optimizer: unknown optimizer")


def test_bad_optimizer_and_loss_params():
    data = good()
    data["training"]["optimizer_params"] = {"momentum": 2.0}
    assert error_of(data) == "training.optimizer_params: Momentum is 2 but must be at most 0.999"
    data["training"]["optimizer_params"] = {"beta1": 0.9}  # an Adam setting on SGD
    assert error_of(data).startswith("training.optimizer_params: sgd has no parameter 'beta1'")
    data["training"]["optimizer_params"] = ["momentum"]
    assert error_of(data) == "training.optimizer_params: expected an object"
    data = good()
    data["training"].update(loss="huber", loss_params={"delta": 0})
    assert error_of(data).startswith("training.loss_params: Delta is 0 but must be at least")
    data["training"]["loss_params"] = "delta"
    assert error_of(data) == "training.loss_params: expected an object"


@pytest.mark.parametrize("value, expected", [
    (0, "Learning rate is 0 but must be at least 1e-06"),
    (1000, "Learning rate is 1000 but must be at most 100"),
    ("fast", "Learning rate must be a number, not 'fast'"),
    (float("inf"), "Learning rate must be a finite number, not inf"),
])
def test_learning_rate_out_of_range(value, expected):
    data = good()
    data["training"]["learning_rate"] = value
    assert error_of(data) == f"training.learning_rate: {expected}"


@pytest.mark.parametrize("field, value, fragment", [
    ("batch_size", 0, "Batch size is 0 but must be at least 1"),
    ("batch_size", 2.5, "Batch size must be a whole number"),
    ("regularization", "l3", "must be one of none, l1, l2"),
    ("device", "tpu", "must be one of auto, cpu, cuda, mps"),
    ("epochs", -1, "Epoch limit is -1 but must be at least 0"),
])
def test_bad_general_training_settings(field, value, fragment):
    data = good()
    data["training"][field] = value
    assert error_of(data).startswith(f"training.{field}: ")
    assert fragment in error_of(data)


def test_non_text_title_falls_back():
    data = good()
    data["title"] = 5
    assert project_from_dict(data).title == "Untitled"


# ----- bad files on disk -------------------------------------------------------------------------
def test_file_not_found(tmp_path):
    path = tmp_path / "nope.json"
    assert file_error(path) == f"There is no file {path}."


def test_a_folder(tmp_path):
    assert file_error(tmp_path) == f"{tmp_path} is a folder, not a project file."


def test_a_binary_file(tmp_path):
    path = tmp_path / "p.json"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")
    assert file_error(path) == f"{path} is not a text file, so it cannot be a project."


def test_an_empty_file(tmp_path):
    path = tmp_path / "p.json"
    path.write_text("")
    assert file_error(path).startswith("The file is not valid JSON (line 1, column 1")


def test_a_number_of_thousands_of_digits_is_an_error(tmp_path):
    """Python refuses to read an integer of more than 4,300 digits (a ValueError, not JSON's)."""
    for field in ('"weight_seed": 1', '"x": 220.0'):
        text = default_project().to_json()
        assert field in text
        path = tmp_path / "p.json"
        path.write_text(text.replace(field, field.split(":")[0] + ": 1" + "0" * 4400, 1))
        assert file_error(path).startswith("The file holds a number thousands of digits long")


def test_a_whole_number_too_large_for_a_float_is_an_error():
    text = default_project().to_json().replace('"x": 220.0', '"x": 1' + "0" * 400, 1)
    with pytest.raises(ProjectError, match=r"^graph.nodes\[1\].x: the number is far too large"):
        project_from_json(text)


@pytest.mark.parametrize("x", [1e300, -2e6, 10**7])
def test_a_position_far_off_the_canvas(x):
    data = good()
    data["graph"]["nodes"][2]["y"] = x
    assert error_of(data).startswith("graph.nodes[2].y: the position")


@pytest.mark.parametrize("where", ["node", "link"])
def test_ids_too_large_for_qt(where):
    data = good()
    if where == "node":
        data["graph"]["nodes"][0]["id"] = 2**40
        assert error_of(data).startswith("graph.nodes[0].id: ids must be at most 1,000,000,000")
    else:
        data["graph"]["links"][0]["id"] = 2**63
        assert error_of(data).startswith("graph.links[0].id: ids must be at most 1,000,000,000")


def test_a_lone_surrogate_is_replaced_and_the_project_prints_saves_and_loads(tmp_path):
    text = default_project().to_json().replace('"title": "Untitled"', '"title": "\\ud800XOR"')
    project = project_from_json(text)
    assert project.title == "\ufffdXOR"
    project.title.encode("utf-8")  # printable: no UnicodeEncodeError
    project.save(tmp_path / "p.json")
    assert load_project(tmp_path / "p.json").title == "\ufffdXOR"


def test_lone_surrogates_in_keys_and_lists_are_replaced_too():
    data = good()
    data["data"]["params"] = {"\udc00noise": 0.1}
    data["extra"] = ["\ud800", {"\udfff": ["\ud801x"]}]
    assert error_of(data) == ("data.params: Data set Circle has no parameter '\ufffdnoise' (it has: "
                              "samples, noise, train_ratio, seed, feature_x1, feature_x2, feature_x1_sq, "
                              "feature_x2_sq, feature_x1_x2, feature_sin_x1, feature_sin_x2)")
    assert data["extra"] == ["\ufffd", {"\ufffd": ["\ufffdx"]}]


def test_a_saved_title_with_a_lone_surrogate_does_not_crash(tmp_path):
    project = default_project()
    project.title = "\udc80 broken"
    project.save(tmp_path / "p.json")
    assert load_project(tmp_path / "p.json").title == "\ufffd broken"


def test_nesting_deeper_than_any_project_is_an_error():
    data = good()
    deep: list = [1]
    for _ in range(40):
        deep = [deep]
    data["data"]["params"] = {"seed": deep}
    assert error_of(data).startswith("The file nests lists or objects more than 32 deep")
    nested = "[" * 900 + "]" * 900  # within what the JSON parser reads, far beyond a project
    with pytest.raises(ProjectError, match="more than 32 deep"):
        project_from_json('{"format": "neural-playground-project", "version": 1, "title": ' + nested + "}")


def test_absurdly_deep_nesting_is_an_error_not_a_crash():
    with pytest.raises(ProjectError, match="nests lists or objects too deeply"):
        project_from_json("[" * 100_000 + "]" * 100_000)


def test_a_byte_order_mark_is_tolerated(tmp_path):
    path = tmp_path / "p.json"
    path.write_bytes(b"\xef\xbb\xbf" + default_project().to_json().encode())
    assert load_project(path) == default_project()


class Boom:
    """If the loader ever unpickled, loading this would run code: it must never get that far."""

    def __reduce__(self):
        return (exec, ("raise SystemExit('unpickled!')",))


@pytest.mark.parametrize("protocol", [0, 2, pickle.HIGHEST_PROTOCOL])
def test_a_pickle_payload_is_rejected_unread(tmp_path, protocol):
    path = tmp_path / "p.json"
    path.write_bytes(pickle.dumps({"format": FORMAT, "boom": Boom()}, protocol=protocol))
    message = file_error(path)
    assert "not valid JSON" in message or "not a text file" in message


def test_project_module_never_mentions_pickle():
    import playground.core.project as module

    source = Path(module.__file__).read_text()
    assert "import pickle" not in source and "pickle.load" not in source

"""The exported script, in this process: every kind has its lines, the script's data are the app's
arrays, its Net starts from the app's weights and computes what the app's GraphModule computes,
and it trains as far as the app does."""

from __future__ import annotations

import re
import runpy
from pathlib import Path

import numpy as np
import pytest
import torch
from builders import chain_graph, chain_project, dense, single_networks, with_user_files
from hypothesis import assume, given
from hypothesis import strategies as st
from image_folders import write_shapes_folder
from image_folders import write_shapes_folder
from test_data import make_cifar, make_mnist

from playground.cli import _load
from playground.core.datasets import DATASETS
from playground.core.kinds import KINDS
from playground.core.project import Project
from playground.core.shapes import analyse
from playground.engine.build import GraphModule
from playground.engine.data import load_dataset
from playground.engine.export.kinds import EXPORTERS
from playground.engine.export.script import attribute_names, export_script
from playground.engine.export.source import ExportError, SourceCollector
from playground.engine.export.weights import exported_state
from playground.engine.trainer import Trainer

pytestmark = pytest.mark.usefixtures("one_torch_thread")

EXAMPLES = single_networks(sorted((Path(__file__).resolve().parents[2] / "assets" / "examples").glob("*.json")))


def load_script(text: str, folder: Path) -> dict:
    """The script's globals, as `import` would make them (its main() does not run)."""
    path = folder / "net.py"
    path.write_text(text, encoding="utf-8")
    return runpy.run_path(str(path), run_name="exported_net")


def app_model(project: Project) -> GraphModule:
    analysis = analyse(project.graph, project.data.dataset, project.data.params, project.training.loss)
    torch.manual_seed(project.training.weight_seed)
    return GraphModule(project.graph, analysis)


def script_model(script: dict, project: Project) -> torch.nn.Module:
    torch.manual_seed(project.training.weight_seed)
    return script["Net"]()


def test_every_layer_kind_has_an_exporter():
    assert set(EXPORTERS) == set(KINDS)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_an_exported_example_makes_the_apps_data_and_starting_network(path, tmp_path):
    project = with_user_files(_load(str(path)), path.stem, tmp_path / "files")
    script = load_script(export_script(project), tmp_path)
    bundle = load_dataset(project.data.dataset, project.data.params)
    arrays = script["load_data"]()
    for ours, theirs in zip(arrays, (bundle.x_train, bundle.y_train, bundle.x_test, bundle.y_test)):
        assert ours.dtype == theirs.dtype
        np.testing.assert_array_equal(ours, theirs)
    app, net = app_model(project), script_model(script, project)
    ours = net.state_dict()
    theirs = exported_state(app, project.graph)
    assert list(ours) == list(theirs)  # the canvas's names, in build order
    for key in theirs:
        torch.testing.assert_close(ours[key], theirs[key], rtol=0, atol=0)
    x = torch.as_tensor(bundle.x_test[:7])
    torch.testing.assert_close(net.eval()(x), app.eval()(x))


def test_layers_carry_the_canvas_names_and_branches_follow_the_graph(tmp_path):
    project = _load(str(EXAMPLES[0].with_name("concat_branches.json")))
    text = export_script(project)
    names = attribute_names(project.graph, sorted(project.graph.nodes))
    for node in project.graph.nodes.values():
        if node.kind == "Dense":
            assert f"self.{names[node.id]} = nn.Sequential(nn.Linear(" in text
    concat = next(n for n in project.graph.nodes.values() if n.kind == "Concat")
    sources = [names[link.source] for link in project.graph.inputs_of(concat.id)]
    assert f"{names[concat.id]} = torch.cat([{', '.join(sources)}], dim=-1)" in text


def test_attribute_names_are_unique_identifiers():
    graph, ids = chain_graph(dense(4), dense(4))
    names = attribute_names(graph, [ids["Input"], ids[0], ids[1], ids["Output"]])
    assert all(n.isidentifier() for n in names.values())
    assert len(set(names.values())) == 4
    assert names[ids[0]] == f"dense_{ids[0]}"


def test_a_network_with_problems_is_refused_in_plain_words():
    project = chain_project([dense(3)], "circle")  # 3 outputs for a binary cross-entropy
    with pytest.raises(ExportError, match="problems to fix"):
        export_script(project)


def test_two_app_definitions_with_one_name_are_refused():
    collector = SourceCollector()
    collector.add("playground.engine.data.images", "log")
    with pytest.raises(ExportError, match="two definitions"):
        collector.add("playground.core.table", "log")


@pytest.mark.parametrize("optimizer", ["sgd", "adam", "adamw", "rmsprop", "adagrad"])
def test_the_scripts_optimizer_has_the_apps_settings(optimizer, tmp_path):
    project = chain_project([dense(4), dense(1)], "circle", optimizer=optimizer, learning_rate=0.02,
                            optimizer_params={"momentum": 0.5} if optimizer in ("sgd", "rmsprop") else {})
    script = load_script(export_script(project), tmp_path)
    ours = script["make_optimizer"](script_model(script, project).parameters())
    theirs = Trainer.from_project(project).optimizer
    assert type(ours) is type(theirs)
    strip = lambda group: {k: v for k, v in group.items() if k != "params"}  # noqa: E731
    assert strip(ours.param_groups[0]) == strip(theirs.param_groups[0])


def test_regularization_is_exported(tmp_path):
    project = chain_project([dense(4), dense(1)], "circle", regularization="l2", regularization_rate=0.01)
    script = load_script(export_script(project), tmp_path)
    weights = [torch.ones(2, 3)]
    assert float(script["penalty"](weights)) == pytest.approx(0.06)


def _accuracy(output: str) -> float:
    return float(re.search(r"test accuracy ([\d.]+)%", output).group(1)) / 100


@pytest.mark.parametrize("example, epochs", [("xor", 15), ("spiral", 10)])
def test_an_exported_mlp_reaches_the_apps_test_accuracy(example, epochs, tmp_path, capsys):
    project = _load(str(EXAMPLES[0].with_name(f"{example}.json")))
    project.training.device = "cpu"
    app = Trainer.from_project(project)
    app.run(epochs=epochs)
    script = load_script(export_script(project), tmp_path)
    script["main"](["--epochs", str(epochs), "--device", "cpu", "--save", str(tmp_path / "w.pt")])
    assert _accuracy(capsys.readouterr().out) == pytest.approx(app.evaluate().test_accuracy, abs=0.02)


# --- random chains: the script computes what the app computes ------------------------------------

ACTIVATION = st.sampled_from(["Linear", "ReLU", "Tanh", "Sigmoid", "LeakyReLU", "ELU", "GELU", "Softplus"])
INIT = st.sampled_from(["default", "xavier_uniform", "kaiming_normal", "normal"])


def _dense_layer(draw) -> tuple[str, dict]:
    return dense(draw(st.integers(1, 6)), draw(ACTIVATION), bias=draw(st.booleans()), init=draw(INIT))


def _shared_layer(draw) -> tuple[str, dict] | str:
    """A layer that keeps any input's shape."""
    kind = draw(st.sampled_from(["Dropout", "BatchNorm", "LayerNorm", "ReLU", "LeakyReLU", "Tanh"]))
    params = {"Dropout": {"rate": 0.3}, "BatchNorm": {"momentum": 0.2}, "LayerNorm": {"eps": 1e-4},
              "LeakyReLU": {"negative_slope": 0.2}}.get(kind, {})
    return kind, params


@st.composite
def chains(draw) -> Project:
    family = draw(st.sampled_from(["features", "image", "sequence"]))
    layers: list = []
    if family == "features":
        for _ in range(draw(st.integers(0, 4))):
            layers.append(_dense_layer(draw) if draw(st.booleans()) else _shared_layer(draw))
        return chain_project([*layers, dense(1)], "circle", {"feature_x1_sq": True}, loss="bce")
    if family == "image":
        for _ in range(draw(st.integers(0, 3))):
            choice = draw(st.sampled_from(["Conv2D", "MaxPool2D", "AvgPool2D", "shared"]))
            if choice == "Conv2D":
                layers.append(("Conv2D", {"filters": draw(st.integers(1, 4)), "kernel_size": draw(st.integers(1, 3)),
                                          "stride": draw(st.integers(1, 2)),
                                          "padding": draw(st.sampled_from(["same", "valid"])),
                                          "activation": draw(ACTIVATION), "bias": draw(st.booleans()),
                                          "init": draw(INIT)}))
            elif choice == "shared":
                layers.append(_shared_layer(draw))
            else:
                layers.append((choice, {"pool_size": draw(st.integers(1, 2))}))
        return chain_project([*layers, "Flatten", dense(10)], "digits", {"limit": 20}, loss="cross_entropy")
    for _ in range(draw(st.integers(0, 3))):
        if draw(st.booleans()):
            layers.append((draw(st.sampled_from(["RNN", "LSTM", "GRU"])),
                           {"hidden_size": draw(st.integers(1, 5)), "num_layers": draw(st.integers(1, 2)),
                            "bidirectional": draw(st.booleans()), "return_sequences": True}))
        else:
            layers.append(_shared_layer(draw))
    return chain_project([*layers, "Flatten", dense(1)], "sine_next", {"length": 5, "samples": 20}, loss="mse")


@given(project=chains())
def test_a_random_chain_exports_to_a_script_that_computes_the_apps_output(project, tmp_path_factory):
    analysis = analyse(project.graph, project.data.dataset, project.data.params, project.training.loss)
    assume(analysis.ok)  # a filter that does not fit its image, say
    text = export_script(project)
    compile(text, "net.py", "exec")
    script = load_script(text, tmp_path_factory.mktemp("chain"))
    app, net = app_model(project), script_model(script, project)
    x = torch.randn(3, *analysis.data.input_shape, generator=torch.Generator().manual_seed(0))
    ours, theirs = net.eval()(x), app.eval()(x)
    assert ours.shape == theirs.shape
    torch.testing.assert_close(ours, theirs)


@given(title=st.text(max_size=30))
def test_any_title_makes_a_script_that_compiles(title):
    project = chain_project([dense(2), dense(1)], "xor")
    project.title = title
    compile(export_script(project), "net.py", "exec")


@pytest.mark.parametrize("name", sorted(DATASETS))
def test_every_data_set_exports_the_apps_arrays(name, tmp_path):
    """The data sets the examples leave out too: every generator, and files read from their paths."""
    values: dict = {}
    if name == "mnist":
        make_mnist(tmp_path)
        values = {"path": str(tmp_path)}
    elif name == "cifar10":
        make_cifar(tmp_path)
        values = {"path": str(tmp_path)}
    elif name == "csv":
        values = {"path": str(EXAMPLES[0].parents[1] / "iris.csv")}
    elif name in ("drawn", "drawn_values"):
        values = {"points": [[-2.0, 1.5, 1.0], [3.25, -4.0, 0.0], [0.5, 0.5, 1.0], [5.0, -6.0, 0.0], [1.0, 2.0, 1.0]],
                  "feature_x1_x2": True}
    elif name == "image_folder":
        write_shapes_folder(tmp_path / "shapes", per_class=4, size=12)
        values = {"path": str(tmp_path / "shapes"), "size": 10, "colour": "colour"}
    shape = analyse(chain_graph("Flatten")[0], name, values, "mse").data
    head = dense(shape.n_classes, "Linear") if shape.task == "classification" else dense(1, "Linear")
    loss = "cross_entropy" if shape.task == "classification" else "mse"
    project = chain_project(["Flatten", head], name, values, loss=loss)
    script = load_script(export_script(project), tmp_path)
    bundle = load_dataset(name, values)
    for ours, theirs in zip(script["load_data"](), (bundle.x_train, bundle.y_train, bundle.x_test, bundle.y_test)):
        assert ours.dtype == theirs.dtype
        np.testing.assert_array_equal(ours, theirs)

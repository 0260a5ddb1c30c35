"""The task decides the views: every shipped example and the networks courses build by hand get
the views that fit them, and none that does not; every view has its probe and its widget."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from playground.core.datasets import resolve_paths
from playground.core.graph import Graph
from playground.core.project import load_project
from playground.core.shapes import analyse
from playground.core.task import CLASSES, IMAGE, RECONSTRUCT, SEQUENCE, TABLE, VALUES, task_of
from playground.core.views import CANVAS, TOP, VIEWS, views_for

from builders import chain_graph, dense, with_user_files

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "assets" / "examples"
IRIS = str(REPO / "assets" / "iris.csv")
PLANE_CLASSES = ["plane", "link_weights", "confusion", "explain", "results"]


def names(task) -> list[str]:
    return [spec.name for spec in views_for(task)]


def task_for(graph: Graph, dataset: str, data: dict | None = None, loss: str = "mse"):
    analysis = analyse(graph, dataset, data or {}, loss)
    assert analysis.ok, analysis.first_error()
    return task_of(graph, analysis, dataset)


EXPECTED = {
    "blobs_4class": PLANE_CLASSES,
    "circle": PLANE_CLASSES,
    "xor": PLANE_CLASSES,
    "spiral": PLANE_CLASSES,
    "concat_branches": PLANE_CLASSES,
    "residual_add": PLANE_CLASSES,
    "plane_regression": ["plane", "link_weights", "fit", "explain", "results"],
    "function_sin": ["curve", "fit", "explain", "results"],  # Dense 32: too many units for lines per weight
    "digits_cnn": ["predictions", "feature_maps", "kernels", "confusion", "explain", "results"],
    "digits_mlp": ["predictions", "unit_weights", "confusion", "explain", "results"],
    # the first Dense of an autoencoder learns pixel patterns too: its units drawn as images
    "digits_autoencoder": ["unit_weights", "reconstructions", "latent", "explain", "results"],
    "sine_next_lstm": ["series", "hidden_states", "fit", "explain", "results"],
    "wave_kind_gru": ["sequence_samples", "hidden_states", "confusion", "explain", "results"],
    "iris_table": ["link_weights", "confusion", "explain", "results"],  # no main view: these go on top
    # Dense 3 on 8 pooled features: small enough for its weights as lines
    "mnist_cnn": ["predictions", "feature_maps", "kernels", "confusion", "explain", "results"],
    "cifar10_cnn": ["predictions", "feature_maps", "kernels", "confusion", "explain", "results"],
    "drawn_points": PLANE_CLASSES,
    "image_folder_shapes": ["link_weights", "predictions", "feature_maps", "kernels", "confusion", "explain", "results"],
    "gan_ring": ["gan_plane", "gan_scores"],
    "gan_mixture": ["gan_plane", "gan_scores"],
    "gan_digits": ["gan_samples", "gan_scores"],
}


def test_every_example_is_listed():
    assert {p.stem for p in EXAMPLES.glob("*.json")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_shipped_examples_get_their_views(name, tmp_path):
    project = with_user_files(load_project(EXAMPLES / f"{name}.json"), name, tmp_path)
    data = resolve_paths(project.data.params, str(EXAMPLES))  # a CSV beside the examples
    task = task_for(project.graph, project.data.dataset, data, project.training.loss)
    assert names(task) == EXPECTED[name]
    assert any(spec.place == TOP for spec in views_for(task)) or task.input_kind == TABLE


def test_the_layers_each_view_looks_into():
    cnn = load_project(EXAMPLES / "digits_cnn.json")
    task = task_for(cnn.graph, "digits", {}, "cross_entropy")
    kinds = {nid: cnn.graph.nodes[nid].kind for nid in task.map_layers}
    assert list(kinds.values()) == ["Conv2D", "MaxPool2D", "Conv2D", "MaxPool2D"]  # in build order
    assert [cnn.graph.nodes[n].kind for n in task.conv_layers] == ["Conv2D", "Conv2D"]
    assert task.input_kind == IMAGE and task.target == CLASSES and task.n_classes == 10
    assert task.image_dense is None  # its Dense is fed by feature maps, not by the pixels
    mlp = load_project(EXAMPLES / "digits_mlp.json")
    task = task_for(mlp.graph, "digits", {}, "cross_entropy")
    first = [n for n in mlp.graph.nodes.values() if n.kind == "Dense" and n.params["units"] == 64][0]
    assert task.image_dense == first.id


def test_hand_built_mlp_and_cnn_on_images():
    mlp, _ = chain_graph(("Flatten", {}), dense(32, "ReLU"), dense(10, "Linear"))
    assert names(task_for(mlp, "digits", loss="cross_entropy")) == [
        "predictions", "unit_weights", "confusion", "explain", "results"]
    cifar, _ = chain_graph(("Conv2D", {"filters": 8}), ("AvgPool2D", {}), ("Flatten", {}),
                           dense(10, "Linear"))
    task = task_for(cifar, "cifar10", {"path": "/cifar-folder"}, loss="cross_entropy")
    assert task.data.input_shape == (3, 32, 32)
    assert names(task) == ["predictions", "feature_maps", "kernels", "confusion", "explain", "results"]


def test_hand_built_recurrent_networks():
    lstm, _ = chain_graph(("LSTM", {"hidden_size": 12}), dense(1, "Linear"))
    task = task_for(lstm, "sine_next")
    assert task.input_kind == SEQUENCE and task.target == VALUES and len(task.recurrent_layers) == 1
    # Dense 1 sees the 12 hidden units: few enough to draw its weights on the canvas's link
    assert names(task) == ["link_weights", "series", "hidden_states", "fit", "explain", "results"]
    gru, _ = chain_graph(("GRU", {"hidden_size": 8, "return_sequences": True}), ("GRU", {"hidden_size": 8}),
                         dense(3, "Linear"))
    task = task_for(gru, "wave_kind", loss="cross_entropy")
    assert len(task.recurrent_layers) == 2
    assert names(task) == ["link_weights", "sequence_samples", "hidden_states", "confusion", "explain", "results"]


@pytest.mark.parametrize("code", [2, 8])
def test_autoencoders_and_their_bottleneck(code):
    graph, _ = chain_graph(("Flatten", {}), dense(32, "ReLU"), dense(code, "Linear"), dense(32, "ReLU"),
                           dense(64, "Sigmoid"))
    task = task_for(graph, "digits", {"target": "reconstruct"})
    assert task.target == RECONSTRUCT and task.bottleneck_units == code
    assert graph.nodes[task.bottleneck].params["units"] == code
    assert names(task) == ["unit_weights", "reconstructions", "latent", "explain", "results"]


def test_a_network_that_does_not_narrow_has_no_code_to_show():
    graph, _ = chain_graph(("Flatten", {}), dense(128, "ReLU"), dense(64, "Sigmoid"))
    task = task_for(graph, "digits", {"target": "reconstruct"})
    assert task.autoencoder and task.bottleneck is None
    assert names(task) == ["unit_weights", "reconstructions", "explain", "results"]


def test_tables_classify_or_regress(tmp_path):
    classifier, _ = chain_graph(dense(10, "ReLU"), dense(3, "Linear"))
    task = task_for(classifier, "csv", {"path": IRIS}, loss="cross_entropy")
    assert task.input_kind == TABLE and task.classification
    assert names(task) == ["link_weights", "confusion", "explain", "results"]
    numbers = tmp_path / "numbers.csv"
    numbers.write_text("a,b,c,target\n" + "".join(f"{i},{i % 3},{i * i % 7},{i * 0.5}\n" for i in range(40)))
    regressor, _ = chain_graph(dense(10, "ReLU"), dense(1, "Linear"))
    task = task_for(regressor, "csv", {"path": str(numbers), "task": "regression"})
    assert task.regression and names(task) == ["link_weights", "fit", "explain", "results"]


def test_no_task_no_views():
    graph, _ = chain_graph(dense(4, "ReLU"))
    analysis = analyse(graph, "mnist", {"path": ""}, "mse")  # no folder chosen: no data shape
    assert task_of(graph, analysis, "mnist") is None and views_for(None) == []


def _defines(path: Path, name: str) -> bool:
    tree = ast.parse(path.read_text())
    return any(isinstance(node, ast.Assign) and any(getattr(t, "id", "") == name for t in node.targets)
               for node in tree.body)


@pytest.mark.parametrize("spec", VIEWS, ids=lambda spec: spec.name)
def test_every_view_has_a_payload_a_probe_and_a_widget(spec):
    """Found by name, so a view with a part missing fails here rather than in front of a class."""
    package = REPO / "playground"
    assert (package / "engine" / "payloads" / f"{spec.name}.py").exists()
    assert _defines(package / "engine" / "views" / f"{spec.name}.py", "PROBE")
    if spec.place != CANVAS:  # drawn by the canvas itself
        assert _defines(package / "ui" / "views" / f"{spec.name}.py", "WIDGET")

"""A GAN on the canvas: the graph split into G and D, every problem in plain words, the task, and
the GAN settings saved and read back (older files without them load with the defaults)."""

from __future__ import annotations

import json

import pytest
from builders import dense, gan_graph, gan_project

from playground.core.gan import is_gan
from playground.core.graph import Graph
from playground.core.project import Project, ProjectError, project_from_dict, project_from_json
from playground.core.settings import LIVE_SETTINGS, SettingsError, TrainSettings
from playground.core.shapes import analyse
from playground.core.task import GENERATE, PLANE, task_of
from playground.core.views import views_for

G = [dense(16, "ReLU"), dense(2, "Linear")]
D = [dense(16, "ReLU"), dense(1, "Linear")]


def errors(graph: Graph, dataset: str = "ring", data: dict | None = None) -> list[str]:
    return [p.located(graph) for p in analyse(graph, dataset, data or {}, "bce").errors]


def test_a_gan_splits_into_generator_and_discriminator():
    graph, ids = gan_graph(G, D, noise={"dim": 3, "distribution": "uniform"})
    analysis = analyse(graph, "ring", {}, "bce")
    assert analysis.ok, analysis.problems
    split = analysis.gan
    assert split.generator == (ids["Noise"], ids["G0"], ids["G1"], ids["Generated"])
    assert split.discriminator == (ids["Generated"], ids["D0"], ids["D1"], ids["Output"])
    assert (split.noise_dim, split.distribution, split.sample_shape) == (3, "uniform", (2,))
    assert split.input_id == ids["Input"]
    assert analysis.shapes[ids["Noise"]] == (3,) and analysis.shapes[ids["Output"]] == (1,)
    assert analysis.param_counts[ids["G0"]] == 3 * 16 + 16


def test_the_real_input_is_optional_and_images_take_a_flat_generator():
    graph, ids = gan_graph([dense(64, "Sigmoid")], ["Flatten", dense(1, "Linear")], real_input=False)
    analysis = analyse(graph, "digits", {}, "bce")
    assert analysis.ok, analysis.problems
    assert analysis.gan.input_id is None
    assert analysis.shapes[ids["Generated"]] == (1, 8, 8)  # the marker gives G's 64 values a sample's shape


@pytest.mark.parametrize("build, dataset, expected", [
    (lambda: gan_graph([dense(3, "Linear")], D), "ring",
     "Generated {Generated}: The generator gives 3 features but one sample of Ring is 2 features: give G's "
     "last layer 2 units."),
    (lambda: gan_graph([dense(10, "Linear")], D), "digits", "give G's last layer 64 units"),
    (lambda: gan_graph(G, [dense(2, "Linear")]), "ring",
     "Output {Output}: The discriminator must give one number per sample"),
    (lambda: gan_graph(G, D), "function", "A GAN cannot learn Function fit (1-D)"),
    (lambda: gan_graph(G, D), "wave_kind", "Choose one of those in the data panel."),
], ids=["sample-size", "image-size", "D-score", "function", "sequence"])
def test_problems_say_what_is_wrong(build, dataset, expected):
    graph, ids = build()
    found = errors(graph, dataset)
    assert any(expected.format(**ids) in message for message in found), found


def test_a_2d_set_must_feed_only_the_points():
    graph, _ = gan_graph(G, D)
    assert not errors(graph, "circle")  # TF Playground's sets are distributions too
    assert errors(graph, "circle", {"feature_x1_sq": True}) == [
        "A GAN learns to make the points themselves: tick only the features X\u2081 and X\u2082 in the data "
        "panel."]


def test_a_missing_marker_and_a_detached_discriminator():
    graph, ids = gan_graph(G, D)
    graph.remove_node(ids["Generated"])
    assert any("The generator has no end: add a Generated layer" in m for m in errors(graph))
    graph, ids = gan_graph(G, D)
    graph.disconnect(graph.find_link(ids["Generated"], ids["D0"]).id)
    found = errors(graph)
    assert f"Generated {ids['Generated']}: D does not reach the Output: link Generated into D's first layer, " \
           "and D's layers into a chain that ends in the Output." in found


def test_noise_that_misses_the_generator_and_a_second_noise():
    graph, ids = gan_graph(G, D)
    graph.disconnect(graph.find_link(ids["Noise"], ids["G0"]).id)
    assert any(m.startswith(f"Noise {ids['Noise']}: The Noise does not reach Generated") for m in errors(graph))
    graph, ids = gan_graph(G, D)
    extra = graph.add_node("Noise")
    assert f"Noise {extra.id}: Only one Noise layer is allowed: delete this one." in errors(graph)


def test_d_sees_samples_only_and_the_input_links_only_into_the_marker():
    graph, ids = gan_graph(G, [dense(2, "ReLU"), "Concat", dense(1, "Linear")])
    graph.connect(ids["G0"], ids["D1"])  # D peeking at G's hidden layer
    assert any(f"Concat {ids['D1']} takes values from Dense {ids['G0']}, which is not part of D" in m
               for m in errors(graph))
    graph, ids = gan_graph(G, [dense(2, "ReLU"), "Concat", dense(1, "Linear")], real_input=False)
    inp = graph.add_node("Input")
    graph.connect(inp.id, ids["D1"])
    assert any(m.startswith(f"Input {inp.id}: In a GAN the Input (the real samples) links only into Generated")
               for m in errors(graph))


def test_a_marker_without_noise_is_explained():
    graph, ids = gan_graph(G, D)
    graph.remove_node(ids["Noise"])
    assert not is_gan(graph)
    assert any("Generated ends a GAN's generator, but the network has no Noise source" in m for m in errors(graph))


def test_the_task_of_a_gan_and_its_views_leave_out_the_classifiers():
    graph, _ = gan_graph(G, D)
    task = task_of(graph, analyse(graph, "ring", {}, "bce"), "ring")
    assert task.gan and task.target == GENERATE and task.input_kind == PLANE
    assert not task.classification and not task.weight_layers
    assert not {"plane", "results", "confusion"} & {v.name for v in views_for(task)}


def test_gan_settings_round_trip_and_older_files_get_the_defaults():
    project = gan_project(gan_loss="least_squares", d_optimizer="sgd", g_learning_rate=0.01, d_steps=3)
    again = project_from_json(project.to_json())
    assert again.training.gan() == project.training.gan()
    older = json.loads(project.to_json())
    for name in TrainSettings().gan():
        del older["training"][name]
    assert project_from_dict(older).training.gan() == TrainSettings().gan()
    assert {"gan_loss", "d_learning_rate", "g_optimizer", "d_steps", "g_steps"} <= LIVE_SETTINGS


def test_bad_gan_settings_are_refused_in_words():
    settings = TrainSettings()
    with pytest.raises(SettingsError, match="unknown|must be one of|not one of"):
        settings.set("gan_loss", "wasserstein")
    with pytest.raises(SettingsError, match="at least 1"):
        settings.set("d_steps", 0)
    data = json.loads(Project().to_json())
    data["training"]["g_optimizer"] = "lbfgs"
    with pytest.raises(ProjectError, match="training.g_optimizer"):
        project_from_dict(data)


def test_the_size_problems_come_with_a_quick_fix():
    graph, ids = gan_graph([dense(16, "ReLU"), dense(3, "Linear"), "Tanh"], [dense(16, "ReLU"), dense(4, "Linear")])
    for end, label in (("Generated", f"Give Dense {ids['G1']} 2 units"), ("Output", f"Give Dense {ids['D1']} 1 unit")):
        (problem,) = analyse(graph, "ring", {}, "bce").errors  # D is checked once G fits
        assert problem.node_id == ids[end] and problem.fix.label == label
        for edit in problem.fix.edits:
            graph.set_param(edit.node_id, edit.name, edit.value)
    assert analyse(graph, "ring", {}, "bce").ok
    graph, ids = gan_graph([dense(16, "ReLU"), "Flatten"], D)  # no Dense to resize right before it
    assert [p.fix for p in analyse(graph, "ring", {}, "bce").errors] == [None]

"""A GAN on the canvas: every card says which of the two networks it belongs to (G or D)."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from playground.core.project import load_project
from playground.core.resources import examples_dir
from playground.core.shapes import analyse
from playground.ui.canvas.scene import CanvasScene


def scene_of(qtbot, name: str) -> tuple[CanvasScene, object]:
    project = load_project(examples_dir() / f"{name}.json")
    scene = CanvasScene(project.graph, QUndoStack())
    analysis = analyse(project.graph, project.data.dataset, project.data.params, project.training.loss)
    scene.set_analysis(analysis)
    return scene, analysis


def test_a_gan_marks_its_generator_and_its_discriminator(qtbot):
    scene, analysis = scene_of(qtbot, "gan_ring")
    split = analysis.gan
    assert split is not None
    for node_id in split.generator:
        assert scene.node_item(node_id).network == "G"
    for node_id in split.discriminator[1:]:  # the marker ends G, then D reads it
        assert scene.node_item(node_id).network == "D"
    assert "generator (G)" in scene.node_item(split.noise_id).toolTip()
    assert "discriminator (D)" in scene.node_item(split.output_id).toolTip()


def test_a_single_network_and_a_broken_gan_mark_nothing(qtbot):
    scene, _ = scene_of(qtbot, "xor")
    assert {item.network for item in map(scene.node_item, scene.graph.nodes)} == {""}
    scene, analysis = scene_of(qtbot, "gan_ring")
    scene.graph.disconnect(scene.graph.inputs_of(analysis.gan.output_id)[0].id)  # D no longer reaches the Output
    scene.set_analysis(analyse(scene.graph, "ring", {}, "bce"))
    assert {item.network for item in map(scene.node_item, scene.graph.nodes)} == {""}

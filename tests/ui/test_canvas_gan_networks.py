"""A GAN on the canvas: every card says which of the two networks it belongs to (G or D)."""

from __future__ import annotations

from PySide6.QtGui import QPainterPathStroker, QUndoStack

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


def test_tidy_up_puts_a_long_gan_in_bands_whose_links_cross_no_card_of_the_other_network(qtbot):
    """G above D, each network reading band by band (a long chain in a small view wraps, as any
    network does); every link's drawn path (each one back to the left, G's last one coming down
    into Generated included, runs in the gap between bands) stays clear of every card it does not
    join."""
    from builders import dense

    from playground.ui.canvas.view import CanvasView

    scene, analysis = scene_of(qtbot, "gan_ring")
    graph = scene.graph
    marker = analysis.gan.marker_id
    for _ in range(4):  # a long chain on both sides: a plain layout would wrap it into bands
        into = next(l.id for l in graph.inputs_of(marker) if graph.nodes[l.source].kind != "Input")
        graph.insert_node(into, *dense(2, "Tanh"))
        graph.insert_node(graph.outputs_of(marker)[0].id, *dense(8, "Tanh"))
    split = analyse(graph, "ring", {}, "bce").gan
    assert split is not None and len(split.generator) > 6 and len(split.discriminator) > 6
    view = CanvasView(scene)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    view.auto_layout()
    rects = {nid: scene.node_item(nid).sceneBoundingRect() for nid in graph.nodes}
    g_cards, d_cards = set(split.generator) - {marker}, set(split.discriminator)
    assert max(rects[n].bottom() for n in g_cards) < min(rects[n].top() for n in d_cards)  # G above D
    for cards in (split.generator[:-1], split.discriminator):  # each reads like text in build order
        assert sorted(cards, key=lambda n: (round(rects[n].top()), rects[n].left())) == list(cards)
    stroker = QPainterPathStroker()
    stroker.setWidth(2)
    back = []
    for link in graph.links.values():
        path = scene.link_items[link.id]._path
        if path.currentPosition().x() < path.elementAt(0).x:
            back.append(link)
        for nid, rect in rects.items():
            if nid not in (link.source, link.target):
                assert not stroker.createStroke(path).intersects(rect), (link, graph.nodes[nid].kind)
    bands = {round(rects[n].top()) for n in graph.nodes}
    assert (split.generator[-2], marker) in [(l.source, l.target) for l in back]  # G's last link
    assert len(back) == len(bands) - 1  # one link back from each band to the next

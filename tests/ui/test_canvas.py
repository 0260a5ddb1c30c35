"""The canvas driven like a user: palette drops, port drags, moves, keys, undo/redo."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from playground.core.graph import Graph
from playground.core.shapes import ERROR, WARNING, analyse
from playground.engine.payloads.link_weights import LinkWeightsPayload
from playground.engine.payloads.plane import GRID, THUMB, PlanePayload
from playground.engine.snapshot import Snapshot
from playground.ui.canvas import LAYER_MIME, Palette, kind_from_mime, layer_mime_data
from playground.ui.canvas.items import CARD_W, HEADER_H, PORT_Y, PortItem
from playground.ui.canvas.scene import GRAPH_MIME

# default_project(): Input 1 -> Dense 2 -> Dense 3 -> Dense 4 -> Output 5, links 6..9


def _title(canvas, node_id: int) -> QPointF:
    """A point on a card's header, away from its ports (where a user grabs it)."""
    return canvas.scene.node_item(node_id).mapToScene(QPointF(CARD_W / 2, HEADER_H / 2))


def _out_port(canvas, node_id: int) -> QPointF:
    return canvas.scene.node_item(node_id).output_anchor()


def _in_port(canvas, node_id: int) -> QPointF:
    return canvas.scene.node_item(node_id).input_anchor()


def _link_mid(canvas, link_id: int) -> QPointF:
    return canvas.scene.link_item(link_id)._path.pointAtPercent(0.5)


def _empty_spot(canvas) -> QPointF:
    spot = QPointF(500, 420)
    assert canvas.scene.items(spot) == []
    return spot


def _undo_redo_round_trip(canvas, before: dict, after: dict, steps: int = 1) -> None:
    """Undo gives back `before`, redo gives `after`, exactly (ids included)."""
    for _ in range(steps):
        canvas.stack.undo()
    assert canvas.graph.to_dict() == before
    for _ in range(steps):
        canvas.stack.redo()
    assert canvas.graph.to_dict() == after
    _assert_scene_matches(canvas)


def _assert_scene_matches(canvas) -> None:
    g, s = canvas.graph, canvas.scene
    assert set(s.node_items) == set(g.nodes)
    assert set(s.link_items) == set(g.links)
    for nid, node in g.nodes.items():
        assert (s.node_items[nid].x(), s.node_items[nid].y()) == (node.x, node.y)
    for lid, link in g.links.items():
        item = s.link_items[lid]
        assert (item.source.node_id, item.target.node_id) == (link.source, link.target)


# ----- building and following the graph -------------------------------------------------------------
def test_scene_builds_items_for_the_graph(canvas):
    _assert_scene_matches(canvas)
    dense = canvas.scene.node_item(2)
    assert dense.subtitle == "8 units \u00b7 Tanh"
    assert dense.neuron_count() == 8
    assert canvas.scene.node_item(1).input_port is None  # Input has no input port
    assert canvas.scene.node_item(5).output_port is None


def test_scene_follows_graph_events_and_reset(canvas):
    g, s = canvas.graph, canvas.scene
    node = g.add_node("Conv2D", {"filters": 16}, x=10, y=300)
    assert s.node_item(node.id).subtitle == "16 filters 3x3 \u00b7 ReLU"
    g.move_node(node.id, 50, 320)
    assert s.node_item(node.id).pos() == QPointF(50, 320)
    g.set_param(2, "units", 3)
    assert s.node_item(2).neuron_count() == 3
    g.set_param(2, "units", 64)
    assert s.node_item(2).neuron_count() == 0  # big layers do not show neurons
    g.remove_node(node.id)
    _assert_scene_matches(canvas)

    other = Graph()
    a = other.add_node("Input", x=0, y=0)
    b = other.add_node("Output", x=300, y=0)
    other.connect(a.id, b.id)
    g.replace_with(other)  # RESET
    _assert_scene_matches(canvas)
    assert len(s.node_items) == 2 and len(s.link_items) == 1
    g.clear()
    assert s.node_items == {} and s.link_items == {}
    assert [i for i in s.items() if i.parentItem() is None] == []


def test_scene_deleted_by_qt_stops_listening(graph, stack, qtbot):
    import shiboken6

    from playground.ui.canvas import CanvasScene

    scene = CanvasScene(graph, stack)
    assert len(graph._listeners) == 1
    shiboken6.delete(scene)  # as a parent window closing would
    assert graph._listeners == []
    graph.add_node("Dense")  # no call into a dead scene


def test_merge_subtitle_counts_inputs(canvas):
    g = canvas.graph
    add = g.add_node("Add", x=300, y=300)
    g.connect(2, add.id)
    g.connect(3, add.id)
    assert canvas.scene.node_item(add.id).subtitle == "merges 2 inputs"


# ----- palette drops ---------------------------------------------------------------------------------
def test_drop_from_palette_creates_node_at_drop_position(canvas, qtbot):
    palette = Palette()
    qtbot.addWidget(palette)
    mime = palette.tree.mimeData([palette.layer_items["Dropout"]])  # what a real drag carries
    assert kind_from_mime(mime) == "Dropout"
    before = canvas.graph.to_dict()
    spot = _empty_spot(canvas)
    assert canvas.drag_enter_move(mime, spot) == (True, True)
    assert canvas.drop(mime, spot)

    (new,) = [n for n in canvas.graph.nodes.values() if n.kind == "Dropout"]
    drop_scene = canvas.view.mapToScene(canvas.vp(spot))
    assert (new.x, new.y) == (round(drop_scene.x() - CARD_W / 2), round(drop_scene.y() - HEADER_H / 2))
    assert canvas.scene.node_item(new.id).isSelected()
    assert canvas.stack.count() == 1 and canvas.stack.undoText() == "Add Dropout"
    _undo_redo_round_trip(canvas, before, canvas.graph.to_dict())


def test_foreign_drag_is_refused(canvas):
    mime = QMimeData()
    mime.setText("Dense")
    assert canvas.drag_enter_move(mime, _empty_spot(canvas)) == (False, False)
    unknown = QMimeData()
    unknown.setData(LAYER_MIME, b"NoSuchLayer")
    assert not canvas.drop(unknown, _empty_spot(canvas))
    assert canvas.stack.count() == 0 and len(canvas.graph.nodes) == 5


def test_drop_onto_link_inserts_node(canvas):
    before = canvas.graph.to_dict()
    mid = _link_mid(canvas, 7)  # Dense 2 -> Dense 3
    mime = layer_mime_data("BatchNorm")
    canvas.drag_enter_move(mime, mid)
    assert canvas.scene.link_item(7).highlighted  # the user sees where the layer will go
    assert canvas.drop(mime, mid)
    assert not any(item.highlighted for item in canvas.scene.link_items.values())

    (new,) = canvas.graph.nodes_of_kind("BatchNorm")
    g = canvas.graph
    assert 7 not in g.links
    assert g.find_link(2, new.id) is not None and g.find_link(new.id, 3) is not None
    assert canvas.stack.count() == 1
    _undo_redo_round_trip(canvas, before, g.to_dict())


def test_output_layer_dropped_on_link_is_only_added(canvas):
    mid = _link_mid(canvas, 7)
    canvas.drag_enter_move(layer_mime_data("Output"), mid)
    assert not canvas.scene.link_item(7).highlighted  # Output cannot sit inside a link
    canvas.drop(layer_mime_data("Output"), mid)
    assert 7 in canvas.graph.links and len(canvas.graph.nodes_of_kind("Output")) == 2


# ----- drawing links ---------------------------------------------------------------------------------
def test_link_by_dragging_from_output_to_input(canvas):
    g = canvas.graph
    g.disconnect(9)  # Dense 4 -> Output 5
    before = g.to_dict()
    canvas.press(_out_port(canvas, 4))
    assert canvas.scene.link_drag_active
    out_port = canvas.scene.node_item(5).input_port
    assert out_port.state == PortItem.VALID  # candidates light up as soon as the drag starts
    canvas.move(_in_port(canvas, 5) + QPointF(-30, 20))
    canvas.move(_in_port(canvas, 5))
    assert out_port.state == PortItem.VALID
    canvas.release(_in_port(canvas, 5))
    assert not canvas.scene.link_drag_active
    assert g.find_link(4, 5) is not None
    assert canvas.stack.count() == 1 and canvas.stack.undoText() == "Link Dense 4 \u2192 Output 5"
    assert out_port.state == PortItem.NORMAL
    _undo_redo_round_trip(canvas, before, g.to_dict())


@pytest.mark.parametrize("source, target, words", [
    (3, 2, "loop"),  # Dense 3 -> Dense 2 goes backwards
    (2, 4, "already has an input"),  # Dense 4 is fed by Dense 3
])
def test_invalid_link_is_refused_with_a_message(canvas, source, target, words):
    g = canvas.graph
    if words == "loop":
        g.disconnect(6)  # free Dense 2's input so only the loop is wrong
    before = g.to_dict()
    canvas.press(_out_port(canvas, source))
    canvas.move(_in_port(canvas, target) + QPointF(-40, 0))
    canvas.move(_in_port(canvas, target))
    port = canvas.scene.node_item(target).input_port
    assert port.state == PortItem.INVALID
    assert words in port.toolTip()
    assert words in canvas.messages[-1]
    canvas.release(_in_port(canvas, target))
    assert g.to_dict() == before and canvas.stack.count() == 0
    assert words in canvas.messages[-1]
    assert port.state == PortItem.NORMAL


def test_dragging_a_linked_input_detaches_the_link(canvas):
    g = canvas.graph
    before = g.to_dict()
    canvas.drag(_in_port(canvas, 5), _empty_spot(canvas))
    assert 9 not in g.links and canvas.stack.count() == 1
    _undo_redo_round_trip(canvas, before, g.to_dict())


def test_dragging_a_linked_input_onto_another_input_moves_the_link(canvas):
    g = canvas.graph
    spare = g.add_node("Output", x=700, y=300)
    g.disconnect(9)
    g.connect(4, 5)  # fresh id, so the link to move is the last one made
    before = g.to_dict()
    canvas.drag(_in_port(canvas, 5), _in_port(canvas, spare.id))
    assert g.find_link(4, 5) is None and g.find_link(4, spare.id) is not None
    assert canvas.stack.count() == 1  # one undo step for the whole gesture
    _undo_redo_round_trip(canvas, before, g.to_dict())


def test_link_drawn_backwards_from_a_free_input(canvas):
    g = canvas.graph
    g.disconnect(9)
    canvas.press(_in_port(canvas, 5))
    assert canvas.scene.node_item(4).output_port.state == PortItem.VALID
    canvas.move(_out_port(canvas, 4))
    canvas.release(_out_port(canvas, 4))
    assert g.find_link(4, 5) is not None and canvas.stack.count() == 1


def test_releasing_on_a_card_links_to_its_input(canvas):
    g = canvas.graph
    g.disconnect(9)
    canvas.drag(_out_port(canvas, 4), _title(canvas, 5))
    assert g.find_link(4, 5) is not None


# ----- moving, selecting, keys ---------------------------------------------------------------------------
def test_move_pushes_one_command_on_release(canvas):
    g = canvas.graph
    before = g.to_dict()
    start = _title(canvas, 3)
    canvas.press(start)
    for step in range(1, 6):
        canvas.move(start + QPointF(10 * step, 12 * step))
        assert (g.nodes[3].x, g.nodes[3].y) == (440, 0)  # the graph waits for the release
    canvas.release(start + QPointF(50, 60))
    assert canvas.stack.count() == 1 and canvas.stack.undoText() == "Move Dense 3"
    assert (g.nodes[3].x, g.nodes[3].y) == (490, 60)
    link = canvas.scene.link_item(7)
    assert link._path.currentPosition().y() == pytest.approx(60 + PORT_Y, abs=1)  # links follow
    _undo_redo_round_trip(canvas, before, g.to_dict())


def test_moving_a_selection_moves_all_in_one_command(canvas):
    g = canvas.graph
    canvas.scene.select_nodes([2, 3])
    start = _title(canvas, 2)
    canvas.drag(start, start + QPointF(0, 100))
    assert canvas.stack.count() == 1 and canvas.stack.undoText() == "Move 2 layers"
    assert (g.nodes[2].y, g.nodes[3].y) == (100, 100)


def test_click_without_moving_pushes_nothing(canvas):
    canvas.press(_title(canvas, 2))
    canvas.release(_title(canvas, 2))
    assert canvas.stack.count() == 0
    assert canvas.scene.selected_node_ids() == [2]


def test_rubber_band_selects_several(canvas):
    # from empty space above-left of Input to the middle of Dense 3's header
    canvas.drag(QPointF(-40, -60), _title(canvas, 3), steps=6)
    assert canvas.scene.selected_node_ids() == [1, 2, 3]


def test_delete_key_removes_selection_and_undo_restores(canvas):
    before = canvas.graph.to_dict()
    canvas.scene.select_nodes([3])
    canvas.view.setFocus()
    canvas.key(Qt.Key.Key_Delete)
    assert 3 not in canvas.graph.nodes and 7 not in canvas.graph.links and 8 not in canvas.graph.links
    assert canvas.stack.undoText() == "Delete Dense 3"
    _undo_redo_round_trip(canvas, before, canvas.graph.to_dict())

    canvas.scene.link_item(6).setSelected(True)
    canvas.key(Qt.Key.Key_Backspace)
    assert 6 not in canvas.graph.links and 1 in canvas.graph.nodes


def test_copy_paste_with_keys(canvas):
    g = canvas.graph
    before = g.to_dict()
    canvas.scene.select_nodes([2, 3])
    canvas.key(Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    data = json.loads(bytes(QGuiApplication.clipboard().mimeData().data(GRAPH_MIME)).decode())
    assert data == g.subgraph({2, 3}).to_dict()
    canvas.key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    new_ids = canvas.scene.selected_node_ids()
    assert len(new_ids) == 2 and not set(new_ids) & {2, 3}
    copies = [g.nodes[i] for i in new_ids]
    assert sorted((n.x, n.y) for n in copies) == [(260, 40), (480, 40)]
    assert g.find_link(new_ids[0], new_ids[1]) is not None  # the link between them came along
    assert len(g.links) == 5
    assert canvas.stack.count() == 1 and canvas.stack.undoText() == "Paste 2 layers"
    _undo_redo_round_trip(canvas, before, g.to_dict())
    canvas.key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # a second paste lands further on
    assert sorted((g.nodes[i].x, g.nodes[i].y) for i in canvas.scene.selected_node_ids()) == [(300, 80), (520, 80)]


def test_paste_with_nothing_copied_says_so(canvas):
    QGuiApplication.clipboard().clear()
    canvas.scene.paste()
    assert "nothing" in canvas.messages[-1].lower() or "no layers" in canvas.messages[-1]


def test_select_all_zoom_and_fit_keys(canvas):
    canvas.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert canvas.scene.selected_node_ids() == [1, 2, 3, 4, 5]
    assert canvas.scene.selected_link_ids() == [6, 7, 8, 9]
    zoom = canvas.view.zoom()
    canvas.key(Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert canvas.view.zoom() > zoom
    canvas.key(Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    canvas.key(Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert canvas.view.zoom() < zoom
    canvas.key(Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    visible = canvas.view.mapToScene(canvas.view.viewport().rect()).boundingRect()
    assert visible.contains(canvas.scene.itemsBoundingRect())


def test_wheel_zoom_keeps_point_under_cursor(canvas, qtbot):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    at = canvas.vp(_title(canvas, 3))
    before = canvas.view.mapToScene(at)
    event = QWheelEvent(QPointF(at), QPointF(canvas.view.viewport().mapToGlobal(at)), QPoint(0, 0),
                        QPoint(0, 240), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(canvas.view.viewport(), event)
    assert canvas.view.zoom() > 1.2
    after = canvas.view.mapToScene(at)
    assert abs(after.x() - before.x()) < 3 and abs(after.y() - before.y()) < 3


def test_port_lights_up_on_hover(canvas):
    port = canvas.scene.node_item(3).output_port
    canvas.move(_out_port(canvas, 3) + QPointF(0, 60))
    canvas.move(_out_port(canvas, 3))
    assert port.state == PortItem.HOVER
    canvas.move(_empty_spot(canvas))
    assert port.state == PortItem.NORMAL


def test_hovering_a_neuron_says_which_one(canvas):
    """The window shows the neuron under the mouse large on the boundary plot (TF Playground)."""
    dense = canvas.graph.nodes_of_kind("Dense")[0]
    item = canvas.scene.node_item(dense.id)
    maps = np.zeros((item.units, THUMB, THUMB), np.float32)
    canvas.scene.show_neurons(Snapshot(step=1, epoch=0.1, steps_per_epoch=10, train_loss=0.5, test_loss=0.5,
                                       train_accuracy=0.5, test_accuracy=0.5,
                                       views=canvas_views({dense.id: maps}, {})))
    seen: list = []
    canvas.scene.neuron_hovered.connect(seen.append)

    def neuron(index: int) -> QPointF:
        return item.mapToScene(item.neuron_rect(index).center())

    frame = item.neuron_rect(2).adjusted(-1.5, -1.5, 1.5, 1.5)  # the hovered square gets a frame
    on_frame = canvas.vp(item.mapToScene(QPointF(frame.left(), frame.center().y())))

    def bluish() -> bool:  # the selection colour, blended by antialiasing
        colour = canvas.view.viewport().grab().toImage().pixelColor(on_frame)
        return colour.blue() - colour.red() > 60

    canvas.move(_empty_spot(canvas))
    assert not bluish()
    canvas.move(neuron(2))
    assert bluish()
    canvas.move(neuron(3))
    canvas.move(neuron(3) + QPointF(0.5, 0.5))  # within the same square: nothing new
    canvas.move(_empty_spot(canvas))
    assert seen == [(dense.id, 2), (dense.id, 3), None]
    canvas.move(neuron(0))
    canvas.scene.clear_snapshot()  # a new run: the maps are gone, so is the neuron in view
    assert seen[-2:] == [(dense.id, 0), None]


def test_middle_drag_pans(canvas):
    bar = canvas.view.horizontalScrollBar()
    before = bar.value()
    at = QPointF(600, 400)
    canvas.press(at, Qt.MouseButton.MiddleButton)
    QTest.mouseMove(canvas.view.viewport(), canvas.vp(at) + QPoint(-80, 0))
    canvas.release(at, Qt.MouseButton.MiddleButton)
    assert bar.value() == before + 80
    assert canvas.stack.count() == 0 and canvas.scene.selectedItems() == []


def test_context_menu_acts_on_what_is_under_it(canvas):
    menu = canvas.view.context_menu(_title(canvas, 4))
    assert canvas.scene.selected_node_ids() == [4]
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert {"Delete", "Copy", "Paste", "Auto-layout", "Fit to view"} <= set(actions)
    actions["Delete"].trigger()
    assert 4 not in canvas.graph.nodes


def test_auto_layout_is_one_command_without_overlaps(canvas):
    g = canvas.graph
    for nid, (x, y) in {1: (300, 300), 2: (0, 0), 3: (10, 10), 4: (20, 20), 5: (-400, 0)}.items():
        g.move_node(nid, x, y)
    side = g.add_node("Dense", {"units": 4}, x=0, y=0)
    g.connect(2, side.id)
    before = g.to_dict()
    canvas.view.auto_layout()
    assert canvas.stack.count() == 1 and canvas.stack.undoText() == "Auto-layout"
    rects = [item.sceneBoundingRect() for item in canvas.scene.node_items.values()]
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert not a.intersects(b)
    xs = [g.nodes[n].x for n in (1, 2, 3, 4, 5)]
    assert xs == sorted(xs) and len(set(xs)) == 5  # left to right along the chain
    _undo_redo_round_trip(canvas, before, g.to_dict())


def test_every_edit_undoes_back_to_the_start(canvas):
    """A session of mixed gestures, undone step by step and redone, state by state."""
    g = canvas.graph
    states = [g.to_dict()]
    canvas.drop(layer_mime_data("Dense"), _empty_spot(canvas))
    states.append(g.to_dict())
    canvas.drop(layer_mime_data("Dropout"), _link_mid(canvas, 8))
    states.append(g.to_dict())
    canvas.scene.select_nodes([2])
    canvas.key(Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    canvas.key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    states.append(g.to_dict())
    canvas.drag(_title(canvas, 1), _title(canvas, 1) + QPointF(-30, 40))
    states.append(g.to_dict())
    canvas.drag(_in_port(canvas, 5), QPointF(900, 450))
    states.append(g.to_dict())
    canvas.scene.select_nodes([3])
    canvas.key(Qt.Key.Key_Delete)
    states.append(g.to_dict())
    canvas.view.auto_layout()
    states.append(g.to_dict())
    assert canvas.stack.count() == len(states) - 1
    for state in reversed(states[:-1]):
        canvas.stack.undo()
        assert g.to_dict() == state
        _assert_scene_matches(canvas)
    for state in states[1:]:
        canvas.stack.redo()
        assert g.to_dict() == state
        _assert_scene_matches(canvas)


# ----- analysis and live training ---------------------------------------------------------------------
def test_set_analysis_marks_the_offending_node(canvas, project):
    g = canvas.graph
    data, loss = project.data, project.training.loss
    g.set_param(4, "units", 3)  # binary cross-entropy wants 1 output unit
    loose = g.add_node("Dense", x=300, y=300)
    canvas.scene.set_analysis(analyse(g, data.dataset, data.params, loss))
    output, loose_item, dense = (canvas.scene.node_item(i) for i in (5, loose.id, 2))
    assert output.severity == ERROR and "exactly 1 output unit" in output.toolTip()
    assert loose_item.severity == WARNING and "not connected" in loose_item.toolTip()
    assert dense.severity is None and dense.shape_text == "\u2192 (8,)"
    assert canvas.scene.node_item(1).shape_text == "\u2192 (2,)"
    assert canvas.scene.node_item(4).shape_text == "\u2192 (3,)"
    canvas.view.viewport().grab()  # the marked cards paint
    g.set_param(4, "units", 1)
    canvas.scene.set_analysis(analyse(g, data.dataset, data.params, loss))
    assert output.severity is None and "output unit" not in output.toolTip()
    canvas.scene.set_analysis(None)
    assert loose_item.severity is None and loose_item.shape_text == ""


def canvas_views(maps: dict, weights: dict) -> dict:
    """A snapshot's views as the canvas reads them: the neurons' maps and the links' weights."""
    grid = np.full((GRID, GRID, 2), 0.5, np.float32)
    return {"plane": PlanePayload(grid, (-1.0, 1.0, -1.0, 1.0), maps), "link_weights": LinkWeightsPayload(weights)}


def _snapshot(graph) -> Snapshot:
    rng = np.random.default_rng(0)
    maps = {nid: rng.uniform(-1, 1, (graph.nodes[nid].params["units"], THUMB, THUMB)) for nid in (2, 3, 4)}
    weights = {2: rng.normal(size=(8, 2)), 3: rng.normal(size=(8, 8)), 4: rng.normal(size=(1, 8))}
    return Snapshot(10, 1.0, 10, 0.3, 0.3, 0.9, 0.9, views=canvas_views(maps, weights))


def test_show_snapshot_paints_neurons_and_weights(canvas):
    scene = canvas.scene
    scene.show_snapshot(_snapshot(canvas.graph))
    assert scene.node_item(2).neuron_maps.shape == (8, THUMB, THUMB)
    assert scene.node_item(2)._maps_image is not None
    assert scene.link_item(7).per_weight  # Dense 2 -> Dense 3: neuron to neuron
    assert len(scene.link_item(7)._lines) == 64
    assert not scene.link_item(6).per_weight and scene.link_item(6).weights is not None  # Input: mean
    canvas.view.viewport().grab()  # paints every item with the snapshot on
    scene.clear_snapshot()
    assert scene.node_item(2).neuron_maps is None and scene.link_item(7).weights is None


def test_snapshot_from_an_older_network_is_not_mislabelled(canvas):
    canvas.graph.set_param(3, "units", 4)  # the run still has 8 units there
    canvas.scene.show_snapshot(_snapshot_with_units(canvas.graph))
    assert canvas.scene.node_item(3).neuron_maps is None
    assert not canvas.scene.link_item(7).per_weight


def _snapshot_with_units(graph) -> Snapshot:
    rng = np.random.default_rng(1)
    maps = {3: rng.uniform(-1, 1, (8, THUMB, THUMB))}
    return Snapshot(1, 0.1, 10, 1.0, 1.0, None, None, views=canvas_views(maps, {3: rng.normal(size=(8, 8))}))


# ----- palette ----------------------------------------------------------------------------------------------
def test_palette_lists_every_layer_and_filters(qtbot):
    from playground.core import catalog

    palette = Palette()
    qtbot.addWidget(palette)
    assert sorted(palette.visible_kinds()) == sorted(catalog.LAYERS)
    palette.search.setText("CONV")
    assert palette.visible_kinds() == ["Conv2D"]
    assert not palette.groups["Convolution"].isHidden()
    assert palette.groups["Layers"].isHidden() and palette.groups["Activations"].isHidden()
    palette.search.setText("sequence")  # matches help text too
    assert {"RNN", "LSTM", "Flatten"} <= set(palette.visible_kinds())
    palette.search.setText("no such thing")
    assert palette.visible_kinds() == [] and all(g.isHidden() for g in palette.groups.values())
    palette.search.clear()
    assert len(palette.visible_kinds()) == len(catalog.LAYERS)


def test_palette_tooltips_and_drag_flags(qtbot):
    palette = Palette()
    qtbot.addWidget(palette)
    item = palette.layer_items["LSTM"]
    assert "long short-term memory" in item.toolTip(0).lower()
    assert item.flags() & Qt.ItemFlag.ItemIsDragEnabled
    assert not palette.groups["Recurrent"].flags() & Qt.ItemFlag.ItemIsDragEnabled
    assert palette.tree.mimeTypes() == [LAYER_MIME]


def test_palette_double_click_and_enter_add_at_view_centre(canvas, qtbot):
    palette = Palette()
    qtbot.addWidget(palette)
    palette.add_requested.connect(canvas.view.add_layer_at_centre)
    canvas.view.centerOn(QPointF(500, 600))  # empty canvas in the middle of the view
    palette.tree.itemActivated.emit(palette.layer_items["GRU"], 0)
    (gru,) = canvas.graph.nodes_of_kind("GRU")
    centre = canvas.view.mapToScene(canvas.view.viewport().rect().center())
    assert abs(gru.x + CARD_W / 2 - centre.x()) < 2 and abs(gru.y + HEADER_H / 2 - centre.y()) < 2
    palette.search.setText("dens")
    palette.search.returnPressed.emit()
    assert len(canvas.graph.nodes_of_kind("Dense")) == 4
    palette.search.setText("gru")
    palette.search.returnPressed.emit()
    second = [n for n in canvas.graph.nodes_of_kind("GRU") if n.id != gru.id][0]
    assert (second.x, second.y) != (gru.x, gru.y)  # a second add steps aside


# ----- commands on their own ------------------------------------------------------------------------------
def test_commands_check_before_they_are_pushed(graph, stack):
    from playground.core.graph import GraphError
    from playground.ui import commands

    with pytest.raises(GraphError, match="already has an input"):
        commands.Connect(graph, 2, 4)
    with pytest.raises(GraphError):
        commands.AddNode(graph, "NoSuchLayer", 0, 0)
    with pytest.raises(GraphError, match="cannot go inside a link"):
        commands.InsertNode(graph, 7, "Input", 0, 0)
    with pytest.raises(GraphError, match="Cannot paste"):
        commands.Paste(graph, {"nodes": [{"id": 1, "kind": "Dense", "params": {"units": -3}, "x": 0, "y": 0}]})
    with pytest.raises(GraphError, match="Nothing moved"):
        commands.MoveNodes(graph, {2: (220.0, 0.0)})
    assert commands.RemoveItems(graph, [], [7]).text() == "Delete link Dense 2 \u2192 Dense 3"
    assert commands.RemoveItems(graph, [2, 3]).text() == "Delete 2 layers and 3 links"
    assert commands.Disconnect(graph, 7).text() == "Unlink Dense 2 \u2192 Dense 3"
    assert commands.InsertNode(graph, 7, "Tanh", 0, 0).text() == "Insert Tanh into Dense 2 \u2192 Dense 3"
    assert stack.count() == 0


def test_removing_merge_inputs_restores_their_order(graph, stack):
    from playground.ui import commands

    cat = graph.add_node("Concat", x=500, y=300)
    first = graph.connect(3, cat.id)
    second = graph.connect(2, cat.id)
    before = graph.to_dict()
    stack.push(commands.RemoveItems(graph, [3]))
    stack.undo()
    assert graph.to_dict() == before
    assert [l.id for l in graph.inputs_of(cat.id)] == [first.id, second.id]


# ----- colours and stale snapshots ------------------------------------------------------------------------
def test_canvas_colours_match_the_plots(canvas):
    """One convention everywhere: orange negative / class 0, blue positive / class 1."""
    from playground.ui.canvas import items
    from playground.ui.plots import colors

    assert items.diverging_colour(-1.0).getRgb()[:3] == colors.ORANGE
    assert items.diverging_colour(1.0).getRgb()[:3] == colors.BLUE
    assert items.diverging_colour(0.0).getRgb()[:3] == colors.MIDDLE
    negative, positive = items._weight_pens(np.array([-3.0, 3.0]))
    assert negative.color().getRgb()[:3] == colors.ORANGE and positive.color().getRgb()[:3] == colors.BLUE
    canvas.scene.show_snapshot(_snapshot(canvas.graph))
    assert "orange = negative" in canvas.scene.link_item(7).toolTip()
    assert "orange = negative" in canvas.scene.node_item(2).toolTip()


def test_a_snapshot_keyed_by_another_projects_ids_is_ignored(canvas):
    """Node ids repeat between projects: an old run's Dense 2 must not paint a new Conv2D 2."""
    g = canvas.graph
    g.replace_with(Graph())
    conv = g.add_node("Conv2D", x=0, y=0, node_id=2)
    dense = g.add_node("Dense", {"units": 8}, x=300, y=0, node_id=3)
    link = g.connect(conv.id, dense.id)
    rng = np.random.default_rng(2)
    snap = Snapshot(5, 0.5, 10, 1.0, 1.0, None, None,
                    views=canvas_views({conv.id: rng.uniform(-1, 1, (8, THUMB, THUMB))},
                                       {conv.id: rng.normal(size=(8, 8)), dense.id: rng.normal(size=(4, 8))}))
    canvas.scene.show_snapshot(snap)
    assert canvas.scene.node_item(conv.id).neuron_maps is None
    assert canvas.scene.node_item(conv.id).neuron_count() == 0
    assert canvas.scene.link_item(link.id).weights is None  # 4 rows for an 8-unit Dense


def test_neuron_placeholders_can_be_turned_off_for_data_without_a_plane(canvas):
    item = canvas.scene.node_item(3)
    tall = item.card_height()
    item.set_neuron_placeholders(False)
    assert item.neuron_count() == 0 and item.card_height() < tall
    assert "Each square" not in item.toolTip()
    maps = np.zeros((8, THUMB, THUMB))
    item.set_neuron_maps(maps)  # maps arrive after all (a 2-D data set): the squares show
    assert item.neuron_count() == 8 and item.card_height() == tall
    item.set_neuron_maps(None)
    assert item.neuron_count() == 0
    item.set_neuron_placeholders(True)
    assert item.neuron_count() == 8 and item.card_height() == tall
    canvas.view.viewport().grab()


def test_new_maps_repaint_the_neuron_squares_and_links_only_when_their_look_changed(canvas, monkeypatch):
    scene = canvas.scene
    snap = _snapshot(canvas.graph)
    scene.show_snapshot(snap)
    card, link = scene.node_item(3), scene.link_item(7)
    squares = card.neurons
    assert squares.parentItem() is card
    assert squares.acceptedMouseButtons() == Qt.MouseButton.NoButton  # clicks and drags go to the card
    centre = card.mapToScene(card.neuron_rect(0).center())
    assert scene.node_at(centre) is card
    assert squares.boundingRect().contains(card.neuron_rect(card.neuron_count() - 1))
    updates: list[str] = []
    monkeypatch.setattr(card, "update", lambda *a: updates.append("card"))
    monkeypatch.setattr(squares, "update", lambda *a: updates.append("squares"))
    monkeypatch.setattr(link, "update", lambda *a: updates.append("link"))
    scene.show_snapshot(snap)  # the same maps and weights again: nothing to repaint
    assert updates == []
    maps, weights = snap.views["plane"].neuron_maps, snap.views["link_weights"].weights
    new_maps = {**maps, 3: -maps[3]}
    scene.show_snapshot(Snapshot(11, 1.1, 10, 0.3, 0.3, 0.9, 0.9, views=canvas_views(new_maps, weights)))
    assert updates == ["squares"]  # new maps: the squares alone, the card keeps its cached pixmap
    updates.clear()
    flipped = Snapshot(11, 1.1, 10, 0.3, 0.3, 0.9, 0.9,
                       views=canvas_views(maps, {**weights, 3: -weights[3]}))
    scene.show_snapshot(flipped)
    assert "link" in updates and "card" not in updates
    canvas.view.viewport().grab()


def test_tidy_up_wraps_a_deep_network_only_when_the_view_needs_it(canvas):
    from playground.core.project import load_project
    from playground.ui.main_window import EXAMPLES

    deep = load_project(EXAMPLES / "digits_cnn.json").graph  # 8 layers in a chain
    canvas.graph.replace_with(deep)
    canvas.view.resize(900, 600)
    canvas.view.auto_layout()
    rows = {node.y for node in canvas.graph.nodes.values()}
    assert len(rows) >= 2  # wrapped into bands: the cards stay readable
    assert canvas.view.zoom() >= 0.6
    canvas.stack.undo()
    canvas.view.resize(3000, 500)
    canvas.view.auto_layout()
    assert len({node.y for node in canvas.graph.nodes.values()}) == 1  # room for one row: no wrap


def test_trackpad_scroll_pans_and_ctrl_scroll_zooms(canvas):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    at = canvas.vp(_title(canvas, 3))

    def scroll(pixels: QPoint, angle: QPoint, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        event = QWheelEvent(QPointF(at), QPointF(canvas.view.viewport().mapToGlobal(at)), pixels, angle,
                            Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.ScrollUpdate, False)
        QApplication.sendEvent(canvas.view.viewport(), event)

    zoom, before = canvas.view.zoom(), canvas.view.mapToScene(at)
    scroll(QPoint(-30, -20), QPoint(-60, -40))  # two fingers: the trackpad reports pixels
    assert canvas.view.zoom() == zoom
    moved = canvas.view.mapToScene(at) - before
    assert (round(moved.x()), round(moved.y())) == (30, 20)  # the canvas follows the fingers
    scroll(QPoint(0, 30), QPoint(0, 120), Qt.KeyboardModifier.ControlModifier)
    assert canvas.view.zoom() > zoom

"""Editing fast on the canvas: the - / + buttons of a Dense card and "Add a hidden layer" from the
right-click menu of a link or a card, driven through the real view, each one undo step."""

from __future__ import annotations

from PySide6.QtCore import QPointF

# default_project(): Input 1 -> Dense 2 -> Dense 3 -> Dense 4 -> Output 5, links 6..9


def _button(canvas, node_id: int, step: int) -> QPointF:
    item = canvas.scene.node_item(node_id)
    return item.mapToScene(item.unit_button_rect(step).center())


def _click(canvas, pos: QPointF) -> None:
    canvas.press(pos)
    canvas.release(pos)


def _menu_action(canvas, pos: QPointF, text: str):
    actions = {a.text(): a for a in canvas.view.context_menu(pos).actions()}
    return actions[text]


def test_plus_and_minus_change_units_without_moving_or_selecting(canvas):
    card = canvas.scene.node_item(2)
    start = (card.x(), card.y())
    assert canvas.graph.nodes[2].params["units"] == 8
    for _ in range(3):
        _click(canvas, _button(canvas, 2, 1))
    assert canvas.graph.nodes[2].params["units"] == 11
    assert card.units == 11 and card.subtitle.startswith("11 units")
    _click(canvas, _button(canvas, 2, -1))
    assert canvas.graph.nodes[2].params["units"] == 10
    assert (card.x(), card.y()) == start and canvas.scene.selectedItems() == []
    assert all(canvas.stack.command(i).text().startswith("Set Dense 2 units") for i in range(canvas.stack.count()))
    while canvas.stack.canUndo():
        canvas.stack.undo()
    assert canvas.graph.nodes[2].params["units"] == 8
    canvas.stack.redo()
    assert canvas.graph.nodes[2].params["units"] == 10


def test_a_drag_started_on_a_button_moves_nothing(canvas):
    at = _button(canvas, 3, 1)
    canvas.drag(at, at + QPointF(120, 80))  # released off the button: no click, no move
    assert canvas.graph.nodes[3].params["units"] == 8
    assert canvas.stack.count() == 0


def test_minus_stops_at_one_unit_with_a_sentence(canvas):
    canvas.graph.set_param(4, "units", 1)
    _click(canvas, _button(canvas, 4, -1))
    assert canvas.graph.nodes[4].params["units"] == 1
    assert canvas.stack.count() == 0 and canvas.messages


def test_dragging_a_card_by_its_title_still_moves_it(canvas):
    card = canvas.scene.node_item(3)
    title = card.mapToScene(QPointF(30, 10))
    canvas.drag(title, title + QPointF(0, 100))
    assert canvas.graph.nodes[3].y == card.y() and canvas.stack.count() == 1


def test_add_a_hidden_layer_on_a_link(canvas):
    before = canvas.graph.to_dict()
    link = canvas.scene.link_item(7)  # Dense 2 -> Dense 3
    _menu_action(canvas, link._path.pointAtPercent(0.5), "Add a hidden layer").trigger()
    g = canvas.graph
    new = max(g.nodes)
    assert g.nodes[new].kind == "Dense" and g.nodes[new].params["activation"] == g.nodes[2].params["activation"]
    assert [l.source for l in g.inputs_of(new)] == [2] and [l.target for l in g.outputs_of(new)] == [3]
    assert canvas.stack.count() == 1 and canvas.scene.selected_node_ids() == [new]
    after = g.to_dict()
    canvas.stack.undo()
    assert g.to_dict() == before
    canvas.stack.redo()
    assert g.to_dict() == after


def test_add_a_hidden_layer_after_a_card(canvas):
    card = canvas.scene.node_item(1)
    pos = card.mapToScene(QPointF(40, 10))
    _menu_action(canvas, pos, "Add a hidden layer after it").trigger()
    g = canvas.graph
    new = max(g.nodes)
    assert [l.source for l in g.inputs_of(new)] == [1] and [l.target for l in g.outputs_of(new)] == [2]
    canvas.stack.undo()
    assert new not in g.nodes and [l.target for l in g.outputs_of(1)] == [2]


def test_a_card_without_an_outgoing_link_offers_it_disabled(canvas):
    card = canvas.scene.node_item(5)  # the Output
    action = _menu_action(canvas, card.mapToScene(QPointF(40, 10)), "Add a hidden layer after it")
    assert not action.isEnabled()
    assert canvas.scene.add_hidden_layer_after(5) is None and canvas.messages

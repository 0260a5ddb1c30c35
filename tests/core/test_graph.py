"""The graph model: every edit, the events it emits, and the edits it refuses."""

from __future__ import annotations

import pytest

from playground.core import catalog
from playground.core.graph import EventType, Graph, GraphError, GraphEvent, Link, Node

E = EventType


class Recorder:
    def __init__(self, graph: Graph):
        self.events: list[GraphEvent] = []
        graph.subscribe(self.events.append)

    def take(self) -> list[tuple]:
        """The events so far as (type, node_id, link_id, name) tuples, then forget them."""
        out = [(e.type, e.node_id, e.link_id, e.name) for e in self.events]
        self.events.clear()
        return out


def state(graph: Graph):
    return graph.to_dict(), graph._next_id


@pytest.fixture
def chain():
    """Input(1) -> Dense(2) -> Output(3), links 4 and 5, plus a recorder attached afterwards."""
    g = Graph()
    g.add_node("Input", x=0, y=0)
    g.add_node("Dense", {"units": 4}, x=220, y=0)
    g.add_node("Output", x=440, y=0)
    g.connect(1, 2)
    g.connect(2, 3)
    return g, Recorder(g)


# ----- adding and removing nodes ----------------------------------------------------------------
def test_add_node_fills_defaults_and_emits_node_added():
    g = Graph()
    rec = Recorder(g)
    node = g.add_node("Dense", {"units": 3}, x=10, y=-5)
    assert node == Node(1, "Dense", {"units": 3, "activation": "Tanh", "bias": True, "init": "default"},
                        10.0, -5.0)
    assert g.nodes == {1: node}
    assert rec.take() == [(E.NODE_ADDED, 1, None, None)]
    assert g.add_node("Input").id == 2
    assert g.add_node("Flatten", node_id=10).id == 10
    assert g.add_node("Output").id == 11  # ids continue after the largest taken
    assert [e[1] for e in rec.take()] == [2, 10, 11]


def test_node_label_and_spec():
    node = Graph().add_node("Conv2D")
    assert node.label == "Conv2D 1"
    assert node.spec is catalog.LAYERS["Conv2D"]


def test_remove_node_removes_its_links_first(chain):
    g, rec = chain
    node, links = g.remove_node(2)
    assert node.kind == "Dense" and [l.id for l in links] == [4, 5]
    assert set(g.nodes) == {1, 3} and g.links == {}
    assert rec.take() == [(E.LINK_REMOVED, None, 4, None), (E.LINK_REMOVED, None, 5, None),
                          (E.NODE_REMOVED, 2, None, None)]


def test_restore_node_puts_back_id_params_and_position(chain):
    g, rec = chain
    g.set_param(2, "units", 7)
    g.move_node(2, 300, 50)
    before = state(g)
    node, links = g.remove_node(2)
    rec.take()
    restored = g.restore_node(node)
    for l in links:
        g.connect(l.source, l.target, link_id=l.id)
    assert restored == node and restored is not node
    assert state(g) == before
    assert rec.take() == [(E.NODE_ADDED, 2, None, None), (E.LINK_ADDED, None, 4, None),
                          (E.LINK_ADDED, None, 5, None)]


def test_node_lookup_of_a_missing_id():
    with pytest.raises(GraphError, match="There is no node 9"):
        Graph().node(9)


# ----- links -------------------------------------------------------------------------------------
def test_connect_and_disconnect_emit_their_events():
    g = Graph()
    g.add_node("Input")
    g.add_node("Dense")
    rec = Recorder(g)
    link = g.connect(1, 2)
    assert link == Link(3, 1, 2) and g.links == {3: link}
    assert g.inputs_of(2) == [link] and g.outputs_of(1) == [link] and g.links_of(2) == [link]
    assert g.find_link(1, 2) is link and g.find_link(2, 1) is None
    assert rec.take() == [(E.LINK_ADDED, None, 3, None)]
    assert g.disconnect(3) == link
    assert g.links == {}
    assert rec.take() == [(E.LINK_REMOVED, None, 3, None)]


def test_an_output_port_may_feed_many_links(chain):
    g, _ = chain
    g.add_node("Dense", node_id=6)
    g.connect(1, 6)
    assert [l.target for l in g.outputs_of(1)] == [2, 6]


@pytest.mark.parametrize("kind", ["Add", "Concat"])
def test_merge_nodes_take_several_inputs_ordered_by_link_id(kind):
    g = Graph()
    for _ in range(3):
        g.add_node("Dense")
    merge = g.add_node(kind, node_id=20)
    g.connect(3, 20, link_id=30)
    g.connect(1, 20, link_id=25)
    g.connect(2, 20, link_id=40)
    assert [l.source for l in g.inputs_of(merge.id)] == [1, 3, 2]
    assert [l.id for l in g.inputs_of(merge.id)] == [25, 30, 40]


def test_disconnect_of_a_missing_link_is_refused():
    g = Graph()
    rec = Recorder(g)
    with pytest.raises(GraphError, match="There is no link 4"):
        g.disconnect(4)
    assert rec.take() == []


# ----- parameters and positions ----------------------------------------------------------------
def test_set_param_coerces_returns_old_value_and_emits(chain):
    g, rec = chain
    assert g.set_param(2, "units", 16.0) == 4
    assert g.nodes[2].params["units"] == 16 and type(g.nodes[2].params["units"]) is int
    assert rec.take() == [(E.PARAM_CHANGED, 2, None, "units")]
    assert g.set_param(2, "units", 16) == 16
    assert rec.take() == []  # no change, no event


def test_move_node_returns_old_position_and_emits(chain):
    g, rec = chain
    assert g.move_node(2, 250, 30) == (220.0, 0.0)
    assert (g.nodes[2].x, g.nodes[2].y) == (250.0, 30.0)
    assert rec.take() == [(E.NODE_MOVED, 2, None, None)]
    g.move_node(2, 250, 30)
    assert rec.take() == []


# ----- insert_node ------------------------------------------------------------------------------
def test_insert_node_splits_a_link(chain):
    g, rec = chain
    node, first, second = g.insert_node(4, "Dropout", {"rate": 0.2}, x=110, y=0)
    assert node.id == 6 and node.params == {"rate": 0.2}
    assert (first.source, first.target) == (1, 6) and (second.source, second.target) == (6, 2)
    assert 4 not in g.links
    assert [l.source for l in g.inputs_of(2)] == [6]
    assert rec.take() == [(E.LINK_REMOVED, None, 4, None), (E.NODE_ADDED, 6, None, None),
                          (E.LINK_ADDED, None, first.id, None), (E.LINK_ADDED, None, second.id, None)]


@pytest.mark.parametrize("args, message", [
    ((99, "Dense"), "There is no link 99"),
    ((4, "Nope"), "Unknown layer kind 'Nope'"),
    ((4, "Input"), "cannot be inserted"),
    ((4, "Output"), "cannot be inserted"),
    ((4, "Dense", {"units": 0}), "at least 1"),
    ((4, "Dense", {"colour": "red"}), "no parameter 'colour'"),
    ((4, "Dense", None, 0, 0, 3), "already used"),
])
def test_insert_node_refusals_change_nothing(chain, args, message):
    g, rec = chain
    before = state(g)
    with pytest.raises(GraphError, match=message):
        g.insert_node(*args)
    assert state(g) == before
    assert rec.take() == []


# ----- refusals -------------------------------------------------------------------------------
@pytest.mark.parametrize("source, target, message", [
    (2, 2, "A layer cannot feed itself."),
    (3, 2, "Output has no output to link from."),
    (2, 1, "Input has no input: the data set feeds it."),
    (1, 2, "Input 1 already feeds Dense 2."),
    (6, 2, "Dense 2 already has an input; use an Add or Concat layer to merge several."),
    (6, 7, "That link would make a loop"),
    (11, 10, "That link would make a loop"),
    (1, 99, "Both ends of a link must be nodes on the canvas."),
    (99, 1, "Both ends of a link must be nodes on the canvas."),
])
def test_connect_refusals_change_nothing_and_emit_nothing(chain, source, target, message):
    g, rec = chain
    g.add_node("Dense", node_id=6)
    g.add_node("Add", node_id=7)
    g.connect(2, 7)
    g.connect(7, 6)  # 2 -> 7 -> 6, so 6 -> 7 would close a loop
    g.add_node("Dense", node_id=10)
    g.add_node("Dense", node_id=11)
    g.connect(10, 11)  # 10 has no input yet, but 11 -> 10 would close a loop
    rec.take()
    before = state(g)
    assert message in (g.connect_problem(source, target) or "")
    with pytest.raises(GraphError) as info:
        g.connect(source, target)
    assert message in str(info.value)
    assert state(g) == before
    assert rec.take() == []


def test_connect_problem_is_none_for_a_good_link(chain):
    g, _ = chain
    g.add_node("Dense", node_id=6)
    assert g.connect_problem(2, 6) is None


def test_duplicate_link_into_a_merge_node_is_refused():
    g = Graph()
    g.add_node("Dense")
    g.add_node("Add")
    g.connect(1, 2)
    with pytest.raises(GraphError, match="already feeds"):
        g.connect(1, 2)


def test_connect_with_a_used_link_id_is_refused(chain):
    g, rec = chain
    g.add_node("Dense", node_id=6)
    rec.take()
    before = state(g)
    with pytest.raises(GraphError, match="already used"):
        g.connect(2, 6, link_id=1)
    assert state(g) == before and rec.take() == []


@pytest.mark.parametrize("call, message", [
    (lambda g: g.add_node("Transformer"), "Unknown layer kind 'Transformer'"),
    (lambda g: g.add_node("Dense", {"units": 0}), "at least 1"),
    (lambda g: g.add_node("Dense", {"units": True}), "whole number"),
    (lambda g: g.add_node("Dense", {"activation": "Swish"}), "must be one of"),
    (lambda g: g.add_node("Dense", {"width": 3}), "no parameter 'width'"),
    (lambda g: g.add_node("Dense", node_id=2), "already used"),
    (lambda g: g.add_node("Dense", node_id=4), "already used"),  # link ids share the space
    (lambda g: g.remove_node(42), "There is no node 42"),
    (lambda g: g.set_param(2, "units", 0), "at least 1"),
    (lambda g: g.set_param(2, "units", 2.5), "whole number"),
    (lambda g: g.set_param(2, "activation", "Nope"), "must be one of"),
    (lambda g: g.set_param(2, "rate", 0.5), "Dense has no parameter 'rate'"),
    (lambda g: g.set_param(42, "units", 3), "There is no node 42"),
    (lambda g: g.move_node(42, 0, 0), "There is no node 42"),
])
def test_refused_edits_change_nothing_and_emit_nothing(chain, call, message):
    g, rec = chain
    before = state(g)
    with pytest.raises(GraphError, match=message):
        call(g)
    assert state(g) == before
    assert rec.take() == []


# ----- whole-graph operations -------------------------------------------------------------------
def test_clear_resets_ids_and_emits_reset(chain):
    g, rec = chain
    g.clear()
    assert g.nodes == {} and g.links == {}
    assert rec.take() == [(E.RESET, None, None, None)]
    assert g.add_node("Input").id == 1


def test_replace_with_keeps_listeners_and_copies_content(chain):
    g, rec = chain
    other = Graph()
    other.add_node("Input", node_id=5)
    g.replace_with(other)
    assert set(g.nodes) == {5} and g.links == {}
    assert rec.take() == [(E.RESET, None, None, None)]
    other.nodes[5].x = 999  # the graphs do not share nodes
    assert g.nodes[5].x == 0
    assert g.add_node("Dense").id == 6
    assert rec.take() == [(E.NODE_ADDED, 6, None, None)]


def test_copy_is_deep_equal_and_has_no_listeners(chain):
    g, rec = chain
    c = g.copy()
    assert c == g and state(c) == state(g)
    assert c._listeners == []
    c.set_param(2, "units", 99)
    c.add_node("Dense")
    assert g.nodes[2].params["units"] == 4 and len(g.nodes) == 3
    assert rec.take() == []


def test_subgraph_keeps_the_links_among_the_chosen_nodes(chain):
    g, rec = chain
    sub = g.subgraph({2, 3, 77})
    assert set(sub.nodes) == {2, 3}
    assert list(sub.links.values()) == [Link(5, 2, 3)]
    assert sub._next_id == 6
    sub.nodes[2].params["units"] = 50
    assert g.nodes[2].params["units"] == 4
    assert sub._listeners == [] and rec.take() == []
    assert Graph().subgraph(set())._next_id == 1


def test_unsubscribe_stops_events(chain):
    g, rec = chain
    g.unsubscribe(rec.events.append)
    g.unsubscribe(rec.events.append)  # twice is harmless
    g.move_node(1, 5, 5)
    assert rec.take() == []


def test_to_dict_lists_nodes_and_links_by_id(chain):
    g, _ = chain
    d = g.to_dict()
    assert [n["id"] for n in d["nodes"]] == [1, 2, 3]
    assert d["nodes"][1] == {"id": 2, "kind": "Dense", "x": 220.0, "y": 0.0,
                             "params": {"units": 4, "activation": "Tanh", "bias": True, "init": "default"}}
    assert d["links"] == [{"id": 4, "source": 1, "target": 2}, {"id": 5, "source": 2, "target": 3}]


def test_nodes_of_kind(chain):
    g, _ = chain
    assert [n.id for n in g.nodes_of_kind("Dense")] == [2]
    assert g.nodes_of_kind("LSTM") == []


# ----- order and loops ----------------------------------------------------------------------------
def test_topological_order_puts_every_source_before_its_target():
    g = Graph()
    # made out of order on purpose: the Output first, the Input last
    out = g.add_node("Output")
    add = g.add_node("Add")
    b = g.add_node("Dense")
    a = g.add_node("Dense")
    inp = g.add_node("Input")
    g.connect(inp.id, a.id)
    g.connect(a.id, b.id)
    g.connect(b.id, add.id)
    g.connect(a.id, add.id)
    g.connect(add.id, out.id)
    order = g.topological_order()
    assert order == [inp.id, a.id, b.id, add.id, out.id]
    for l in g.links.values():
        assert order.index(l.source) < order.index(l.target)
    assert g.cycle_nodes() == []


def test_topological_order_is_deterministic_for_independent_nodes():
    g = Graph()
    for kind in ("Dense", "Dense", "Dense"):
        g.add_node(kind)
    assert g.topological_order() == [1, 2, 3]


def test_a_loop_from_a_file_is_reported_by_order_and_cycle_nodes():
    g = Graph()
    inp, a, add, out = (g.add_node(k) for k in ("Input", "Dense", "Add", "Output"))
    g.connect(inp.id, add.id)
    g.connect(add.id, a.id)
    g.connect(a.id, out.id)
    g.links[99] = Link(99, a.id, add.id)  # what a hand-edited file may hold: connect refuses it
    with pytest.raises(GraphError, match="loop") as info:
        g.topological_order()
    # only the nodes on the loop: not the Input before it, nor the Output after it
    assert g.cycle_nodes() == [a.id, add.id]
    assert "Output" not in str(info.value) and "Dense 2" in str(info.value)

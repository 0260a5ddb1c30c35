"""Auto-layout: columns by depth, no overlaps, terminates on loops; no Qt involved."""

from __future__ import annotations

import itertools

from playground.core.graph import Graph, Link
from playground.core.layout import DEFAULT_SIZE, auto_layout, columns
from playground.core.project import default_project


def _overlap(a, b) -> bool:
    (ax, ay, aw, ah), (bx, by, bw, bh) = a, b
    return ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah


def _rects(positions, sizes):
    return {nid: (x, y, *sizes.get(nid, DEFAULT_SIZE)) for nid, (x, y) in positions.items()}


def test_chain_is_one_straight_row_left_to_right():
    graph = default_project().graph
    positions = auto_layout(graph)
    ordered = [positions[nid] for nid in graph.topological_order()]
    assert [y for _, y in ordered] == [0] * 5
    xs = [x for x, _ in ordered]
    assert xs == sorted(xs) and len(set(xs)) == 5


def test_branches_stack_without_overlap_and_every_link_points_right():
    g = Graph()
    inp = g.add_node("Input")
    a = g.add_node("Dense", {"units": 16})
    b = g.add_node("Dense", {"units": 4})
    c = g.add_node("Dense", {"units": 2})
    cat = g.add_node("Concat")
    out = g.add_node("Output")
    for s, t in ((inp, a), (inp, b), (inp, c), (a, cat), (b, cat), (c, cat), (cat, out)):
        g.connect(s.id, t.id)
    lonely = g.add_node("Dropout")
    sizes = {a.id: (144, 500), b.id: (144, 180), c.id: (144, 120), lonely.id: (100, 60)}
    positions = auto_layout(g, sizes)
    assert set(positions) == set(g.nodes)
    rects = _rects(positions, sizes)
    for p, q in itertools.combinations(rects.values(), 2):
        assert not _overlap(p, q)
    for link in g.links.values():
        assert positions[link.source][0] < positions[link.target][0]
    assert positions[a.id][0] == positions[b.id][0] == positions[c.id][0]  # one column
    assert columns(g)[lonely.id] == 0  # a source with nothing before it


def test_output_takes_the_last_column_even_unlinked():
    graph = default_project().graph
    graph.disconnect(9)  # Dense 4 no longer feeds Output 5
    col = columns(graph)
    assert col[5] == max(col.values()) == 4


def test_stacking_follows_the_inputs_to_avoid_crossings():
    g = Graph()
    top = g.add_node("Input", y=0)
    low = g.add_node("Input", y=500)
    # children placed in the opposite vertical order to their parents
    child_of_low = g.add_node("Dense", y=0)
    child_of_top = g.add_node("Dense", y=500)
    g.connect(top.id, child_of_top.id)
    g.connect(low.id, child_of_low.id)
    p = auto_layout(g)
    assert p[top.id][1] < p[low.id][1]
    assert p[child_of_top.id][1] < p[child_of_low.id][1]


def test_loops_from_a_file_still_lay_out():
    g = Graph()
    a, b, c = (g.add_node("Dense") for _ in range(3))
    g.connect(a.id, b.id)
    g.connect(b.id, c.id)
    g.links[99] = Link(99, c.id, a.id)  # only a loaded file can hold a loop
    positions = auto_layout(g)
    assert set(positions) == {a.id, b.id, c.id}
    assert positions[a.id][0] < positions[b.id][0] < positions[c.id][0]


def test_empty_graph():
    assert auto_layout(Graph()) == {}


def _long_chain(length: int) -> Graph:
    graph = Graph()
    ids = [graph.add_node("Input").id]
    for _ in range(length - 2):
        ids.append(graph.add_node("Dense").id)
    ids.append(graph.add_node("Output").id)
    for source, target in zip(ids, ids[1:]):
        graph.connect(source, target)
    return graph


def test_a_deep_chain_wraps_into_even_bands_read_like_text():
    graph = _long_chain(8)
    positions = auto_layout(graph, max_columns=5)
    order = graph.topological_order()
    first, second = order[:4], order[4:]  # 8 columns in 2 bands of 4, not 5 + 3
    assert len({positions[n][1] for n in first}) == 1 and len({positions[n][1] for n in second}) == 1
    assert [positions[n][0] for n in first] == [positions[n][0] for n in second]  # each band from the left
    assert positions[second[0]][1] >= positions[first[0]][1] + DEFAULT_SIZE[1]  # below, not overlapping
    rects = _rects(positions, {})
    assert not any(_overlap(rects[a], rects[b]) for a, b in itertools.combinations(rects, 2))
    assert auto_layout(graph, max_columns=8) == auto_layout(graph)  # no wrap when it fits


def test_a_gan_is_two_rows_g_above_d_whatever_its_depth():
    """G on the first row (Noise, its layers in order), D on the second: the real data's Input and
    Generated first, so both enter D side by side, then D's layers and the Output; no card overlaps."""
    from builders import dense, gan_graph

    g_layers = [dense(8, "ReLU")] * 6 + [dense(2, "Linear")]
    d_layers = [dense(8, "ReLU")] * 6 + [dense(1, "Linear")]
    graph, ids = gan_graph(g_layers, d_layers)
    sizes = {nid: (160.0, 60.0 + 10 * (nid % 4)) for nid in graph.nodes}  # cards of mixed heights
    g_row = ["Noise", *(f"G{i}" for i in range(len(g_layers)))]
    d_row = ["Input", "Generated", *(f"D{i}" for i in range(len(d_layers))), "Output"]
    positions = auto_layout(graph, sizes)
    xs = {name: positions[ids[name]][0] for name in ids}
    tops = {name: positions[ids[name]][1] for name in ids}
    assert {tops[n] for n in g_row} == {0} and len({tops[n] for n in d_row}) == 1  # two straight rows
    g_bottom = max(tops[n] + sizes[ids[n]][1] for n in g_row)
    assert tops["Input"] >= g_bottom + 2 * 36.0  # the gap a link back to the left runs in
    assert [xs[n] for n in g_row] == sorted(xs[n] for n in g_row) and len(set(xs[n] for n in g_row)) == len(g_row)
    assert [xs[n] for n in d_row] == sorted(xs[n] for n in d_row) and len(set(xs[n] for n in d_row)) == len(d_row)
    assert xs["Noise"] == xs["Input"] == 0  # both rows start at the left edge
    rects = _rects(positions, sizes)
    for a, b in itertools.combinations(rects.values(), 2):
        assert not _overlap(a, b)


def test_a_deep_gan_wraps_each_network_into_bands_g_above_d():
    """With max_columns (presenter mode, a narrow window), G's row and D's row each wrap into even
    bands read like text, every G band above every D band; no card overlaps."""
    from builders import dense, gan_graph

    graph, ids = gan_graph([dense(8, "ReLU")] * 6 + [dense(2, "Linear")],
                           [dense(8, "ReLU")] * 6 + [dense(1, "Linear")])
    sizes = {nid: (160.0, 60.0 + 10 * (nid % 4)) for nid in graph.nodes}
    g_row = ["Noise", *(f"G{i}" for i in range(7))]
    d_row = ["Input", "Generated", *(f"D{i}" for i in range(7)), "Output"]
    positions = auto_layout(graph, sizes, max_columns=4)
    place = {name: positions[ids[name]] for name in ids}
    bands = sorted({y for _, y in place.values()})
    assert len(bands) == 5  # G: 8 columns in 2 bands of 4; D: 10 in 3 bands of 4, 3, 3
    assert max(place[n][1] for n in g_row) < min(place[n][1] for n in d_row)
    for row in (g_row, d_row):  # each network reads band by band, left to right
        assert sorted(row, key=lambda n: (place[n][1], place[n][0])) == row
        assert all(sum(1 for n in row if place[n][1] == y) <= 4 for y in bands)
    rects = _rects(positions, sizes)
    for a, b in itertools.combinations(rects.values(), 2):
        assert not _overlap(a, b)


def test_a_graph_with_two_noise_sources_is_laid_out_as_any_graph():
    from builders import dense, gan_graph

    graph, ids = gan_graph([dense(2, "Linear")], [dense(1, "Linear")])
    graph.add_node("Noise", {})  # dropped there, unlinked: which Noise is G's is not for the layout to guess
    positions = auto_layout(graph)
    assert positions[ids["G0"]][0] < positions[ids["Generated"]][0] < positions[ids["D0"]][0]  # the plain columns

"""Automatic placement of a graph's nodes: columns by depth, left to right.

Each node goes in the column given by the longest path that reaches it from a source
(a node with no input), so every link points rightwards. Output layers get the last column
to themselves, where a reader looks for the end of the network. Nodes of one column are stacked
top to bottom, ordered by where their inputs sit (fewer crossing links), and each stack is
moved as a whole to sit level with its inputs (by the cards' top edges, where the ports are),
so a plain chain comes out as one straight row at y = 0.

A GAN (a graph with one Noise and one Generated card) is laid out as two rows, whatever its
depth: G on the first (Noise ... its last layer), D on the second, which starts with the real
data's Input and the Generated card, so both visibly enter D; G's last link comes down into
Generated through the gap between the rows (the canvas routes a link back to the left there).

Pure Python: the canvas passes each card's size, the positions are the cards' top-left corners.
"""

from __future__ import annotations

from typing import Mapping

from playground.core.graph import Graph

Size = tuple[float, float]
Position = tuple[float, float]

DEFAULT_SIZE: Size = (160.0, 80.0)
COLUMN_GAP = 80.0  # horizontal room between columns: enough for a readable link curve
ROW_GAP = 36.0  # vertical room between stacked cards


def _acyclic_links(graph: Graph) -> list[tuple[int, int]]:
    """(source, target) pairs with the links that close loops left out (loops are rare but legal
    in a loaded file: the layout must still terminate)."""
    order: dict[int, int] = {}
    on_stack: set[int] = set()
    kept: list[tuple[int, int]] = []
    outgoing: dict[int, list[int]] = {nid: [] for nid in graph.nodes}
    for link in sorted(graph.links.values(), key=lambda l: l.id):
        outgoing[link.source].append(link.target)

    def visit(start: int) -> None:
        # iterative DFS so a long chain cannot hit Python's recursion limit
        stack: list[tuple[int, int]] = [(start, 0)]
        order[start] = len(order)
        on_stack.add(start)
        while stack:
            nid, i = stack.pop()
            if i < len(outgoing[nid]):
                stack.append((nid, i + 1))
                target = outgoing[nid][i]
                if target in on_stack:
                    continue  # back edge: closes a loop
                kept.append((nid, target))
                if target not in order:
                    order[target] = len(order)
                    on_stack.add(target)
                    stack.append((target, 0))
            else:
                on_stack.discard(nid)

    for nid in sorted(graph.nodes):
        if nid not in order:
            visit(nid)
    return kept


def columns(graph: Graph) -> dict[int, int]:
    """Column index of every node: the longest path from a source, Outputs last."""
    links = _acyclic_links(graph)
    indegree = {nid: 0 for nid in graph.nodes}
    outgoing: dict[int, list[int]] = {nid: [] for nid in graph.nodes}
    for source, target in links:
        indegree[target] += 1
        outgoing[source].append(target)
    column = {nid: 0 for nid in graph.nodes}
    ready = sorted(nid for nid, d in indegree.items() if d == 0)
    while ready:
        nid = ready.pop()
        for target in outgoing[nid]:
            column[target] = max(column[target], column[nid] + 1)
            indegree[target] -= 1
            if indegree[target] == 0:
                ready.append(target)
    # Outputs get a column of their own, right of everything else
    last = max((c for nid, c in column.items() if graph.nodes[nid].spec.has_output), default=-1) + 1
    for nid, node in graph.nodes.items():
        if not node.spec.has_output:
            column[nid] = last
    return column


def _order_columns(graph: Graph, column: dict[int, int]) -> list[list[int]]:
    """Nodes of each column, top to bottom: by the mean row of their inputs (barycentre),
    ties broken by where the user had them, then by id."""
    count = max(column.values(), default=-1) + 1
    stacks: list[list[int]] = [[] for _ in range(count)]
    for nid in sorted(graph.nodes, key=lambda n: (graph.nodes[n].y, n)):
        stacks[column[nid]].append(nid)
    row: dict[int, float] = {}
    for stack in stacks:
        def key(nid: int) -> tuple[float, float, int]:
            sources = [row[l.source] for l in graph.inputs_of(nid) if l.source in row]
            centre = sum(sources) / len(sources) if sources else float("inf")
            return (centre, graph.nodes[nid].y, nid)

        stack.sort(key=key)
        for i, nid in enumerate(stack):
            row[nid] = float(i)
    return stacks


def column_count(graph: Graph) -> int:
    """How many columns auto_layout makes (before any wrapping into bands)."""
    return sum(1 for stack in _order_columns(graph, columns(graph)) if stack)


def auto_layout(graph: Graph, sizes: Mapping[int, Size] | None = None,
                column_gap: float = COLUMN_GAP, row_gap: float = ROW_GAP,
                max_columns: int | None = None) -> dict[int, Position]:
    """Top-left positions {node_id: (x, y)} for every node of `graph`; cards never overlap.

    `sizes` gives each card's (width, height); missing ones use DEFAULT_SIZE. With
    `max_columns`, a network deeper than that is wrapped into bands read like text (left to
    right, then the next band below), so a long CNN stays readable in a window of ordinary shape.
    A GAN is G's row above D's; with `max_columns` each of the two rows wraps the same way.
    """
    sizes = sizes or {}

    def size(nid: int) -> Size:
        return sizes.get(nid, DEFAULT_SIZE)

    stacks = [stack for stack in _order_columns(graph, columns(graph)) if stack]
    rows = _gan_rows(graph, stacks)
    if rows is not None:  # a GAN: G's row above D's
        bands = [band for row in rows for band in _wrapped(row, max_columns)]
    else:
        bands = _wrapped(stacks, max_columns)
    return _stack_bands(graph, bands, size, column_gap, row_gap)


def _wrapped(stacks: list[list[int]], max_columns: int | None) -> list[list[list[int]]]:
    """`stacks` as one band, or as even bands of at most `max_columns` (8 columns in 2 bands of 4,
    not 5 + 3)."""
    per_band = max(1, len(stacks))
    if max_columns is not None and 0 < max_columns < len(stacks):
        bands = -(-len(stacks) // max_columns)
        per_band = -(-len(stacks) // bands)
    return [stacks[first:first + per_band] for first in range(0, len(stacks), per_band)]


def _stack_bands(graph: Graph, bands: list[list[list[int]]], size, column_gap: float,
                 row_gap: float) -> dict[int, Position]:
    """Each band's columns laid out from x = 0, the bands one below the other, 2 x `row_gap` apart
    (a link back to the left runs in the middle of that gap: ui/canvas/items.py's link_path)."""
    positions: dict[int, Position] = {}
    band_top = 0.0
    for stacks in bands:
        band = _layout_band(graph, stacks, size, column_gap, row_gap)
        low = min(y for _, y in band.values())
        high = max(y + size(nid)[1] for nid, (_, y) in band.items())
        for nid, (x, y) in band.items():
            positions[nid] = (round(x), round(band_top + y - low))
        band_top += high - low + 2 * row_gap
    return positions


def _downstream(graph: Graph, start: int) -> set[int]:
    """The nodes a path of links leads to from `start` (not `start` itself unless on a loop)."""
    seen: set[int] = set()
    todo = [start]
    while todo:
        for link in graph.outputs_of(todo.pop()):
            if link.target not in seen:
                seen.add(link.target)
                todo.append(link.target)
    return seen


def _gan_rows(graph: Graph, stacks: list[list[int]]) -> list[list[list[int]]] | None:
    """A GAN's two rows of column stacks: G's (the Noise and what it feeds before Generated), then
    D's (what feeds Generated from elsewhere, the real data's Input; then Generated and what
    follows it). None when the graph is not one GAN (one Noise, one Generated after it)."""
    noises, markers = graph.nodes_of_kind("Noise"), graph.nodes_of_kind("Generated")
    if len(noises) != 1 or len(markers) != 1:
        return None
    noise, marker = noises[0].id, markers[0].id
    after_marker = _downstream(graph, marker)
    after_noise = _downstream(graph, noise)
    if marker not in after_noise or marker in after_marker:
        return None
    generator = ({noise} | after_noise) - after_marker - {marker}
    discriminator = after_marker | {marker}
    feeding = set(graph.nodes) - generator - discriminator  # the real data, and anything unlinked
    g_row = [[n for n in stack if n in generator] for stack in stacks]
    d_row = [[n for n in stack if n in feeding] for stack in stacks]
    d_row = [[n for stack in d_row for n in stack]] + [[marker]] + [
        [n for n in stack if n in after_marker] for stack in stacks]
    rows = [[stack for stack in g_row if stack], [stack for stack in d_row if stack]]
    return [row for row in rows if row]


def _layout_band(graph: Graph, stacks: list[list[int]], size, column_gap: float,
                 row_gap: float) -> dict[int, tuple[float, float]]:
    """Columns left to right from x = 0; each stack level with its inputs in the same band."""
    positions: dict[int, tuple[float, float]] = {}
    tops: dict[int, float] = {}
    x = 0.0
    for stack in stacks:
        width = max(size(nid)[0] for nid in stack)
        relative: dict[int, float] = {}
        y = 0.0
        for nid in stack:
            relative[nid] = y
            y += size(nid)[1] + row_gap
        # shift the whole stack (so nothing in it can overlap) to sit level with its inputs:
        # a chain comes out as one straight row, a fork centres its branches on the trunk
        pulls = []
        for nid in stack:
            sources = [tops[l.source] for l in graph.inputs_of(nid) if l.source in tops]
            if sources:
                pulls.append(sum(sources) / len(sources) - relative[nid])
        shift = sum(pulls) / len(pulls) if pulls else 0.0
        for nid in stack:
            tops[nid] = relative[nid] + shift
            # centre narrower cards in their column so links stay symmetric
            positions[nid] = (x + (width - size(nid)[0]) / 2, tops[nid])
        x += width + column_gap
    return positions

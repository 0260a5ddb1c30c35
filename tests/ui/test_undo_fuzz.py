"""Random sequences of canvas and settings edits through the real undo commands (ui/commands.py) on
a Document whose canvas scene follows them: undoing everything gives back the starting project,
redoing everything the final one, every state on the way can be saved and loaded unchanged, and
each undo and redo step lands exactly on the state recorded for it.

An operation is (what, a, b): `a` and `b` choose the nodes, links, kinds and values from the
project as it is at that moment, so any sequence is meaningful. An edit the command refuses
(GraphError, SettingsError: a link that would make a loop, a value out of range...) is skipped,
as the canvas or the panel refuses it.

Choosing another data set clears the options of the current one; undoing the choice puts them
back (commands.SetSetting), so the states retrace there too; the last test here is that case.
(The optimizer's and loss's options, cleared the same way, are never set here.)
"""

from __future__ import annotations

import pytest
import shiboken6
from hypothesis import given
from hypothesis import strategies as st

from playground.core import catalog
from playground.core.datasets import DATASETS
from playground.core.graph import GraphError
from playground.core.layout import auto_layout
from playground.core.params import Param
from playground.core.project import default_project, load_project
from playground.core.settings import SettingsError
from playground.ui.canvas.scene import CanvasScene
from playground.ui.commands import (AddNode, AutoLayout, Connect, Disconnect, InsertNode, MoveNodes, Paste,
                                    RemoveItems, SetParam)
from playground.ui.document import Document

KINDS = sorted(catalog.LAYERS)
CHOICES = {"loss": tuple(catalog.LOSSES), "optimizer": tuple(catalog.OPTIMIZERS),
           "dataset": tuple(sorted(DATASETS))}
OPERATIONS = ("add", "remove", "link", "unlink", "move", "param", "training", "choice", "data",
              "insert", "paste", "layout", "undo", "redo")
operations = st.lists(st.tuples(st.sampled_from(OPERATIONS), st.integers(0, 2**16), st.integers(0, 2**16)),
                      min_size=4, max_size=40)


def nth(items, n: int):
    items = list(items)
    return items[n % len(items)] if items else None


def some(items, bits: int) -> list:
    """A non-empty subset of `items` chosen by the bits of `bits`."""
    items = list(items)
    chosen = [item for i, item in enumerate(items) if bits >> (i % 16) & 1]
    return chosen or items[:1]


def value_for(param: Param, current, n: int):
    """A value for `param`, different from `current` when it can be; some are out of range."""
    if param.kind == "bool":
        return not current
    if param.kind == "choice":
        return param.choices[n % len(param.choices)]
    if param.kind == "str":
        return f"file{n % 3}.csv"
    low = param.minimum if param.minimum is not None else -5
    high = param.maximum if param.maximum is not None else low + 100
    step = n % 7
    value = [low, high, param.default, low + step, high - step, low - 1, (current or 0) * 2 + 1][step]
    return int(value) if param.kind == "int" else float(value) + (0.25 if step == 3 else 0.0)


def edit(document: Document, what: str, a: int, b: int):
    """The command for one operation, or None when there is nothing it could act on."""
    graph, stack = document.project.graph, document.undo_stack
    nodes, links = sorted(graph.nodes), sorted(graph.links)
    if what == "add":
        return AddNode(graph, nth(KINDS, a), a % 900, b % 600)
    if what == "remove" and (nodes or links):
        return RemoveItems(graph, some(nodes, a) if a % 3 else [], some(links, b) if b % 2 else [])
    if what == "link" and nodes:
        return Connect(graph, nth(nodes, a), nth(nodes, b))
    if what == "unlink" and links:
        return Disconnect(graph, nth(links, a))
    if what == "move" and nodes:
        return MoveNodes(graph, {nid: (graph.nodes[nid].x + a % 50 - 25, b % 500) for nid in some(nodes, a)})
    if what == "param" and nodes:
        node = graph.nodes[nth(nodes, a)]
        if not len(node.spec.params):
            return None
        param = nth(node.spec.params, b)
        return SetParam(graph, node.id, param.name, value_for(param, node.params[param.name], a + b))
    if what == "insert" and links:
        return InsertNode(graph, nth(links, a), nth(KINDS, b), a % 900, b % 600)
    if what == "paste" and nodes:
        return Paste(graph, graph.subgraph(set(some(nodes, a))).to_dict(), (b % 80, 40.0))
    if what == "layout" and nodes:
        return AutoLayout(graph, auto_layout(graph))
    if what == "training":
        param = nth(catalog.TRAINING_PARAMS, a)
        document.set_setting("training", param.name, value_for(param, document.setting("training", param.name), b))
    elif what == "choice":
        name = nth(CHOICES, a)
        document.set_setting("data" if name == "dataset" else "training", name, nth(CHOICES[name], b))
    elif what == "data" and len(DATASETS[document.project.data.dataset].params):
        param = nth(DATASETS[document.project.data.dataset].params, a)
        document.set_setting("data", param.name, value_for(param, document.data_values()[param.name], b))
    elif what == "undo":
        stack.undo()
    elif what == "redo":
        stack.redo()
    return None


def round_trip(document: Document, path) -> dict:
    document.project.save(path)
    return load_project(path).to_dict()


@given(operations)
def test_undo_and_redo_retrace_every_state_and_each_survives_a_file(qtbot, tmp_path, ops):
    document = Document(default_project())
    scene = CanvasScene(document.project.graph, document.undo_stack)  # the canvas follows every step
    stack, file = document.undo_stack, tmp_path / "state.json"
    states = [document.project.to_dict()]  # states[i]: the project at stack index i
    try:
        for what, a, b in ops:
            try:
                command = edit(document, what, a, b)
            except (GraphError, SettingsError):
                continue  # refused before anything changed
            if command is not None:
                stack.push(command)
            now = document.project.to_dict()
            assert round_trip(document, file) == now, (what, a, b)
            if what in ("undo", "redo"):
                assert now == states[stack.index()], what  # the recorded state, redos kept
                continue
            # a merged or dropped step replaces the top; a new edit after undos drops the redos
            del states[stack.index():]
            states.append(now)
            assert stack.count() >= stack.index() == len(states) - 1
        final = document.project.to_dict()
        top = stack.index()
        while stack.canUndo():
            stack.undo()
            assert document.project.to_dict() == states[stack.index()]
        assert document.project.to_dict() == states[0]
        for index in range(1, top + 1):
            stack.redo()
            assert document.project.to_dict() == states[index]
        assert document.project.to_dict() == final
        graph = document.project.graph
        assert (set(scene.node_items), set(scene.link_items)) == (set(graph.nodes), set(graph.links))
    finally:
        scene.detach()
        shiboken6.delete(scene)
        shiboken6.delete(document)


def test_undoing_a_data_set_choice_then_editing_keeps_redo_faithful(qtbot):
    document = Document(default_project())
    stack = document.undo_stack
    document.set_setting("data", "noise", 0.3)
    document.set_setting("data", "dataset", "xor")
    stack.undo()  # circle again, with the noise the choice of xor had cleared
    assert document.project.data.params == {"noise": 0.3}
    stack.push(AddNode(document.project.graph, "Dense", 0.0, 0.0))
    final = document.project.to_dict()
    while stack.canUndo():
        stack.undo()
    while stack.canRedo():
        stack.redo()
    assert document.project.to_dict() == final

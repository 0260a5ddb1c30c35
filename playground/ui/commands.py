"""Every undoable edit of a project: the canvas's graph edits and the panels' setting changes.

Each command changes the project only through the core methods that check and announce the
change (Graph's edits, the settings' set()); what shows the project follows the core's events,
so undo and redo need nothing else. Rules every command keeps:
- It checks its edit in __init__ and raises (GraphError, SettingsError) there, before anything
  is pushed: a QUndoCommand whose redo() fails would still sit on the stack.
- Ids are fixed on the first redo() and reused on every later redo(), so commands further up
  the stack that name those ids stay valid after undo/redo.
- undo() puts back exactly what was there (same ids, params, positions, link order).
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Hashable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from playground.core import catalog
from playground.core.fixes import Fix, InsertOnLink, SetTraining
from playground.core.fixes import SetParam as SetParamEdit
from playground.core.graph import Graph, GraphError, Link, Node
from playground.core.i18n import translate
from playground.core.params import ParamError
from playground.core.datasets import DATASETS
from playground.core.settings import DataSettings, SettingsError, TrainSettings

log = logging.getLogger(__name__)

Position = tuple[float, float]

MERGE_ID = 1001  # QUndoCommand.id() of every edit that may merge; mergeWith() tells them apart

# Choices that each deserve their own undo step: they also clear the options of what they replace.
# drawn points too: each point added, moved or removed is its own undo step
UNMERGED_SETTINGS = frozenset({"dataset", "optimizer", "loss", "points"})


def _restore_link(graph: Graph, link: Link) -> None:
    """Put a removed link back with its id. A loop loaded from a file is refused by connect();
    it is then logged rather than crashing an undo (Graph has no unchecked restore)."""
    try:
        graph.connect(link.source, link.target, link_id=link.id)
    except GraphError as exc:
        log.warning("could not restore link %s: %s", link.id, exc)


def _shown_name(english: str, context: str, title: str) -> str:
    """A parameter's name inside an undo text: its translated title, or in English the words the
    text always used (`english`, lower case)."""
    shown = translate(context, title)
    return english if shown == title else shown


def _setting_name(settings: DataSettings | TrainSettings, name: str) -> str:
    english = name.replace("_", " ")
    if isinstance(settings, TrainSettings):
        spec = catalog.TRAINING_PARAMS.get(name) or catalog.GAN_PARAMS.get(name)
        if spec is not None:
            return _shown_name(english, "catalog", spec.title)
        words = {"loss": lambda: translate("commands", "loss"), "optimizer": lambda: translate("commands", "optimizer"),
                 "loss_params": lambda: translate("commands", "loss params"),
                 "optimizer_params": lambda: translate("commands", "optimizer params")}
        return words[name]() if name in words else english
    if name == "dataset":
        return translate("commands", "dataset")
    spec = DATASETS[settings.dataset].params.get(name) if settings.dataset in DATASETS else None
    return english if spec is None else _shown_name(english, getattr(spec, "context", "datasets"), spec.title)


def link_text(graph: Graph, source: int, target: int) -> str:
    return f"{graph.node(source).label} \u2192 {graph.node(target).label}"


class AddNode(QUndoCommand):
    def __init__(self, graph: Graph, kind: str, x: float, y: float,
                 params: dict[str, Any] | None = None) -> None:
        if kind not in catalog.LAYERS:
            raise GraphError(translate("graph", "Unknown layer kind {kind!r}").format(kind=kind))
        super().__init__(translate("commands", "Add {kind}").format(kind=kind))
        self.graph, self.kind, self.x, self.y = graph, kind, float(x), float(y)
        self.params = dict(params or {})
        self.node_id: int | None = None

    def redo(self) -> None:
        node = self.graph.add_node(self.kind, self.params, self.x, self.y, node_id=self.node_id)
        self.node_id = node.id

    def undo(self) -> None:
        self.graph.remove_node(self.node_id)


class RemoveItems(QUndoCommand):
    """Delete nodes (with every link they have) and links."""

    def __init__(self, graph: Graph, node_ids: set[int] | list[int], link_ids: set[int] | list[int] = ()) -> None:
        self.graph = graph
        self.node_ids = sorted(n for n in set(node_ids) if n in graph.nodes)
        links = {l for l in link_ids if l in graph.links}
        for nid in self.node_ids:
            links.update(l.id for l in graph.links_of(nid))
        self.link_ids = sorted(links)
        if not self.node_ids and not self.link_ids:
            raise GraphError(translate("commands", "Nothing is selected to delete."))
        super().__init__(self._describe())
        self._nodes: list[Node] = []
        self._links: list[Link] = []

    def _describe(self) -> str:
        g = self.graph
        if len(self.node_ids) == 1 and len(self.link_ids) == len(g.links_of(self.node_ids[0])):
            return translate("commands", "Delete {layer}").format(layer=g.nodes[self.node_ids[0]].label)
        if not self.node_ids and len(self.link_ids) == 1:
            link = g.links[self.link_ids[0]]
            return translate("commands", "Delete link {link}").format(link=link_text(g, link.source, link.target))
        layers, links = len(self.node_ids), len(self.link_ids)
        if layers and links:
            text = {(True, True): translate("commands", "Delete {layers} layer and {links} link"),
                    (True, False): translate("commands", "Delete {layers} layer and {links} links"),
                    (False, True): translate("commands", "Delete {layers} layers and {links} link"),
                    (False, False): translate("commands", "Delete {layers} layers and {links} links")}[
                        (layers == 1, links == 1)]
        elif layers:
            text = translate("commands", "Delete {layers} layer") if layers == 1 else translate(
                "commands", "Delete {layers} layers")
        else:
            text = translate("commands", "Delete {links} links")  # one link alone is described above
        return text.format(layers=layers, links=links)

    def redo(self) -> None:
        self._links = [self.graph.links[l] for l in self.link_ids]
        self._nodes = [self.graph.nodes[n] for n in self.node_ids]
        for link in self._links:
            self.graph.disconnect(link.id)
        for node in self._nodes:
            self.graph.remove_node(node.id)

    def undo(self) -> None:
        for node in self._nodes:
            self.graph.restore_node(node)
        for link in sorted(self._links, key=lambda l: l.id):  # id order keeps Concat's input order
            _restore_link(self.graph, link)


class Connect(QUndoCommand):
    def __init__(self, graph: Graph, source: int, target: int) -> None:
        problem = graph.connect_problem(source, target)
        if problem:
            raise GraphError(problem)
        super().__init__(translate("commands", "Link {link}").format(link=link_text(graph, source, target)))
        self.graph, self.source, self.target = graph, source, target
        self.link_id: int | None = None

    def redo(self) -> None:
        self.link_id = self.graph.connect(self.source, self.target, link_id=self.link_id).id

    def undo(self) -> None:
        self.graph.disconnect(self.link_id)


class Disconnect(QUndoCommand):
    def __init__(self, graph: Graph, link_id: int) -> None:
        if link_id not in graph.links:
            raise GraphError(translate("graph", "There is no link {id}").format(id=link_id))
        self.graph, self.link = graph, graph.links[link_id]
        super().__init__(translate("commands", "Unlink {link}").format(
            link=link_text(graph, self.link.source, self.link.target)))

    def redo(self) -> None:
        self.graph.disconnect(self.link.id)

    def undo(self) -> None:
        _restore_link(self.graph, self.link)


class ValueEdit(QUndoCommand):
    """Set one value from `old` to `new`. Consecutive edits of the same value (same `target` and
    `key`) merge into one step when `mergeable`, so stepping a spin box ten times is undone at once;
    a merge that ends where it started drops the step."""

    def __init__(self, text: str, target: object, key: Hashable, old: Any, new: Any,
                 mergeable: bool) -> None:
        super().__init__(text)
        self.target, self.key, self.mergeable = target, key, mergeable
        self.old, self.new = copy.deepcopy(old), copy.deepcopy(new)

    def id(self) -> int:  # noqa: A003 (Qt override)
        return MERGE_ID if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt override)
        if not isinstance(other, ValueEdit) or other.target is not self.target or other.key != self.key:
            return False
        self.new = other.new
        self.setText(other.text())
        if self.new == self.old:
            self.setObsolete(True)  # back where it started: the stack drops the step
        return True

    def apply(self, value: Any) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self.apply(self.new)

    def undo(self) -> None:
        self.apply(self.old)


class SetParam(ValueEdit):
    """Change one layer parameter; numeric edits merge (a choice or a tick box is a step each)."""

    def __init__(self, graph: Graph, node_id: int, name: str, value: Any) -> None:
        node = graph.node(node_id)
        spec, value = graph.checked_param(node_id, name, value)
        text = translate("commands", "Set {layer} {parameter} to {value}").format(
            layer=node.label, parameter=_shown_name(spec.title.lower(), "catalog", spec.title), value=self._show(value))
        super().__init__(text, graph,
                         (node_id, name), node.params[name], value, spec.kind in ("int", "float"))
        self.graph, self.node_id, self.name = graph, node_id, name

    @staticmethod
    def _show(value: Any) -> str:
        if isinstance(value, str):
            return translate("catalog", value)  # a choice: "same", "xavier_uniform" (names stay as they are)
        return f"{value:g}" if isinstance(value, float) else str(value)

    def apply(self, value: Any) -> None:
        self.graph.set_param(self.node_id, self.name, value)


class SetSetting(ValueEdit):
    """Change one data or training setting; edits merge except the choices in UNMERGED_SETTINGS.
    Such a choice clears the options of what it replaces (a data set's noise, an optimizer's
    momentum); undoing it puts them back, so undo returns exactly the state before."""

    def __init__(self, settings: DataSettings | TrainSettings, name: str, value: Any) -> None:
        new = settings.checked(name, value)
        super().__init__(translate("commands", "Change {setting}").format(setting=_setting_name(settings, name)),
                         settings, name, settings.get(name), new,
                         name not in UNMERGED_SETTINGS)
        self.settings, self.name = settings, name
        self.cleared = settings.cleared_by(name) if new != self.old else []

    def apply(self, value: Any) -> None:
        self.settings.set(self.name, value)

    def undo(self) -> None:
        super().undo()
        for option, value in self.cleared:
            self.settings.set(option, value)


class MoveNodes(QUndoCommand):
    """Move several nodes at once: a whole drag, or an auto-layout, is one step."""

    def __init__(self, graph: Graph, positions: dict[int, Position], text: str = "") -> None:
        self.graph = graph
        self.new = {nid: (float(x), float(y)) for nid, (x, y) in positions.items()
                    if nid in graph.nodes and (graph.nodes[nid].x, graph.nodes[nid].y) != (x, y)}
        if not self.new:
            raise GraphError(translate("commands", "Nothing moved."))
        self.old = {nid: (graph.nodes[nid].x, graph.nodes[nid].y) for nid in self.new}
        if not text:
            text = (translate("commands", "Move {layer}").format(layer=graph.nodes[next(iter(self.new))].label)
                    if len(self.new) == 1 else translate("commands", "Move {n} layers").format(n=len(self.new)))
        super().__init__(text)

    def redo(self) -> None:
        for nid, (x, y) in self.new.items():
            self.graph.move_node(nid, x, y)

    def undo(self) -> None:
        for nid, (x, y) in self.old.items():
            self.graph.move_node(nid, x, y)


class AutoLayout(MoveNodes):
    def __init__(self, graph: Graph, positions: dict[int, Position]) -> None:
        super().__init__(graph, positions, translate("commands", "Auto-layout"))


class InsertNode(QUndoCommand):
    """Drop a layer on a link: source -> new -> target, as one step."""

    def __init__(self, graph: Graph, link_id: int, kind: str, x: float, y: float,
                 params: dict[str, Any] | None = None) -> None:
        spec = graph.insertable(link_id, kind)  # refused here, before anything is pushed
        try:
            self.params = spec.params.complete(params, kind)
        except ParamError as exc:
            raise GraphError(str(exc)) from None
        self.graph, self.kind, self.x, self.y = graph, kind, float(x), float(y)
        self.old = graph.links[link_id]
        super().__init__(translate("commands", "Insert {kind} into {link}").format(
            kind=kind, link=link_text(graph, self.old.source, self.old.target)))
        self.node_id: int | None = None
        self.link_ids: tuple[int | None, int | None] = (None, None)

    def redo(self) -> None:
        # done by hand rather than Graph.insert_node so a redo reuses the first run's link ids
        g = self.graph
        g.disconnect(self.old.id)
        node = g.add_node(self.kind, copy.deepcopy(self.params), self.x, self.y, node_id=self.node_id)
        first = g.connect(self.old.source, node.id, link_id=self.link_ids[0])
        second = g.connect(node.id, self.old.target, link_id=self.link_ids[1])
        self.node_id, self.link_ids = node.id, (first.id, second.id)

    def undo(self) -> None:
        g = self.graph
        for link_id in reversed(self.link_ids):
            g.disconnect(link_id)
        g.remove_node(self.node_id)
        _restore_link(g, self.old)


class Paste(QUndoCommand):
    """Add a copied subgraph (Graph.to_dict() form) with new ids, shifted by `offset`."""

    def __init__(self, graph: Graph, data: dict[str, Any], offset: Position = (40.0, 40.0)) -> None:
        nodes = data.get("nodes", [])
        if not nodes:
            raise GraphError(translate("commands", "There is nothing to paste."))
        for raw in nodes:  # checked whole here: a redo() that fails halfway cannot be undone
            if raw.get("kind") not in catalog.LAYERS:
                raise GraphError(translate("commands", "Cannot paste an unknown layer kind {kind!r}").format(
                    kind=raw.get("kind")))
            if not all(isinstance(raw.get(k), (int, float)) for k in ("id", "x", "y")):
                raise GraphError(translate("commands", "Cannot paste: a layer lacks its id or position."))
            try:
                catalog.layer(raw["kind"]).params.complete(raw.get("params"), raw["kind"])
            except (ValueError, AttributeError) as exc:
                raise GraphError(translate("commands", "Cannot paste: {error}").format(error=exc)) from None
        self.graph, self.data, self.offset = graph, data, offset
        n = len(nodes)
        super().__init__(translate("commands", "Paste {kind}").format(kind=nodes[0]["kind"]) if n == 1
                         else translate("commands", "Paste {n} layers").format(n=n))
        self.node_map: dict[int, int] = {}  # copied id -> id on this canvas
        self.link_ids: list[int] = []
        self._links: list[Link] = []

    @property
    def node_ids(self) -> list[int]:
        return list(self.node_map.values())

    def redo(self) -> None:
        g, dx, dy = self.graph, *self.offset
        first_run = not self.node_map
        for raw in self.data["nodes"]:
            node = g.add_node(raw["kind"], raw.get("params"), raw["x"] + dx, raw["y"] + dy,
                              node_id=None if first_run else self.node_map[raw["id"]])
            self.node_map[raw["id"]] = node.id
        links = [raw for raw in self.data.get("links", [])
                 if raw["source"] in self.node_map and raw["target"] in self.node_map]
        if first_run:
            for raw in sorted(links, key=lambda r: r["id"]):
                try:
                    link = g.connect(self.node_map[raw["source"]], self.node_map[raw["target"]])
                except GraphError as exc:  # a loop copied from a loaded file: paste the rest
                    log.warning("paste skipped a link: %s", exc)
                    continue
                self.link_ids.append(link.id)
        else:
            for link in self._links:
                g.connect(link.source, link.target, link_id=link.id)
        self._links = [g.links[l] for l in self.link_ids]

    def undo(self) -> None:
        for link_id in reversed(self.link_ids):
            self.graph.disconnect(link_id)
        for node_id in reversed(self.node_ids):
            self.graph.remove_node(node_id)


class SetWeight(QUndoCommand):
    """One weight of the run typed in on the canvas: Dense `node_id`, unit `unit`, from input
    `index`. A weight belongs to the run, not to the project: undone or redone only while the
    same run is loaded (`run_number` tells; a reset makes new weights, which stay as they are)."""

    def __init__(self, run, node_id: int, unit: int, index: int, old: float, new: float, label: str) -> None:
        super().__init__(translate("commands", "Set a weight into {layer} to {value:g}").format(layer=label, value=new))
        self.run, self.number = run, run.run_number
        self.node_id, self.unit, self.index, self.old, self.new = node_id, unit, index, old, new

    def _send(self, value: float) -> None:
        if self.run.run_number == self.number:
            self.run.set_weight(self.node_id, self.unit, self.index, value)
        else:
            log.info("weight edit not applied: the run it was made in is gone")

    def redo(self) -> None:
        self._send(self.new)

    def undo(self) -> None:
        self._send(self.old)


def apply_fix(stack: QUndoStack, graph: Graph, training: TrainSettings, fix: Fix) -> None:
    """Apply a quick fix (core/fixes.py) as one undo step named after it.

    Each edit is checked as it is made; a fix that no longer applies (the graph changed under
    it) raises GraphError or SettingsError, and the edits already made in the step are undone."""
    stack.beginMacro(fix.label)
    try:
        for edit in fix.edits:
            if isinstance(edit, SetParamEdit):
                stack.push(SetParam(graph, edit.node_id, edit.name, edit.value))
            elif isinstance(edit, SetTraining):
                stack.push(SetSetting(training, edit.name, edit.value))
            elif isinstance(edit, InsertOnLink):
                link = graph.links[edit.link_id] if edit.link_id in graph.links else None
                if link is None:
                    raise GraphError(translate("graph", "There is no link {id}").format(id=edit.link_id))
                source, target = graph.nodes[link.source], graph.nodes[link.target]
                stack.push(InsertNode(graph, edit.link_id, edit.kind, (source.x + target.x) / 2,
                                      (source.y + target.y) / 2, dict(edit.params)))
    except (GraphError, SettingsError):
        stack.endMacro()
        stack.undo()  # the part of the step already made
        raise
    stack.endMacro()

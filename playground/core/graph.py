"""The network as the user draws it: nodes (layers), links between ports, and edit events.

Everything the canvas shows lives here, positions included; the GUI follows the events.
Each node has at most one input port and one output port: an output may feed many links,
an input takes one link, except on merge layers (Add, Concat) which take several, in the
order the links were made.
"""

from __future__ import annotations

import copy
import itertools
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Callable

from playground.core import catalog
from playground.core.events import Announcer
from playground.core.i18n import translate
from playground.core.params import Param, ParamError


class GraphError(ValueError):
    """An edit that would make the graph invalid (refused, nothing changed)."""


@dataclass
class Node:
    id: int
    kind: str
    params: dict[str, Any]
    x: float = 0.0
    y: float = 0.0

    @property
    def spec(self) -> catalog.LayerSpec:
        return catalog.layer(self.kind)

    @property
    def label(self) -> str:
        return f"{self.kind} {self.id}"


@dataclass(frozen=True)
class Link:
    id: int
    source: int  # node whose output port the link leaves
    target: int  # node whose input port the link enters


class EventType(Enum):
    NODE_ADDED = "node_added"
    NODE_REMOVED = "node_removed"
    LINK_ADDED = "link_added"
    LINK_REMOVED = "link_removed"
    PARAM_CHANGED = "param_changed"
    NODE_MOVED = "node_moved"
    RESET = "reset"  # the whole graph was replaced


@dataclass(frozen=True)
class GraphEvent:
    type: EventType
    node_id: int | None = None
    link_id: int | None = None
    name: str | None = None  # the parameter, for PARAM_CHANGED


Listener = Callable[[GraphEvent], None]


@dataclass
class Graph(Announcer[GraphEvent]):
    nodes: dict[int, Node] = field(default_factory=dict)
    links: dict[int, Link] = field(default_factory=dict)
    _next_id: int = 1

    # ----- queries ---------------------------------------------------------------------
    def node(self, node_id: int) -> Node:
        try:
            return self.nodes[node_id]
        except KeyError:
            raise GraphError(translate("graph", "There is no node {id}").format(id=node_id)) from None

    def inputs_of(self, node_id: int) -> list[Link]:
        """Links into `node_id`, in the order they were made (which orders Concat's inputs)."""
        return sorted((l for l in self.links.values() if l.target == node_id), key=lambda l: l.id)

    def outputs_of(self, node_id: int) -> list[Link]:
        return sorted((l for l in self.links.values() if l.source == node_id), key=lambda l: l.id)

    def links_of(self, node_id: int) -> list[Link]:
        return sorted((l for l in self.links.values() if node_id in (l.source, l.target)),
                      key=lambda l: l.id)

    def find_link(self, source: int, target: int) -> Link | None:
        for l in self.links.values():
            if l.source == source and l.target == target:
                return l
        return None

    def nodes_of_kind(self, kind: str) -> list[Node]:
        return [n for n in self.nodes.values() if n.kind == kind]

    def _reaches(self, start: int, goal: int) -> bool:
        """True if following links forward from `start` arrives at `goal`."""
        seen, stack = set(), [start]
        while stack:
            current = stack.pop()
            if current == goal:
                return True
            if current in seen:
                continue
            seen.add(current)
            stack.extend(l.target for l in self.links.values() if l.source == current)
        return False

    def connect_problem(self, source: int, target: int) -> str | None:
        """Why a link from `source`'s output to `target`'s input would be refused, or None."""
        if source not in self.nodes or target not in self.nodes:
            return translate("graph", "Both ends of a link must be nodes on the canvas.")
        src, dst = self.nodes[source], self.nodes[target]
        if source == target:
            return translate("graph", "A layer cannot feed itself.")
        if not src.spec.has_output:
            return translate("graph", "{kind} has no output to link from.").format(kind=src.kind)
        if not dst.spec.has_input:
            return translate("graph", "{kind} has no input: the data set feeds it.").format(kind=dst.kind)
        if self.find_link(source, target) is not None:
            return translate("graph", "{source} already feeds {target}.").format(source=src.label, target=dst.label)
        if not dst.spec.multi_input and self.inputs_of(target):
            return translate("graph", "{layer} already has an input; use an Add or Concat layer to merge "
                             "several.").format(layer=dst.label)
        if self._reaches(target, source):
            return translate("graph", "That link would make a loop; networks here must flow one way.")
        return None

    def topological_order(self) -> list[int]:
        """Node ids so that every link goes forward; raises GraphError on a cycle."""
        indegree = {nid: 0 for nid in self.nodes}
        for l in self.links.values():
            indegree[l.target] += 1
        ready = sorted(nid for nid, d in indegree.items() if d == 0)
        order: list[int] = []
        while ready:
            nid = ready.pop(0)
            order.append(nid)
            for l in self.outputs_of(nid):
                indegree[l.target] -= 1
                if indegree[l.target] == 0:
                    ready.append(l.target)
                    ready.sort()
        if len(order) != len(self.nodes):
            raise GraphError(translate("graph", "The network has a loop: {layers}").format(
                layers=translate("graph", ", ").join(self.nodes[n].label for n in self.cycle_nodes())))
        return order

    def cycle_nodes(self) -> list[int]:
        """Nodes on a loop (or between two loops); not the nodes merely upstream or downstream."""
        left = set(self.nodes)
        for forward in (True, False):  # peel off nodes fed by no loop, then nodes feeding no loop
            count = {nid: 0 for nid in left}
            for l in self.links.values():
                if l.source in left and l.target in left:
                    count[l.target if forward else l.source] += 1
            ready = [nid for nid, d in count.items() if d == 0]
            while ready:
                nid = ready.pop()
                left.discard(nid)
                for l in self.links.values():
                    near, far = (l.source, l.target) if forward else (l.target, l.source)
                    if near == nid and far in left:
                        count[far] -= 1
                        if count[far] == 0:
                            ready.append(far)
        return sorted(left)

    # ----- edits ------------------------------------------------------------------------
    def _take_id(self, wanted: int | None) -> int:
        if wanted is None:
            wanted = self._next_id
        if wanted in self.nodes or wanted in self.links:
            raise GraphError(translate("graph", "The id {id} is already used").format(id=wanted))
        self._next_id = max(self._next_id, wanted + 1)
        return wanted

    def add_node(self, kind: str, params: dict[str, Any] | None = None, x: float = 0.0, y: float = 0.0,
                 node_id: int | None = None) -> Node:
        try:
            spec = catalog.layer(kind)
        except KeyError:
            raise GraphError(translate("graph", "Unknown layer kind {kind!r}").format(kind=kind)) from None
        try:
            values = spec.params.complete(params, kind)
        except ParamError as exc:
            raise GraphError(str(exc)) from None
        node = Node(self._take_id(node_id), kind, values, float(x), float(y))
        self.nodes[node.id] = node
        self._emit(GraphEvent(EventType.NODE_ADDED, node_id=node.id))
        return node

    def remove_node(self, node_id: int) -> tuple[Node, list[Link]]:
        """Remove a node and its links; returns both so an undo can put them back."""
        node = self.node(node_id)
        removed = self.links_of(node_id)
        for l in removed:
            self.disconnect(l.id)
        del self.nodes[node_id]
        self._emit(GraphEvent(EventType.NODE_REMOVED, node_id=node_id))
        return node, removed

    def restore_node(self, node: Node) -> Node:
        """Put back a node removed earlier, with its id, parameters and position."""
        return self.add_node(node.kind, dict(node.params), node.x, node.y, node_id=node.id)

    def connect(self, source: int, target: int, link_id: int | None = None) -> Link:
        problem = self.connect_problem(source, target)
        if problem:
            raise GraphError(problem)
        link = Link(self._take_id(link_id), source, target)
        self.links[link.id] = link
        self._emit(GraphEvent(EventType.LINK_ADDED, link_id=link.id))
        return link

    def disconnect(self, link_id: int) -> Link:
        try:
            link = self.links.pop(link_id)
        except KeyError:
            raise GraphError(translate("graph", "There is no link {id}").format(id=link_id)) from None
        self._emit(GraphEvent(EventType.LINK_REMOVED, link_id=link_id))
        return link

    def checked_param(self, node_id: int, name: str, value: Any) -> tuple[Param, Any]:
        """The catalogue's spec of a node's parameter and `value` coerced to it; GraphError if
        the node has no such parameter or the value is out of range."""
        node = self.node(node_id)
        spec = node.spec.params.get(name)
        if spec is None:
            raise GraphError(translate("graph", "{kind} has no parameter {name!r}").format(kind=node.kind, name=name))
        try:
            return spec, spec.coerce(value)
        except ParamError as exc:
            raise GraphError(str(exc)) from None

    def set_param(self, node_id: int, name: str, value: Any) -> Any:
        """Set one parameter (checked against the catalogue); returns the old value."""
        node = self.node(node_id)
        _, value = self.checked_param(node_id, name, value)
        old = node.params[name]
        if old != value:
            node.params[name] = value
            self._emit(GraphEvent(EventType.PARAM_CHANGED, node_id=node_id, name=name))
        return old

    def move_node(self, node_id: int, x: float, y: float) -> tuple[float, float]:
        node = self.node(node_id)
        old = (node.x, node.y)
        if old != (x, y):
            node.x, node.y = float(x), float(y)
            self._emit(GraphEvent(EventType.NODE_MOVED, node_id=node_id))
        return old

    def insertable(self, link_id: int, kind: str) -> catalog.LayerSpec:
        """The spec of `kind` if a layer of that kind can split link `link_id`; else GraphError."""
        if link_id not in self.links:
            raise GraphError(translate("graph", "There is no link {id}").format(id=link_id))
        spec = catalog.LAYERS.get(kind)
        if spec is None:
            raise GraphError(translate("graph", "Unknown layer kind {kind!r}").format(kind=kind))
        if not (spec.has_input and spec.has_output):
            raise GraphError(translate("graph", "{kind} cannot go inside a link: it has no input or no output, so "
                                       "it cannot be inserted between two layers.").format(kind=kind))
        return spec

    def insert_node(self, link_id: int, kind: str, params: dict[str, Any] | None = None,
                    x: float = 0.0, y: float = 0.0, node_id: int | None = None) -> tuple[Node, Link, Link]:
        """Split a link with a new node: source -> new -> target. Refused whole if invalid."""
        spec = self.insertable(link_id, kind)
        try:  # check everything that can fail before the first change, so a refusal changes nothing
            params = spec.params.complete(params, kind)
        except ParamError as exc:
            raise GraphError(str(exc)) from None
        if node_id is not None and (node_id in self.nodes or node_id in self.links):
            raise GraphError(translate("graph", "The id {id} is already used").format(id=node_id))
        old = self.disconnect(link_id)
        node = self.add_node(kind, params, x, y, node_id=node_id)
        first = self.connect(old.source, node.id)
        second = self.connect(node.id, old.target)
        return node, first, second

    # ----- whole-graph operations -----------------------------------------------------
    def clear(self) -> None:
        self.nodes.clear()
        self.links.clear()
        self._next_id = 1
        self._emit(GraphEvent(EventType.RESET))

    def replace_with(self, other: "Graph") -> None:
        """Take `other`'s content (keeping this graph's listeners) and announce a reset."""
        self.nodes = copy.deepcopy(other.nodes)
        self.links = dict(other.links)
        self._next_id = other._next_id
        self._emit(GraphEvent(EventType.RESET))

    def copy(self) -> "Graph":
        """A deep copy without listeners: what the trainer gets."""
        return Graph(copy.deepcopy(self.nodes), dict(self.links), self._next_id)

    def subgraph(self, node_ids: set[int]) -> "Graph":
        """The given nodes and the links among them (for copy/paste)."""
        nodes = {i: copy.deepcopy(self.nodes[i]) for i in node_ids if i in self.nodes}
        links = {l.id: l for l in self.links.values() if l.source in nodes and l.target in nodes}
        return Graph(nodes, links, max(itertools.chain(nodes, links, [0])) + 1)

    def to_dict(self) -> dict[str, Any]:
        return {
            "nodes": [{"id": n.id, "kind": n.kind, "params": dict(n.params), "x": n.x, "y": n.y}
                      for n in sorted(self.nodes.values(), key=lambda n: n.id)],
            "links": [{"id": l.id, "source": l.source, "target": l.target}
                      for l in sorted(self.links.values(), key=lambda l: l.id)],
        }

"""The canvas scene: one item per graph node and link, kept in step with the Graph's events.

Every edit made here is a command pushed on the undo stack; the items change only when the
graph announces the change. The only transient state is a gesture under way (a node drag
before release, a link being drawn).
"""

from __future__ import annotations

import functools
import json
import logging
import weakref
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QMimeData, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent, QKeySequence, QPen, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene, QGraphicsSceneMouseEvent

from playground.core.graph import EventType, Graph, GraphError, GraphEvent, Link
from playground.core.i18n import translate
from playground.core.layout import auto_layout, column_count
from playground.core.params import ParamError
from playground.core.shapes import Analysis
from playground.engine.snapshot import Snapshot
from playground.ui import commands
from playground.ui.canvas.items import (CARD_W, HEADER_H, INVALID_COLOUR, SELECT_COLOUR, LinkItem, NodeItem,
                                        PortItem, link_path)

log = logging.getLogger(__name__)

GRAPH_MIME = "application/x-playground-graph"
PASTE_STEP = 40.0  # each paste of the same copy lands this much further down-right
SCENE_MARGIN = 800.0  # room to pan around the network
HIDDEN_DROP = 60.0  # an added hidden layer sits this far below the link's middle, clear of it


@dataclass
class _LinkDrag:
    """A link being drawn from a port: `fixed` is the node whose port the drag started from."""

    fixed: int
    from_output: bool  # True: looking for an input port; False: looking for an output port
    detached: Link | None  # the link lifted off an input port, if the drag started that way
    curve: QGraphicsPathItem
    trial: Graph  # the graph as it would be without the detached link, for checking targets
    target: PortItem | None = None
    problem: str | None = None


class CanvasScene(QGraphicsScene):
    """Draws `graph` and turns gestures on it into commands on `undo_stack`."""

    status_message = Signal(str)  # a refused action, in words
    current_node_changed = Signal(object)  # the one selected node id, or None
    # the neuron map under the mouse: (node id, unit index), or None when it leaves
    neuron_hovered = Signal(object)
    neuron_clicked = Signal(int, int)  # a Dense card's neuron clicked: (node id, unit index)
    # one weight's line clicked: (Dense node id, unit, input index, its value, the scene point)
    weight_clicked = Signal(int, int, int, float, QPointF)
    rebuilt = Signal()  # every card made anew (another project, a reset graph)

    def __init__(self, graph: Graph, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.graph = graph
        self.undo_stack = undo_stack
        self.node_items: dict[int, NodeItem] = {}
        self.link_items: dict[int, LinkItem] = {}
        self.analysis: Analysis | None = None
        self.snapshot: Snapshot | None = None
        self._drag: _LinkDrag | None = None
        self._paste_count = 0
        self._current: int | None = None
        self.neuron_placeholders = True
        self.input_labels: list[str] = []  # the input features' names (set_input_labels)
        self.card_scale = 1.0  # every card drawn this many times its size (presenter mode)
        # node id -> where its card is shown while a view-only arrangement is on (presenter mode's
        # tidy-up): the graph keeps its own positions until the user moves a card
        self.arrangement: dict[int, tuple[float, float]] | None = None
        self.setBackgroundBrush(QColor("#f8f9fa"))
        self.selectionChanged.connect(self._selection_changed)
        graph.subscribe(self._on_graph_event)
        # if Qt deletes this object first, stop the graph calling into it (weakly held, so this
        # hook does not itself keep the object alive after detach())
        self.destroyed.connect(functools.partial(_unsubscribe, graph, weakref.WeakMethod(self._on_graph_event)))
        self.rebuild()

    def detach(self) -> None:
        """Stop following the graph (call before dropping the scene while the graph lives on)."""
        self.graph.unsubscribe(self._on_graph_event)

    # ----- following the graph ------------------------------------------------------------
    def rebuild(self) -> None:
        self.cancel_link_drag()
        for item in self.node_items.values():
            item.hover_neuron(None)
        for item in list(self.link_items.values()) + list(self.node_items.values()):
            self.removeItem(item)
        self.node_items.clear()
        self.link_items.clear()
        for node_id in sorted(self.graph.nodes):
            self._add_node_item(node_id)
        for link_id in sorted(self.graph.links):
            self._add_link_item(link_id)
        self.arrangement = None  # another graph: the arrangement was for the old one
        self._update_scene_rect()
        self.rebuilt.emit()

    def _on_graph_event(self, event: GraphEvent) -> None:
        kind = event.type
        if kind == EventType.RESET:
            self.rebuild()
            return
        if kind == EventType.NODE_ADDED:
            self._add_node_item(event.node_id)
        elif kind == EventType.NODE_REMOVED:
            item = self.node_items.pop(event.node_id, None)
            if item is not None:
                item.hover_neuron(None)
                self.removeItem(item)
        elif kind == EventType.LINK_ADDED:
            link = self._add_link_item(event.link_id)
            self._refresh_node(link.target.node_id)
        elif kind == EventType.LINK_REMOVED:
            item = self.link_items.pop(event.link_id, None)
            if item is not None:
                self.removeItem(item)
                if item.target.node_id in self.graph.nodes:
                    self._refresh_node(item.target.node_id)
        elif kind == EventType.PARAM_CHANGED:
            self._refresh_node(event.node_id)
        elif kind == EventType.NODE_MOVED:
            self.end_arrangement()  # an edit (an undo) moved a card: show the graph's own layout
            node = self.graph.nodes[event.node_id]
            self.node_items[event.node_id].setPos(node.x, node.y)
        if kind in (EventType.NODE_ADDED, EventType.NODE_REMOVED, EventType.NODE_MOVED):
            self._update_scene_rect()

    def set_neuron_placeholders(self, on: bool) -> None:
        """Keep room for neuron maps on small Dense cards (only data on a plane gives them)."""
        self.neuron_placeholders = on
        for item in self.node_items.values():
            item.set_neuron_placeholders(on)

    def _add_node_item(self, node_id: int) -> NodeItem:
        node = self.graph.nodes[node_id]
        item = NodeItem(node)
        item.setScale(self.card_scale)
        item.on_moved = self._node_moved
        item.on_neuron_hover = self._neuron_hover
        item.on_units_step = self._units_step
        item.on_neuron_click = self._neuron_click
        if item.kind == "Input":
            item.set_neuron_labels(self.input_labels)
        item.set_neuron_placeholders(self.neuron_placeholders)
        self.node_items[node_id] = item
        self.addItem(item)
        item.update_from(node, len(self.graph.inputs_of(node_id)))
        self._apply_analysis(item)
        return item

    def _add_link_item(self, link_id: int) -> LinkItem:
        link = self.graph.links[link_id]
        item = LinkItem(link_id, self.node_items[link.source], self.node_items[link.target])
        item.on_weight_click = self._weight_click
        self.link_items[link_id] = item
        self.addItem(item)
        return item

    def _refresh_node(self, node_id: int) -> None:
        item = self.node_items.get(node_id)
        if item is not None:
            item.update_from(self.graph.nodes[node_id], len(self.graph.inputs_of(node_id)))
            self._node_moved(item)  # the card may have changed height

    def _node_moved(self, item: NodeItem) -> None:
        for link in self.graph.links_of(item.node_id):
            link_item = self.link_items.get(link.id)
            if link_item is not None:
                link_item.update_path()

    def _update_scene_rect(self) -> None:
        rect = self.itemsBoundingRect()
        if rect.isNull():
            rect.setRect(-200, -150, 400, 300)
        self.setSceneRect(rect.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN))

    # ----- analysis and live training -------------------------------------------------------
    def set_analysis(self, analysis: Analysis | None) -> None:
        """Show each node's output shape and problems from the latest shape check."""
        self.analysis = analysis
        for item in self.node_items.values():
            self._apply_analysis(item)

    def _apply_analysis(self, item: NodeItem) -> None:
        a = self.analysis
        if a is None:
            item.set_shape(None, known=False)
            item.set_problems([])
            item.set_network("")
            return
        item.set_shape(a.shapes.get(item.node_id))
        item.set_problems(a.problems_for(item.node_id))
        item.set_network(network_of(a, item.node_id))

    def show_snapshot(self, snapshot: Snapshot | None) -> None:
        """Neuron maps on small Dense cards, weights on links; call at the redraw rate."""
        if snapshot is None:
            self.clear_snapshot()
            return
        self.show_neurons(snapshot)
        self.show_weights(snapshot)

    def set_input_labels(self, labels: list[str]) -> None:
        """The names of the input features, written beside the Input card's squares."""
        self.input_labels = list(labels)
        for item in self.node_items.values():
            if item.kind == "Input":
                item.set_neuron_labels(self.input_labels)

    def _neuron_hover(self, item: NodeItem, index: int | None) -> None:
        self.neuron_hovered.emit(None if index is None else (item.node_id, index))

    def show_neurons(self, snapshot: Snapshot) -> None:
        """The neuron maps alone (the window repaints them and the links in separate turns)."""
        self.snapshot = snapshot
        plane = snapshot.views.get("plane")
        maps = plane.neuron_maps if plane is not None else {}
        for node_id, item in self.node_items.items():
            item.set_neuron_maps(maps.get(node_id))

    def weight_batches(self) -> list[list[int]]:
        """The links in batches to draw in separate turns: each link that can draw a line per
        weight (both ends show neurons: up to a few ms of antialiased strokes) alone, the
        others (one line each) together."""
        alone, together = [], []
        for link_id, item in self.link_items.items():
            if item.source.neuron_count() and item.target.neuron_count():
                alone.append([link_id])
            else:
                together.append(link_id)
        return alone + ([together] if together else [])

    def show_weights(self, snapshot: Snapshot, link_ids: list[int] | None = None) -> None:
        """The links' widths and colours from the small layers' weights (all, or `link_ids`)."""
        self.snapshot = snapshot
        payload = snapshot.views.get("link_weights")
        matrices = payload.weights if payload is not None else {}
        grads = getattr(payload, "grads", {}) if payload is not None else {}
        for link_id in self.link_items if link_ids is None else link_ids:
            item = self.link_items.get(link_id)
            if item is None:  # removed since the batches were made
                continue
            target = item.target.node_id
            weights = matrices.get(target)
            # a weight matrix belongs to a whole layer: drawable on a link only if it is the only input
            if weights is not None and len(self.graph.inputs_of(target)) != 1:
                weights = None
            item.set_weights(weights, grads.get(target))

    def clear_snapshot(self) -> None:
        self.snapshot = None
        for item in self.node_items.values():
            item.set_neuron_maps(None)
        for item in self.link_items.values():
            item.set_weights(None)

    # ----- queries ----------------------------------------------------------------------------
    def node_item(self, node_id: int) -> NodeItem:
        return self.node_items[node_id]

    def link_item(self, link_id: int) -> LinkItem:
        return self.link_items[link_id]

    def selected_node_ids(self) -> list[int]:
        return sorted(i.node_id for i in self.selectedItems() if isinstance(i, NodeItem))

    def selected_link_ids(self) -> list[int]:
        return sorted(i.link_id for i in self.selectedItems() if isinstance(i, LinkItem))

    def node_at(self, pos: QPointF) -> NodeItem | None:
        for item in self.items(pos):
            if isinstance(item, NodeItem):
                return item
            if isinstance(item, PortItem):
                return item.node_item
        return None

    def link_at(self, pos: QPointF) -> LinkItem | None:
        for item in self.items(pos):
            if isinstance(item, LinkItem):
                return item
            if isinstance(item, (NodeItem, PortItem)):
                return None  # a card covers the link there
        return None

    def port_at(self, pos: QPointF) -> PortItem | None:
        for item in self.items(pos):
            if isinstance(item, PortItem):
                return item
        return None

    @staticmethod
    def node_pos_for(pos: QPointF) -> tuple[float, float]:
        """Top-left corner for a new card whose title sits under `pos`."""
        return float(round(pos.x() - CARD_W / 2)), float(round(pos.y() - HEADER_H / 2))

    # ----- edits --------------------------------------------------------------------------------
    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    def _refuse(self, message: str) -> None:
        log.info("refused: %s", message)
        self.status_message.emit(message)

    def add_layer(self, kind: str, pos: QPointF, link_id: int | None = None) -> int | None:
        """Add a layer centred at `pos`, or split link `link_id` with it. Returns the new node id."""
        x, y = self.node_pos_for(pos)
        if link_id is not None:
            return self._push_new_layer(lambda: commands.InsertNode(self.graph, link_id, kind, x, y))
        return self._push_new_layer(lambda: commands.AddNode(self.graph, kind, x, y))

    def _push_new_layer(self, make: Callable[[], QUndoCommand]) -> int | None:
        """Push the command `make` builds (one that adds a layer) and select its layer; a refusal
        is said, not raised."""
        try:
            command = make()
        except GraphError as exc:
            self._refuse(str(exc))
            return None
        self.push(command)
        self.select_nodes([command.node_id])
        return command.node_id

    def mark_explained(self, node_id: int | None, unit: int = 0) -> None:
        """Frame the neuron the Explain view shows (None: none, e.g. a feature-map pixel)."""
        for nid, item in self.node_items.items():
            item.set_explained_neuron(unit if nid == node_id else None)

    def _neuron_click(self, item: NodeItem, index: int) -> None:
        self.neuron_clicked.emit(item.node_id, index)

    def _weight_click(self, item: LinkItem, unit: int, index: int, pos: QPointF) -> None:
        if item.weights is not None:
            self.weight_clicked.emit(item.target.node_id, unit, index, float(item.weights[unit, index]), pos)

    def _units_step(self, item: NodeItem, step: int) -> None:
        self.step_units(item.node_id, step)

    def step_units(self, node_id: int, step: int) -> bool:
        """A Dense layer's units one up or down (the card's + and - buttons), undoable; steps
        in a row merge into one undo step, as a spin box's do."""
        node = self.graph.nodes.get(node_id)
        if node is None or "units" not in node.params:
            return False
        try:
            command = commands.SetParam(self.graph, node_id, "units", node.params["units"] + step)
        except (GraphError, ParamError) as exc:
            self._refuse(str(exc))
            return False
        self.push(command)
        return True

    def add_hidden_layer(self, link_id: int) -> int | None:
        """Insert a Dense layer on link `link_id`, between its two cards, as one undo step. It
        takes the activation of the Dense layer before it, if any (a hidden layer like the others)."""
        link = self.graph.links.get(link_id)
        if link is None:
            return None
        source, target = self.graph.nodes[link.source], self.graph.nodes[link.target]
        params = {"activation": source.params["activation"]} if source.kind == "Dense" else {}
        x, y = float(round((source.x + target.x) / 2)), float(round((source.y + target.y) / 2 + HIDDEN_DROP))
        return self._push_new_layer(lambda: commands.InsertNode(self.graph, link_id, "Dense", x, y, params))

    def hidden_layer_link(self, node_id: int) -> int | None:
        """The link a hidden layer added after `node_id` goes on: its first outgoing link."""
        outgoing = self.graph.outputs_of(node_id)
        return outgoing[0].id if outgoing else None

    def add_hidden_layer_after(self, node_id: int) -> int | None:
        link_id = self.hidden_layer_link(node_id)
        if link_id is None:
            self._refuse(translate("CanvasScene", "Link this layer to the next one first: the new layer goes on that "
                                   "link."))
            return None
        return self.add_hidden_layer(link_id)

    def delete_selection(self) -> None:
        nodes, links = self.selected_node_ids(), self.selected_link_ids()
        if nodes or links:
            self.push(commands.RemoveItems(self.graph, nodes, links))

    def copy_selection(self) -> bool:
        nodes = self.selected_node_ids()
        if not nodes:
            self._refuse(translate("CanvasScene", "Select one or more layers to copy."))
            return False
        data = self.graph.subgraph(set(nodes)).to_dict()
        mime = QMimeData()
        mime.setData(GRAPH_MIME, json.dumps(data).encode("utf-8"))
        QGuiApplication.clipboard().setMimeData(mime)
        self._paste_count = 0
        return True

    def cut_selection(self) -> None:
        if self.copy_selection():
            self.delete_selection()

    def paste(self) -> list[int]:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not mime.hasFormat(GRAPH_MIME):
            self._refuse(translate("CanvasScene", "The clipboard holds no layers to paste."))
            return []
        try:
            data: dict[str, Any] = json.loads(bytes(mime.data(GRAPH_MIME)).decode("utf-8"))
            self._paste_count += 1
            step = PASTE_STEP * self._paste_count
            command = commands.Paste(self.graph, data, (step, step))
        except (ValueError, KeyError, TypeError, GraphError) as exc:
            self._refuse(translate("CanvasScene", "Cannot paste: {error}").format(error=exc))
            return []
        self.push(command)
        self.select_nodes(command.node_ids)
        return command.node_ids

    def select_all(self) -> None:
        for item in list(self.node_items.values()) + list(self.link_items.values()):
            item.setSelected(True)

    def select_nodes(self, node_ids: list[int]) -> None:
        self.clearSelection()
        for nid in node_ids:
            if nid in self.node_items:
                self.node_items[nid].setSelected(True)

    def tidy_positions(self, view_size: tuple[float, float] | None = None,
                       max_zoom: float | None = None) -> dict[int, tuple[float, float]]:
        """Where a tidy-up puts each card. Given the view's size, a network too deep for one row
        at a readable zoom is wrapped into bands: the layout that shows the cards biggest (up to
        `max_zoom`) wins."""
        sizes = {nid: (w * self.card_scale, h * self.card_scale)
                 for nid, (w, h) in ((nid, item.size()) for nid, item in self.node_items.items())}
        positions = auto_layout(self.graph, sizes)
        if view_size is not None and positions:
            cap = READABLE_ZOOM if max_zoom is None else max_zoom
            best = _fit_zoom(positions, sizes, view_size, cap)
            for max_columns in range(column_count(self.graph) - 1, 1, -1):
                candidate = auto_layout(self.graph, sizes, max_columns=max_columns)
                zoom = _fit_zoom(candidate, sizes, view_size, cap)
                if zoom > best * 1.05:  # wrapping costs the reader a jump: only for a clear gain
                    positions, best = candidate, zoom
        return positions

    def auto_layout(self, view_size: tuple[float, float] | None = None) -> None:
        """Tidy up in one undoable step (tidy_positions says where)."""
        self.end_arrangement()
        try:
            self.push(commands.AutoLayout(self.graph, self.tidy_positions(view_size)))
        except GraphError:
            self.status_message.emit(translate("CanvasScene", "The layers are already laid out."))

    # ----- presenter mode: larger cards, a tidy-up that is not an edit ------------------------------
    def set_card_scale(self, scale: float) -> None:
        """Draw every card `scale` times its size: its text and its geometry together, so nothing
        on it is cut short (a larger font in a card of the same size would be)."""
        self.card_scale = float(scale)
        for item in self.node_items.values():
            item.setScale(self.card_scale)
            self._node_moved(item)
        self._update_scene_rect()

    def show_arrangement(self, positions: dict[int, tuple[float, float]]) -> None:
        """Show the cards at `positions` without moving them in the graph: the project stays
        unmodified, and end_arrangement() puts every card back. Moving a card by hand makes the
        arrangement the graph's (commit_moves)."""
        self.arrangement = dict(positions)
        for nid, (x, y) in self.arrangement.items():
            if nid in self.node_items:
                self.node_items[nid].setPos(x, y)
        self._update_scene_rect()

    def end_arrangement(self) -> None:
        if self.arrangement is None:
            return
        self.arrangement = None
        for nid, item in self.node_items.items():
            node = self.graph.nodes[nid]
            item.setPos(node.x, node.y)
        self._update_scene_rect()

    def _selection_changed(self) -> None:
        nodes = self.selected_node_ids()
        current = nodes[0] if len(nodes) == 1 else None
        if current != self._current:
            self._current = current
            self.current_node_changed.emit(current)

    # ----- drawing links --------------------------------------------------------------------------
    def begin_link_drag(self, port: PortItem) -> bool:
        """Start drawing a link from `port`; dragging from a linked input lifts its last link."""
        node_id = port.node_id
        detached = None
        trial = self.graph
        if port.is_output:
            fixed, from_output = node_id, True
        else:
            incoming = self.graph.inputs_of(node_id)
            if incoming:
                detached = incoming[-1]
                fixed, from_output = detached.source, True
                trial = self.graph.copy()
                trial.disconnect(detached.id)
                self.link_items[detached.id].setVisible(False)
            else:
                fixed, from_output = node_id, False  # draw backwards, to an output port
        curve = QGraphicsPathItem()
        pen = QPen(QColor(SELECT_COLOUR), 2.0, Qt.PenStyle.DashLine)
        curve.setPen(pen)
        curve.setZValue(3)
        self.addItem(curve)
        self._drag = _LinkDrag(fixed, from_output, detached, curve, trial)
        self._mark_candidates()
        anchor = self._fixed_anchor()
        self.update_link_drag(anchor)
        return True

    def _fixed_anchor(self) -> QPointF:
        d = self._drag
        item = self.node_items[d.fixed]
        return item.output_anchor() if d.from_output else item.input_anchor()

    def _problem(self, port: PortItem) -> str | None:
        d = self._drag
        if port.is_output == d.from_output:
            return translate("CanvasScene", "Link an output (right side) to an input (left side).")
        if d.from_output:
            return d.trial.connect_problem(d.fixed, port.node_id)
        return d.trial.connect_problem(port.node_id, d.fixed)

    def _mark_candidates(self) -> None:
        """Light every port the link could end on."""
        for item in self.node_items.values():
            port = item.input_port if self._drag.from_output else item.output_port
            if port is not None:
                port.set_state(PortItem.VALID if self._problem(port) is None else PortItem.NORMAL)

    def _target_port(self, pos: QPointF) -> PortItem | None:
        port = self.port_at(pos)
        if port is not None:
            return port
        node = self.node_at(pos)  # dropping on the card counts as its matching port
        if node is None:
            return None
        return node.input_port if self._drag.from_output else node.output_port

    def update_link_drag(self, pos: QPointF) -> None:
        d = self._drag
        if d is None:
            return
        anchor = self._fixed_anchor()
        d.curve.setPath(link_path(anchor, pos) if d.from_output else link_path(pos, anchor))
        port = self._target_port(pos)
        if port is not None and port.node_id == d.fixed:
            port = None
        if port is not d.target:
            if d.target is not None:
                self._mark_candidates()
            d.target, d.problem = port, None
            if port is not None:
                d.problem = self._problem(port)
                if d.problem:
                    port.set_state(PortItem.INVALID)
                    port.setToolTip(d.problem)
                    self.status_message.emit(d.problem)
        colour = INVALID_COLOUR if d.problem else SELECT_COLOUR
        d.curve.setPen(QPen(QColor(colour), 2.0, Qt.PenStyle.DashLine))

    def end_link_drag(self, pos: QPointF) -> None:
        d = self._drag
        if d is None:
            return
        self.update_link_drag(pos)
        target, problem = d.target, d.problem
        self.cancel_link_drag()
        if target is None:
            if d.detached is not None:
                self.push(commands.Disconnect(self.graph, d.detached.id))
            return
        if problem:
            self._refuse(problem)
            return
        source, dest = (d.fixed, target.node_id) if d.from_output else (target.node_id, d.fixed)
        if d.detached is None:
            self.push(commands.Connect(self.graph, source, dest))
            return
        if dest == d.detached.target:
            return  # put back where it was: nothing to do
        self.undo_stack.beginMacro(translate("commands", "Move link to {link}").format(
            link=commands.link_text(self.graph, source, dest)))
        try:
            self.push(commands.Disconnect(self.graph, d.detached.id))
            self.push(commands.Connect(self.graph, source, dest))
        finally:
            self.undo_stack.endMacro()

    def cancel_link_drag(self) -> None:
        d = self._drag
        if d is None:
            return
        self._drag = None
        self.removeItem(d.curve)
        if d.detached is not None and d.detached.id in self.link_items:
            self.link_items[d.detached.id].setVisible(True)
        for item in self.node_items.values():
            for port in (item.input_port, item.output_port):
                if port is not None:
                    port.reset()

    @property
    def link_drag_active(self) -> bool:
        return self._drag is not None

    # ----- mouse and keys -------------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            port = self.port_at(event.scenePos())
            if port is not None:
                self.begin_link_drag(port)
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._drag is not None:
            self.update_link_drag(event.scenePos())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._drag is not None and event.button() == Qt.MouseButton.LeftButton:
            self.end_link_drag(event.scenePos())
            event.accept()
            return
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.commit_moves()

    def commit_moves(self) -> None:
        """Push one MoveNodes for every card dragged away from its graph position. While an
        arrangement is shown, a card dragged away from it makes the whole arrangement the graph's
        (with the drag), in that one step: what the user sees is what they edit."""
        if self.arrangement is not None:
            dragged = any((float(round(item.x())), float(round(item.y()))) != self.arrangement.get(nid)
                          for nid, item in self.node_items.items() if nid in self.arrangement)
            if not dragged:
                return
            self.arrangement = None
        moved = {}
        for nid, item in self.node_items.items():
            node = self.graph.nodes[nid]
            x, y = float(round(item.x())), float(round(item.y()))
            if (x, y) != (node.x, node.y):
                moved[nid] = (x, y)
        if moved:
            self.push(commands.MoveNodes(self.graph, moved))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self._drag is not None:
            self.cancel_link_drag()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selection()
        elif event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
        elif event.matches(QKeySequence.StandardKey.Cut):
            self.cut_selection()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            self.select_all()
        elif event.key() == Qt.Key.Key_Escape:
            self.clearSelection()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


FIT_MARGIN = 40.0  # what fit_to_view leaves around the network
READABLE_ZOOM = 1.0  # beyond this, bigger cards gain nothing


def network_of(analysis: Analysis, node_id: int) -> str:
    """"G" or "D" for a layer of a checked GAN's generator or discriminator, else ""."""
    split = analysis.gan
    if split is None:
        return ""
    if node_id in split.generator:  # Generated, the marker, ends G (and feeds D)
        return "G"
    return "D" if node_id in split.discriminator else ""


def _fit_zoom(positions: dict[int, tuple[float, float]], sizes: dict[int, tuple[float, float]],
              view_size: tuple[float, float], cap: float = READABLE_ZOOM) -> float:
    """The zoom at which `positions` would fill a view of `view_size`, capped at `cap`."""
    left = min(x for x, _ in positions.values())
    top = min(y for _, y in positions.values())
    right = max(x + sizes[nid][0] for nid, (x, _) in positions.items())
    bottom = max(y + sizes[nid][1] for nid, (_, y) in positions.items())
    width, height = right - left + 2 * FIT_MARGIN, bottom - top + 2 * FIT_MARGIN
    return min(view_size[0] / width, view_size[1] / height, cap)


def _unsubscribe(graph: Graph, listener: weakref.WeakMethod, *_: object) -> None:
    method = listener()
    if method is not None:
        graph.unsubscribe(method)

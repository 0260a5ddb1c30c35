"""Quick fixes: for the problems a newcomer meets first, the edit that solves them, as data.

A `Fix` is a label for its button and a short list of edits; the window applies the edits as one
undoable step (ui/commands.py, `apply_fix`), `playground check` prints the label as advice. Only
problems with one obvious cure get a fix: the last Dense layer's units for the loss, a Flatten
before a Dense that receives images, a loss that fits the data.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Union

from playground.core.datasets import DataShape
from playground.core.graph import Graph, Node
from playground.core.i18n import translate

# Kinds that pass their input's shape through unchanged, so the units a loss needs are set on the
# Dense layer before them.
_SHAPE_KEEPING_KINDS = ("Dropout", "BatchNorm", "LayerNorm")


@dataclass(frozen=True)
class SetParam:
    node_id: int
    name: str
    value: Any


@dataclass(frozen=True)
class SetTraining:
    name: str
    value: Any


@dataclass(frozen=True)
class InsertOnLink:
    """A new layer of `kind` with `params` splits the link `link_id`."""

    link_id: int
    kind: str
    params: tuple[tuple[str, Any], ...] = ()


Edit = Union[SetParam, SetTraining, InsertOnLink]


@dataclass(frozen=True)
class Fix:
    label: str  # what the button says: the edit in words ("Give Dense 3 one unit")
    edits: tuple[Edit, ...]


def _keeps_shape(node: Node) -> bool:
    return node.kind in _SHAPE_KEEPING_KINDS or node.spec.group == "Activations"


def last_dense(graph: Graph, output_id: int) -> Node | None:
    """The Dense layer whose units become the network's outputs, if the chain into the Output
    ends with one (through activations, dropout and normalization)."""
    node_id = output_id
    while True:
        links = graph.inputs_of(node_id)
        if len(links) != 1:
            return None
        node = graph.nodes[links[0].source]
        if node.kind == "Dense":
            return node
        if not _keeps_shape(node):
            return None
        node_id = node.id


def _set_units(graph: Graph, output_id: int, units: int, shape: tuple[int, ...]) -> tuple[Edit, ...] | None:
    """The edit that makes the network give `units` outputs: the last Dense's units, or a new
    Dense layer before the Output when the network ends on features without one."""
    dense = last_dense(graph, output_id)
    if dense is not None:
        return (SetParam(dense.id, "units", units),)
    links = graph.inputs_of(output_id)
    if len(links) == 1 and len(shape) == 1:
        return (InsertOnLink(links[0].id, "Dense", (("units", units), ("activation", "Linear"))),)
    return None


def _units_fix(graph: Graph, output_id: int, units: int, shape: tuple[int, ...],
               extra: tuple[Edit, ...] = (), loss: str = "") -> Fix | None:
    """`extra` (a change of loss to `loss`, or none) and the edits that give the network `units` outputs,
    as one fix whose label says both in one sentence."""
    edits = _set_units(graph, output_id, units, shape)
    if edits is None:
        return Fix(_LOSS_ONLY[loss](), extra) if extra else None
    edit = edits[0]
    one = units == 1
    if isinstance(edit, SetParam):
        label = (_GIVE_ONE if one else _GIVE)[loss]().format(layer=graph.nodes[edit.node_id].label, n=units)
    else:
        label = (_ADD_ONE if one else _ADD)[loss]().format(n=units)
    return Fix(label, extra + edits)


# The fixes' labels, whole sentences for each change of loss ("": none), so a translation never
# joins pieces. Functions, so each is translated when a fix is made, in the language of the moment.
_LOSS_ONLY = {
    "cross_entropy": lambda: translate("fixes", "Use cross-entropy and"),
    "mse": lambda: translate("fixes", "Use mean squared error"),
}
_GIVE_ONE = {
    "": lambda: translate("fixes", "Give {layer} one unit"),
    "cross_entropy": lambda: translate("fixes", "Use cross-entropy and give {layer} one unit"),
    "mse": lambda: translate("fixes", "Use mean squared error and give {layer} one unit"),
}
_GIVE = {
    "": lambda: translate("fixes", "Give {layer} {n} units"),
    "cross_entropy": lambda: translate("fixes", "Use cross-entropy and give {layer} {n} units"),
    "mse": lambda: translate("fixes", "Use mean squared error and give {layer} {n} units"),
}
_ADD_ONE = {
    "": lambda: translate("fixes", "Add a Dense layer of one unit before the Output"),
    "cross_entropy": lambda: translate("fixes", "Use cross-entropy and add a Dense layer of one unit before the Output"),
    "mse": lambda: translate("fixes", "Use mean squared error and add a Dense layer of one unit before the Output"),
}
_ADD = {
    "": lambda: translate("fixes", "Add a Dense layer of {n} units before the Output"),
    "cross_entropy": lambda: translate("fixes", "Use cross-entropy and add a Dense layer of {n} units before the Output"),
    "mse": lambda: translate("fixes", "Use mean squared error and add a Dense layer of {n} units before the Output"),
}


def output_fix(graph: Graph, output_id: int, shape: tuple[int, ...], data: DataShape, loss: str) -> Fix | None:
    """The fix for an Output whose `shape` does not fit `data` under `loss` (see
    shapes.check_output, which says why), or None when there is no obvious one."""
    if data.task == "classification":
        k = data.n_classes or 2
        if loss == "bce" and k != 2:
            return _units_fix(graph, output_id, k, shape, (SetTraining("loss", "cross_entropy"),), "cross_entropy")
        if loss == "bce":
            return _units_fix(graph, output_id, 1, shape)
        if loss == "cross_entropy":
            return _units_fix(graph, output_id, k, shape)
        return _units_fix(graph, output_id, 1 if k == 2 else k, shape)
    target = math.prod(data.target_shape)
    if loss in ("bce", "cross_entropy"):
        change = (SetTraining("loss", "mse"),)
        if math.prod(shape) == target:
            return Fix(_LOSS_ONLY["mse"](), change)
        return _units_fix(graph, output_id, target, shape, change, "mse")
    return _units_fix(graph, output_id, target, shape)


def flatten_fix(graph: Graph, node: Node, in_shape: tuple[int, ...]) -> Fix | None:
    """A Flatten before a Dense layer that receives an image, or None for anything else."""
    links = graph.inputs_of(node.id)
    if node.kind != "Dense" or len(in_shape) != 3 or len(links) != 1:
        return None
    return Fix(translate("fixes", "Insert a Flatten before {layer}").format(layer=node.label),
               (InsertOnLink(links[0].id, "Flatten"),))

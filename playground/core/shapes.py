"""Validation and shape inference through the whole graph, against the chosen data and loss.

Each problem names its node and says, in a sentence a student understands, what is wrong
and what to do. Nothing here needs torch: the canvas re-runs it on every edit. The shape rule
of each layer kind lives with the rest of that kind, in core/kinds.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from playground.core import catalog
from playground.core.datasets import DataError, DataShape, data_shape, describe_shape
from playground.core.fixes import Fix, flatten_fix, output_fix
from playground.core.graph import Graph, Node
from playground.core.i18n import translate, translate_later
from playground.core.kinds import Shape, ShapeProblem

if TYPE_CHECKING:
    from playground.core.gan import GanSplit

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Problem:
    message: str
    node_id: int | None = None
    severity: str = ERROR
    fix: Fix | None = None  # the one obvious edit that solves it, where there is one

    def located(self, graph: Graph) -> str:
        """The message led by the layer it is about ("Dense 3: ..."), unless it already names it."""
        node = graph.nodes.get(self.node_id) if self.node_id is not None else None
        if node is None or self.message.startswith(node.label + " "):
            return self.message
        return f"{node.label}: {self.message}"


@dataclass
class Analysis:
    """The outcome of checking a graph: per-node output shapes, problems, and the build order."""

    shapes: dict[int, Shape] = field(default_factory=dict)
    param_counts: dict[int, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    data: DataShape | None = None
    order: list[int] = field(default_factory=list)  # nodes that feed the Output, in build order
    input_id: int | None = None
    output_id: int | None = None
    gan: "GanSplit | None" = None  # a GAN's two networks (core/gan.py), once nothing is wrong

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def ok(self) -> bool:
        return not self.errors

    def problems_for(self, node_id: int) -> list[Problem]:
        return [p for p in self.problems if p.node_id == node_id]

    @property
    def total_params(self) -> int:
        return sum(self.param_counts.get(n, 0) for n in self.order)

    def first_error(self) -> str:
        return self.errors[0].message if self.errors else ""


# Raised inside a kind's shape rule; analyse() turns it into a Problem on the node.
_ShapeProblem = ShapeProblem


def infer_node(node: Node, inputs: list[Shape]) -> tuple[Shape, int]:
    """Output shape and parameter count of `node` given its input shapes (Input/Output aside)."""
    return node.spec.infer(node.params, inputs)


def check_output(shape: Shape, data: DataShape, loss: str) -> str | None:
    """Why an output of `shape` does not fit `data` under `loss`, or None if it does."""
    loss_label = translate("catalog", catalog.LOSSES[loss].label) if loss in catalog.LOSSES else loss
    if data.task == "classification":
        k = data.n_classes
        if loss == "cross_entropy":
            if shape == (1,):
                return translate("shapes", "Cross-entropy needs one output unit per class ({k} classes, so {k} "
                                           "units) but the network gives 1. Use binary cross-entropy for a single "
                                           "unit, or give the last Dense layer {k} units.").format(k=k)
            if shape != (k,):
                return translate("shapes", "Cross-entropy needs {k} output values per sample, one per class, but the "
                                           "network gives {shape}.").format(k=k, shape=describe_shape(shape))
            return None
        if loss == "bce":
            if k != 2:
                return translate("shapes", "Binary cross-entropy is for 2 classes, but this data set has {k}: use "
                                           "cross-entropy with {k} output units.").format(k=k)
            if shape != (1,):
                return translate("shapes", "Binary cross-entropy needs exactly 1 output unit (the probability of "
                                           "class 1) but the network gives {shape}.").format(shape=describe_shape(shape))
            return None
        # regression-style losses on class labels: 1 unit for 2 classes, or K units (one-hot)
        if (k == 2 and shape == (1,)) or shape == (k,):
            return None
        if k == 2:
            template = translate("shapes", "{loss} on {k} classes needs 1 unit (or 2) but the network gives {shape}.")
        else:
            template = translate("shapes", "{loss} on {k} classes needs {k} units, one per class but the network "
                                           "gives {shape}.")
        return template.format(loss=loss_label, k=k, shape=describe_shape(shape))
    if loss in ("bce", "cross_entropy"):
        return translate("shapes", "{loss} is for classes, but this data set asks for numbers (regression): use mean "
                                   "squared error, mean absolute error or Huber.").format(loss=loss_label)
    if math.prod(shape) != math.prod(data.target_shape):
        return translate("shapes", "The data set's target is {target} but the network gives {shape}.").format(
            target=describe_shape(data.target_shape), shape=describe_shape(shape))
    return None


def _ancestors(graph: Graph, node_id: int) -> set[int]:
    seen, stack = set(), [node_id]
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        stack.extend(l.source for l in graph.inputs_of(current))
    return seen


def read_data(result: Analysis, dataset: str, data_values: dict) -> None:
    """The data set's shape into `result`, or its problem; its warnings as warning problems."""
    try:
        result.data = data_shape(dataset, data_values)
    except DataError as exc:
        result.problems.append(Problem(str(exc)))
    else:
        for warning in result.data.warnings:
            result.problems.append(Problem(warning, severity=WARNING))
        for error in result.data.errors:
            result.problems.append(Problem(error))


def one_of_each(graph: Graph, result: Analysis, kind: str, missing: str | None) -> Node | None:
    """The graph's one layer of `kind`: `missing` is the problem when there is none (None: optional;
    marked with translate_later in the "shapes" context); every other one is a problem of its own."""
    nodes = graph.nodes_of_kind(kind)
    if not nodes and missing:
        result.problems.append(Problem(translate("shapes", missing)))
    for extra in nodes[1:]:
        result.problems.append(Problem(translate("shapes", "Only one {kind} layer is allowed: delete this one.")
                                       .format(kind=kind), extra.id))
    return nodes[0] if nodes else None


NO_OUTPUT = translate_later("shapes", "The network has no Output layer: drag one from 'Input / Output' and link "
                                      "the last layer into it.")


def loops_and_loose_ends(graph: Graph, result: Analysis) -> tuple[set[int], set[int]]:
    """(the layers in loops, the layers that feed the Output), with a problem for each loop member
    and a warning for each layer training ignores."""
    add = result.problems.append
    looped = set(graph.cycle_nodes())
    for nid in sorted(looped):
        add(Problem(translate("shapes", "This layer is part of a loop; networks here must flow one way."), nid))
    used = _ancestors(graph, result.output_id) if result.output_id is not None else set()
    for node in sorted(graph.nodes.values(), key=lambda n: n.id):
        if node.id not in used and node.kind not in ("Input", "Output") and node.id not in looped:
            add(Problem(translate("shapes", "{layer} is not connected to the Output, so training ignores it.")
                        .format(layer=node.label), node.id, WARNING))
    return looped, used


def infer_layer(graph: Graph, result: Analysis, node: Node, used: set[int]) -> list[Shape] | None:
    """Infer an inner layer's shape into `result` (a problem where it does not fit). For an end
    layer (the Output, a Generated marker) returns its input shapes for the caller to judge."""
    nid = node.id
    links = graph.inputs_of(nid)
    if not links:
        if nid in used or node.kind == "Output":
            result.problems.append(Problem(translate("shapes", "{layer} has no input: link a layer's output into it.")
                                           .format(layer=node.label), nid))
        return None
    in_shapes = [result.shapes.get(l.source) for l in links]
    if any(s is None for s in in_shapes):
        return None  # the problem is upstream and reported there
    if node.kind in ("Output", "Generated"):
        return in_shapes
    try:
        shape, count = infer_node(node, in_shapes)
    except ShapeProblem as exc:
        result.problems.append(Problem(str(exc), nid, ERROR if nid in used else WARNING,
                                       flatten_fix(graph, node, in_shapes[0])))
        return None
    result.shapes[nid] = shape
    result.param_counts[nid] = count
    return None


def analyse(graph: Graph, dataset: str, data_values: dict, loss: str) -> Analysis:
    """Check `graph` against the data set and loss; never raises for a bad graph."""
    if graph.nodes_of_kind("Noise"):
        from playground.core.gan import analyse_gan  # a GAN: two networks (core/gan.py uses this module)

        return analyse_gan(graph, dataset, data_values)
    result = Analysis()
    add = result.problems.append
    read_data(result, dataset, data_values)
    if loss not in catalog.LOSSES:
        add(Problem(translate("shapes", "Unknown loss {loss!r}.").format(loss=loss)))
    inp = one_of_each(graph, result, "Input", translate_later(
        "shapes", "The network has no Input layer: drag one from 'Input / Output' onto the canvas."))
    out = one_of_each(graph, result, "Output", NO_OUTPUT)
    result.input_id = inp.id if inp else None
    result.output_id = out.id if out else None

    for marker in graph.nodes_of_kind("Generated"):
        add(Problem(translate("shapes", "Generated ends a GAN's generator, but the network has no Noise source: add "
                                        "a Noise layer (from 'Input / Output') to start the generator, or delete "
                                        "this one."), marker.id))
    looped, used = loops_and_loose_ends(graph, result)
    if looped:
        return result
    order = graph.topological_order()
    for nid in order:
        node = graph.nodes[nid]
        if node.kind == "Input":
            if result.data is not None:
                result.shapes[nid] = result.data.input_shape
            continue
        in_shapes = infer_layer(graph, result, node, used)
        if in_shapes is None:
            continue
        if node.kind == "Generated":
            continue  # told above
        (shape,) = in_shapes  # the Output
        result.shapes[nid] = shape
        if result.data is not None and loss in catalog.LOSSES:
            message = check_output(shape, result.data, loss)
            if message:
                add(Problem(message, nid, fix=output_fix(graph, nid, shape, result.data, loss)))

    if result.output_id is not None and result.input_id is not None and result.input_id not in used:
        add(Problem(translate("shapes", "The Input does not lead to the Output: link the layers into a chain from "
                                        "Input to Output."), result.output_id))
    result.order = [nid for nid in order if nid in used]
    return result


def format_shape(shape: Shape) -> str:
    return "(" + ", ".join(map(str, shape)) + ("," if len(shape) == 1 else "") + ")"


def summary(graph: Graph, analysis: Analysis) -> str:
    """A Keras-style table: layer, output shape, parameters."""
    rows = [("Layer", "Output shape", "Params")]
    if analysis.gan is not None:
        from playground.core.gan import network_of  # a GAN's layers say which network they are in
    for nid in analysis.order:
        node = graph.nodes[nid]
        shape = analysis.shapes.get(nid)
        label = node.label if analysis.gan is None else f"{network_of(analysis.gan, nid) or ' '} {node.label}"
        rows.append((label, format_shape(shape) if shape else "?",
                     f"{analysis.param_counts.get(nid, 0):,}"))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    lines = [f"{a:<{widths[0]}}  {b:<{widths[1]}}  {c:>{widths[2]}}" for a, b, c in rows]
    lines.insert(1, "-" * len(lines[0]))
    lines.append("-" * len(lines[0]))
    lines.append(f"Total parameters: {analysis.total_params:,}")
    return "\n".join(lines)

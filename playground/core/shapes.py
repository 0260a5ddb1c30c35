"""Validation and shape inference through the whole graph, against the chosen data and loss.

Each problem names its node and says, in a sentence a student understands, what is wrong
and what to do. Nothing here needs torch: the canvas re-runs it on every edit.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from playground.core import catalog
from playground.core.datasets import DataError, DataShape, data_shape, describe_shape
from playground.core.graph import Graph, Node

Shape = tuple[int, ...]

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Problem:
    message: str
    node_id: int | None = None
    severity: str = ERROR

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


class _ShapeProblem(Exception):
    """Raised inside a shape rule; becomes a Problem on the node."""


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _need_image(node: Node, shape: Shape) -> None:
    if len(shape) != 3:
        raise _ShapeProblem(f"{node.kind} needs an image input (channels, height, width) but receives "
                            f"{describe_shape(shape)}.")


def _conv_out(size: int, kernel: int, stride: int, padding: str) -> int:
    if padding == "same":
        if stride == 1:
            return size
        pad = kernel // 2
        return (size + 2 * pad - kernel) // stride + 1
    return (size - kernel) // stride + 1


def _rnn_params(kind: str, features: int, hidden: int, layers: int, directions: int) -> int:
    gates = {"RNN": 1, "GRU": 3, "LSTM": 4}[kind]
    total, width = 0, features
    for _ in range(layers):
        total += directions * gates * (width * hidden + hidden * hidden + 2 * hidden)
        width = hidden * directions
    return total


def infer_node(node: Node, inputs: list[Shape]) -> tuple[Shape, int]:
    """Output shape and parameter count of `node` given its input shapes (Input/Output aside)."""
    kind, p = node.kind, node.params
    if node.spec.multi_input:
        if len(inputs) < 2:
            raise _ShapeProblem(f"{kind} needs at least two inputs to merge but has {len(inputs)}.")
        if kind == "Add":
            if any(s != inputs[0] for s in inputs):
                described = " and ".join(describe_shape(s) for s in inputs)
                raise _ShapeProblem(f"Add needs inputs of the same shape but receives {described}.")
            return inputs[0], 0
        ranks = {len(s) for s in inputs}
        if len(ranks) != 1:
            described = " and ".join(describe_shape(s) for s in inputs)
            raise _ShapeProblem(f"Concat can only join inputs of the same kind but receives {described}.")
        axis = 0 if len(inputs[0]) == 3 else len(inputs[0]) - 1  # channels for images, else features
        rest = {tuple(d for i, d in enumerate(s) if i != axis) for s in inputs}
        if len(rest) != 1:
            described = " and ".join(describe_shape(s) for s in inputs)
            raise _ShapeProblem(f"Concat joins along the {'channels' if axis == 0 and len(inputs[0]) == 3 else 'features'}"
                                f", so the other sizes must agree, but it receives {described}.")
        out = list(inputs[0])
        out[axis] = sum(s[axis] for s in inputs)
        return tuple(out), 0
    (shape,) = inputs
    if kind == "Dense":
        if len(shape) == 3:
            raise _ShapeProblem(f"Dense needs features but receives {describe_shape(shape)}: add a "
                                "Flatten layer before it.")
        units = p["units"]
        return (*shape[:-1], units), shape[-1] * units + (units if p["bias"] else 0)
    if kind == "Conv2D":
        _need_image(node, shape)
        c, h, w = shape
        k, s = p["kernel_size"], p["stride"]
        oh, ow = _conv_out(h, k, s, p["padding"]), _conv_out(w, k, s, p["padding"])
        if oh < 1 or ow < 1:
            raise _ShapeProblem(f"Conv2D's {k}x{k} filter does not fit the {h}x{w} image it receives: "
                                "use a smaller kernel or 'same' padding.")
        f = p["filters"]
        return (f, oh, ow), c * k * k * f + (f if p["bias"] else 0)
    if kind in ("MaxPool2D", "AvgPool2D"):
        _need_image(node, shape)
        c, h, w = shape
        k = p["pool_size"]
        if h < k or w < k:
            raise _ShapeProblem(f"{kind}'s {k}x{k} window does not fit the {h}x{w} image it receives: "
                                "use a smaller pool size or fewer pooling layers.")
        return (c, h // k, w // k), 0
    if kind == "Flatten":
        return (math.prod(shape),), 0
    if kind in ("RNN", "LSTM", "GRU"):
        if len(shape) != 2:
            raise _ShapeProblem(f"{kind} needs a sequence (steps, features) but receives "
                                f"{describe_shape(shape)}.")
        steps, features = shape
        directions = 2 if p["bidirectional"] else 1
        hidden = p["hidden_size"] * directions
        count = _rnn_params(kind, features, p["hidden_size"], p["num_layers"], directions)
        return ((steps, hidden) if p["return_sequences"] else (hidden,)), count
    if kind == "BatchNorm":
        channels = shape[0] if len(shape) == 3 else shape[-1]
        return shape, 2 * channels
    if kind == "LayerNorm":
        normalized = math.prod(shape) if len(shape) == 3 else shape[-1]
        return shape, 2 * normalized
    if kind == "Dropout" or catalog.is_activation(kind):
        return shape, 0
    raise _ShapeProblem(f"{kind} is not known to the shape checker.")


def check_output(shape: Shape, data: DataShape, loss: str) -> str | None:
    """Why an output of `shape` does not fit `data` under `loss`, or None if it does."""
    loss_label = catalog.LOSSES[loss].label if loss in catalog.LOSSES else loss
    if data.task == "classification":
        k = data.n_classes
        if loss == "cross_entropy":
            if shape == (1,):
                return (f"Cross-entropy needs one output unit per class ({k} classes, so {k} units) but "
                        f"the network gives 1. Use binary cross-entropy for a single unit, or give the "
                        f"last Dense layer {k} units.")
            if shape != (k,):
                return (f"Cross-entropy needs {k} output values per sample, one per class, but the "
                        f"network gives {describe_shape(shape)}.")
            return None
        if loss == "bce":
            if k != 2:
                return (f"Binary cross-entropy is for 2 classes, but this data set has {k}: use "
                        f"cross-entropy with {k} output units.")
            if shape != (1,):
                return (f"Binary cross-entropy needs exactly 1 output unit (the probability of class 1) "
                        f"but the network gives {describe_shape(shape)}.")
            return None
        # regression-style losses on class labels: 1 unit for 2 classes, or K units (one-hot)
        if (k == 2 and shape == (1,)) or shape == (k,):
            return None
        wanted = "1 unit (or 2)" if k == 2 else f"{k} units, one per class"
        return (f"{loss_label} on {k} classes needs {wanted} but the network gives "
                f"{describe_shape(shape)}.")
    if loss in ("bce", "cross_entropy"):
        return (f"{loss_label} is for classes, but this data set asks for numbers (regression): use mean "
                "squared error, mean absolute error or Huber.")
    if math.prod(shape) != math.prod(data.target_shape):
        return (f"The data set's target is {describe_shape(data.target_shape)} but the network gives "
                f"{describe_shape(shape)}.")
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


def analyse(graph: Graph, dataset: str, data_values: dict, loss: str) -> Analysis:
    """Check `graph` against the data set and loss; never raises for a bad graph."""
    result = Analysis()
    add = result.problems.append

    try:
        result.data = data_shape(dataset, data_values)
    except DataError as exc:
        add(Problem(str(exc)))
    if loss not in catalog.LOSSES:
        add(Problem(f"Unknown loss {loss!r}."))

    inputs, outputs = graph.nodes_of_kind("Input"), graph.nodes_of_kind("Output")
    if not inputs:
        add(Problem("The network has no Input layer: drag one from 'Input / Output' onto the canvas."))
    for extra in inputs[1:]:
        add(Problem("Only one Input layer is allowed: delete this one.", extra.id))
    if not outputs:
        add(Problem("The network has no Output layer: drag one from 'Input / Output' and link the "
                    "last layer into it."))
    for extra in outputs[1:]:
        add(Problem("Only one Output layer is allowed: delete this one.", extra.id))
    result.input_id = inputs[0].id if inputs else None
    result.output_id = outputs[0].id if outputs else None

    looped = set(graph.cycle_nodes())
    for nid in sorted(looped):
        add(Problem("This layer is part of a loop; networks here must flow one way.", nid))

    used = _ancestors(graph, result.output_id) if result.output_id is not None else set()
    for node in sorted(graph.nodes.values(), key=lambda n: n.id):
        if node.id not in used and node.kind not in ("Input", "Output") and node.id not in looped:
            add(Problem(f"{node.label} is not connected to the Output, so training ignores it.",
                        node.id, WARNING))

    if looped:
        return result
    order = graph.topological_order()
    for nid in order:
        node = graph.nodes[nid]
        links = graph.inputs_of(nid)
        severity = ERROR if nid in used else WARNING
        if node.kind == "Input":
            if result.data is not None:
                result.shapes[nid] = result.data.input_shape
            continue
        if not links:
            if nid in used or node.kind == "Output":
                add(Problem(f"{node.label} has no input: link a layer's output into it.", nid))
            continue
        in_shapes = [result.shapes.get(l.source) for l in links]
        if any(s is None for s in in_shapes):
            continue  # the problem is upstream and reported there
        if node.kind == "Output":
            (shape,) = in_shapes
            result.shapes[nid] = shape
            if result.data is not None and loss in catalog.LOSSES:
                message = check_output(shape, result.data, loss)
                if message:
                    add(Problem(message, nid))
            continue
        try:
            shape, count = infer_node(node, in_shapes)
        except _ShapeProblem as exc:
            add(Problem(str(exc), nid, severity))
            continue
        result.shapes[nid] = shape
        result.param_counts[nid] = count

    if result.output_id is not None and result.input_id is not None and result.input_id not in used:
        add(Problem("The Input does not lead to the Output: link the layers into a chain from Input to "
                    "Output.", result.output_id))
    result.order = [nid for nid in order if nid in used]
    return result


def format_shape(shape: Shape) -> str:
    return "(" + ", ".join(map(str, shape)) + ("," if len(shape) == 1 else "") + ")"


def summary(graph: Graph, analysis: Analysis) -> str:
    """A Keras-style table: layer, output shape, parameters."""
    rows = [("Layer", "Output shape", "Params")]
    for nid in analysis.order:
        node = graph.nodes[nid]
        shape = analysis.shapes.get(nid)
        rows.append((node.label, format_shape(shape) if shape else "?",
                     f"{analysis.param_counts.get(nid, 0):,}"))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    lines = [f"{a:<{widths[0]}}  {b:<{widths[1]}}  {c:>{widths[2]}}" for a, b, c in rows]
    lines.insert(1, "-" * len(lines[0]))
    lines.append("-" * len(lines[0]))
    lines.append(f"Total parameters: {analysis.total_params:,}")
    return "\n".join(lines)

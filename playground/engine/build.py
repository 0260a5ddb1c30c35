"""Graph -> torch.nn.Module, executing nodes in topological order.

The builder trusts shape inference: it is only called on a graph whose Analysis is ok, so
every size it needs is already known and every error was already told to the user.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
from torch import nn

from playground.core import catalog
from playground.core.graph import Graph, Node
from playground.core.shapes import Analysis


class BuildError(RuntimeError):
    """The graph could not be turned into a module (a bug or an unchecked graph)."""


_ACTIVATIONS = {
    "Linear": nn.Identity, "ReLU": nn.ReLU, "GELU": nn.GELU, "SiLU": nn.SiLU, "Tanh": nn.Tanh,
    "Sigmoid": nn.Sigmoid, "Softplus": nn.Softplus,
}


def activation_module(name: str, params: dict | None = None) -> nn.Module:
    params = params or {}
    if name == "LeakyReLU":
        return nn.LeakyReLU(params.get("negative_slope", 0.01))
    if name == "ELU":
        return nn.ELU(params.get("alpha", 1.0))
    if name == "Softmax":
        return nn.Softmax(dim=-1)
    return _ACTIVATIONS[name]()


def _initialise(module: nn.Module, scheme: str, activation: str) -> None:
    if scheme == "default":
        return
    weight = module.weight
    nonlinearity = "relu" if activation in ("ReLU", "LeakyReLU", "ELU", "GELU", "SiLU") else "tanh"
    with torch.no_grad():
        if scheme == "xavier_uniform":
            nn.init.xavier_uniform_(weight, gain=nn.init.calculate_gain(nonlinearity))
        elif scheme == "xavier_normal":
            nn.init.xavier_normal_(weight, gain=nn.init.calculate_gain(nonlinearity))
        elif scheme == "kaiming_uniform":
            nn.init.kaiming_uniform_(weight, nonlinearity=nonlinearity if nonlinearity == "relu" else "tanh")
        elif scheme == "kaiming_normal":
            nn.init.kaiming_normal_(weight, nonlinearity=nonlinearity if nonlinearity == "relu" else "tanh")
        elif scheme == "normal":
            nn.init.normal_(weight, 0.0, 0.1)
        elif scheme == "zeros":
            nn.init.zeros_(weight)
        if getattr(module, "bias", None) is not None:
            nn.init.zeros_(module.bias)


class Recurrent(nn.Module):
    """RNN/LSTM/GRU on (batch, steps, features), returning all steps or the final state."""

    def __init__(self, kind: str, features: int, p: dict):
        super().__init__()
        cls = {"RNN": nn.RNN, "LSTM": nn.LSTM, "GRU": nn.GRU}[kind]
        self.rnn = cls(features, p["hidden_size"], num_layers=p["num_layers"], batch_first=True,
                       bidirectional=p["bidirectional"])
        self.return_sequences = p["return_sequences"]
        self.directions = 2 if p["bidirectional"] else 1

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out, state = self.rnn(x)
        if self.return_sequences:
            return out
        h = state[0] if isinstance(state, tuple) else state  # LSTM returns (h, c)
        return torch.cat(list(h[-self.directions:]), dim=-1)


class SequenceBatchNorm(nn.Module):
    """BatchNorm over the features of a (batch, steps, features) sequence."""

    def __init__(self, features: int, momentum: float):
        super().__init__()
        self.norm = nn.BatchNorm1d(features, momentum=momentum)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.norm(x.transpose(1, 2)).transpose(1, 2)


class Merge(nn.Module):
    def __init__(self, kind: str, image: bool):
        super().__init__()
        self.kind = kind
        self.dim = 1 if image else -1

    def forward(self, *xs: torch.Tensor) -> torch.Tensor:
        if self.kind == "Add":
            total = xs[0]
            for x in xs[1:]:
                total = total + x
            return total
        return torch.cat(xs, dim=self.dim)


def node_module(node: Node, in_shapes: list[tuple[int, ...]]) -> nn.Module:
    kind, p = node.kind, node.params
    shape = in_shapes[0] if in_shapes else ()
    if kind in ("Input", "Output"):
        return nn.Identity()
    if kind == "Dense":
        linear = nn.Linear(shape[-1], p["units"], bias=p["bias"])
        _initialise(linear, p["init"], p["activation"])
        return nn.Sequential(linear, activation_module(p["activation"]))
    if kind == "Conv2D":
        k, s = p["kernel_size"], p["stride"]
        if p["padding"] == "same":
            padding: int | str = "same" if s == 1 else k // 2
        else:
            padding = 0
        conv = nn.Conv2d(shape[0], p["filters"], k, stride=s, padding=padding, bias=p["bias"])
        _initialise(conv, p["init"], p["activation"])
        return nn.Sequential(conv, activation_module(p["activation"]))
    if kind == "MaxPool2D":
        return nn.MaxPool2d(p["pool_size"])
    if kind == "AvgPool2D":
        return nn.AvgPool2d(p["pool_size"])
    if kind == "Flatten":
        return nn.Flatten()
    if kind == "Dropout":
        return nn.Dropout(p["rate"])
    if kind == "BatchNorm":
        if len(shape) == 3:
            return nn.BatchNorm2d(shape[0], momentum=p["momentum"])
        if len(shape) == 2:
            return SequenceBatchNorm(shape[-1], p["momentum"])
        return nn.BatchNorm1d(shape[-1], momentum=p["momentum"])
    if kind == "LayerNorm":
        return nn.LayerNorm(tuple(shape) if len(shape) == 3 else shape[-1], eps=p["eps"])
    if kind in ("RNN", "LSTM", "GRU"):
        return Recurrent(kind, shape[-1], p)
    if kind in ("Add", "Concat"):
        return Merge(kind, image=len(shape) == 3)
    if catalog.is_activation(kind):
        return activation_module(kind, p)
    raise BuildError(f"no torch module for layer kind {kind!r}")


def _flat_chain(modules) -> list[nn.Module]:
    """The leaves of a chain of layer modules, without nested Sequentials and identities."""
    flat: list[nn.Module] = []
    for module in modules:
        parts = list(module) if type(module) is nn.Sequential else [module]
        flat.extend(m for m in parts if not isinstance(m, nn.Identity))
    return flat


def output_module(module: nn.Module) -> nn.Module:
    """The submodule that produces a layer's output (for forward hooks): the layer itself, or for a
    Dense/Conv2D block its activation, or its Linear/Conv when the activation is the identity.
    A chain runs the leaves directly, so hooks must sit on them, not on the block."""
    if type(module) is nn.Sequential:
        parts = [m for m in module if not isinstance(m, nn.Identity)]
        return parts[-1] if parts else module
    return module


@dataclass(frozen=True)
class Step:
    node_id: int
    key: str
    sources: tuple[int, ...]


class GraphModule(nn.Module):
    """Runs the graph's layers in topological order; a chain runs as a plain Sequential."""

    def __init__(self, graph: Graph, analysis: Analysis):
        super().__init__()
        if not analysis.ok or analysis.input_id is None or analysis.output_id is None:
            raise BuildError("the graph has problems: " + analysis.first_error())
        self.layers = nn.ModuleDict()
        self.steps: list[Step] = []
        self.labels: dict[int, str] = {}
        for nid in analysis.order:
            node = graph.nodes[nid]
            sources = tuple(l.source for l in graph.inputs_of(nid))
            in_shapes = [analysis.shapes[s] for s in sources]
            key = str(nid)
            self.layers[key] = node_module(node, in_shapes)
            self.steps.append(Step(nid, key, sources))
            self.labels[nid] = node.label
        self.input_id, self.output_id = analysis.input_id, analysis.output_id
        # A chain (each node fed only by the previous one) skips the dict bookkeeping per step, and
        # runs as one flat Sequential without the identities: each module call costs ~1 us, which
        # matters on the small nets this app trains (see DESIGN.md).
        chain = all(s.sources == (prev.node_id,) for prev, s in zip(self.steps, self.steps[1:]))
        self.sequential = nn.Sequential(*_flat_chain(self.layers[s.key] for s in self.steps[1:])) \
            if chain else None

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.sequential is not None:
            return self.sequential(x)
        values: dict[int, torch.Tensor] = {self.input_id: x}
        for step in self.steps[1:]:
            module = self.layers[step.key]
            if len(step.sources) == 1:
                values[step.node_id] = module(values[step.sources[0]])
            else:
                values[step.node_id] = module(*[values[s] for s in step.sources])
        return values[self.output_id]

    def parameterised(self) -> list[tuple[int, str, list[nn.Parameter]]]:
        """(node id, canvas label, parameters) of each layer that has weights, in build order."""
        result = []
        for step in self.steps:
            params = [p for p in self.layers[step.key].parameters() if p.requires_grad]
            if params:
                result.append((step.node_id, self.labels[step.node_id], params))
        return result


def output_activation(graph: Graph, analysis: Analysis) -> str:
    """The activation that produces the network's output: decides how losses read it.

    Cross-entropy after a Softmax, or BCE after a Sigmoid, reads probabilities (Keras'
    from_logits=False); otherwise the output is taken as logits.
    """
    if analysis.output_id is None:
        return "Linear"
    links = graph.inputs_of(analysis.output_id)
    while links:
        node = graph.nodes[links[0].source]
        if catalog.is_activation(node.kind):
            return node.kind
        if node.kind in ("Dense", "Conv2D"):
            return node.params["activation"]
        if node.kind in ("Dropout", "Flatten") and graph.inputs_of(node.id):
            links = graph.inputs_of(node.id)
            continue
        return "Linear"
    return "Linear"


def count_parameters(module: nn.Module) -> int:
    return sum(math.prod(p.shape) for p in module.parameters())


__all__ = ["BuildError", "GraphModule", "activation_module", "count_parameters", "output_activation",
           "output_module"]

"""Graph -> torch.nn.Module, executing nodes in topological order.

The builder trusts shape inference: it is only called on a graph whose Analysis is ok, so
every size it needs is already known and every error was already told to the user. Each layer
kind's module comes from its builder in engine/kinds.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
from torch import nn

from playground.core.graph import Graph, Node
from playground.core.shapes import Analysis
from playground.core.task import output_activation  # re-exported: callers knew it here
from playground.engine.kinds import BUILDERS
from playground.engine.kinds.activations import activation_module  # re-exported: callers knew it here
from playground.engine.kinds.recurrent import Recurrent  # re-exported: callers knew it here


class BuildError(RuntimeError):
    """The graph could not be turned into a module (a bug or an unchecked graph)."""


def node_module(node: Node, in_shapes: list[tuple[int, ...]]) -> nn.Module:
    builder = BUILDERS.get(node.kind)
    if builder is None:
        raise BuildError(f"no torch module for layer kind {node.kind!r}")
    return builder(node.kind, node.params, in_shapes)


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
        # matters on the small nets this app trains (see docs/ARCHITECTURE.md).
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


def count_parameters(module: nn.Module) -> int:
    return sum(math.prod(p.shape) for p in module.parameters())


__all__ = ["BuildError", "GraphModule", "Recurrent", "activation_module", "count_parameters",
           "output_activation", "output_module"]

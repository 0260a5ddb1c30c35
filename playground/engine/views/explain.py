"""The explain probe: for the neuron (or feature-map pixel) the student clicked and the sample
chosen, the numbers that make its value, read from the live model (see payloads/explain.py).

The window configures it with `node`, `neuron` (a Dense unit or a channel), `row` and `col` (a
feature-map pixel), and `sample` (a test sample) or `point` (x1, x2 on the plane).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import torch
from torch import nn

from playground.core.datasets import FEATURES
from playground.core.i18n import translate, translate_later
from playground.engine.data import expand_features
from playground.engine.payloads.explain import ExplainPayload, Explained, Pooling, WeightedSum
from playground.engine.views.base import ProbeContext, ViewProbe

NOTHING_CHOSEN = translate_later("explain", "Click a neuron on a Dense card (or use Explain in the Inspector), "
                                 "or a pixel of a feature map, to see how its value is computed.")
POOL_KINDS = {"MaxPool2D": "max", "AvgPool2D": "average"}
EXPLAINED_KINDS = ("Dense", "Conv2D", *POOL_KINDS)


class _NotFlat(Exception):
    """A Dense layer fed more than a flat list of numbers per sample."""


def _f64(t: torch.Tensor) -> np.ndarray:
    return t.detach().double().cpu().numpy()


class ExplainProbe(ViewProbe):
    name = "explain"
    interval = 0.1  # one sample's forward pass: cheap, and the numbers should follow training

    def __init__(self, context: ProbeContext):
        super().__init__(context)
        tensors = self.trainer.tensors
        self.n_samples = len(tensors.x_test) or len(tensors.x_train)  # as test_samples chooses
        self.graph = self.trainer.project.graph
        self.node: int | None = None
        self.unit = 0
        self.pixel = (0, 0)
        self.sample = 0
        self.point: tuple[float, float] | None = None

    def configure(self, node: int | None = None, neuron: int | None = None, row: int | None = None,
                  col: int | None = None, sample: int | None = None, point: Any = None, **options: Any) -> None:
        if node is not None:
            self.node, self.unit = int(node), int(neuron or 0)
            self.pixel = (int(row or 0), int(col or 0))
        if sample is not None:
            self.sample, self.point = min(max(int(sample), 0), self.n_samples - 1), None
        if point is not None and self.task.plane:
            self.point = (float(point[0]), float(point[1]))

    # ----- the sample ---------------------------------------------------------------------------
    def _input(self) -> torch.Tensor:
        if self.point is not None:
            features = expand_features(np.array([self.point], np.float32), self.trainer.data.features)
            return torch.as_tensor(features, device=self.trainer.device)
        x, _ = self.context.test_samples(self.sample + 1)
        return x[self.sample:self.sample + 1]

    def _layer_io(self, node_id: int, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """The input the layer's first module got for `x`, and the layer's output (sample 0)."""
        module = self.context.module(node_id)
        first = module[0] if isinstance(module, nn.Sequential) else module
        seen: dict[str, torch.Tensor] = {}
        handle = first.register_forward_hook(lambda m, i, o: seen.__setitem__("in", i[0]))
        try:
            _, captured = self.context.capture(x, [node_id])
        finally:
            handle.remove()
        return seen["in"][0], captured[node_id][0]

    # ----- the arithmetic -----------------------------------------------------------------------
    def collect(self) -> ExplainPayload:
        payload = ExplainPayload(-1 if self.point is not None else self.sample, self.n_samples, self.point)
        node = self.graph.nodes.get(self.node) if self.node is not None else None
        if node is None or str(node.id) not in self.trainer.model.layers:
            payload.message = translate("explain", NOTHING_CHOSEN)
            return payload
        if node.kind not in EXPLAINED_KINDS:
            payload.message = translate(
                "explain", "{name} is a {kind} layer: click a Dense neuron or a feature-map pixel.").format(
                name=node.label, kind=node.kind)
            return payload
        seen, out = self._layer_io(node.id, self._input())
        explained = Explained(node.id, node.label, node.kind, self.unit, None)
        try:
            if node.kind == "Dense":
                self._dense(explained, node, seen, out)
            else:
                self._map(explained, node, seen, out)
        except IndexError:  # a choice made for the network before an edit
            payload.message = translate("explain", "{name} has no such neuron or pixel now: click it again.").format(
                name=node.label)
            return payload
        except _NotFlat:
            payload.message = translate(
                "explain", "{name} works on each step of a sequence (or each row of an image) apart: its inputs "
                "are not one list, so there is no one sum to show.").format(name=node.label)
            return payload
        payload.target = explained
        return payload

    def _dense(self, explained: Explained, node, seen: torch.Tensor, out: torch.Tensor) -> None:
        if seen.dim() != 1:
            raise _NotFlat  # a Dense applied at every step of a sequence: not one list of inputs
        linear = self.context.module(node.id)[0]
        unit = explained.unit
        if not 0 <= unit < linear.out_features:
            raise IndexError
        bias = float(linear.bias[unit].detach()) if linear.bias is not None else 0.0
        activation = node.params["activation"]
        layer_z = _f64(nn.functional.linear(seen, linear.weight, linear.bias)) if activation == "Softmax" else None
        explained.sum = WeightedSum(_f64(seen), _f64(linear.weight[unit]), bias, activation, layer_z)
        explained.input_names = self._input_names(node.id, len(seen))
        explained.actual = float(out[unit])

    def _input_names(self, node_id: int, n: int) -> list[str]:
        sources = self.graph.inputs_of(node_id)
        source = self.graph.nodes[sources[0].source] if sources else None
        if source is not None and source.kind == "Input" and self.task.plane:
            labels = dict(FEATURES)
            names = [labels.get(k, k) for k in self.trainer.data.features]
            if len(names) == n:
                return names
        prefix = source.label if source is not None else translate("explain", "input")
        return [f"{prefix} \u00b7 {i + 1}" for i in range(n)]

    def _map(self, explained: Explained, node, seen: torch.Tensor, out: torch.Tensor) -> None:
        channel, (row, col) = explained.unit, self.pixel
        if not (0 <= channel < out.shape[0] and 0 <= row < out.shape[1] and 0 <= col < out.shape[2]):
            raise IndexError
        explained.position = (row, col)
        explained.actual = float(out[channel, row, col])
        x = _f64(seen)  # (channels, height, width)
        if node.kind in POOL_KINDS:
            k = node.params["pool_size"]  # torch's pooling: stride = window, no padding
            explained.pooling = Pooling(x[channel, row * k:row * k + k, col * k:col * k + k].copy(),
                                        POOL_KINDS[node.kind])
            return
        conv: nn.Conv2d = self.context.module(node.id)[0]
        k, s = conv.kernel_size[0], conv.stride[0]
        before = (k - 1) // 2 if conv.padding == "same" else conv.padding[0]
        after = k - 1 - before if conv.padding == "same" else conv.padding[0]
        padded = np.pad(x, ((0, 0), (before, after), (before, after)))
        field = padded[:, row * s:row * s + k, col * s:col * s + k].copy()
        bias = float(conv.bias[channel].detach()) if conv.bias is not None else 0.0
        activation = node.params["activation"]
        # torch's Softmax block runs over the last axis: the map's row
        layer_z = _f64(conv(seen[None])[0, channel, row]) if activation == "Softmax" else None
        explained.sum = WeightedSum(field, _f64(conv.weight[channel]), bias, activation, layer_z)


PROBE = ExplainProbe

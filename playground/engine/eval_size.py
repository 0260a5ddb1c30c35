"""How many samples a live snapshot scores, and in what chunks: sized from the network's cost.

A snapshot's live evaluation (the curves' loss and accuracy, the confusion and results views)
runs the network on the first samples of both sets. On the reference problem 2 x 2,048 samples
cost ~0.1 ms; on a small CNN over 32x32 colour images the same pass cost ~0.47 s, more than the
training between two snapshots (docs/PERFORMANCE.md). So the number of samples is chosen from a
deterministic estimate of the network's multiply-adds per sample (from its layers' shapes, one
sample through it), never from a timing: the same project scores the same samples on every
machine and in every run. The chunks the pass runs in are sized from the largest layer output, so
a costly pass never holds a layer's output for thousands of images at once (that pass was most
of the worker's peak memory on CIFAR-sized images).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
from torch import nn

LIVE_EVAL_LIMIT = 2048  # samples per set at most: big sets are scored on a fixed subset
LIVE_EVAL_FLOOR = 256  # ...and at least (or the whole set, if smaller): fewer make the curves noisy
# multiply-adds one live evaluation may take, both sets together: the digits CNN (~25,000 a sample)
# keeps its 2 x 2,048 samples; a CNN on CIFAR-sized images (~530,000) gets the floor
EVAL_MACS_BUDGET = 2**27
# values of the largest layer output over one chunk (float32: 8 MB); chunks stay within these
ACTIVATION_BUDGET = 2**21
MAX_CHUNK = 4096


@dataclass(frozen=True)
class NetworkCost:
    """What one sample costs the network in a forward pass."""

    macs_per_sample: int  # multiply-adds (elementwise layers count one per output value)
    largest_output: int  # values of the largest layer output


def _layer_macs(module: nn.Module, inputs: tuple, output) -> int:
    out = output[0] if isinstance(output, tuple) else output
    values = out.numel() if isinstance(out, torch.Tensor) else 0
    if isinstance(module, nn.Linear):
        return values * module.in_features
    if isinstance(module, nn.modules.conv._ConvNd):
        per_value = module.in_channels // module.groups * math.prod(module.kernel_size)
        if module.transposed:  # each input value is spread over the kernel
            return inputs[0].numel() * module.out_channels // module.groups * math.prod(module.kernel_size)
        return values * per_value
    if isinstance(module, nn.RNNBase):  # every step multiplies by each weight matrix once
        steps = inputs[0].shape[1] if module.batch_first else inputs[0].shape[0]
        return steps * sum(p.numel() for p in module.parameters() if p.dim() > 1)
    return values  # activations, pooling, normalisation, reshaping: about one operation a value


@torch.no_grad()
def network_cost(net: nn.Module, sample: torch.Tensor) -> NetworkCost:
    """The cost of one sample (`sample`: a batch of one) through `net`, from its leaf layers."""
    macs, largest = 0, sample[:1].numel()

    def count(module: nn.Module, inputs: tuple, output) -> None:
        nonlocal macs, largest
        macs += _layer_macs(module, inputs, output)
        out = output[0] if isinstance(output, tuple) else output
        if isinstance(out, torch.Tensor):
            largest = max(largest, out.numel())

    handles = [m.register_forward_hook(count) for m in net.modules() if not any(True for _ in m.children())]
    try:
        net(sample[:1])
    finally:
        for handle in handles:
            handle.remove()
    return NetworkCost(max(1, macs), largest)


def live_eval_limit(cost: NetworkCost | None, cap: int = LIVE_EVAL_LIMIT) -> int:
    """Samples per set a running snapshot scores: as many as the budget of multiply-adds allows,
    between the floor and `cap`. Without a cost, `cap`."""
    if cost is None:
        return cap
    return max(min(LIVE_EVAL_FLOOR, cap), min(cap, EVAL_MACS_BUDGET // (2 * cost.macs_per_sample)))


def eval_chunk(cost: NetworkCost | None) -> int:
    """Samples per forward pass in an evaluation: the largest layer output stays within the budget."""
    if cost is None:
        return MAX_CHUNK
    return max(1, min(MAX_CHUNK, ACTIVATION_BUDGET // cost.largest_output))

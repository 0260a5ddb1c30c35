"""The network's parameters and gradients as two flat float32 numpy buffers that torch shares.

Each torch Parameter's data, and its `.grad`, become views of the buffers (no copy per step): the
fused path updates the numpy arrays in place, and everything that reads the torch module (the
views, the gradient and weight norms, evaluation, the divergence guard, saving) sees the current
weights and gradients. The weights (the parameters with two or more dimensions, the ones the
trainer regularizes) come first, so L1/L2 is one operation on the buffer's front.
"""

from __future__ import annotations

import math

import numpy as np
import torch
from torch import nn


class FlatParams:
    def __init__(self, params: list[nn.Parameter]):
        self.params = [p for p in params if p.dim() > 1] + [p for p in params if p.dim() <= 1]
        self.shapes = [tuple(p.shape) for p in self.params]
        self.sizes = [math.prod(s) for s in self.shapes]
        self.n_weights = sum(n for p, n in zip(self.params, self.sizes) if p.dim() > 1)
        with torch.no_grad():
            self.values = np.concatenate([p.detach().reshape(-1).numpy() for p in self.params]).astype(np.float32)
        self.grads = np.zeros_like(self.values)
        for p, value, grad in zip(self.params, self.views_of(self.values), self.views_of(self.grads)):
            p.data = torch.from_numpy(value)
            p.grad = torch.from_numpy(grad)

    def views_of(self, flat: np.ndarray) -> list[np.ndarray]:
        """Each parameter's part of a buffer laid out like `values`, in its own shape."""
        views, start = [], 0
        for shape, size in zip(self.shapes, self.sizes):
            views.append(flat[start:start + size].reshape(shape))
            start += size
        return views

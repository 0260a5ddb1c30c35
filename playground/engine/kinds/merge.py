"""Add and Concat, which take several inputs."""

from __future__ import annotations

from collections.abc import Sequence

import torch
from torch import nn

from playground.core.kinds.base import Shape, Values
from playground.engine.kinds.base import Builder


class Merge(nn.Module):
    def __init__(self, kind: str, image: bool):
        super().__init__()
        self.kind = kind
        self.dim = 1 if image else -1  # the batch axis comes first, so an image's channels are axis 1

    def forward(self, *xs: torch.Tensor) -> torch.Tensor:
        if self.kind == "Add":
            total = xs[0]
            for x in xs[1:]:
                total = total + x
            return total
        return torch.cat(xs, dim=self.dim)


def _merge(kind: str, p: Values, in_shapes: Sequence[Shape]) -> nn.Module:
    return Merge(kind, image=len(in_shapes[0]) == 3)


BUILDERS: dict[str, Builder] = {"Add": _merge, "Concat": _merge}

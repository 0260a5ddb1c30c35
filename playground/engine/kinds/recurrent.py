"""RNN, LSTM and GRU on (batch, steps, features)."""

from __future__ import annotations

from collections.abc import Sequence

import torch
from torch import nn

from playground.core.kinds.base import Shape, Values
from playground.engine.kinds.base import Builder

_TORCH = {"RNN": nn.RNN, "LSTM": nn.LSTM, "GRU": nn.GRU}


class Recurrent(nn.Module):
    """RNN/LSTM/GRU on (batch, steps, features), returning all steps or the final state."""

    def __init__(self, kind: str, features: int, p: Values):
        super().__init__()
        self.rnn = _TORCH[kind](features, p["hidden_size"], num_layers=p["num_layers"], batch_first=True,
                                bidirectional=p["bidirectional"])
        self.return_sequences = p["return_sequences"]
        self.directions = 2 if p["bidirectional"] else 1

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out, state = self.rnn(x)
        if self.return_sequences:
            return out
        h = state[0] if isinstance(state, tuple) else state  # LSTM returns (h, c)
        return torch.cat(list(h[-self.directions:]), dim=-1)


def _recurrent(kind: str, p: Values, in_shapes: Sequence[Shape]) -> nn.Module:
    return Recurrent(kind, in_shapes[0][-1], p)


BUILDERS: dict[str, Builder] = {kind: _recurrent for kind in _TORCH}

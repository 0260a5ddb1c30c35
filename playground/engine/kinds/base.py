"""The torch half of a layer kind: a builder that makes its module from the checked shapes."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from torch import nn

from playground.core.kinds.base import Shape, Values

# (kind, parameter values, input shapes) -> the layer's module. Called only on a graph whose
# Analysis is ok, so the shapes are known and fit; the kind is passed because one builder can
# serve several kinds (RNN/LSTM/GRU, Add/Concat, the activations).
Builder = Callable[[str, Values, Sequence[Shape]], nn.Module]

"""The hidden-states view: each recurrent layer's hidden state at every step of one test sequence."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

MAX_UNITS = 64  # rows shown per layer (both directions together): more are unreadable as rows


@dataclass
class LayerStates:
    node_id: int
    label: str  # the layer's name on the canvas
    kind: str  # "RNN" | "LSTM" | "GRU"
    # (rows, steps) float32: the hidden state of each shown unit at each step; a bidirectional
    # layer's forward units come first, then its backward units (`shown` of each)
    states: np.ndarray
    hidden_size: int  # units per direction
    directions: int  # 2: bidirectional
    stacked: int  # torch layers stacked inside the layer: only the top one's steps are kept
    shown: int  # units shown per direction (the first ones), at most hidden_size


@dataclass
class HiddenStatesPayload:
    sample: int  # which test sequence (index into the test set)
    n_samples: int  # how many there are to choose from
    inputs: np.ndarray  # (steps,) float32: the sequence (its first feature)
    truth: str  # e.g. "square" or "0.53": what the sequence's target is
    prediction: str  # e.g. "square (92%)" or "0.48": what the network gives for it
    layers: list[LayerStates] = field(default_factory=list)
    held_out: bool = True  # False: there is no test set, the sequence is a training one

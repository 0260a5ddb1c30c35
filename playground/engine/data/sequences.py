"""Sequence data sets: sequences of `length` steps with one value each, shape (length, 1).

`noise` is the standard deviation of Gaussian noise added to every input step, relative to
a unit amplitude (0.1 = 10% of a typical wave's height).
"""

from __future__ import annotations

import math

import numpy as np

from playground.core.datasets import data_shape
from playground.core.i18n import translate, translate_later
from playground.engine.data.bundle import DataBundle
from playground.engine.data.split import shuffled_split

# the classes' names, shown in the views in the app's language (translated where the bundle is made)
WAVE_KINDS = [translate_later("sequences", "sine"), translate_later("sequences", "square"),
              translate_later("sequences", "sawtooth")]
# Angular frequency of sine_next in radians per step: periods from about 10 to 42 steps, so a
# 20-step window holds between half a wave and two waves.
SINE_OMEGA = (0.15, 0.6)
# Period of wave_kind in steps: short enough that a 20-step window shows a full wave.
WAVE_PERIOD = (4.0, 16.0)


def sine_next(n: int, length: int, noise: float,
              rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Inputs: `length` noisy steps of a sine wave; target: its next value, without noise, so a
    perfect model can reach zero loss."""
    omega = rng.uniform(*SINE_OMEGA, (n, 1))
    phase = rng.uniform(0.0, 2 * math.pi, (n, 1))
    t = np.arange(length + 1, dtype=np.float64)
    clean = np.sin(omega * t + phase)
    x = clean[:, :length] + rng.normal(0.0, 1.0, (n, length)) * noise
    return x, clean[:, length:]


def wave_kind(n: int, length: int, noise: float,
              rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Inputs: a sine, square or sawtooth wave with random phase, period and amplitude;
    target: the wave's kind (index into WAVE_KINDS). Classes are balanced."""
    labels = np.arange(n, dtype=np.int64) % len(WAVE_KINDS)
    period = rng.uniform(*WAVE_PERIOD, (n, 1))
    phase = rng.uniform(0.0, 1.0, (n, 1))  # in cycles
    amplitude = rng.uniform(0.5, 1.5, (n, 1))
    cycles = np.arange(length, dtype=np.float64) / period + phase
    frac = cycles - np.floor(cycles)
    waves = np.stack([
        np.sin(2 * math.pi * cycles),
        np.where(frac < 0.5, 1.0, -1.0),  # the square wave in phase with the sine
        2.0 * frac - 1.0,
    ])
    x = waves[labels, np.arange(n)] * amplitude + rng.normal(0.0, 1.0, (n, length)) * noise
    return x, labels


def sequence_arrays(name: str, values: dict) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """x_train, y_train, x_test, y_test of sequence set `name`. Exported scripts carry this function."""
    rng = np.random.default_rng(values["seed"])
    n, length = values["samples"], values["length"]
    if name == "wave_kind":
        x, y = wave_kind(n, length, values["noise"], rng)
    else:
        x, target = sine_next(n, length, values["noise"], rng)
        y = target.astype(np.float32)
    x = x.astype(np.float32).reshape(n, length, 1)
    train, test = shuffled_split(n, values["train_ratio"], rng)
    return x[train], y[train], x[test], y[test]


def load_sequences(name: str, values: dict) -> DataBundle:
    shape = data_shape(name, values)
    x_train, y_train, x_test, y_test = sequence_arrays(name, values)
    return DataBundle(x_train=x_train, y_train=y_train, x_test=x_test, y_test=y_test,
                      shape=shape, class_names=[translate("sequences", k) for k in WAVE_KINDS] if name == "wave_kind" else [])

"""2-D toy data sets over the plane -6..6, the way TensorFlow Playground makes them.

circle, xor, gauss, spiral, plane and multi_gauss follow TFP's src/dataset.ts (geometry,
radii, padding, label rules, how noise enters). `noise` is passed through unchanged, as TFP
passes its slider value / 100: TFP's slider stops at 50, so noise 0.5 here is TFP's maximum
and 0.5..1 goes beyond it. moons, checkerboard, blobs and spirals are ours, sized to the
same plane and with noise scaled so that 0.5 is "hard but still learnable" like TFP's. line,
two_gaussians, ring and three_blobs are GAN Lab's distributions (for GANs), scaled to the plane.

Generators return points in class order (float64 (N, 2)) and labels (int64 class indices,
or float64 regression targets); load_plane shuffles and splits them, as TFP does.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from playground.core.datasets import data_shape, selected_features
from playground.engine.data.bundle import DataBundle
from playground.engine.data.features import expand_features
from playground.engine.data.split import shuffled_split

PLANE_EXTENT = (-6.0, 6.0, -6.0, 6.0)  # TFP's heat-map domain

Points = tuple[np.ndarray, np.ndarray]


def class_counts(n: int, k: int) -> list[int]:
    """`n` samples shared among `k` classes as evenly as possible (first classes get the extra)."""
    return [n // k + (1 if i < n % k else 0) for i in range(k)]


def _uniform(rng: np.random.Generator, a: float, b: float, n: int) -> np.ndarray:
    return rng.uniform(a, b, n)


def _tfp_gauss_variance(noise: float) -> float:
    # d3.scale.linear().domain([0, .5]).range([0.5, 4]): unclamped, so it extrapolates past .5
    return 0.5 + noise * (4.0 - 0.5) / 0.5


# --- TensorFlow Playground's classification sets (labels: TFP -1 -> 0, +1 -> 1) -----------


def circle(n: int, noise: float, rng: np.random.Generator) -> Points:
    radius = 5.0
    parts, labels = [], []
    # positives inside radius/2, negatives in the ring 0.7..1 radius; the label is decided on
    # the jittered point, so noise flips points near the gap, as in TFP.
    rings = ((0.0, radius * 0.5), (radius * 0.7, radius))
    for count, (r_lo, r_hi) in zip((n - n // 2, n // 2), rings):
        r = _uniform(rng, r_lo, r_hi, count)
        angle = _uniform(rng, 0.0, 2 * math.pi, count)
        x, y = r * np.sin(angle), r * np.cos(angle)
        nx = _uniform(rng, -radius, radius, count) * noise
        ny = _uniform(rng, -radius, radius, count) * noise
        parts.append(np.stack([x, y], axis=1))
        labels.append(np.hypot(x + nx, y + ny) < radius * 0.5)
    return np.concatenate(parts), np.concatenate(labels).astype(np.int64)


def xor(n: int, noise: float, rng: np.random.Generator) -> Points:
    padding = 0.3  # keeps points off the axes, where the class flips
    x = _uniform(rng, -5, 5, n)
    x += np.where(x > 0, padding, -padding)
    y = _uniform(rng, -5, 5, n)
    y += np.where(y > 0, padding, -padding)
    nx = _uniform(rng, -5, 5, n) * noise
    ny = _uniform(rng, -5, 5, n) * noise
    labels = ((x + nx) * (y + ny) >= 0).astype(np.int64)
    return np.stack([x, y], axis=1), labels


def gauss(n: int, noise: float, rng: np.random.Generator) -> Points:
    std = math.sqrt(_tfp_gauss_variance(noise))
    parts, labels = [], []
    for count, center, label in ((n - n // 2, 2.0, 1), (n // 2, -2.0, 0)):
        parts.append(rng.normal(center, std, (count, 2)))
        labels.append(np.full(count, label, dtype=np.int64))
    return np.concatenate(parts), np.concatenate(labels)


def _spiral_arm(count: int, delta_t: float, noise: float, rng: np.random.Generator) -> np.ndarray:
    i = np.arange(count, dtype=np.float64)
    r = i / count * 5
    t = 1.75 * i / count * 2 * math.pi + delta_t
    x = r * np.sin(t) + _uniform(rng, -1, 1, count) * noise
    y = r * np.cos(t) + _uniform(rng, -1, 1, count) * noise
    return np.stack([x, y], axis=1)


def spiral(n: int, noise: float, rng: np.random.Generator) -> Points:
    pos, neg = n - n // 2, n // 2
    points = np.concatenate([_spiral_arm(pos, 0.0, noise, rng),
                             _spiral_arm(neg, math.pi, noise, rng)])
    labels = np.concatenate([np.ones(pos, np.int64), np.zeros(neg, np.int64)])
    return points, labels


# --- Our classification sets ----------------------------------------------------------------


def moons(n: int, noise: float, rng: np.random.Generator) -> Points:
    """Two interleaving half circles (scikit-learn's make_moons), scaled x3 and centred."""
    scale = 3.0
    counts = class_counts(n, 2)
    parts = []
    for label, count in enumerate(counts):
        theta = _uniform(rng, 0.0, math.pi, count)
        if label == 0:
            x, y = np.cos(theta), np.sin(theta)
        else:
            x, y = 1 - np.cos(theta), 0.5 - np.sin(theta)
        parts.append(np.stack([(x - 0.5) * scale, (y - 0.25) * scale], axis=1))
    points = np.concatenate(parts)
    # Gaussian jitter; noise 0.5 is sklearn's noise=0.25, where the moons start to touch.
    points += rng.normal(0.0, 0.5 * noise * scale, points.shape)
    labels = np.repeat(np.arange(2, dtype=np.int64), counts)
    return points, labels


def checkerboard(n: int, noise: float, rng: np.random.Generator) -> Points:
    """A 4x4 board of 3x3 cells over -6..6; noise jitters the point the label is read at."""
    cell = 3.0
    points = rng.uniform(-6.0, 6.0, (n, 2))
    jitter = rng.uniform(-cell, cell, (n, 2)) * noise  # like TFP's xor: up to a half cell at 0.5
    cells = np.floor((points + jitter + 6.0) / cell).astype(np.int64)
    labels = (cells.sum(axis=1) % 2).astype(np.int64)
    return points, labels


def blobs(n: int, noise: float, rng: np.random.Generator, n_classes: int) -> Points:
    """K Gaussian clouds on a circle of radius 4, spread like TFP's gauss at the same noise."""
    std = math.sqrt(_tfp_gauss_variance(noise))
    counts = class_counts(n, n_classes)
    parts = []
    for k, count in enumerate(counts):
        angle = math.pi / 4 + 2 * math.pi * k / n_classes  # K=2 puts them on TFP's diagonal
        center = (4.0 * math.cos(angle), 4.0 * math.sin(angle))
        parts.append(rng.normal(center, std, (count, 2)))
    return np.concatenate(parts), np.repeat(np.arange(n_classes, dtype=np.int64), counts)


def spirals(n: int, noise: float, rng: np.random.Generator, n_classes: int) -> Points:
    """K arms of TFP's spiral, turned 2*pi/K apart."""
    counts = class_counts(n, n_classes)
    parts = [_spiral_arm(count, 2 * math.pi * k / n_classes, noise, rng)
             for k, count in enumerate(counts)]
    return np.concatenate(parts), np.repeat(np.arange(n_classes, dtype=np.int64), counts)


# --- GAN Lab's distributions, scaled to the plane ---------------------------------------------
# Each keeps a little spread at noise 0 (a GAN has a density to match, not a curve); noise adds
# Gaussian jitter with a spread of up to 1. Their parts are their classes.


def _jitter(points: np.ndarray, base: float, noise: float, rng: np.random.Generator) -> np.ndarray:
    return points + rng.normal(0.0, base + noise, points.shape)


def line(n: int, noise: float, rng: np.random.Generator) -> Points:
    """A slanted segment from (-4, -3) to (4, 3); its lower half is class 0, its upper half 1."""
    parts = []
    for label, count in enumerate(class_counts(n, 2)):
        t = _uniform(rng, 0.5 * label, 0.5 * (label + 1), count)
        parts.append(np.stack([-4.0 + 8.0 * t, -3.0 + 6.0 * t], axis=1))
    points = _jitter(np.concatenate(parts), 0.1, noise, rng)
    return points, np.repeat(np.arange(2, dtype=np.int64), class_counts(n, 2))


def _clouds(n: int, centers: tuple[tuple[float, float], ...], spread: float, noise: float,
            rng: np.random.Generator) -> Points:
    counts = class_counts(n, len(centers))
    parts = [rng.normal(center, spread + noise, (count, 2)) for center, count in zip(centers, counts)]
    return np.concatenate(parts), np.repeat(np.arange(len(centers), dtype=np.int64), counts)


def two_gaussians(n: int, noise: float, rng: np.random.Generator) -> Points:
    """Two round clouds of spread 0.6, at (-2.5, 2) and (2.5, -2)."""
    return _clouds(n, ((-2.5, 2.0), (2.5, -2.0)), 0.6, noise, rng)


def ring(n: int, noise: float, rng: np.random.Generator) -> Points:
    """A ring of radius 4 and width ~0.3; its lower half is class 0, its upper half 1."""
    counts = class_counts(n, 2)
    angle = np.concatenate([_uniform(rng, math.pi * k, math.pi * (k + 1), count)
                            for k, count in zip((1, 0), counts)])
    radius = 4.0 + rng.normal(0.0, 0.15 + noise, n)
    points = np.stack([radius * np.cos(angle), radius * np.sin(angle)], axis=1)
    return points, np.repeat(np.arange(2, dtype=np.int64), counts)


def three_blobs(n: int, noise: float, rng: np.random.Generator) -> Points:
    """Three small clouds of spread 0.35, 4 from the centre and 120 degrees apart."""
    centers = tuple((4.0 * math.cos(a), 4.0 * math.sin(a))
                    for a in (math.pi / 2, math.pi / 2 + 2 * math.pi / 3, math.pi / 2 + 4 * math.pi / 3))
    return _clouds(n, centers, 0.35, noise, rng)


# --- TensorFlow Playground's regression sets --------------------------------------------------


def plane(n: int, noise: float, rng: np.random.Generator) -> Points:
    radius = 6.0
    x, y = _uniform(rng, -radius, radius, n), _uniform(rng, -radius, radius, n)
    nx = _uniform(rng, -radius, radius, n) * noise
    ny = _uniform(rng, -radius, radius, n) * noise
    target = (x + nx + y + ny) / 10.0  # d3 linear [-10, 10] -> [-1, 1]
    return np.stack([x, y], axis=1), target


_GAUSSIANS = np.array([[-4, 2.5, 1], [0, 2.5, -1], [4, 2.5, 1],
                       [-4, -2.5, -1], [0, -2.5, 1], [4, -2.5, -1]], dtype=np.float64)


def multi_gauss(n: int, noise: float, rng: np.random.Generator) -> Points:
    radius = 6.0
    x, y = _uniform(rng, -radius, radius, n), _uniform(rng, -radius, radius, n)
    nx = _uniform(rng, -radius, radius, n) * noise
    ny = _uniform(rng, -radius, radius, n) * noise
    px, py = x + nx, y + ny
    # each bump: sign * clamp(1 - d/2, 0, 1); the label is the one largest in absolute value
    d = np.hypot(px[:, None] - _GAUSSIANS[:, 0], py[:, None] - _GAUSSIANS[:, 1])
    values = _GAUSSIANS[:, 2] * np.clip(1.0 - d / 2.0, 0.0, 1.0)
    best = np.argmax(np.abs(values), axis=1)  # first maximum wins, like TFP's strict '>'
    target = values[np.arange(n), best]
    return np.stack([x, y], axis=1), target


CLASSIFIERS: dict[str, Callable[..., Points]] = {
    "circle": circle, "xor": xor, "gauss": gauss, "spiral": spiral,
    "moons": moons, "checkerboard": checkerboard, "blobs": blobs, "spirals": spirals,
    "line": line, "two_gaussians": two_gaussians, "ring": ring, "three_blobs": three_blobs,
}
REGRESSORS: dict[str, Callable[..., Points]] = {"plane": plane, "multi_gauss": multi_gauss}
MULTI_CLASS = frozenset({"blobs", "spirals"})


def load_plane(name: str, values: dict) -> DataBundle:
    """A 2-D data set: points drawn, shuffled, split, then expanded into the selected features."""
    shape = data_shape(name, values)
    rng = np.random.default_rng(values["seed"])
    n, noise = values["samples"], values["noise"]
    if name in CLASSIFIERS:
        extra = (values["n_classes"],) if name in MULTI_CLASS else ()
        points, labels = CLASSIFIERS[name](n, noise, rng, *extra)
        labels = labels.astype(np.int64)
        class_names = [str(k) for k in range(shape.n_classes)]
    else:
        points, target = REGRESSORS[name](n, noise, rng)
        labels = target.astype(np.float32).reshape(n, 1)
        class_names = []
    points = points.astype(np.float32)
    train, test = shuffled_split(n, values["train_ratio"], rng)
    features = tuple(selected_features(values))
    # Features come from the float32 points, so expand_features(points_train) == x_train exactly.
    return DataBundle(
        x_train=expand_features(points[train], features), y_train=labels[train],
        x_test=expand_features(points[test], features), y_test=labels[test],
        shape=shape, class_names=class_names,
        points_train=points[train], points_test=points[test],
        extent=PLANE_EXTENT, features=features)

"""How close a GAN's samples are to the data on the plane: both turned into densities on a grid
(a 2-D histogram), compared by the Kullback-Leibler and Jensen-Shannon divergences.

numpy only: the views' payloads and the tests use it as they are.
"""

from __future__ import annotations

import numpy as np

GRID_BINS = 24  # cells per side: ~0.5 wide on the plane -6..6, finer than any distribution's parts


def grid_density(points: np.ndarray, extent: tuple[float, float, float, float], bins: int = GRID_BINS,
                 smoothing: float = 0.0) -> np.ndarray:
    """The share of `points` (N, 2) in each cell of a bins x bins grid over `extent` (points
    outside count in no cell); `smoothing` is added to each cell's count first (KL needs it)."""
    xmin, xmax, ymin, ymax = extent
    counts, _, _ = np.histogram2d(points[:, 0], points[:, 1], bins=bins, range=[[xmin, xmax], [ymin, ymax]])
    counts = counts + smoothing
    total = counts.sum()
    return counts / total if total > 0 else np.full_like(counts, 1.0 / counts.size)


def kl_divergence(p: np.ndarray, q: np.ndarray) -> float:
    """KL(p || q) in bits; infinite where p has mass q lacks (smooth q to avoid that)."""
    mask = p > 0
    with np.errstate(divide="ignore"):
        return float(np.sum(p[mask] * (np.log2(p[mask]) - np.log2(q[mask]))))


def js_divergence(p: np.ndarray, q: np.ndarray) -> float:
    """Jensen-Shannon divergence in bits: 0 for equal densities, 1 for densities that never meet."""
    m = 0.5 * (p + q)
    return 0.5 * kl_divergence(p, m) + 0.5 * kl_divergence(q, m)

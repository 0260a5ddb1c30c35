"""A bounded time series for live plots: an x column plus named value columns.

Long runs publish snapshots for hours; the plots must not grow without bound nor slow down.
The buffer grows by doubling up to `cap` rows. When it is full, every other row is dropped
and from then on only every `stride`-th point is kept (the stride doubles each time), so the
points stay evenly spread over the whole run: thinning only the older half again and again
would leave the first 90% of a long run with a handful of points. The latest point is
always shown (as a "tail" row until the next kept point replaces it) and the first point is
never dropped, so the plot spans the run and ends at the current value. Dropping rows rather
than averaging pairs keeps only values that were really observed, which matters on a log
axis and for NaN gaps; the plots' peak downsampling takes care of the screen.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np

log = logging.getLogger(__name__)

DEFAULT_CAP = 20_000


class History:
    def __init__(self, columns: Sequence[str], cap: int = DEFAULT_CAP, initial: int = 1024) -> None:
        if cap < 4 or cap % 2:
            raise ValueError("cap must be an even number of at least 4 rows")
        self.columns: tuple[str, ...] = tuple(columns)
        self._index = {name: i + 1 for i, name in enumerate(self.columns)}
        self.cap = cap
        self._initial = max(2, min(initial, cap))
        self._buf = np.empty((self._initial, 1 + len(self.columns)), np.float64)
        self._reset()

    def _reset(self) -> None:
        self._n = 0  # kept rows
        self._tail = 0  # 1 while row _n holds the latest point, not (yet) a kept one
        self._count = 0  # points appended since the start
        self.stride = 1  # keep every stride-th point
        self.thinned = 0  # how many times rows were dropped (for tests and logs)

    def __len__(self) -> int:
        return self._n + self._tail

    def append(self, x: float, values: Sequence[float]) -> None:
        """Add one point; `values` in `columns` order (NaN for a missing value)."""
        if self._n == self._buf.shape[0]:
            self._make_room()
        row = self._buf[self._n]
        row[0] = x
        row[1:] = values
        if self._count % self.stride == 0:
            self._n += 1
            self._tail = 0
        else:
            self._tail = 1
        self._count += 1

    def _make_room(self) -> None:
        size = self._buf.shape[0]
        if size < self.cap:
            grown = np.empty((min(size * 2, self.cap), self._buf.shape[1]), np.float64)
            grown[:size] = self._buf
            self._buf = grown
            return
        # Kept rows are points 0, s, 2s, ...: keeping rows 0, 2, 4, ... leaves multiples of 2s.
        kept = self._buf[:self._n:2].copy()
        self._buf[:len(kept)] = kept
        self._n = len(kept)
        self._tail = 0
        self.stride *= 2
        self.thinned += 1
        log.debug("history thinned to %d rows, keeping every %d-th point", self._n, self.stride)

    @property
    def x(self) -> np.ndarray:
        """A view of the x column: copy it before handing it to a plot item that keeps it."""
        return self._buf[:len(self), 0]

    def column(self, name: str) -> np.ndarray:
        return self._buf[:len(self), self._index[name]]

    def last(self, name: str) -> float:
        n = len(self)
        return float(self._buf[n - 1, self._index[name]]) if n else float("nan")

    def last_x(self) -> float:
        n = len(self)
        return float(self._buf[n - 1, 0]) if n else float("nan")

    def set_column(self, name: str, values: np.ndarray) -> None:
        self._buf[:len(self), self._index[name]] = values

    def clear(self) -> None:
        self._buf = np.empty((self._initial, self._buf.shape[1]), np.float64)
        self._reset()

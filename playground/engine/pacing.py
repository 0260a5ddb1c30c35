"""Pacing the worker: at most N training steps a second, for a class to follow what happens.

Pure Python on a monotonic clock the worker passes in (tests pass a fake one). The worker never
sleeps: between steps that are not due yet it waits for its next command with a timeout
(`wait()`), so a pause, a new speed or a quit is answered at once even at 1 step a second.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# The speeds the window offers (steps a second; None: as fast as it goes).
SPEEDS: tuple[float | None, ...] = (None, 100.0, 30.0, 10.0, 3.0, 1.0)
# After a slow step (a big network at a high speed setting) the pace restarts from now rather
# than catching up with a burst of the steps it missed.
MAX_BACKLOG_S = 0.25


@dataclass
class Pacer:
    """When the next step is due, for a run limited to `rate` steps a second (None: no limit)."""

    rate: float | None = None
    _next_at: float | None = None  # clock time of the next step; None: the next step is due now

    @property
    def unlimited(self) -> bool:
        return self.rate is None

    def set_rate(self, rate: float | None) -> None:
        """A new speed, from the next step on; a rate of 0 or below is refused."""
        if rate is not None:
            rate = float(rate)
            if not math.isfinite(rate) or rate <= 0:
                raise ValueError(f"a speed must be a positive number of steps a second, not {rate}")
        self.rate = rate
        self._next_at = None

    def restart(self) -> None:
        """The run (re)starts playing: its first step is due at once."""
        self._next_at = None

    def due(self, now: float) -> int:
        """How many steps may run now (at least 1 when unlimited)."""
        if self.rate is None:
            return 1
        if self._next_at is None or now - self._next_at > MAX_BACKLOG_S:
            self._next_at = now
        if now < self._next_at:
            return 0
        return int((now - self._next_at) * self.rate) + 1

    def took(self, steps: int) -> None:
        """`steps` steps ran: the next one is due a step's time after the last."""
        if self.rate is not None and self._next_at is not None:
            self._next_at += steps / self.rate

    def wait(self, now: float) -> float:
        """Seconds until the next step is due (0 when one is due now, or unlimited)."""
        if self.rate is None or self._next_at is None:
            return 0.0
        return max(0.0, self._next_at - now)

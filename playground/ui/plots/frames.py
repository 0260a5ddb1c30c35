"""Spreads the drawing of one frame over successive event-loop turns.

Qt paints every widget of a window that changed since the last paint in one go. Updating the
boundary, the curves, the gradients and the canvas from one snapshot in one slot therefore
blocks the GUI thread for the sum of their repaints (measured: ~14 ms a snapshot, a 16 ms
timer 13 ms late at p99). Here each part is a stage that runs in its own turn of the event
loop, so Qt paints it on its own before the next stage starts, and input, timers and the
snapshot poll get in between: the longest block is one plot's update and repaint.

Stages run in the order they were added, one per turn, only while marked dirty; marking a
stage that is already waiting does not queue it twice (the stage draws the latest data).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class FrameScheduler(QObject):
    def __init__(self, parent: QObject | None = None, gap_ms: int = 0) -> None:
        super().__init__(parent)
        self._stages: dict[str, Callable[[], None]] = {}
        self._dirty: list[str] = []  # waiting stages, in stage order
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(gap_ms)
        self._timer.timeout.connect(self.run_next)
        self.ran: dict[str, int] = {}  # how often each stage ran (tests, profiling)

    def add_stage(self, name: str, run: Callable[[], None], before: str | None = None) -> None:
        """A stage run after those added earlier, or just before the stage `before`."""
        if before is None or before not in self._stages:
            self._stages[name] = run
        else:
            stages = list(self._stages.items())
            at = [key for key, _ in stages].index(before)
            self._stages = dict(stages[:at] + [(name, run)] + stages[at:])
        self.ran[name] = 0

    def remove_stage(self, name: str) -> None:
        self._stages.pop(name, None)
        self.ran.pop(name, None)
        if name in self._dirty:
            self._dirty.remove(name)

    @property
    def pending(self) -> list[str]:
        return list(self._dirty)

    def mark(self, *names: str) -> None:
        """Draw these stages soon, each in its own event-loop turn."""
        for name in names:
            if name not in self._stages:
                raise KeyError(name)
            if name not in self._dirty:
                self._dirty.append(name)
        order = list(self._stages)
        self._dirty.sort(key=order.index)
        if self._dirty and not self._timer.isActive():
            self._timer.start()

    def run_next(self) -> None:
        """Run the first waiting stage; the next one waits for the next turn."""
        if not self._dirty:
            return
        name = self._dirty.pop(0)
        self.ran[name] += 1
        try:
            self._stages[name]()
        finally:
            if self._dirty:
                self._timer.start()

    def flush(self) -> None:
        """Run every waiting stage now (readers that need the plots up to date, tests)."""
        self._timer.stop()
        while self._dirty:
            self.run_next()
        self._timer.stop()

    def cancel(self) -> None:
        self._timer.stop()
        self._dirty.clear()

"""What the bench runs on, and how busy other programs kept it meanwhile.

On a 2-core machine one other busy program takes half of what the app has: a figure measured
then says little. CpuWatch tells how many cores other programs used during a measurement
(the whole machine's busy time, less this process's and its finished children's).
"""

from __future__ import annotations

import os
import platform
import time
from dataclasses import dataclass
from typing import Any

BUSY = 0.15  # cores used by others during a measurement above which the table warns


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def describe(torch_version: str) -> dict[str, Any]:
    return {"cpu": cpu_model(), "cores": cores(), "system": platform.platform(),
            "python": platform.python_version(), "torch": torch_version,
            "qt_platform": os.environ.get("QT_QPA_PLATFORM", "offscreen")}


def _machine_busy_seconds() -> float | None:
    """CPU seconds the whole machine has been busy since boot (/proc/stat), None without /proc."""
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            fields = [int(v) for v in stat.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    busy = sum(fields[:8]) - idle  # user nice system idle iowait irq softirq steal (not guest: in user)
    return busy / os.sysconf("SC_CLK_TCK")


def _own_seconds() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


@dataclass
class OtherLoad:
    seconds: float  # wall time watched
    cores: float | None  # average cores other programs kept busy; None where unknown


class CpuWatch:
    """`with CpuWatch() as watch: ...`, then `watch.result`."""

    def __enter__(self) -> "CpuWatch":
        self._busy, self._own, self._wall = _machine_busy_seconds(), _own_seconds(), time.monotonic()
        self.result = OtherLoad(0.0, None)
        return self

    def __exit__(self, *exc) -> None:
        busy, wall = _machine_busy_seconds(), time.monotonic() - self._wall
        others = None
        if busy is not None and self._busy is not None and wall > 0:
            # children still running are not counted as ours until they are reaped: measure
            # only around work whose children have ended
            others = max(0.0, (busy - self._busy) - (_own_seconds() - self._own)) / wall
        self.result = OtherLoad(wall, others)

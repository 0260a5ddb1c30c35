"""The engine's half of each view: `engine/views/NAME.py` defines `PROBE`, a ViewProbe class.

Which views a run gets is decided once, in `playground.core.views` (by the task); this package
only finds each view's probe by the view's name.
"""

from __future__ import annotations

import importlib

from playground.core.task import Task
from playground.core.views import CANVAS, views_for
from playground.engine.views.base import ProbeContext, ViewProbe


def probe_class(name: str) -> type[ViewProbe]:
    return importlib.import_module(f"playground.engine.views.{name}").PROBE


def probes_for(context: ProbeContext, task: Task | None = None) -> list[ViewProbe]:
    """A probe for each view that fits the run's task, in display order."""
    return [probe_class(spec.name)(context) for spec in views_for(task or context.task)]


__all__ = ["CANVAS", "ProbeContext", "ViewProbe", "probe_class", "probes_for"]

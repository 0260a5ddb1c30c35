"""The UI's half of each view: `ui/views/NAME.py` defines `WIDGET`, a ViewWidget class.

Which views a run gets is decided in `playground.core.views` (by the task); this package finds
each view's widget by the view's name. Views placed on the canvas (CANVAS) have no widget here:
the canvas draws them.
"""

from __future__ import annotations

import importlib

from playground.core.task import Task
from playground.core.views import CANVAS, ViewSpec, views_for
from playground.ui.views.base import ViewWidget


def widget_class(name: str) -> type[ViewWidget]:
    return importlib.import_module(f"playground.ui.views.{name}").WIDGET


def widget_views(task: Task | None) -> list[ViewSpec]:
    """The views of `task` that have a widget of their own (not drawn on the canvas)."""
    return [spec for spec in views_for(task) if spec.place != CANVAS]


__all__ = ["ViewWidget", "widget_class", "widget_views"]

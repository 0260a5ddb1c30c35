"""Live plots of a training run: decision boundary, loss curves, gradients.

The widgets are imported lazily, so `playground.ui.plots.colors` (pure numpy) can be used
without loading pyqtgraph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from playground.ui.plots.boundary import BoundaryPlot
    from playground.ui.plots.curves import CurvesPlot
    from playground.ui.plots.gradients import GradientsPlot

__all__ = ["BoundaryPlot", "CurvesPlot", "GradientsPlot"]

_MODULES = {"BoundaryPlot": "boundary", "CurvesPlot": "curves", "GradientsPlot": "gradients"}


def __getattr__(name: str) -> Any:
    if name in _MODULES:
        from importlib import import_module

        return getattr(import_module(f"playground.ui.plots.{_MODULES[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

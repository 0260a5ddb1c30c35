"""The plots as pictures: which plots a window has, each as PNG (pyqtgraph's ImageExporter, or
QWidget.grab for a view that is not a pyqtgraph plot) or SVG (pyqtgraph's SVGExporter), and the
right-click menu that saves the plot under the mouse.

The dialogs and messages belong to File > Export (`export_dialog.py`); this module renders and
writes, and says what went wrong in a `PlotExportError` sentence.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QIODevice, QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu, QStackedWidget, QTabWidget, QWidget

from playground.core.atomic_file import write_bytes_atomically
from playground.core.i18n import translate, translate_later
from playground.core.write_errors import write_error

if TYPE_CHECKING:
    from playground.ui.live_plots import LivePlots

PNG, SVG = "png", "svg"
# file filters, shown through translate("plot_export", ...)
FORMATS = {PNG: translate_later("plot_export", "PNG image (*.png)"),
           SVG: translate_later("plot_export", "SVG image (*.svg)")}
PNG_SCALE = 2  # pixels per screen pixel: sharp on a projector and in a printed handout
# A plot is laid out at least this large (width, height) for its picture: at 1280x720 the loss
# plot is ~70 px high on screen, too flat for a slide. Its widget is resized for the moment of
# the export only (nothing is painted in between) and then given back its size.
MIN_SIZE = (640, 400)


class PlotExportError(Exception):
    """The picture could not be made or written; the message is meant for the user."""


@dataclass
class PlotTarget:
    """One plot a user can save: its name (English: the file name and how code finds it), its
    widget, and its label in the app's language (menus, titles, messages)."""

    name: str
    widget: QWidget  # a pyqtgraph GraphicsView (PNG and SVG), or any widget (PNG only)
    # called with True before the picture is made and False after (what the plot alone needs)
    exporting: Callable[[bool], None] | None = None
    label: str = ""  # "" for the name itself

    def __post_init__(self) -> None:
        self.label = self.label or self.name

    @property
    def formats(self) -> tuple[str, ...]:
        return (PNG, SVG) if isinstance(self.widget, pg.GraphicsView) else (PNG,)

    def file_stem(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", self.name.lower()).strip("-") or "plot"


def plot_targets(live: LivePlots, hidden: bool = False) -> list[PlotTarget]:
    """Every plot of the window, in the order of its tabs: the curves, the gradients, then the
    task's views (a view of several plots gives one target each; one without any, the whole
    view as a picture). Plots hidden for this task (a regression's accuracy) only with `hidden`."""
    curves, gradients = live.curves, live.gradients
    targets = [PlotTarget("Loss", curves.loss_plot, curves.exporting_loss, translate("plot_export", "Loss"))]
    if hidden or curves.classification:
        targets.append(PlotTarget("Accuracy", curves.acc_plot, curves.exporting_accuracy,
                                  translate("plot_export", "Accuracy")))
    targets += [PlotTarget("Gradients", gradients.lines_plot, gradients.exporting_lines,
                           translate("plot_export", "Gradients")),
                PlotTarget("Latest gradients", gradients.bars_plot, label=translate("plot_export", "Latest gradients"))]
    for view in live.views.widgets.values():
        title, label = view.spec.title, translate("views", view.spec.title)
        # isHidden: hidden itself (a plot the view does not use now), not as part of a back tab
        graphics = [g for g in view.findChildren(pg.GraphicsView) if hidden or not g.isHidden()]
        if not graphics:
            targets.append(PlotTarget(title, view, label=label))
        for i, g in enumerate(graphics):
            if i == 0:
                targets.append(PlotTarget(title, g, label=label))
            else:
                numbered = translate("plot_export", "{plot} ({n})").format(plot=label, n=i + 1)
                targets.append(PlotTarget(f"{title} ({i + 1})", g, label=numbered))
    return targets


def bring_forward(widget: QWidget) -> None:
    """Show the tabs that hold `widget`, so a view in a back tab draws its latest payload."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            parent.parentWidget().setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()


def render(target: PlotTarget, fmt: str) -> bytes:
    """The picture's bytes; raises PlotExportError."""
    widget = target.widget
    if widget.width() < 2 or widget.height() < 2:
        raise PlotExportError(translate("plot_export", "The {plot} plot has no room on screen to be drawn: make the "
                                        "window larger.").format(plot=target.label))
    if not isinstance(widget, pg.GraphicsView):
        return _png(target, widget.grab().toImage())
    exporters = _exporters()
    size = widget.size()
    widget.resize(max(size.width(), MIN_SIZE[0]), max(size.height(), MIN_SIZE[1]))
    try:
        if fmt == SVG:
            return exporters.SVGExporter(widget.scene()).export(toBytes=True)
        exporter = exporters.ImageExporter(widget.scene())
        exporter.parameters()["width"] = int(exporter.getSourceRect().width() * PNG_SCALE)
        return _png(target, exporter.export(toBytes=True))
    finally:
        widget.resize(size)


def _png(target: PlotTarget, image) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if image.isNull() or not image.save(buffer, "PNG"):
        raise PlotExportError(translate("plot_export", "The {plot} plot could not be drawn as a picture.").format(
            plot=target.label))
    return bytes(buffer.data())


def save_plot(target: PlotTarget, path: str | Path, fmt: str) -> None:
    """Render `target` and write it to `path` in one step; raises PlotExportError."""
    if target.exporting is not None:
        target.exporting(True)
    try:
        data = render(target, fmt)
    finally:
        if target.exporting is not None:
            target.exporting(False)
    try:
        write_bytes_atomically(path, data)
    except OSError as exc:
        raise PlotExportError(write_error(translate("plot_export", "The plot"), path, exc)) from None


class PlotMenu(QObject):
    """The right-click menu of one pyqtgraph plot: Save Plot as PNG / SVG.

    A right click (a release without a drag, so right-drag zooming still works) that no item of
    the plot took (the axes' own menus are switched off) opens it."""

    def __init__(self, target: PlotTarget, save: Callable[[PlotTarget, str], None]):
        super().__init__(target.widget)
        self.target, self.save = target, save
        self.menu = QMenu(target.widget)
        for fmt in target.formats:
            action = self.menu.addAction(translate("PlotMenu", "Save Plot as {format}...").format(format=fmt.upper()))
            action.setData(fmt)
        self.menu.triggered.connect(self._chosen)
        target.widget.scene().sigMouseClicked.connect(self._clicked)

    def _clicked(self, event) -> None:
        if event.button() == Qt.MouseButton.RightButton and not event.isAccepted():
            event.accept()
            self.menu.popup(QPoint(int(event.screenPos().x()), int(event.screenPos().y())))

    def _chosen(self, action) -> None:
        self.save(self.target, action.data())


def attach_menus(live: LivePlots, save: Callable[[PlotTarget, str], None]) -> None:
    """A right-click menu on every pyqtgraph plot of the window that has none yet (call again
    when the views change); each calls `save(target, format)`."""
    for target in plot_targets(live, hidden=True):
        widget = target.widget
        if isinstance(widget, pg.GraphicsView) and not widget.findChildren(PlotMenu):
            PlotMenu(target, save)


def _exporters():
    """pyqtgraph's exporters, imported when first used: with their parameter trees they cost the
    window's start-up ~20 ms."""
    import pyqtgraph.exporters

    _tolerate_closed_paths()
    return pyqtgraph.exporters


def _tolerate_closed_paths() -> None:
    """pyqtgraph 0.14's SVG exporter cannot read the closing `Z` that Qt 6 writes at the end of
    a closed path (every plot's frame), and raises ValueError for any plot
    (pyqtgraph/pyqtgraph#3495). Take the `Z`s out while it rewrites the coordinates and put
    them back where they were."""
    module = sys.modules["pyqtgraph.exporters.SVGExporter"]
    original = module.correctCoordinates
    if getattr(original, "tolerates_closed_paths", False):
        return

    def correct(node, defs, item, options):
        closed = []
        for path in node.getElementsByTagName("path"):
            tokens = path.getAttribute("d").split()
            if any(t in ("Z", "z") for t in tokens):
                closed.append((path, [i for i, t in enumerate(tokens) if t in ("Z", "z")]))
                path.setAttribute("d", " ".join(t for t in tokens if t not in ("Z", "z")))
        original(node, defs, item, options)
        for path, where in closed:
            tokens = path.getAttribute("d").split()
            for i in where:
                tokens.insert(i, "Z")
            path.setAttribute("d", " ".join(tokens))

    correct.tolerates_closed_paths = True
    module.correctCoordinates = correct

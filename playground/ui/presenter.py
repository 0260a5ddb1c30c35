"""Presenter mode (View > Presenter mode, F5): the window as a class sees it on a projector.

Large type everywhere (the window's widgets, the text on the cards, the plots' axes), a large
epoch counter above the canvas, the side panels hidden (the View menu shows any of them again,
and presenter mode remembers that choice), and the network fitted to the larger canvas with larger cards,
tidied (wrapped into bands where that shows it larger) as a view-only arrangement: the project is
not modified by presenting. Leaving puts back exactly the layout it found: docks, splitters,
fonts, the canvas zoom, the cards where the project has them (unless the user moved a card while
presenting, which makes the arrangement the project's, as one undoable step).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QByteArray, QObject, QPointF, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QTransform
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QSplitter, QWidget

from playground.core.i18n import translate
from playground.engine.snapshot import Snapshot
from playground.ui.canvas import items
from playground.ui.canvas.view import CanvasView
from playground.ui.steady_label import SteadyLabel

log = logging.getLogger(__name__)

WINDOW_FONT_SCALE = 1.5  # the window's own widgets (toolbar, tabs, panels)
MIN_WINDOW_POINT_SIZE = 14.0
CARD_SCALE = 1.75  # the cards (text and geometry), on top of the larger zoom (2x and more on screen)
CANVAS_SHARE = 0.62  # of the window's width beside the plots: the network is what the room reads
FIT_MAX_ZOOM = 2.6  # a small network may fill the larger canvas (normal mode stops at 1.25)
PLOT_TICK_POINT_SIZE = 16
PLOT_LABEL_POINT_SIZE = 18
COUNTER_POINT_SIZE = 24
SETTINGS_KEY = "presenter/panels"  # the docks (object names) left open in presenter mode


class EpochCounter(SteadyLabel):
    """The large "Epoch 12.3" above the canvas, shown in presenter mode only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("EpochCounter", "Epoch 0"), parent)
        font = QFont(self.font())
        font.setPointSize(COUNTER_POINT_SIZE)
        font.setBold(True)
        self.setFont(font)
        self.setText(translate("EpochCounter", "Epoch 0"))  # measured again in the large font
        self.setStyleSheet("color: #3c4043; padding: 2px 12px;")
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setVisible(False)

    def show_snapshot(self, snap: Snapshot | None) -> None:
        text = (translate("EpochCounter", "Epoch 0") if snap is None
                else translate("EpochCounter", "Epoch {epoch:,.1f} · step {step:,}").format(epoch=snap.epoch,
                                                                                                step=snap.step))
        if text != self.text():
            self.setText(text)


def fill_panels_menu(menu: QMenu, docks: list[QDockWidget]) -> None:
    """View > Panels: show or hide each side panel (presenter mode hides them; the docks are not
    closable, and Qt disables a dock's own toggle action then)."""
    def sync() -> None:
        for action, dock in zip(menu.actions(), docks):
            action.setChecked(not dock.isHidden())

    def toggle(dock: QDockWidget, on: bool) -> None:
        dock.setVisible(on)
        if on:
            dock.raise_()  # the front tab of its group

    for dock in docks:
        action = menu.addAction(dock.windowTitle())
        action.setCheckable(True)
        action.triggered.connect(lambda on, d=dock: toggle(d, on))  # the user's choice, not sync()
    menu.aboutToShow.connect(sync)
    sync()


@dataclass
class _Axis:
    axis: pg.AxisItem
    tick_font: QFont | None
    label_style: dict


@dataclass
class SavedLayout:
    """What presenter mode changes, as it was before."""

    state: QByteArray
    splitters: list[tuple[QSplitter, QByteArray]]
    font: QFont
    transform: QTransform
    centre: QPointF
    auto_fit: bool
    fit_max_zoom: float
    card_scale: float
    axes: list[_Axis] = field(default_factory=list)
    hidden: list[tuple[QWidget, bool]] = field(default_factory=list)


class PresenterMode(QObject):
    """Switches `window` (the MainWindow) in and out of presenter mode."""

    toggled = Signal(bool)

    def __init__(self, window: QMainWindow, view: CanvasView, settings: QSettings) -> None:
        super().__init__(window)
        self.window, self.view, self.settings = window, view, settings
        self.counter = EpochCounter()
        self.hidden_widgets: list[QWidget] = []  # hidden while presenting (the window sets them)
        self.saved: SavedLayout | None = None

    @property
    def active(self) -> bool:
        return self.saved is not None

    def toggle(self) -> None:
        self.leave() if self.active else self.enter()

    # ----- entering --------------------------------------------------------------------------------
    def enter(self) -> None:
        if self.active:
            return
        window, view = self.window, self.view
        self.saved = SavedLayout(
            state=window.saveState(), splitters=[(s, s.saveState()) for s in window.findChildren(QSplitter)],
            font=QFont(window.font()), transform=view.transform(),
            centre=view.mapToScene(view.viewport().rect().center()), auto_fit=view.auto_fit,
            fit_max_zoom=view.fit_max_zoom, card_scale=view.canvas.card_scale)
        self.saved.hidden = [(w, w.isVisible()) for w in self.hidden_widgets]
        for widget in self.hidden_widgets:
            widget.setVisible(False)
        shown = set(self._chosen_panels())
        for dock in self._docks():
            dock.setVisible(dock.objectName() in shown)
        font = QFont(window.font())
        font.setPointSizeF(max(MIN_WINDOW_POINT_SIZE, font.pointSizeF() * WINDOW_FONT_SCALE))
        window.setFont(font)
        self.saved.axes = self._enlarge_plots()
        view.canvas.set_card_scale(CARD_SCALE)
        view.canvas.rebuilt.connect(self._refit_later)  # another project opened while presenting
        view.fit_max_zoom = FIT_MAX_ZOOM
        self.counter.setVisible(True)
        view.scene().update()
        # the panels' room goes to the canvas only once the layouts ran: fit after that
        QTimer.singleShot(0, self._fit_network)
        self.toggled.emit(True)

    def _refit_later(self) -> None:
        QTimer.singleShot(0, self._fit_network)

    def _fit_network(self) -> None:
        """Tidy the network for this canvas as a view-only arrangement (a row that reads larger
        wrapped into bands wraps), then fit it."""
        if not self.active:
            return
        view = self.view
        canvas = view.canvas
        centre = self.window.centralWidget()
        if isinstance(centre, QSplitter) and centre.count() == 2:
            total = sum(centre.sizes())
            centre.setSizes([round(total * CANVAS_SHARE), total - round(total * CANVAS_SHARE)])
        if len(canvas.node_items) > 1:
            viewport = view.viewport().size()
            canvas.show_arrangement(canvas.tidy_positions((viewport.width(), viewport.height()),
                                                          max_zoom=FIT_MAX_ZOOM))
        view.fit_to_view()

    def refresh_plots(self) -> None:
        """Large type on plots made while presenting (the views of another task)."""
        if self.active:
            self.saved.axes += self._enlarge_plots()

    def _enlarge_plots(self) -> list[_Axis]:
        saved = []
        tick_font = QFont()
        tick_font.setPointSize(PLOT_TICK_POINT_SIZE)
        done = {id(entry.axis) for entry in self.saved.axes} if self.saved else set()
        for axis in self._axes():
            if id(axis) in done:
                continue
            saved.append(_Axis(axis, axis.style.get("tickFont"), dict(axis.labelStyle)))
            axis.setTickFont(tick_font)
            axis.labelStyle = {**axis.labelStyle, "font-size": f"{PLOT_LABEL_POINT_SIZE}pt"}
            axis._updateLabel()  # pyqtgraph's own re-render; setLabel() would also show hidden labels
        return saved

    # ----- leaving ----------------------------------------------------------------------------------
    def leave(self) -> None:
        saved = self.saved
        if saved is None:
            return
        window, view = self.window, self.view
        self.settings.setValue(SETTINGS_KEY, [d.objectName() for d in self._docks() if d.isVisible()])
        view.canvas.rebuilt.disconnect(self._refit_later)
        view.canvas.end_arrangement()  # the cards back where the project has them
        self.saved = None
        self.counter.setVisible(False)
        for widget, visible in saved.hidden:
            widget.setVisible(visible)
        view.canvas.set_card_scale(saved.card_scale)
        view.fit_max_zoom = saved.fit_max_zoom
        for entry in saved.axes:
            if not shiboken6.isValid(entry.axis):  # a view replaced meanwhile (another task)
                continue
            entry.axis.setTickFont(entry.tick_font)
            entry.axis.labelStyle = entry.label_style
            entry.axis._updateLabel()
        window.setFont(saved.font)
        window.restoreState(saved.state)
        for splitter, state in saved.splitters:
            splitter.restoreState(state)
        view.setTransform(saved.transform)
        view.centerOn(saved.centre)
        view.auto_fit = saved.auto_fit
        view.scene().update()
        self.toggled.emit(False)

    # ----- what it changes ---------------------------------------------------------------------------
    def _docks(self) -> list[QDockWidget]:
        return self.window.findChildren(QDockWidget)

    def _chosen_panels(self) -> list[str]:
        value = self.settings.value(SETTINGS_KEY, [])
        if isinstance(value, str):  # QSettings gives a one-item list back as its item
            value = [value]
        return [str(v) for v in value or []]

    def _axes(self) -> list[pg.AxisItem]:
        """Every plot axis in the window (the curves, the gradients, the task's views)."""
        found = []
        for graphics in self.window.findChildren(pg.GraphicsView):
            scene = graphics.scene()
            if scene is not None:
                found.extend(i for i in scene.items() if isinstance(i, pg.AxisItem))
        return found

    def text_point_sizes(self) -> dict[str, float]:
        """The sizes the tests and the bench read: a card's body text, a plot's tick labels."""
        axes = self._axes()
        tick = axes[0].style.get("tickFont") if axes else None
        return {"canvas": items._font(8.5).pointSizeF() * self.view.canvas.card_scale,
                "plot_ticks": float(tick.pointSize()) if tick is not None else float(QFont().pointSize())}

"""Pinned runs in the window: Run ▸ Pin this run keeps the run's curves as a faded, labelled ghost
on the loss and accuracy plots while the next run trains; each pin can be removed. Pins live in
the project (core/pins.py: saved with it), and pinning or removing one is an undo step.

The labels are worked out again whenever the project or the run changes: each says what its run
did differently from the run the next Reset would make.
"""

from __future__ import annotations

import functools
import math

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMenu, QWidget

from playground.core.i18n import translate
from playground.core.pins import MAX_PINS, SERIES, Pin, make_pin, pin_label
from playground.ui.document import Document
from playground.ui.plots.curves import CurvesPlot, Ghost
from playground.ui.run_controller import RunController


def finals(pin: Pin) -> str:
    """The pinned run's last test figures, short: 'test loss 0.123, 95.0 %'."""
    loss, acc = pin.final("test_loss"), pin.final("test_acc")
    if math.isfinite(loss):
        if math.isfinite(acc):
            return translate("pins", "test loss {loss:.3g}, {acc:.1f} %").format(loss=loss, acc=acc)
        return translate("pins", "test loss {loss:.3g}").format(loss=loss)
    if math.isfinite(acc):
        return translate("pins", "no test loss, {acc:.1f} %").format(acc=acc)
    return translate("pins", "no test loss")


class _PinsEdit(QUndoCommand):
    """Replace the project's pins (one pinned or removed) as one undo step."""

    def __init__(self, board: "PinBoard", pins: list[Pin], text: str) -> None:
        super().__init__(text)
        self.board, self.new, self.old = board, pins, list(board.document.project.pins)

    def redo(self) -> None:
        self.board.set_pins(self.new)

    def undo(self) -> None:
        self.board.set_pins(self.old)


class PinBoard(QObject):
    status_message = Signal(str)

    def __init__(self, document: Document, run: RunController, curves: CurvesPlot, parent: QObject | None = None):
        super().__init__(parent)
        self.document, self.run, self.curves = document, run, curves
        for signal in (document.project_replaced, document.architecture_changed, document.data_changed,
                       run.worker.run_loaded):
            signal.connect(self.redraw)
        document.training_changed.connect(self._training_changed)

    @property
    def pins(self) -> list[Pin]:
        return self.document.project.pins

    # ----- edits ------------------------------------------------------------------------------
    def pin_current(self) -> bool:
        """Pin the loaded run's curves (one undo step); False, with a sentence, when there is none."""
        project = self.run.run_dict()
        snap = self.run.shown_snapshot
        x, _ = self.curves.raw_data("train_loss")
        if project is None or snap is None or snap.step == 0 or len(x) < 2:
            self.status_message.emit(translate("PinBoard", "Train the run a little first: there are no curves to pin "
                                               "yet."))
            return False
        if len(self.pins) >= MAX_PINS:
            self.status_message.emit(translate("PinBoard", "At most {n} runs can be pinned: remove one first.").format(
                n=MAX_PINS))
            return False
        series = {name: self.curves.raw_data(name)[1].tolist() for name in SERIES}
        pin = make_pin(project, x.tolist(), series, snap.step)
        self.document.undo_stack.push(_PinsEdit(self, [*self.pins, pin], translate("PinBoard", "Pin the run")))
        return True

    def remove(self, index: int) -> None:
        if 0 <= index < len(self.pins):
            pins = [p for i, p in enumerate(self.pins) if i != index]
            self.document.undo_stack.push(_PinsEdit(self, pins, translate("PinBoard", "Remove a pinned run")))

    def remove_all(self) -> None:
        if self.pins:
            self.document.undo_stack.push(_PinsEdit(self, [], translate("PinBoard", "Remove the pinned runs")))

    def set_pins(self, pins: list[Pin]) -> None:
        self.document.project.pins = list(pins)
        self.redraw()

    # ----- drawing ----------------------------------------------------------------------------
    def labels(self) -> list[str]:
        current = self.run.current_dict()
        return [f"{pin_label(pin, current)} ({finals(pin)})" for pin in self.pins]

    def redraw(self) -> None:
        ghosts = [Ghost(label, np.asarray(pin.epochs, float),
                        {name: np.asarray(values, float) for name, values in pin.series.items()})
                  for pin, label in zip(self.pins, self.labels())]
        self.curves.set_ghosts(ghosts)

    def _training_changed(self, *_: object) -> None:
        self.redraw()

    def fill_menu(self, menu: QMenu) -> None:
        """The Run menu's pins part, made again each time it opens: Pin, then each pin to remove."""
        menu.clear()
        menu.addAction(translate("PinBoard", "Pin this run"), self.pin_current).setToolTip(
            translate("PinBoard", "Keep this run's curves on the plots, faded and labelled, to compare with the next "
                      "run."))
        if self.pins:
            menu.addSeparator()
            for i, label in enumerate(self.labels()):
                menu.addAction(translate("PinBoard", "Remove “{label}”").format(label=label),
                               functools.partial(self.remove, i))
            menu.addAction(translate("PinBoard", "Remove all pinned runs"), self.remove_all)


def pins_menu(board: PinBoard, parent: QWidget) -> QMenu:
    menu = QMenu(translate("pins", "&Pinned runs"), parent)
    menu.aboutToShow.connect(functools.partial(board.fill_menu, menu))
    board.fill_menu(menu)
    return menu

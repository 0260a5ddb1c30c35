"""Lays out the views a task gets and feeds them their payloads; nothing here knows any view.

The large area above the curves holds the task's main views (TOP: the decision boundary, the
predictions, the reconstructions, ...), each a tab when there are several; the area below holds
the loss and gradient plots and the other views (TAB) as tabs. A task with no main view (a
table) shows its other views above instead, so the large area is never empty.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget

from playground.core.i18n import translate, translate_later
from playground.core.task import Task
from playground.core.views import TOP
from playground.engine.snapshot import Snapshot
from playground.ui.plots.frames import FrameScheduler
from playground.ui.views import ViewWidget, widget_class, widget_views

log = logging.getLogger(__name__)

NO_TASK = translate_later("ViewsArea", "Nothing to show yet: choose a data set that can be loaded.")


class ViewsArea(QObject):
    configure = Signal(str, dict)  # a view's choice for its probe (view name, options)
    views_changed = Signal()

    def __init__(self, bottom: QTabWidget, frames: FrameScheduler, parent: QObject | None = None,
                 first_stage: str | None = None):
        super().__init__(parent)
        self.frames = frames
        self.first_stage = first_stage  # views draw before this stage of the frame (the canvas)
        self.top_tabs = QTabWidget()
        self.top_tabs.setTabBarAutoHide(True)
        self.top_tabs.setDocumentMode(True)
        self.message = QLabel(translate("ViewsArea", NO_TASK))
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #444; background: white; font-size: 12pt; padding: 20px;")
        self.top = QStackedWidget()
        self.top.addWidget(self.top_tabs)
        self.top.addWidget(self.message)
        self.bottom = bottom
        self._fixed_tabs = bottom.count()  # the curves and gradients stay
        self.task: Task | None = None
        self.widgets: dict[str, ViewWidget] = {}
        self.top.setCurrentWidget(self.message)

    # ----- building ------------------------------------------------------------------------
    def set_task(self, task: Task | None, message: str = "") -> bool:
        """Lay out the views of `task`; True when they changed (then they need their data)."""
        self.message.setText(message or translate("ViewsArea", NO_TASK))
        if task == self.task and self.widgets:
            return False
        self.task = task
        self._remove_widgets()
        specs = widget_views(task)
        top = [s for s in specs if s.place == TOP] or specs
        for spec in specs:
            widget = widget_class(spec.name)(task)
            widget.setObjectName(f"view-{spec.name}")
            self.widgets[spec.name] = widget
            stage = f"view:{spec.name}"
            self.frames.add_stage(stage, widget.draw, before=self.first_stage)
            widget.dirty.connect(self._dirty_handler(stage))
            widget.configure.connect(self._choose)
            if spec in top:
                index = self.top_tabs.addTab(widget, spec.shown_title())
                self.top_tabs.setTabToolTip(index, spec.shown_help())
            else:
                index = self.bottom.addTab(widget, spec.shown_title())
                self.bottom.setTabToolTip(index, spec.shown_help())
        self.top.setCurrentWidget(self.top_tabs if self.top_tabs.count() else self.message)
        log.debug("views: %s", ", ".join(self.widgets) or "none")
        self.views_changed.emit()
        return True

    def choose(self, view: str, options: dict) -> None:
        """A choice made outside the views (a neuron clicked on the canvas) for `view`'s probe."""
        self._choose(view, options)

    def _choose(self, view: str, options: dict) -> None:
        """A choice made in one view: for the worker's probe, and for every view that shows it
        (the sample chosen in Predictions is marked in the feature maps' box, and back)."""
        self.configure.emit(view, options)
        for widget in self.widgets.values():
            widget.follow_choice(view, options)

    def _dirty_handler(self, stage: str):
        marker = _StageMarker(self.frames, stage, self)
        return marker.mark

    def _remove_widgets(self) -> None:
        for name, widget in self.widgets.items():
            self.frames.remove_stage(f"view:{name}")
            for tabs in (self.top_tabs, self.bottom):
                index = tabs.indexOf(widget)
                if index >= 0:
                    tabs.removeTab(index)
            widget.deleteLater()
        self.widgets = {}
        for child in self.findChildren(_StageMarker):
            child.deleteLater()

    def show_message(self, text: str) -> None:
        """Say why there is nothing to draw (a data set that cannot be loaded) in the large area."""
        self.message.setText(text)
        self.top.setCurrentWidget(self.message)

    # ----- data and payloads -----------------------------------------------------------------
    @property
    def needs_data(self) -> bool:
        return any(w.needs_data for w in self.widgets.values())

    def set_data(self, bundle) -> None:
        for widget in self.widgets.values():
            if widget.needs_data:
                widget.set_data(bundle)
        self.top.setCurrentWidget(self.top_tabs if self.top_tabs.count() else self.message)

    def show_snapshot(self, snap: Snapshot) -> None:
        for name, payload in snap.views.items():
            widget = self.widgets.get(name)
            if widget is not None:
                widget.set_payload(payload)

    def clear(self) -> None:
        for widget in self.widgets.values():
            widget.clear()

    def widget(self, name: str) -> ViewWidget | None:
        return self.widgets.get(name)

    def names(self) -> list[str]:
        return list(self.widgets)


class _StageMarker(QObject):
    """A bound method to connect a view's `dirty` to (never a lambda: see the window's notes)."""

    def __init__(self, frames: FrameScheduler, stage: str, parent: QObject):
        super().__init__(parent)
        self.frames, self.stage = frames, stage

    def mark(self) -> None:
        self.frames.mark(self.stage)

"""Showing one view widget on its own and drawing a payload in it, as the views' tests do."""

from __future__ import annotations

from playground.core.task import Task
from playground.ui.views import widget_class

SIZE = (640, 420)


def shown(qtbot, name: str, task: Task, size: tuple[int, int] = SIZE):
    """The widget of view `name` for `task`, on screen at `size`."""
    widget = widget_class(name)(task)
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def drawn(widget, payload):
    """`widget` after drawing `payload` as the views area would."""
    widget.set_payload(payload)
    widget.draw()
    return widget


def every_view_drawn(qtbot, window, snap) -> None:
    """Bring each of the window's views to the front in turn and wait until it has drawn its
    payload of the snapshot `snap`."""
    for view in window.views.widgets.values():
        for tabs in (window.views.top_tabs, window.plot_tabs):
            if tabs.indexOf(view) >= 0:
                tabs.setCurrentWidget(view)
        window.flush_plots()
        qtbot.waitUntil(lambda view=view: view.payload is snap.views[view.name] and view._drawn is view.payload)

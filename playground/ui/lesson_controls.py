"""What a lesson lets students see and change: it hides panels and settings, and locks settings
(shown greyed, with a tooltip saying why), as TensorFlow Playground's hide-controls links do.

The panels rebuild and re-enable their editors as the project changes (the regularization rate
greys and un-greys with the penalty), so the controls are applied again after each change; their
slots are connected after the panels', so they run last.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDockWidget, QFormLayout, QMainWindow, QWidget

from playground.core.i18n import translate, translate_later
from playground.core.lessons import Controls

LOCKED_TIP = translate_later("ControlsGuard", "Locked by the lesson.")


def locked_tip() -> str:
    """The tooltip of a setting the lesson locks, in the app's language."""
    return translate("ControlsGuard", LOCKED_TIP)


class ControlsGuard(QObject):
    """Applies a lesson's Controls to the window's panels; `release()` gives everything back."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.controls = Controls()
        self._applied = False  # controls were applied since the last release
        doc = window.document
        doc.data_changed.connect(self.reapply)
        doc.training_changed.connect(self.reapply)
        doc.project_replaced.connect(self.reapply)
        # the window saves its docks' state on closing: with every dock shown, so that a lesson's
        # hidden panels do not stay hidden at the next start without the lesson
        window.installEventFilter(self)

    @property
    def active(self) -> bool:
        return bool(self.controls.hidden or self.controls.locked)

    def apply(self, controls: Controls) -> None:
        self.controls = controls
        self._applied = True
        self.reapply()

    def release(self) -> None:
        if not self._applied:
            return
        self.controls = Controls()
        self.reapply()
        self._applied = False
        self.window.training_panel.refresh()  # the panel's own enabled states, as it sets them

    def docks(self) -> dict[str, QDockWidget]:
        w = self.window
        return {"layers": w.layers_dock, "inspector": w.inspector_dock, "data": w.data_dock,
                "training": w.training_dock}

    def setting_widgets(self) -> dict[str, QWidget]:
        """Each setting a lesson can hide or lock, and the widget that edits it."""
        data, training = self.window.data_panel, self.window.training_panel
        widgets: dict[str, QWidget] = {"dataset": data.combo, "loss": training.loss,
                                       "optimizer": training.optimizer, "device": training.device,
                                       "optimizer_params": training.optimizer_box}
        widgets.update({f"data.{name}": editor.widget for name, editor in data.form.editors.items()})
        widgets.update({name: editor.widget for name, editor in training.general.editors.items()})
        return widgets

    def reapply(self, *_args) -> None:
        if not self._applied:
            return
        hidden, locked = set(self.controls.hidden), set(self.controls.locked)
        for name, dock in self.docks().items():
            if dock.isHidden() != (name in hidden):
                dock.setVisible(name not in hidden)
        for name, widget in self.setting_widgets().items():
            _show_row(widget, name not in hidden)
            _lock(widget, name in locked)
        data = self.window.data_panel
        _lock(data.regenerate, "data.seed" in locked or "data.seed" in hidden)
        _lock(data.browse, "data.path" in locked or "data.path" in hidden)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if obj is self.window and event.type() == QEvent.Type.Close and self.active:
            for dock in self.docks().values():
                dock.setVisible(True)
            QTimer.singleShot(0, self.reapply)  # the close may be cancelled (save prompt)
        return False


def _lock(widget: QWidget, locked: bool) -> None:
    """Grey a widget out with a tooltip that says why, or give back its own state and tooltip."""
    if locked:
        if widget.property("lesson_locked") is not True:
            widget.setProperty("lesson_locked", True)
            widget.setProperty("lesson_tip", widget.toolTip())
        widget.setEnabled(False)
        widget.setToolTip(locked_tip())
    elif widget.property("lesson_locked") is True:
        widget.setProperty("lesson_locked", False)
        widget.setEnabled(True)
        widget.setToolTip(widget.property("lesson_tip") or "")


def _show_row(widget: QWidget, visible: bool) -> None:
    """Show or hide a setting's editor with its label (its whole row in a form)."""
    parent = widget.parentWidget()
    form = parent.layout() if parent is not None else None
    if isinstance(form, QFormLayout) and form.indexOf(widget) >= 0:
        form.setRowVisible(widget, visible)
    elif widget.isHidden() == visible:
        widget.setVisible(visible)

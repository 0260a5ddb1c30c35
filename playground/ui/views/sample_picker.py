"""The box that chooses which test sample a view follows (feature maps, hidden states).

It counts from 1 as people do; the views and probes count from 0. A choice made here or in
another view (a click in Predictions or Sequences) is *pending* until a payload for it arrives:
payloads made before the worker saw the choice still carry the old sample and must not pull
the box back.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QSpinBox, QWidget


class SamplePicker(QSpinBox):
    chosen = Signal(int)  # a sample (from 0) the user asked for in this box

    def __init__(self, prefix: str, tooltip: str, parent=None):
        super().__init__(parent)
        self.setPrefix(prefix)
        self.setRange(1, 1)
        self.setKeyboardTracking(False)  # typing "12" asks once, not for 1 then 12
        self.setToolTip(tooltip)
        self._pending: int | None = None
        self.valueChanged.connect(self._asked)

    def sample(self) -> int:
        """The sample shown, counted from 0."""
        return self.value() - 1

    def pick(self, sample: int) -> None:
        """Choose `sample` (from 0) as the user would by typing it."""
        self.setValue(sample + 1)

    def follow(self, sample: int, n_samples: int) -> None:
        """Show the sample a payload was made for, unless it predates a pending choice."""
        if self._pending is not None and sample != self._pending:
            self._show(self._pending, n_samples)  # the count is news; the sample is not
            return
        self._pending = None
        self._show(sample, n_samples)

    def chosen_elsewhere(self, sample: int) -> None:
        """Another view chose `sample`: show it now and wait for its payload."""
        self._pending = sample
        self._show(sample, max(self.maximum(), sample + 1))

    def restart(self) -> None:
        """A new run's probe starts with the first sample."""
        self._pending = None
        self._show(0, max(self.maximum(), 1))

    def _show(self, sample: int, n_samples: int) -> None:
        self.blockSignals(True)
        try:
            self.setRange(1, max(n_samples, 1))
            self.setValue(sample + 1)
        finally:
            self.blockSignals(False)

    def _asked(self, value: int) -> None:
        self._pending = value - 1
        self.chosen.emit(value - 1)


def picker_row(layout: QBoxLayout, note: QWidget, picker: SamplePicker) -> None:
    """A view's top line: the sentence that says how to read it, and its sample box at the right."""
    top = QHBoxLayout()
    top.setContentsMargins(0, 0, 6, 0)
    top.addWidget(note, 1)
    top.addWidget(picker)
    layout.addLayout(top)

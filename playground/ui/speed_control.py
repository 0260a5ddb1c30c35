"""The speed control in the toolbar: as fast as it goes down to 1 step a second.

The pace itself is kept by the worker (engine/pacing.py), never by the window: the window only
sends the choice, which is saved in QSettings so a teacher's class starts at the speed it left.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from playground.core.i18n import translate
from playground.engine.pacing import SPEEDS

SETTINGS_KEY = "run/speed"


def speed_text(rate: float | None) -> str:
    """The choice as QSettings keeps it ("max", "10/s"): the same in every language."""
    return "max" if rate is None else f"{rate:g}/s"


def speed_label(rate: float | None) -> str:
    """The choice as the combo box shows it."""
    if rate is None:
        return translate("SpeedControl", "Speed: max")
    return translate("SpeedControl", "Speed: {rate:g}/s").format(rate=rate)


class SpeedControl(QComboBox):
    """A combo box of SPEEDS; `speed_changed` carries steps a second, or None for max."""

    speed_changed = Signal(object)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        for rate in SPEEDS:
            self.addItem(speed_label(rate), rate)
        self.setToolTip(translate("SpeedControl", "Training steps a second: slow it down to narrate what happens, "
                                                  "speed it up again at any time (also while it trains)."))
        self.setCurrentIndex(self._saved_index())
        self.currentIndexChanged.connect(self._on_index)

    def _saved_index(self) -> int:
        saved = self.settings.value(SETTINGS_KEY, "max")
        for i, rate in enumerate(SPEEDS):
            if speed_text(rate) == str(saved):
                return i
        return 0  # an unknown value (an older or edited settings file): as fast as it goes

    def speed(self) -> float | None:
        return self.currentData()

    def set_speed(self, rate: float | None) -> None:
        """Choose one of SPEEDS (the closest, for another number)."""
        if rate is None:
            self.setCurrentIndex(0)
            return
        paced = [(abs(r - rate), i) for i, r in enumerate(SPEEDS) if r is not None]
        self.setCurrentIndex(min(paced)[1])

    def _on_index(self, _index: int) -> None:
        rate = self.speed()
        self.settings.setValue(SETTINGS_KEY, speed_text(rate))
        self.speed_changed.emit(rate)

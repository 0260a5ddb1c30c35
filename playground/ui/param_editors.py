"""Editors for core Params: one widget per parameter kind, built from the spec alone.

`make_editor(param, on_change)` gives a ParamEditor wrapping the right Qt widget; `ParamForm`
lays a whole ParamSet out as a form. Callbacks fire on user edits only: values set from code
(`set_value`, `set_values`) are silent, so a form that follows a model never echoes back.
"""

from __future__ import annotations

import logging
import math
import re
from typing import Any, Callable

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (QAbstractSpinBox, QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QLabel, QLineEdit,
                               QSpinBox, QWidget)

from playground.core.params import Param, ParamSet

log = logging.getLogger(__name__)

OnChange = Callable[[str, Any], None]

_INT_LIMIT = 2**31 - 1  # QSpinBox holds a C int
# "Stop after this many epochs (0 = keep going)."; a translation may use full-width brackets
_ZERO_MEANS = re.compile(r"[(\uff08]\s*0\s*=\s*([^)\uff09]+)[)\uff09]")
MIN_COMBO_CHARS = 8  # combos may shrink to this many characters in a narrow dock


def zero_meaning(param: Param) -> str:
    """What 0 stands for, as the help text says ("(0 = all)" -> "all"), or "" (in the app's language)."""
    if param.kind != "int" or param.minimum != 0:
        return ""
    match = _ZERO_MEANS.search(param.shown_help())
    return match.group(1).strip() if match else ""


def shrinkable(combo: QComboBox) -> QComboBox:
    """Let a combo box be narrower than its longest item (the popup still shows it whole), so a
    narrow dock at 1280x720 does not cut the form off at the right."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(MIN_COMBO_CHARS)
    return combo


def _log_ladder(value: float, up: bool, steps: int) -> float:
    """Next value on the 1-3-10 ladder (0.001, 0.003, 0.01, 0.03, ...), `steps` rungs away.

    Learning rates are chosen by order of magnitude; adding a fixed step would either crawl at
    large values or jump past useful small ones.
    """
    for _ in range(steps):
        if value <= 0:
            return value
        exponent = math.floor(math.log10(value))
        rungs = [m * 10.0 ** e for e in (exponent - 1, exponent, exponent + 1) for m in (1.0, 3.0)]
        if up:
            value = min(r for r in rungs if r > value * (1 + 1e-9))
        else:
            value = max(r for r in rungs if r < value * (1 - 1e-9))
    return value


class _FloatSpinBox(QDoubleSpinBox):
    """A double spin box that shows no trailing zeros and can step on a log ladder."""

    def __init__(self, log_scale: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._log_scale = log_scale

    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt override)
        text = self.locale().toString(value, "f", self.decimals())
        point = self.locale().decimalPoint()
        if point in text:
            text = text.rstrip("0").rstrip(point)
        return text

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt override)
        if not self._log_scale or steps == 0:
            super().stepBy(steps)
            return
        current = self.value()
        if current <= 0:
            current = max(self.minimum(), 10.0 ** -self.decimals())
        target = _log_ladder(current, steps > 0, abs(steps))
        self.setValue(min(max(target, self.minimum()), self.maximum()))


def _float_decimals(param: Param) -> int:
    """The param's decimals, or more when its minimum would otherwise round to zero."""
    decimals = param.decimals
    if param.minimum is not None and param.minimum > 0:
        decimals = max(decimals, math.ceil(-math.log10(param.minimum)))
    return min(decimals, 15)


class ParamEditor:
    """One parameter's widget; `value()` reads it, `set_value()` writes it without callbacks."""

    def __init__(self, param: Param, on_change: OnChange | None = None,
                 parent: QWidget | None = None) -> None:
        self.param = param
        self._on_change = on_change
        self.widget: QWidget = self._build(parent)
        self.widget.setToolTip(param.shown_help())
        self.widget.setObjectName(f"param_{param.name}")

    # ----- building ---------------------------------------------------------------------
    def _build(self, parent: QWidget | None) -> QWidget:
        p = self.param
        if p.kind == "int":
            box = QSpinBox(parent)
            box.setRange(int(p.minimum) if p.minimum is not None else -_INT_LIMIT,
                         int(p.maximum) if p.maximum is not None else _INT_LIMIT)
            box.setKeyboardTracking(False)  # commit typed numbers on Enter/focus-out, not per digit
            box.setAccelerated(True)
            # "0" alone puzzles students ("an epoch limit of 0?"): show what it means instead
            box.setSpecialValueText(zero_meaning(p))
            box.valueChanged.connect(self._emit)
            return box
        if p.kind == "float":
            box = _FloatSpinBox(p.log_scale, parent)
            box.setDecimals(_float_decimals(p))
            box.setRange(p.minimum if p.minimum is not None else -1e12,
                         p.maximum if p.maximum is not None else 1e12)
            if not p.log_scale:
                # steps of a tenth of the value's own magnitude: 0.001 moves by 0.0001, 0.5 by 0.01
                box.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
            box.setKeyboardTracking(False)
            box.valueChanged.connect(self._emit)
            return box
        if p.kind == "bool":
            check = QCheckBox(parent)
            check.toggled.connect(self._emit)
            return check
        if p.kind == "choice":
            combo = shrinkable(QComboBox(parent))
            for choice in p.choices:  # shown in the app's language, the value kept as the item's data
                combo.addItem(p.shown_choice(choice), choice)
            combo.currentIndexChanged.connect(self._emit)
            return combo
        if p.kind == "str":
            line = QLineEdit(parent)
            line.editingFinished.connect(self._emit_text)
            self._last_text = ""
            return line
        raise ValueError(f"no editor for parameter kind {p.kind!r}")

    # ----- values -----------------------------------------------------------------------
    def value(self) -> Any:
        w, kind = self.widget, self.param.kind
        if kind == "int":
            return w.value()
        if kind == "float":
            return float(w.value())
        if kind == "bool":
            return w.isChecked()
        if kind == "choice":
            return w.currentData()
        return w.text()

    def set_value(self, value: Any) -> None:
        """Show `value` without firing the callback (for values that come from the model)."""
        if value == self.value() and self.param.kind != "str":
            return
        w, kind = self.widget, self.param.kind
        with QSignalBlocker(w):
            if kind in ("int", "float"):
                w.setValue(value)
            elif kind == "bool":
                w.setChecked(bool(value))
            elif kind == "choice":
                w.setCurrentIndex(w.findData(str(value)))
            else:
                w.setText(str(value))
                self._last_text = str(value)

    def set_callback(self, on_change: OnChange | None) -> None:
        self._on_change = on_change

    def _emit(self, *_: Any) -> None:
        if self._on_change is not None:
            self._on_change(self.param.name, self.value())

    def _emit_text(self) -> None:
        # editingFinished also fires on focus-out with nothing typed: report real changes only
        text = self.widget.text()
        if text != self._last_text:
            self._last_text = text
            self._emit()


def make_editor(param: Param, on_change: OnChange | None = None, parent: QWidget | None = None) -> ParamEditor:
    return ParamEditor(param, on_change, parent)


class ParamForm(QWidget):
    """A ParamSet as a two-column form (label, editor); emits `edited(name, value)` on user edits."""

    edited = Signal(str, object)

    def __init__(self, param_set: ParamSet | None = None, values: dict[str, Any] | None = None,
                 on_change: OnChange | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_change = on_change
        self._layout = QFormLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # in a dock too narrow for label and field side by side, the field goes below its label
        self._layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.editors: dict[str, ParamEditor] = {}
        self.set_params(param_set or ParamSet(), values)

    def set_params(self, param_set: ParamSet, values: dict[str, Any] | None = None) -> None:
        """Rebuild the form for another ParamSet (another node, optimizer, data set)."""
        while self._layout.rowCount():
            self._layout.removeRow(0)
        self.editors = {}
        for param in param_set:
            editor = ParamEditor(param, self._edited, self)
            label = QLabel(param.shown_title(), self)
            label.setToolTip(param.shown_help())
            label.setBuddy(editor.widget)
            self._layout.addRow(label, editor.widget)
            self.editors[param.name] = editor
        self.set_values({**param_set.defaults(), **(values or {})})

    def insert_row(self, label: str, widget: QWidget, row: int = -1) -> None:
        """Add a row that is not a parameter (e.g. a loss chooser), so that it lines up with the
        parameters; row -1 appends. set_params removes it with the rest."""
        self._layout.insertRow(row, label, widget)

    def set_values(self, values: dict[str, Any]) -> None:
        """Show these values; no callback or signal fires."""
        for name, value in values.items():
            editor = self.editors.get(name)
            if editor is not None:
                editor.set_value(value)

    def values(self) -> dict[str, Any]:
        return {name: editor.value() for name, editor in self.editors.items()}

    def editor(self, name: str) -> ParamEditor:
        return self.editors[name]

    def is_empty(self) -> bool:
        return not self.editors

    def _edited(self, name: str, value: Any) -> None:
        log.debug("edited %s = %r", name, value)
        if self._on_change is not None:
            self._on_change(name, value)
        self.edited.emit(name, value)

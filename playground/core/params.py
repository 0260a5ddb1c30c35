"""Typed parameter specifications shared by layers, losses, optimizers and data sets.

Every editable number in the app is described once here, so the inspector can build
the right editor, the project loader can reject bad values, and the help text reaches
the tooltip without being repeated anywhere.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from playground.core.i18n import translate


MAX_POINTS = 5000  # points a "points" parameter holds: more than anyone clicks in a lesson


class ParamError(ValueError):
    """A parameter value that does not fit its specification."""


@dataclass(frozen=True)
class Param:
    name: str
    kind: str  # "int" | "float" | "bool" | "choice" | "str" | "points" (drawn [x, y, value] rows)
    default: Any
    help: str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    label: str = ""
    log_scale: bool = False  # editors step multiplicatively (learning rates)
    decimals: int = 3
    # the translation context where `label`, `help` and the choices are marked with
    # translate_later (the module that defines the parameter): the editors translate them there
    context: str = "catalog"

    @property
    def title(self) -> str:
        """The English name (its `label`, else made from its `name`)."""
        return self.label or self.name.replace("_", " ").capitalize()

    def shown_title(self) -> str:
        """The name as the window shows it, in the app's language."""
        return translate(self.context, self.title)

    def shown_help(self) -> str:
        return translate(self.context, self.help)

    def shown_choice(self, choice: str) -> str:
        """A choice as a combo box shows it: the value is its English text (marked with
        translate_later where the parameter is defined), translated here."""
        return translate(self.context, choice)

    def coerce(self, value: Any) -> Any:
        """Return `value` converted to this parameter's type, or raise ParamError."""
        title = self.shown_title()
        if self.kind == "bool":
            if isinstance(value, bool):
                return value
            raise ParamError(translate("params", "{title} must be true or false, not {value!r}").format(
                title=title, value=value))
        if self.kind == "int":
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ParamError(translate("params", "{title} must be a whole number, not {value!r}").format(
                    title=title, value=value))
            if isinstance(value, float) and not value.is_integer():
                raise ParamError(translate("params", "{title} must be a whole number, not {value}").format(
                    title=title, value=value))
            value = int(value)
            self._check_range(value)
            return value
        if self.kind == "float":
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ParamError(translate("params", "{title} must be a number, not {value!r}").format(
                    title=title, value=value))
            try:
                value = float(value)
            except OverflowError:  # a whole number too big for a float (JSON allows 1000 digits)
                raise ParamError(_too_large(title)) from None
            if not math.isfinite(value):
                raise ParamError(translate("params", "{title} must be a finite number, not {value}").format(
                    title=title, value=value))
            self._check_range(value)
            return value
        if self.kind == "choice":
            if value not in self.choices:
                options = ", ".join(self.choices)
                raise ParamError(translate("params", "{title} must be one of {options}; {value!r} is not").format(
                    title=title, options=options, value=value))
            return value
        if self.kind == "str":
            if not isinstance(value, str):
                raise ParamError(translate("params", "{title} must be text, not {value!r}").format(
                    title=title, value=value))
            return value
        if self.kind == "points":
            return self._points(value)
        raise ParamError(f"unknown parameter kind {self.kind!r}")  # a programmer's mistake

    def _points(self, value: Any) -> list[list[float]]:
        """A list of [x, y, value] rows, x and y within minimum..maximum (the plane), as floats."""
        title = self.shown_title()
        if not isinstance(value, (list, tuple)):
            raise ParamError(translate("params", "{title} must be a list of [x, y, value] points, not {value!r}")
                             .format(title=title, value=value))
        if len(value) > MAX_POINTS:
            raise ParamError(translate("params", "{title} holds {count:,} points; at most {most:,} can be drawn")
                             .format(title=title, count=len(value), most=MAX_POINTS))
        owner = title.lower()
        rows = []
        for i, row in enumerate(value, 1):
            if (not isinstance(row, (list, tuple)) or len(row) != 3
                    or any(isinstance(v, bool) or not isinstance(v, (int, float)) for v in row)):
                raise ParamError(translate("params", "Point {i} of {owner} must be [x, y, value], not {row!r}")
                                 .format(i=i, owner=owner, row=row))
            try:
                x, y, v = (float(c) for c in row)
            except OverflowError:
                raise ParamError(translate("params", "Point {i} of {owner} has a number far too large")
                                 .format(i=i, owner=owner)) from None
            if not all(map(math.isfinite, (x, y, v))) or abs(v) > 1e6:
                raise ParamError(translate("params", "Point {i} of {owner} must hold finite numbers "
                                                     "(a value of at most a million)").format(i=i, owner=owner))
            if not (self.minimum <= x <= self.maximum and self.minimum <= y <= self.maximum):
                raise ParamError(translate("params", "Point {i} of {owner} ({x:g}, {y:g}) lies outside "
                                                     "the plane {low:g}..{high:g}").format(
                    i=i, owner=owner, x=x, y=y, low=self.minimum, high=self.maximum))
            rows.append([x, y, v])
        return rows

    def _check_range(self, value: float) -> None:
        title = self.shown_title()
        if isinstance(value, int) and abs(value) > 10**300:  # from a file; ':g' cannot format it
            raise ParamError(_too_large(title))
        if self.minimum is not None and value < self.minimum:
            raise ParamError(translate("params", "{title} is {value:g} but must be at least {limit:g}").format(
                title=title, value=value, limit=self.minimum))
        if self.maximum is not None and value > self.maximum:
            raise ParamError(translate("params", "{title} is {value:g} but must be at most {limit:g}").format(
                title=title, value=value, limit=self.maximum))


def _too_large(title: str) -> str:
    return translate("params", "{title} is far too large to be a number here").format(title=title)


@dataclass(frozen=True)
class ParamSet:
    """An ordered group of parameters, with helpers to fill defaults and validate."""

    params: tuple[Param, ...] = field(default_factory=tuple)

    def __iter__(self):
        return iter(self.params)

    def __len__(self) -> int:
        return len(self.params)

    def get(self, name: str) -> Param | None:
        for p in self.params:
            if p.name == name:
                return p
        return None

    def defaults(self) -> dict[str, Any]:
        return {p.name: p.default for p in self.params}

    def complete(self, values: dict[str, Any] | None, owner: str) -> dict[str, Any]:
        """Defaults overlaid with `values`, every value checked; unknown names refused."""
        result = self.defaults()
        for name, value in (values or {}).items():
            spec = self.get(name)
            if spec is None:
                known = ", ".join(p.name for p in self.params) or translate("params", "none")
                raise ParamError(translate("params", "{owner} has no parameter {name!r} (it has: {known})").format(
                    owner=owner, name=name, known=known))
            result[name] = spec.coerce(value)
        return result


def params(*items: Param) -> ParamSet:
    return ParamSet(tuple(items))

"""Typed parameter specifications shared by layers, losses, optimizers and data sets.

Every editable number in the app is described once here, so the inspector can build
the right editor, the project loader can reject bad values, and the help text reaches
the tooltip without being repeated anywhere.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any


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

    @property
    def title(self) -> str:
        return self.label or self.name.replace("_", " ").capitalize()

    def coerce(self, value: Any) -> Any:
        """Return `value` converted to this parameter's type, or raise ParamError."""
        if self.kind == "bool":
            if isinstance(value, bool):
                return value
            raise ParamError(f"{self.title} must be true or false, not {value!r}")
        if self.kind == "int":
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ParamError(f"{self.title} must be a whole number, not {value!r}")
            if isinstance(value, float) and not value.is_integer():
                raise ParamError(f"{self.title} must be a whole number, not {value}")
            value = int(value)
            self._check_range(value)
            return value
        if self.kind == "float":
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ParamError(f"{self.title} must be a number, not {value!r}")
            try:
                value = float(value)
            except OverflowError:  # a whole number too big for a float (JSON allows 1000 digits)
                raise ParamError(f"{self.title} is far too large to be a number here") from None
            if not math.isfinite(value):
                raise ParamError(f"{self.title} must be a finite number, not {value}")
            self._check_range(value)
            return value
        if self.kind == "choice":
            if value not in self.choices:
                options = ", ".join(self.choices)
                raise ParamError(f"{self.title} must be one of {options}; {value!r} is not")
            return value
        if self.kind == "str":
            if not isinstance(value, str):
                raise ParamError(f"{self.title} must be text, not {value!r}")
            return value
        if self.kind == "points":
            return self._points(value)
        raise ParamError(f"unknown parameter kind {self.kind!r}")

    def _points(self, value: Any) -> list[list[float]]:
        """A list of [x, y, value] rows, x and y within minimum..maximum (the plane), as floats."""
        if not isinstance(value, (list, tuple)):
            raise ParamError(f"{self.title} must be a list of [x, y, value] points, not {value!r}")
        if len(value) > MAX_POINTS:
            raise ParamError(f"{self.title} holds {len(value):,} points; at most {MAX_POINTS:,} "
                             "can be drawn")
        rows = []
        for i, row in enumerate(value, 1):
            if (not isinstance(row, (list, tuple)) or len(row) != 3
                    or any(isinstance(v, bool) or not isinstance(v, (int, float)) for v in row)):
                raise ParamError(f"Point {i} of {self.title.lower()} must be [x, y, value], not "
                                 f"{row!r}")
            try:
                x, y, v = (float(c) for c in row)
            except OverflowError:
                raise ParamError(f"Point {i} of {self.title.lower()} has a number far too large") \
                    from None
            if not all(map(math.isfinite, (x, y, v))) or abs(v) > 1e6:
                raise ParamError(f"Point {i} of {self.title.lower()} must hold finite numbers "
                                 "(a value of at most a million)")
            if not (self.minimum <= x <= self.maximum and self.minimum <= y <= self.maximum):
                raise ParamError(f"Point {i} of {self.title.lower()} ({x:g}, {y:g}) lies outside "
                                 f"the plane {self.minimum:g}..{self.maximum:g}")
            rows.append([x, y, v])
        return rows

    def _check_range(self, value: float) -> None:
        if isinstance(value, int) and abs(value) > 10**300:  # from a file; ':g' cannot format it
            raise ParamError(f"{self.title} is far too large to be a number here")
        if self.minimum is not None and value < self.minimum:
            raise ParamError(f"{self.title} is {value:g} but must be at least {self.minimum:g}")
        if self.maximum is not None and value > self.maximum:
            raise ParamError(f"{self.title} is {value:g} but must be at most {self.maximum:g}")


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
                known = ", ".join(p.name for p in self.params) or "none"
                raise ParamError(f"{owner} has no parameter {name!r} (it has: {known})")
            result[name] = spec.coerce(value)
        return result


def params(*items: Param) -> ParamSet:
    return ParamSet(tuple(items))

"""The figures of a bench run: targets with PASS/MISS and their margin, the table, the JSON."""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field, is_dataclass
from typing import Any

SKIPPED = "skipped"


@dataclass
class Target:
    """One figure against its bound from issue #5."""

    key: str
    figure: str
    value: float | None  # None: not measured (skipped or failed)
    op: str  # ">=" or "<="
    limit: float
    unit: str
    passed: bool | None = None
    margin: float | None = None  # value - limit, signed so that positive is on the good side

    def __post_init__(self) -> None:
        if self.value is None or not math.isfinite(self.value):
            return
        self.margin = self.value - self.limit if self.op == ">=" else self.limit - self.value
        self.passed = self.margin >= 0

    def verdict(self) -> str:
        if self.passed is None:
            return "-"
        word = "PASS" if self.passed else "MISS"
        share = abs(self.margin) / self.limit if self.limit else 0.0
        return f"{word} by {format_value(abs(self.margin), self.unit)} ({share:.0%})"


@dataclass
class Row:
    """A line of the table: a figure, what was measured, and its target if it has one."""

    figure: str
    measured: str
    target: Target | None = None


@dataclass
class Section:
    title: str
    rows: list[Row] = field(default_factory=list)
    note: str = ""  # a skipped or failed section says why

    def add(self, figure: str, measured: str, target: Target | None = None) -> None:
        self.rows.append(Row(figure, measured, target))


# ratios sit close to their bounds (0.90x could be a miss): three decimals
_FORMATS = {"x": "{:.3f}x", "ms": "{:.1f} ms", "s": "{:.2f} s", "MB": "{:.1f} MB", "/s": "{:,.0f}/s"}


def format_value(value: float, unit: str) -> str:
    return _FORMATS.get(unit, "{:,.0f} " + unit).format(value)


def format_table(title: str, sections: list[Section]) -> str:
    widths = (46, 34, 12)
    lines = [title, ""]
    header = f"{'Figure':<{widths[0]}} {'Measured':<{widths[1]}} {'Target':<{widths[2]}} Result"
    lines += [header, "-" * (len(header) + 22)]
    for section in sections:
        lines.append(section.title)
        if section.note:
            lines.append(f"  {section.note}")
        for row in section.rows:
            target = row.target
            bound = f"{target.op} {format_value(target.limit, target.unit)}" if target else ""
            verdict = target.verdict() if target else ""
            lines.append(f"  {row.figure:<{widths[0] - 2}} {row.measured:<{widths[1]}} "
                         f"{bound:<{widths[2]}} {verdict}".rstrip())
    return "\n".join(lines)


def plain(value: Any) -> Any:
    """Dataclasses and containers as JSON-ready data; non-finite floats become None."""
    if is_dataclass(value) and not isinstance(value, type):
        return plain(asdict(value))
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def to_json(report: dict[str, Any]) -> str:
    return json.dumps(plain(report), indent=2, allow_nan=False)

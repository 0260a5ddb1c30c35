"""Pinned runs: a finished (or paused) run's curves kept beside the next run, to compare.

A pin holds what its run was (the project as a plain dict, with the seed of its initial weights)
and its loss and accuracy curves, thinned to at most MAX_POINTS points. Its label is not stored:
it is worked out against the project as it is now (`differences`), so it always says what the
pinned run did differently from the one training beside it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from playground.core.i18n import translate

SERIES = ("train_loss", "test_loss", "train_acc", "test_acc")  # the curves plot's series
MAX_POINTS = 400  # per curve: plenty for a faded line, and a project file stays small
MAX_PINS = 8  # more ghosts than this only clutter the plots
MAX_DIFFERENCES = 3  # said in a label; "and N more" beyond


class PinError(ValueError):
    """A pin in a project file that cannot be read, with where and what."""


@dataclass
class Pin:
    project: dict[str, Any]  # the run's project (Project.to_dict() without its pins)
    epochs: list[float]  # x of every point
    series: dict[str, list[float]] = field(default_factory=dict)  # SERIES name -> y (NaN: no value)
    steps: int = 0  # how far it had trained when pinned

    def final(self, name: str) -> float:
        """The last value of series `name` that is a number (NaN if none)."""
        for value in reversed(self.series.get(name, [])):
            if math.isfinite(value):
                return value
        return math.nan

    def to_dict(self) -> dict[str, Any]:
        def plain(values: list[float]) -> list[float | None]:  # JSON has no NaN
            return [v if math.isfinite(v) else None for v in values]

        return {"project": self.project, "steps": self.steps, "epochs": plain(self.epochs),
                "series": {name: plain(values) for name, values in self.series.items()}}


def thinned(values: list[float], n: int = MAX_POINTS) -> list[float]:
    """At most `n` of `values`, evenly spread, the first and the last kept."""
    if len(values) <= n:
        return list(values)
    step = (len(values) - 1) / (n - 1)
    return [values[round(i * step)] for i in range(n)]


def make_pin(project: dict[str, Any], epochs: list[float], series: dict[str, list[float]], steps: int) -> Pin:
    project = {k: v for k, v in project.items() if k != "pins"}
    return Pin(project, thinned(epochs), {name: thinned(values) for name, values in series.items()}, steps)


def _numbers(raw: Any, where: str) -> list[float]:
    if not isinstance(raw, list):
        raise PinError(f"{where}: expected a list of numbers")
    out = []
    for value in raw:
        if value is None:
            out.append(math.nan)
        elif isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
            out.append(float(value))
        else:
            raise PinError(f"{where}: {str(value)[:20]!r} is not a number")
    return out


def pin_from_dict(raw: Any, where: str) -> Pin:
    """The pin `raw` (parsed JSON) describes; PinError naming the place of the first problem."""
    if not isinstance(raw, dict):
        raise PinError(f"{where}: expected an object")
    project = raw.get("project")
    if not isinstance(project, dict):
        raise PinError(f"{where}.project: expected an object")
    steps = raw.get("steps", 0)
    if not isinstance(steps, int) or isinstance(steps, bool) or steps < 0:
        raise PinError(f"{where}.steps: expected a whole number of 0 or more")
    epochs = _numbers(raw.get("epochs"), f"{where}.epochs")
    series_raw = raw.get("series")
    if not isinstance(series_raw, dict):
        raise PinError(f"{where}.series: expected an object")
    series = {}
    for name in SERIES:
        if name in series_raw:
            values = _numbers(series_raw[name], f"{where}.series.{name}")
            if len(values) != len(epochs):
                raise PinError(f"{where}.series.{name}: {len(values)} values for {len(epochs)} epochs")
            series[name] = values
    return Pin(project, epochs, series, steps)


# ----- what differs -----------------------------------------------------------------------
def _show(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, dict):
        return _comma().join(f"{k} {_show(v)}" for k, v in sorted(value.items())) or translate("pins", "defaults")
    if isinstance(value, str):
        return translate("catalog", value)  # a choice ("same", "xavier_uniform"); names stay as they are
    return str(value)


def _comma() -> str:
    return translate("pins", ", ")


def _title(key: Any, names: dict[str, Any] | None) -> str:
    """A setting's or parameter's name in a label: in English its key in words ("learning rate"),
    in another language the translated title of the parameter the key names (catalog context)."""
    english = str(key).replace("_", " ")
    if names and key in names:
        return names[key]()
    shown = translate("catalog", english[:1].upper() + english[1:])
    return english if shown == english[:1].upper() + english[1:] else shown


def _section(old: dict, new: dict, names: dict[str, Any] | None = None) -> list[str]:
    out = []
    for key in sorted(set(old) | set(new), key=str):
        if old.get(key) != new.get(key):
            out.append(translate("pins", "{setting} {value}").format(setting=_title(key, names),
                                                                   value=_show(old.get(key, "-"))))
    return out


def _nodes(project: dict) -> dict[int, dict]:
    graph = project.get("graph") if isinstance(project.get("graph"), dict) else {}
    nodes = graph.get("nodes") if isinstance(graph.get("nodes"), list) else []
    return {n["id"]: n for n in nodes if isinstance(n, dict) and isinstance(n.get("id"), int)}


def _links(project: dict) -> set[tuple]:
    graph = project.get("graph") if isinstance(project.get("graph"), dict) else {}
    links = graph.get("links") if isinstance(graph.get("links"), list) else []
    return {(l.get("source"), l.get("target")) for l in links if isinstance(l, dict)
            and isinstance(l.get("source"), int) and isinstance(l.get("target"), int)}


def differences(pinned: dict[str, Any], current: dict[str, Any]) -> list[str]:
    """What the pinned run had that the current project has not, in a few words each, as the
    pinned run's values: ["optimizer sgd", "learning rate 0.1", "Dense 2 units 8"]."""
    out: list[str] = []
    old_t, new_t = pinned.get("training", {}), current.get("training", {})
    if isinstance(old_t, dict) and isinstance(new_t, dict):
        seeds = old_t.get("weight_seed") != new_t.get("weight_seed")
        keep = {k: v for k, v in old_t.items() if k != "weight_seed"}
        out += _section(keep, {k: v for k, v in new_t.items() if k != "weight_seed"},
                        {"optimizer_params": lambda: translate("pins", "optimizer settings"),
                         "loss_params": lambda: translate("pins", "loss settings"),
                         "optimizer": lambda: translate("pins", "optimizer"),
                         "loss": lambda: translate("pins", "loss")})
    else:
        seeds = False
    old_d, new_d = pinned.get("data", {}), current.get("data", {})
    if isinstance(old_d, dict) and isinstance(new_d, dict):
        if old_d.get("dataset") != new_d.get("dataset"):
            out.append(translate("pins", "data {dataset}").format(dataset=old_d.get("dataset")))
        elif old_d.get("params") != new_d.get("params"):
            out += _section(old_d.get("params") or {}, new_d.get("params") or {})
    old_n, new_n = _nodes(pinned), _nodes(current)
    for nid in sorted(old_n.keys() & new_n.keys()):
        a, b = old_n[nid], new_n[nid]
        label = f"{a.get('kind')} {nid}"
        if a.get("kind") != b.get("kind"):
            out.append(translate("pins", "{layer} (now {kind} {id})").format(layer=label, kind=b.get("kind"), id=nid))
        elif a.get("params") != b.get("params") and isinstance(a.get("params"), dict) and isinstance(b.get("params"), dict):
            out += [translate("pins", "{layer} {change}").format(layer=label, change=part)
                    for part in _section(a["params"], b["params"])]
    gone = [f"{old_n[n].get('kind')} {n}" for n in sorted(old_n.keys() - new_n.keys())]
    if gone:
        out.append(translate("pins", "with {layers}").format(layers=_comma().join(gone)))
    added = [f"{new_n[n].get('kind')} {n}" for n in sorted(new_n.keys() - old_n.keys())]
    if added:
        out.append(translate("pins", "without {layers}").format(layers=_comma().join(added)))
    if not gone and not added and _links(pinned) != _links(current):
        out.append(translate("pins", "other links"))
    if seeds:
        out.append(translate("pins", "other initial weights"))
    return out


def pin_label(pin: Pin, current: dict[str, Any]) -> str:
    """The ghost's label: what its run did differently, or that nothing differs."""
    diffs = differences(pin.project, current)
    if not diffs:
        return translate("pins", "pinned: the same settings")
    more = len(diffs) - MAX_DIFFERENCES
    text = _comma().join(diffs[:MAX_DIFFERENCES])
    if more > 0:
        return translate("pins", "pinned: {differences} and {n} more").format(differences=text, n=more)
    return translate("pins", "pinned: {differences}").format(differences=text)

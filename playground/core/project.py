"""A project: the graph plus data and training settings, saved as versioned JSON.

Loading checks everything and names the exact place of the first problem
("graph.nodes[2].params.units: ..."); nothing is ever unpickled.
"""

from __future__ import annotations

import json
import logging
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playground.core import catalog
from playground.core.atomic_file import write_text_atomically
from playground.core.datasets import DATASETS, DataError
from playground.core.graph import Graph, GraphError, Link, Node
from playground.core.i18n import translate
from playground.core.pins import MAX_PINS, Pin, PinError, pin_from_dict
from playground.core.params import ParamError
from playground.core.settings import (DataSettings, Section, SettingsError, TrainSettings,
                                      catalog_dataset_params, known_choice)

FORMAT = "neural-playground-project"
VERSION = 1

log = logging.getLogger(__name__)

# A project nests six levels at most (project.graph.nodes[i].params.value); anything far deeper
# is not a project, and would only make the checks below recurse until Python gives up.
MAX_DEPTH = 32
# Cards live within this distance of the canvas's origin: no gesture puts one further away (a
# file saying 1e300 is damaged), and a view fitting such a card and the others shows neither.
MAX_POSITION = 1_000_000.0
# Node and link ids travel through Qt signals declared with int (32 bits); this bound leaves
# room for the ids the canvas gives new cards after the largest one in the file.
MAX_ID = 1_000_000_000
# JSON may hold a "\ud800" escape that is half of a character; it cannot be printed or written
# as UTF-8, so it is replaced by the replacement character on load.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# Whole numbers beyond a float's range (about 1e308) fit no setting.
_MAX_INT_BITS = 1024


class ProjectError(ValueError):
    """A project file that cannot be loaded, with where and what."""


@dataclass
class Project:
    graph: Graph = field(default_factory=Graph)
    data: DataSettings = field(default_factory=DataSettings)
    training: TrainSettings = field(default_factory=TrainSettings)
    title: str = "Untitled"
    pins: list[Pin] = field(default_factory=list)  # runs pinned to compare with (core/pins.py)

    def copy(self) -> "Project":
        """An independent copy (no listeners): what the trainer is handed."""
        return Project(self.graph.copy(), self.data.copy(), self.training.copy(), self.title, list(self.pins))

    def settings(self, section: Section) -> DataSettings | TrainSettings:
        if section == "data":
            return self.data
        if section == "training":
            return self.training
        raise SettingsError(f"There are no {section!r} settings (only data and training)")

    def to_dict(self) -> dict[str, Any]:
        t = self.training
        return {
            "format": FORMAT,
            "version": VERSION,
            "title": self.title,
            "graph": self.graph.to_dict(),
            "data": {"dataset": self.data.dataset, "params": dict(self.data.params)},
            "training": {
                **t.general(), **t.gan(),
                "loss": t.loss, "loss_params": dict(t.loss_params),
                "optimizer": t.optimizer, "optimizer_params": dict(t.optimizer_params),
            },
            # only when there are some: a project without pins is written as before them
            **({"pins": [pin.to_dict() for pin in self.pins]} if self.pins else {}),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2)

    def save(self, path: str | Path) -> None:
        """Write atomically, so a crash mid-save never leaves half a file; raises OSError."""
        write_text_atomically(path, self.to_json() + "\n")


# ----- loading -------------------------------------------------------------------------
def _need(obj: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if not isinstance(obj, dict):
        raise ProjectError(translate("project", "{where}: expected an object").format(where=where))
    if key not in obj:
        raise ProjectError(translate("project", "{where}: the field '{key}' is missing").format(where=where, key=key))
    value = obj[key]
    if not isinstance(value, kind) or (kind in (int, float, (int, float)) and isinstance(value, bool)):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise ProjectError(translate("project", "{where}.{key}: expected {expected}, found {value}")
            .format(where=where, key=key, expected=_type_word(names), value=_shown(value)))
    return value


def _shown(value: Any, limit: int = 40) -> str:
    """`value` as the file writes it, cut to `limit` characters, whatever it holds."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 128:
        return translate("project", "a number of more than 38 digits")  # str() of a 5,000-digit int raises
    try:
        text = json.dumps(value)
    except (TypeError, ValueError, RecursionError):
        text = f"a {type(value).__name__}"
    return text if len(text) <= limit else text[:limit - 3] + "..."


def _id(raw: Any, key: str, where: str) -> int:
    value = _need(raw, key, int, where)
    if value < 0:
        raise ProjectError(translate("project", "{where}.{key}: ids must not be negative, found {value}")
            .format(where=where, key=key, value=_shown(value)))
    if value > MAX_ID:
        raise ProjectError(translate("project", "{where}.{key}: ids must be at most {max:,}, found {value}")
            .format(where=where, key=key, max=MAX_ID, value=_shown(value)))
    return value


def _coordinate(raw: Any, key: str, where: str) -> float:
    value = _need(raw, key, (int, float), where)
    try:
        value = float(value)
    except OverflowError:  # a whole number of 400 digits is too large for a float
        value = math.inf
    if not math.isfinite(value) or abs(value) > MAX_POSITION:
        raise ProjectError(translate("project", "{where}.{key}: the position {value} is not a point on the canvas (at most {max:,.0f} "
                              "either way from its centre)")
                                  .format(where=where, key=key, value=_shown(raw[key]), max=MAX_POSITION))
    return value


def _type_word(name: str) -> str:
    words = {"dict": lambda: translate("project", "an object"), "list": lambda: translate("project", "a list"),
             "str": lambda: translate("project", "text"), "int": lambda: translate("project", "a whole number"),
             "float": lambda: translate("project", "a number"), "int or float": lambda: translate("project", "a number"),
             "bool": lambda: translate("project", "true or false")}
    return words[name]() if name in words else name


def _graph_from_dict(data: Any) -> Graph:
    graph = Graph()
    nodes = _need(data, "nodes", list, "graph")
    links = _need(data, "links", list, "graph")
    for i, raw in enumerate(nodes):
        where = f"graph.nodes[{i}]"
        nid = _id(raw, "id", where)
        kind = _need(raw, "kind", str, where)
        if kind not in catalog.LAYERS:
            raise ProjectError(translate("project", "{where}.kind: unknown layer kind '{kind}'")
                .format(where=where, kind=kind))
        params = raw.get("params", {})
        if not isinstance(params, dict):
            raise ProjectError(translate("project", "{where}.params: expected an object").format(where=where))
        x = _coordinate(raw, "x", where)
        y = _coordinate(raw, "y", where)
        try:
            values = catalog.layer(kind).params.complete(params, kind)
        except ParamError as exc:
            raise ProjectError(translate("project", "{where}.params: {error}").format(where=where, error=exc)) from None
        if nid in graph.nodes:
            raise ProjectError(translate("project", "{where}.id: the id {id} is used twice")
                .format(where=where, id=nid))
        graph.nodes[nid] = Node(nid, kind, values, x, y)
    for i, raw in enumerate(links):
        where = f"graph.links[{i}]"
        lid = _id(raw, "id", where)
        source = _need(raw, "source", int, where)
        target = _need(raw, "target", int, where)
        for end, nid in (("source", source), ("target", target)):
            if nid not in graph.nodes:
                raise ProjectError(translate("project", "{where}.{end}: there is no node {id}")
                    .format(where=where, end=end, id=_shown(nid)))
        if lid in graph.links or lid in graph.nodes:
            raise ProjectError(translate("project", "{where}.id: the id {id} is used twice")
                .format(where=where, id=lid))
        src, dst = graph.nodes[source], graph.nodes[target]
        if not src.spec.has_output:
            raise ProjectError(translate("project", "{where}: {kind} has no output to link from")
                .format(where=where, kind=src.kind))
        if not dst.spec.has_input:
            raise ProjectError(translate("project", "{where}: {kind} has no input to link into")
                .format(where=where, kind=dst.kind))
        if graph.find_link(source, target) is not None:
            raise ProjectError(translate("project", "{where}: {source} already feeds {target}")
                .format(where=where, source=src.label, target=dst.label))
        if not dst.spec.multi_input and graph.inputs_of(target):
            raise ProjectError(translate("project", "{where}: {target} would have two inputs")
                .format(where=where, target=dst.label))
        # loops are kept and reported by shape checking, so the user can see and fix them
        graph.links[lid] = Link(lid, source, target)
    graph._next_id = max([0, *graph.nodes, *graph.links]) + 1
    return graph


def _training_from_dict(raw: dict[str, Any]) -> TrainSettings:
    """Each field checked the way a change in the app is checked, in an order where a choice comes
    before the options that depend on it; an absent field keeps its default."""
    settings = TrainSettings()
    for name in (*(spec.name for spec in catalog.TRAINING_PARAMS), *(spec.name for spec in catalog.GAN_PARAMS),
                 "loss", "optimizer",
                 "loss_params", "optimizer_params"):
        if name not in raw:
            continue
        value = raw[name]
        if name.endswith("_params"):
            value = value or {}  # null reads as "no options", as files written by hand have it
        try:
            settings.set(name, value)
        except SettingsError as exc:
            raise ProjectError(translate("project", "training.{name}: {error}").format(name=name, error=exc)) from None
    return settings


def _checked_tree(data: Any) -> Any:
    """`data` with every lone surrogate replaced, once it is known to nest at most MAX_DEPTH deep
    and to hold no whole number too large for a float.

    Walked with a stack, not recursion: the tree may be as deep as the JSON parser allowed. A huge
    number is refused here because even printing it in a message fails past 4,300 digits.
    """
    stack: list[tuple[Any, str, int]] = [(data, "", 1)]
    replaced = False
    while stack:
        node, where, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise ProjectError(translate("project", "The file nests lists or objects more than {depth} deep; a project nests six at most.")
                .format(depth=MAX_DEPTH))
        if isinstance(node, dict):
            if any(isinstance(k, str) and _LONE_SURROGATE.search(k) for k in node):
                items = [(_fixed_text(k) if isinstance(k, str) else k, v) for k, v in node.items()]
                node.clear()
                node.update(items)
                replaced = True
            children = [(k, f"{where}.{k}" if where else str(k)) for k in node]
        elif isinstance(node, list):
            children = [(i, f"{where}[{i}]") for i in range(len(node))]
        else:
            continue
        for key, place in children:
            child = node[key]
            if isinstance(child, str):
                if _LONE_SURROGATE.search(child):
                    node[key] = _fixed_text(child)
                    replaced = True
            elif isinstance(child, int) and child.bit_length() > _MAX_INT_BITS:
                raise ProjectError(translate("project", "{place}: the number is far too large for any setting (more than 300 digits)")
                    .format(place=place or 'project'))
            elif isinstance(child, (dict, list)):
                stack.append((child, place, depth + 1))
    if isinstance(data, str) and _LONE_SURROGATE.search(data):
        data, replaced = _fixed_text(data), True
    if replaced:
        log.warning("the project file holds broken characters (lone surrogates): shown as \ufffd")
    return data


def _fixed_text(text: str) -> str:
    return _LONE_SURROGATE.sub("\ufffd", text)


def project_from_dict(data: Any) -> Project:
    """The project `data` (parsed JSON) describes; ProjectError with the place of the first problem.

    Lone surrogates in its text are replaced in `data` itself.
    """
    data = _checked_tree(data)
    if not isinstance(data, dict):
        raise ProjectError(translate("project", "The file does not hold a project (expected a JSON object)."))
    if data.get("format") != FORMAT:
        raise ProjectError(translate("project", "format: this is not a Neural Playground project (expected '{format}').")
            .format(format=FORMAT))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ProjectError(translate("project", "version: the field is missing or not a whole number"))
    if version > VERSION:
        raise ProjectError(translate("project", "version: the file is version {version}, newer than this app reads ({supported}); update "
                              "Neural Playground.").format(version=_shown(version), supported=VERSION))
    if version < 1:
        raise ProjectError(translate("project", "version: {version} is not a valid version")
            .format(version=_shown(version)))
    graph = _graph_from_dict(_need(data, "graph", dict, "project"))

    raw_data = _need(data, "data", dict, "project")
    dataset = _need(raw_data, "dataset", str, "data")
    try:
        known_choice(dataset, DATASETS, "data set")
    except SettingsError as exc:
        raise ProjectError(translate("project", "data.dataset: {error}").format(error=exc)) from None
    dparams = raw_data.get("params", {})
    if not isinstance(dparams, dict):
        raise ProjectError(translate("project", "data.params: expected an object"))
    try:
        catalog_dataset_params(dataset, dparams)
    except DataError as exc:
        raise ProjectError(translate("project", "data.params: {error}").format(error=exc)) from None

    settings = _training_from_dict(_need(data, "training", dict, "project"))
    title = data.get("title", "Untitled")
    return Project(graph, DataSettings(dataset, dict(dparams)), settings,
                   title if isinstance(title, str) else "Untitled", _pins_from(data.get("pins", [])))


def _pins_from(raw: Any) -> list[Pin]:
    """The pinned runs (optional: files from before pins have none)."""
    if not isinstance(raw, list):
        raise ProjectError(translate("project", "pins: expected a list"))
    if len(raw) > MAX_PINS:
        raise ProjectError(translate("project", "pins: {n} pinned runs, more than the {max} the app keeps")
            .format(n=len(raw), max=MAX_PINS))
    try:
        return [pin_from_dict(item, f"pins[{i}]") for i, item in enumerate(raw)]
    except PinError as exc:
        raise ProjectError(str(exc)) from None


def project_from_json(text: str) -> Project:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ProjectError(translate("project", "The file is not valid JSON (line {line}, column {column}: {message}).")
            .format(line=exc.lineno, column=exc.colno, message=exc.msg)) from None
    except RecursionError:
        raise ProjectError(translate("project", "The file nests lists or objects too deeply to be a project.")) from None
    except ValueError:  # Python refuses to read an integer of more than 4,300 digits
        raise ProjectError(translate("project", "The file holds a number thousands of digits long, which no setting of a project can "
                              "take.")) from None
    return project_from_dict(data)


def load_project(path: str | Path) -> Project:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")  # tolerate the BOM some Windows editors write
    except FileNotFoundError:
        raise ProjectError(translate("project", "There is no file {path}.").format(path=path)) from None
    except IsADirectoryError:
        raise ProjectError(translate("project", "{path} is a folder, not a project file.").format(path=path)) from None
    except UnicodeDecodeError:
        raise ProjectError(translate("project", "{path} is not a text file, so it cannot be a project.")
            .format(path=path)) from None
    except OSError as exc:
        raise ProjectError(translate("project", "{path} cannot be read: {reason}.")
            .format(path=path, reason=exc.strerror)) from None
    return project_from_json(text)


def default_project() -> Project:
    """What a first launch shows: circle data and a small tanh network that learns it in seconds."""
    graph = Graph()
    inp = graph.add_node("Input", x=0, y=0)
    h1 = graph.add_node("Dense", {"units": 8, "activation": "Tanh"}, x=220, y=0)
    h2 = graph.add_node("Dense", {"units": 8, "activation": "Tanh"}, x=440, y=0)
    last = graph.add_node("Dense", {"units": 1, "activation": "Linear"}, x=660, y=0)
    out = graph.add_node("Output", x=880, y=0)
    for a, b in ((inp, h1), (h1, h2), (h2, last), (last, out)):
        graph.connect(a.id, b.id)
    return Project(graph, DataSettings("circle", {}), TrainSettings(), "Untitled")


__all__ = ["FORMAT", "VERSION", "DataSettings", "GraphError", "Project", "ProjectError", "SettingsError",
           "TrainSettings", "default_project", "load_project", "project_from_dict", "project_from_json"]

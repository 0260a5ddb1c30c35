"""A project: the graph plus data and training settings, saved as versioned JSON.

Loading checks everything and names the exact place of the first problem
("graph.nodes[2].params.units: ..."); nothing is ever unpickled.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playground.core import catalog
from playground.core.datasets import DATASETS, DataError
from playground.core.graph import Graph, GraphError, Link, Node
from playground.core.params import ParamError
from playground.core.settings import (DataSettings, Section, SettingsError, TrainSettings,
                                      catalog_dataset_params, known_choice)

FORMAT = "neural-playground-project"
VERSION = 1


class ProjectError(ValueError):
    """A project file that cannot be loaded, with where and what."""


@dataclass
class Project:
    graph: Graph = field(default_factory=Graph)
    data: DataSettings = field(default_factory=DataSettings)
    training: TrainSettings = field(default_factory=TrainSettings)
    title: str = "Untitled"

    def copy(self) -> "Project":
        """An independent copy (no listeners): what the trainer is handed."""
        return Project(self.graph.copy(), self.data.copy(), self.training.copy(), self.title)

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
                **t.general(),
                "loss": t.loss, "loss_params": dict(t.loss_params),
                "optimizer": t.optimizer, "optimizer_params": dict(t.optimizer_params),
            },
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2)

    def save(self, path: str | Path) -> None:
        """Write atomically, so a crash mid-save never leaves half a file."""
        path = Path(path)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(self.to_json() + "\n", encoding="utf-8")
        tmp.replace(path)


# ----- loading -------------------------------------------------------------------------
def _need(obj: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if not isinstance(obj, dict):
        raise ProjectError(f"{where}: expected an object")
    if key not in obj:
        raise ProjectError(f"{where}: the field '{key}' is missing")
    value = obj[key]
    if not isinstance(value, kind) or (kind in (int, float, (int, float)) and isinstance(value, bool)):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise ProjectError(f"{where}.{key}: expected {_type_word(names)}, found {json.dumps(value)[:40]}")
    return value


def _type_word(name: str) -> str:
    return {"dict": "an object", "list": "a list", "str": "text", "int": "a whole number",
            "float": "a number", "int or float": "a number", "bool": "true or false"}.get(name, name)


def _graph_from_dict(data: Any) -> Graph:
    graph = Graph()
    nodes = _need(data, "nodes", list, "graph")
    links = _need(data, "links", list, "graph")
    for i, raw in enumerate(nodes):
        where = f"graph.nodes[{i}]"
        nid = _need(raw, "id", int, where)
        kind = _need(raw, "kind", str, where)
        if kind not in catalog.LAYERS:
            raise ProjectError(f"{where}.kind: unknown layer kind '{kind}'")
        params = raw.get("params", {})
        if not isinstance(params, dict):
            raise ProjectError(f"{where}.params: expected an object")
        x = _need(raw, "x", (int, float), where)
        y = _need(raw, "y", (int, float), where)
        if not (math.isfinite(x) and math.isfinite(y)):
            raise ProjectError(f"{where}: the position ({x}, {y}) is not a finite point")
        try:
            values = catalog.layer(kind).params.complete(params, kind)
        except ParamError as exc:
            raise ProjectError(f"{where}.params: {exc}") from None
        if nid < 0:
            raise ProjectError(f"{where}.id: ids must not be negative, found {nid}")
        if nid in graph.nodes:
            raise ProjectError(f"{where}.id: the id {nid} is used twice")
        graph.nodes[nid] = Node(nid, kind, values, float(x), float(y))
    for i, raw in enumerate(links):
        where = f"graph.links[{i}]"
        lid = _need(raw, "id", int, where)
        source = _need(raw, "source", int, where)
        target = _need(raw, "target", int, where)
        for end, nid in (("source", source), ("target", target)):
            if nid not in graph.nodes:
                raise ProjectError(f"{where}.{end}: there is no node {nid}")
        if lid < 0:
            raise ProjectError(f"{where}.id: ids must not be negative, found {lid}")
        if lid in graph.links or lid in graph.nodes:
            raise ProjectError(f"{where}.id: the id {lid} is used twice")
        src, dst = graph.nodes[source], graph.nodes[target]
        if not src.spec.has_output:
            raise ProjectError(f"{where}: {src.kind} has no output to link from")
        if not dst.spec.has_input:
            raise ProjectError(f"{where}: {dst.kind} has no input to link into")
        if graph.find_link(source, target) is not None:
            raise ProjectError(f"{where}: {src.label} already feeds {dst.label}")
        if not dst.spec.multi_input and graph.inputs_of(target):
            raise ProjectError(f"{where}: {dst.label} would have two inputs")
        # loops are kept and reported by shape checking, so the user can see and fix them
        graph.links[lid] = Link(lid, source, target)
    graph._next_id = max([0, *graph.nodes, *graph.links]) + 1
    return graph


def _training_from_dict(raw: dict[str, Any]) -> TrainSettings:
    """Each field checked the way a change in the app is checked, in an order where a choice comes
    before the options that depend on it; an absent field keeps its default."""
    settings = TrainSettings()
    for name in (*(spec.name for spec in catalog.TRAINING_PARAMS), "loss", "optimizer",
                 "loss_params", "optimizer_params"):
        if name not in raw:
            continue
        value = raw[name]
        if name.endswith("_params"):
            value = value or {}  # null reads as "no options", as files written by hand have it
        try:
            settings.set(name, value)
        except SettingsError as exc:
            raise ProjectError(f"training.{name}: {exc}") from None
    return settings


def project_from_dict(data: Any) -> Project:
    if not isinstance(data, dict):
        raise ProjectError("The file does not hold a project (expected a JSON object).")
    if data.get("format") != FORMAT:
        raise ProjectError(f"format: this is not a Neural Playground project (expected '{FORMAT}').")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ProjectError("version: the field is missing or not a whole number")
    if version > VERSION:
        raise ProjectError(f"version: the file is version {version}, newer than this app reads "
                           f"({VERSION}); update Neural Playground.")
    if version < 1:
        raise ProjectError(f"version: {version} is not a valid version")
    graph = _graph_from_dict(_need(data, "graph", dict, "project"))

    raw_data = _need(data, "data", dict, "project")
    dataset = _need(raw_data, "dataset", str, "data")
    try:
        known_choice(dataset, DATASETS, "data set")
    except SettingsError as exc:
        raise ProjectError(f"data.dataset: {exc}") from None
    dparams = raw_data.get("params", {})
    if not isinstance(dparams, dict):
        raise ProjectError("data.params: expected an object")
    try:
        catalog_dataset_params(dataset, dparams)
    except DataError as exc:
        raise ProjectError(f"data.params: {exc}") from None

    settings = _training_from_dict(_need(data, "training", dict, "project"))
    title = data.get("title", "Untitled")
    return Project(graph, DataSettings(dataset, dict(dparams)), settings,
                   title if isinstance(title, str) else "Untitled")


def project_from_json(text: str) -> Project:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ProjectError(f"The file is not valid JSON (line {exc.lineno}, column {exc.colno}: "
                           f"{exc.msg}).") from None
    except RecursionError:
        raise ProjectError("The file nests lists or objects too deeply to be a project.") from None
    return project_from_dict(data)


def load_project(path: str | Path) -> Project:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")  # tolerate the BOM some Windows editors write
    except FileNotFoundError:
        raise ProjectError(f"There is no file {path}.") from None
    except IsADirectoryError:
        raise ProjectError(f"{path} is a folder, not a project file.") from None
    except UnicodeDecodeError:
        raise ProjectError(f"{path} is not a text file, so it cannot be a project.") from None
    except OSError as exc:
        raise ProjectError(f"{path} cannot be read: {exc.strerror}.") from None
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

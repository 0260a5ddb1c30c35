"""A lesson's goal: conditions over a run, written as data in the lesson file, checked from plain values.

A goal is a JSON object built from a small vocabulary (docs/ARCHITECTURE.md, "Lessons"):

    {"metric": "test_accuracy", "at_least": 0.95}        the latest measured numbers
    {"count": "hidden_neurons", "at_most": 6}            the network and the data's features
    {"setting": "optimizer", "is_not": "sgd"}            a training setting, or "data.NAME"
    {"layer": "BatchNorm"}, {"activation": "ReLU"}       a layer kind / activation is used
    {"features": ["x1", "x2"]}                           exactly these input features
    {"diverged": true}                                   the run blew up
    {"within_epochs": 20, "goal": {...}}                 met by epoch 20
    {"then": [{...}, {...}], "changing_only": ["learning_rate"]}   one after the other
    {"all": [...]}, {"any": [...]}, {"not": {...}}

It is checked point by point (`RunPoint`: one snapshot's numbers and the live settings then),
against the project the run was built from, so nothing here needs torch or Qt. A `GoalCheck`
remembers a met goal: it stays met for the rest of the run.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from playground.core import catalog
from playground.core.datasets import DATASETS, FEATURES, DataError, selected_features
from playground.core.i18n import translate, translate_later
from playground.core.params import ParamError
from playground.core.project import Project
from playground.core.settings import LIVE_SETTINGS, TrainSettings
from playground.core.shapes import analyse


class GoalError(ValueError):
    """A goal written in a way the app cannot check, with where and what."""


# The words the checklist shows (translated where shown, with the context "goals").
METRICS: dict[str, str] = {
    "train_loss": translate_later("goals", "training loss"), "test_loss": translate_later("goals", "test loss"),
    "train_accuracy": translate_later("goals", "training accuracy"),
    "test_accuracy": translate_later("goals", "test accuracy"),
    "loss_gap": translate_later("goals", "gap between test and training loss"),
    "epoch": translate_later("goals", "epochs trained"), "step": translate_later("goals", "steps trained"),
}
COUNTS: dict[str, str] = {
    "hidden_neurons": translate_later("goals", "hidden neurons"),
    "hidden_layers": translate_later("goals", "hidden layers"),
    "features": translate_later("goals", "input features"),
    "parameters": translate_later("goals", "weights (parameters)"),
    "narrowest_layer": translate_later("goals", "neurons in the narrowest hidden layer"),
}
# A setting's name in a goal's words: in English its name with spaces (learning_rate: "learning
# rate"), as it always was; a table, so that each has a translation. Names not here (a data option
# added later) still read in English.
SETTING_WORDS: dict[str, str] = {
    "loss": translate_later("goals", "loss"), "optimizer": translate_later("goals", "optimizer"),
    "optimizer_params": translate_later("goals", "optimizer params"),
    "learning_rate": translate_later("goals", "learning rate"), "batch_size": translate_later("goals", "batch size"),
    "regularization": translate_later("goals", "regularization"),
    "regularization_rate": translate_later("goals", "regularization rate"),
    "epochs": translate_later("goals", "epochs"), "device": translate_later("goals", "device"),
    "weight_seed": translate_later("goals", "weight seed"), "dataset": translate_later("goals", "dataset"),
    "colour": translate_later("goals", "colour"), "function": translate_later("goals", "function"),
    "feature_x1": translate_later("goals", "feature x1"), "feature_x2": translate_later("goals", "feature x2"),
    "feature_x1_sq": translate_later("goals", "feature x1 sq"),
    "feature_x2_sq": translate_later("goals", "feature x2 sq"),
    "feature_x1_x2": translate_later("goals", "feature x1 x2"),
    "feature_sin_x1": translate_later("goals", "feature sin x1"),
    "feature_sin_x2": translate_later("goals", "feature sin x2"),
    "length": translate_later("goals", "length"), "limit": translate_later("goals", "limit"),
    "n_classes": translate_later("goals", "n classes"), "noise": translate_later("goals", "noise"),
    "normalize": translate_later("goals", "normalize"), "path": translate_later("goals", "path"),
    "points": translate_later("goals", "points"), "samples": translate_later("goals", "samples"),
    "seed": translate_later("goals", "seed"), "size": translate_later("goals", "size"),
    "target": translate_later("goals", "target"), "target_column": translate_later("goals", "target column"),
    "task": translate_later("goals", "task"), "train_ratio": translate_later("goals", "train ratio"),
}


def setting_words(name: str) -> str:
    """A training setting or a data option ("data.noise" or "noise") in the app's language."""
    name = name[5:] if name.startswith("data.") else name
    words = SETTING_WORDS.get(name)
    return translate("goals", words) if words is not None else name.replace("_", " ")
# Layers with weights, and the parameter that says how wide each is.
WIDTH_PARAM: dict[str, str] = {"Dense": "units", "Conv2D": "filters", "RNN": "hidden_size",
                               "LSTM": "hidden_size", "GRU": "hidden_size"}
MAX_DEPTH = 8  # nesting of all/any/not/then: deeper is a mistake, not a lesson


@dataclass(frozen=True)
class RunPoint:
    """One moment of a run, as plain values: what a snapshot measured and the live settings then."""

    step: int
    epoch: float
    train_loss: float
    test_loss: float
    train_accuracy: float | None = None
    test_accuracy: float | None = None
    diverged: bool = False  # non-finite, or blown up far above where it started
    training: dict[str, Any] = field(default_factory=dict)  # live training settings at this moment

    def metric(self, name: str) -> float | None:
        if name == "loss_gap":
            return self.test_loss - self.train_loss
        value = getattr(self, name)
        return None if value is None else float(value)


def live_settings(training: TrainSettings) -> dict[str, Any]:
    """The training settings that change within a run, as a RunPoint keeps them."""
    return {name: training.get(name) for name in sorted(LIVE_SETTINGS)}


class RunHistory:
    """The points of one run (of one network and data: live setting changes and resets with the
    same network keep it), kept by the run controller; the latest `keep` are held."""

    def __init__(self, project: Project | None = None, signature: str = "", keep: int = 4096):
        self.project = project
        self.signature = signature
        self.points: deque[RunPoint] = deque(maxlen=keep)
        self.total = 0  # points ever added: a reader's cursor

    def add(self, point: RunPoint) -> None:
        self.points.append(point)
        self.total += 1

    def since(self, seen: int) -> list[RunPoint]:
        """The points added after the first `seen` (those still held)."""
        new = self.total - seen
        if new <= 0:
            return []
        return list(self.points)[-min(new, len(self.points)):]


# ----- what the network and data are -------------------------------------------------------
@dataclass
class Facts:
    """What the conditions ask of the run's project, computed once per project."""

    project: Project
    counts: dict[str, int]
    kinds: set[str]
    activations: set[str]
    features: list[str]

    @classmethod
    def of(cls, project: Project) -> "Facts":
        graph = project.graph
        hidden = [n for n in _weighted(project) if not _feeds_output(project, n.id)]
        widths = [int(n.params[WIDTH_PARAM[n.kind]]) for n in hidden]
        try:
            features = selected_features(project.data.complete())
        except (DataError, ParamError):
            features = []
        analysis = analyse(graph, project.data.dataset, project.data.params, project.training.loss)
        counts = {"hidden_neurons": sum(widths), "hidden_layers": len(hidden), "features": len(features),
                  "parameters": analysis.total_params, "narrowest_layer": min(widths, default=0)}
        activations = {n.params["activation"] for n in hidden if "activation" in n.params}
        activations |= {n.kind for n in graph.nodes.values() if catalog.is_activation(n.kind)}
        return cls(project, counts, {n.kind for n in graph.nodes.values()}, activations, features)

    def setting(self, name: str, point: RunPoint) -> Any:
        if name.startswith("data."):
            try:
                return self.project.data.complete().get(name[5:])
            except (DataError, ParamError):
                return None
        if name in point.training:
            return point.training[name]
        return getattr(self.project.training, name, None)


def _weighted(project: Project):
    return [n for n in project.graph.nodes.values() if n.kind in WIDTH_PARAM]


def _feeds_output(project: Project, node_id: int) -> bool:
    """Whether the node's output reaches the Output without passing another layer with weights."""
    graph, seen, todo = project.graph, set(), [node_id]
    while todo:
        for link in graph.outputs_of(todo.pop()):
            node = graph.nodes[link.target]
            if node.kind == "Output":
                return True
            if node.kind not in WIDTH_PARAM and node.id not in seen:
                seen.add(node.id)
                todo.append(node.id)
    return False


# ----- the conditions ------------------------------------------------------------------------
class Condition:
    """One piece of a goal. `check` is asked once per point, in order, so a condition may keep
    state (a `then` remembers how far it got)."""

    def check(self, point: RunPoint, facts: Facts) -> bool:
        raise NotImplementedError

    def describe(self) -> str:
        raise NotImplementedError

    def parts(self) -> list["Condition"]:
        """What a checklist shows under the goal: the parts of an `all`, else the goal itself."""
        return [self]


@dataclass
class Bounds:
    at_least: float | None = None
    at_most: float | None = None

    def holds(self, value: Any) -> bool:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            return False
        return ((self.at_least is None or value >= self.at_least)
                and (self.at_most is None or value <= self.at_most))

    def words(self, show=str) -> str:
        if self.at_least is not None and self.at_most is not None:
            return translate("goals", "between {low} and {high}").format(low=show(self.at_least),
                                                                         high=show(self.at_most))
        if self.at_least is not None:
            return f"\u2265 {show(self.at_least)}"
        return f"\u2264 {show(self.at_most)}"


def _number(value: Any) -> str:
    if isinstance(value, bool):  # a data option's switch (feature_x1): said in words
        return translate("goals", "True") if value else translate("goals", "False")
    return f"{value:g}" if isinstance(value, float) else str(value)


@dataclass
class Metric(Condition):
    name: str
    bounds: Bounds

    def check(self, point, facts):
        return self.bounds.holds(point.metric(self.name))

    def describe(self):
        show = (lambda v: f"{v * 100:g} %") if self.name.endswith("accuracy") else _number
        return translate("goals", "{metric} {bounds}").format(metric=translate("goals", METRICS[self.name]),
                                                                 bounds=self.bounds.words(show))


@dataclass
class Count(Condition):
    name: str
    bounds: Bounds

    def check(self, point, facts):
        return self.bounds.holds(facts.counts[self.name])

    def describe(self):
        b, what = self.bounds, translate("goals", COUNTS[self.name])
        if b.at_least is None:
            return translate("goals", "at most {n} {what}").format(n=_number(b.at_most), what=what)
        if b.at_most is None:
            return translate("goals", "at least {n} {what}").format(n=_number(b.at_least), what=what)
        return translate("goals", "{what} {bounds}").format(what=what, bounds=b.words(_number))


@dataclass
class Setting(Condition):
    name: str
    test: str  # "is" | "is_not" | "one_of" | "bounds"
    value: Any

    def check(self, point, facts):
        actual = facts.setting(self.name, point)
        if self.test == "is":
            return actual == self.value
        if self.test == "is_not":
            return actual != self.value
        if self.test == "one_of":
            return actual in self.value
        return self.value.holds(actual)

    def describe(self):
        label = setting_words(self.name)
        if self.test == "is":
            return translate("goals", "{setting} is {value}").format(setting=label, value=_number(self.value))
        if self.test == "is_not":
            return translate("goals", "{setting} is not {value}").format(setting=label, value=_number(self.value))
        if self.test == "one_of":
            values = translate("goals", ", ").join(map(_number, self.value))
            return translate("goals", "{setting} is one of {values}").format(setting=label, values=values)
        return translate("goals", "{setting} {bounds}").format(setting=label, bounds=self.value.words(_number))


@dataclass
class UsesLayer(Condition):
    kind: str

    def check(self, point, facts):
        return self.kind in facts.kinds

    def describe(self):
        return translate("goals", "the network has a {kind} layer").format(kind=self.kind)


@dataclass
class UsesActivation(Condition):
    name: str

    def check(self, point, facts):
        return self.name in facts.activations

    def describe(self):
        return translate("goals", "a hidden layer uses {activation}").format(activation=self.name)


@dataclass
class Features(Condition):
    keys: tuple[str, ...]

    def check(self, point, facts):
        return set(facts.features) == set(self.keys)

    def describe(self):
        names = dict(FEATURES)
        features = translate("goals", ", ").join(names[k] for k in self.keys)
        return translate("goals", "only the input features {features}").format(features=features)


@dataclass
class Diverged(Condition):
    def check(self, point, facts):
        return point.diverged

    def describe(self):
        return translate("goals", "the loss blows up (the run diverges)")


@dataclass
class WithinEpochs(Condition):
    epochs: float
    inner: Condition

    def check(self, point, facts):
        return point.epoch <= self.epochs and self.inner.check(point, facts)

    def describe(self):
        return translate("goals", "{goal} within {epochs} epochs").format(goal=self.inner.describe(),
                                                                          epochs=_number(self.epochs))


@dataclass
class Then(Condition):
    """Each step met after the one before; with `changing_only`, the settings not named there stay
    as they were when the first step was met (else it starts over)."""

    steps: list[Condition]
    changing_only: tuple[str, ...] | None = None
    _stage: int = 0
    _baseline: dict[str, Any] | None = None

    def _others(self, point: RunPoint) -> dict[str, Any]:
        return {k: v for k, v in point.training.items() if k not in (self.changing_only or ())}

    def check(self, point, facts):
        if self._stage and self.changing_only is not None and self._others(point) != self._baseline:
            self._stage, self._baseline = 0, None  # something else changed: start over
        if self._stage < len(self.steps) and self.steps[self._stage].check(point, facts):
            if self._stage == 0:
                self._baseline = self._others(point)
            self._stage += 1
        return self._stage >= len(self.steps)

    def describe(self):
        # a list joined with the language's separators: the parts are whole conditions, each a template
        text = translate("goals", ", then ").join(step.describe() for step in self.steps)
        if self.changing_only is None:
            return text
        settings = translate("goals", " and ").join(setting_words(n) for n in self.changing_only)
        return translate("goals", "{steps} (changing only the {settings})").format(steps=text, settings=settings)


@dataclass
class All(Condition):
    items: list[Condition]
    last: list[bool] = field(default_factory=list)  # each item's answer at the latest point

    def check(self, point, facts):
        self.last = [c.check(point, facts) for c in self.items]  # every one: each keeps its state
        return all(self.last)

    def describe(self):
        return translate("goals", "; ").join(c.describe() for c in self.items)

    def parts(self):
        return list(self.items)


@dataclass
class Any_(Condition):
    items: list[Condition]

    def check(self, point, facts):
        return any([c.check(point, facts) for c in self.items])

    def describe(self):
        return translate("goals", " or ").join(c.describe() for c in self.items)


@dataclass
class Not(Condition):
    inner: Condition

    def check(self, point, facts):
        return not self.inner.check(point, facts)

    def describe(self):
        return translate("goals", "not: {goal}").format(goal=self.inner.describe())


# ----- reading a goal --------------------------------------------------------------------------
def _shown(value: Any) -> str:
    """A wrong value as the file wrote it, cut short (a message names it, it does not quote a page)."""
    return repr(value)[:40]


def _bounds(raw: dict, where: str) -> Bounds:
    bounds = Bounds()
    for key in ("at_least", "at_most"):
        if key in raw:
            value = raw[key]
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
                raise GoalError(translate("goals", "{where}.{key}: expected a number, found {found}").format(
                    where=where, key=key, found=_shown(value)))
            setattr(bounds, key, value)
    if bounds.at_least is None and bounds.at_most is None:
        raise GoalError(translate("goals", "{where}: say 'at_least' or 'at_most' (or both)").format(where=where))
    return bounds


def _name(raw: dict, key: str, known, where: str) -> str:
    value = raw[key]
    if not isinstance(value, str) or value not in known:
        raise GoalError(translate("goals", "{where}.{key}: unknown {key} {found} (known: {known})").format(
            where=where, key=key, found=_shown(value), known=", ".join(known)))
    return value


def _list(raw: dict, key: str, where: str) -> list:
    value = raw[key]
    if not isinstance(value, list) or not value:
        raise GoalError(translate("goals", "{where}.{key}: expected a list of conditions, found {found}").format(
            where=where, key=key, found=_shown(value)))
    return value


def _setting(raw: dict, where: str) -> Setting:
    name = raw["setting"]
    data_names = {f"data.{p.name}" for spec in DATASETS.values() for p in spec.params}
    known = [p.name for p in catalog.TRAINING_PARAMS] + ["loss", "optimizer", "optimizer_params"]
    if not isinstance(name, str) or (name not in known and name not in data_names):
        raise GoalError(translate("goals", "{where}.setting: unknown setting {found} (training settings: "
                                  "{known}; data options as data.NAME, e.g. data.noise)").format(
            where=where, found=_shown(name), known=", ".join(known)))
    for test in ("is", "is_not", "one_of"):
        if test in raw:
            value = raw[test]
            if test == "one_of" and not isinstance(value, list):
                raise GoalError(translate("goals", "{where}.one_of: expected a list of values").format(where=where))
            return Setting(name, test, value)
    return Setting(name, "bounds", _bounds(raw, where))


CONDITIONS = ("metric", "count", "setting", "layer", "activation", "features", "diverged",
              "within_epochs", "then", "all", "any", "not")


def parse_goal(raw: Any, where: str = "goal", depth: int = 0) -> Condition:
    """The goal written in `raw` (a lesson file's "goal"); GoalError says where it is wrong."""
    if depth > MAX_DEPTH:
        raise GoalError(translate("goals", "{where}: conditions nested more than {depth} deep").format(
            where=where, depth=MAX_DEPTH))
    if not isinstance(raw, dict):
        raise GoalError(translate("goals", "{where}: expected a condition (an object), found {found}").format(
            where=where, found=_shown(raw)))
    kind = next((key for key in CONDITIONS if key in raw), None)
    if kind is None:
        raise GoalError(translate("goals", "{where}: no condition found (one of {known})").format(
            where=where, known=", ".join(CONDITIONS)))
    if kind == "metric":
        return Metric(_name(raw, "metric", METRICS, where), _bounds(raw, where))
    if kind == "count":
        return Count(_name(raw, "count", COUNTS, where), _bounds(raw, where))
    if kind == "setting":
        return _setting(raw, where)
    if kind == "layer":
        return UsesLayer(_name(raw, "layer", catalog.LAYERS, where))
    if kind == "activation":
        known = catalog.layer("Dense").params.get("activation").choices
        return UsesActivation(_name(raw, "activation", known, where))
    if kind == "features":
        keys = raw["features"]
        names = [k for k, _ in FEATURES]
        if not isinstance(keys, list) or not keys or not all(isinstance(k, str) and k in names for k in keys):
            raise GoalError(translate("goals", "{where}.features: expected a list of feature names ({known})").format(
                where=where, known=", ".join(names)))
        return Features(tuple(keys))
    if kind == "diverged":
        if raw["diverged"] is not True:
            raise GoalError(translate("goals", "{where}.diverged: only true makes sense here").format(where=where))
        return Diverged()
    if kind == "within_epochs":
        epochs = raw["within_epochs"]
        if isinstance(epochs, bool) or not isinstance(epochs, (int, float)) or not epochs > 0:
            raise GoalError(translate("goals", "{where}.within_epochs: expected a number of epochs above 0").format(
                where=where))
        if "goal" not in raw:
            raise GoalError(translate("goals", "{where}: 'within_epochs' needs the 'goal' to meet in that time").format(
                where=where))
        return WithinEpochs(epochs, parse_goal(raw["goal"], f"{where}.goal", depth + 1))
    if kind == "not":
        return Not(parse_goal(raw["not"], f"{where}.not", depth + 1))
    items = [parse_goal(item, f"{where}.{kind}[{i}]", depth + 1) for i, item in enumerate(_list(raw, kind, where))]
    if kind == "all":
        return All(items)
    if kind == "any":
        return Any_(items)
    only = raw.get("changing_only")
    if only is not None:
        known = [p.name for p in catalog.TRAINING_PARAMS] + ["optimizer", "optimizer_params"]
        if not isinstance(only, list) or not all(isinstance(n, str) and n in known for n in only):
            raise GoalError(translate("goals", "{where}.changing_only: expected a list of training settings "
                                      "({known})").format(where=where, known=", ".join(known)))
        only = tuple(only)
    return Then(items, only)


# ----- checking a run ---------------------------------------------------------------------------
class GoalCheck:
    """A goal followed over one run: fed the run's history, it says whether the goal is met (and
    stays met once it was), and which of its parts hold at the latest point."""

    def __init__(self, goal: dict):
        self.goal = goal
        self.reset()

    def reset(self) -> None:
        self.condition = parse_goal(self.goal)  # fresh: a `then` starts from its first step
        self.met = False
        self.met_at: RunPoint | None = None
        self.parts: list[tuple[str, bool]] = [(c.describe(), False) for c in self.condition.parts()]
        self._seen = 0
        self._history: RunHistory | None = None
        self._facts: Facts | None = None

    def update(self, history: RunHistory) -> bool:
        """Check the points added since the last call; returns whether anything shown changed."""
        if history is not self._history:
            self.reset()
            self._history = history
        if history.project is None:
            return False
        if self._facts is None or self._facts.project is not history.project:
            self._facts = Facts.of(history.project)
        points = history.since(self._seen)
        self._seen = history.total
        if not points:
            return False
        before = (self.met, self.parts)
        for point in points:
            now = self.condition.check(point, self._facts)
            if now and not self.met:
                self.met, self.met_at = True, point
            answers = self.condition.last if isinstance(self.condition, All) else [now]
            self.parts = [(c.describe(), ok) for c, ok in zip(self.condition.parts(), answers)]
        return (self.met, self.parts) != before


def describe_goal(goal: dict) -> str:
    """The goal in words (for the CLI and the lesson dialog); GoalError if it cannot be read."""
    return parse_goal(goal).describe()

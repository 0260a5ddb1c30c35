"""Lessons: a project, a text (what to try, the goal, hints, an answer hidden until asked), a goal
the app checks itself (core/goals.py), and which controls students see or may change.

A lesson is one JSON file; a data file it ships (a CSV) lies beside it and is named relative to
it, so a lesson folder copied to another machine opens the same way. The shipped lessons are in
assets/lessons/, found the way the examples in assets/examples/ are (LESSONS below is the one
place that says where).
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playground.core import catalog
from playground.core.datasets import DATASETS, resolve_paths
from playground.core.goals import GoalError, describe_goal
from playground.core.graph import GraphError
from playground.core.project import Project, ProjectError, project_from_dict
from playground.core.resources import assets_dir
from playground.core.settings import SettingsError

LESSONS = assets_dir() / "lessons"  # beside the examples, in a checkout and in an installed wheel
FORMAT = "neural-playground-lesson"
VERSION = 1

# The window's panels a lesson can hide, and its settings it can hide or lock (shown greyed).
PANELS: dict[str, str] = {"layers": "Layers (the palette)", "inspector": "Inspector", "data": "Data",
                          "training": "Training"}
TRAINING_CONTROLS: tuple[str, ...] = ("loss", "optimizer", "optimizer_params",
                                      *(p.name for p in catalog.TRAINING_PARAMS))
DATA_CONTROLS: tuple[str, ...] = ("dataset", *sorted({f"data.{p.name}" for s in DATASETS.values() for p in s.params}))
SETTING_CONTROLS: tuple[str, ...] = TRAINING_CONTROLS + DATA_CONTROLS


class LessonError(ValueError):
    """A lesson that cannot be read or found, in words for the user."""


@dataclass
class LessonText:
    try_this: str = ""  # what to try
    goal: str = ""  # the goal in the teacher's words (the checklist adds the app's)
    hints: list[str] = field(default_factory=list)  # revealed one at a time
    answer: str = ""  # hidden until asked


@dataclass
class Controls:
    hidden: list[str] = field(default_factory=list)  # panels and settings students do not see
    locked: list[str] = field(default_factory=list)  # settings shown but not editable


@dataclass
class Lesson:
    name: str  # the file's stem: what `playground lesson NAME` takes
    title: str
    summary: str  # one line, for the list
    project: Project
    goal: dict[str, Any]
    text: LessonText = field(default_factory=LessonText)
    controls: Controls = field(default_factory=Controls)
    order: int = 100  # place in the list (the shipped course: 1, 2, ...)
    # the intended answer as edits and training (the checks run it headless; see `apply_edit`)
    script: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT, "version": VERSION, "title": self.title, "summary": self.summary,
            "order": self.order,
            "text": {"try": self.text.try_this, "goal": self.text.goal, "hints": list(self.text.hints),
                     "answer": self.text.answer},
            "goal": self.goal,
            "controls": {"hidden": list(self.controls.hidden), "locked": list(self.controls.locked)},
            "project": self.project.to_dict(),
            "script": self.script,
        }

    def save(self, path: str | Path) -> None:
        """Write the lesson; a data file it uses is copied beside it and named by its file name
        (a folder of data is named relative to the lesson), so the folder travels whole."""
        path = Path(path)
        data = self.to_dict()
        params = data["project"]["data"]["params"]
        source = params.get("path")
        if isinstance(source, str) and source and os.path.isabs(source):
            src = Path(source)
            if src.is_file():
                target = path.parent / src.name
                if src.resolve() != target.resolve():
                    shutil.copy2(src, target)
                params["path"] = src.name
            else:
                try:
                    params["path"] = os.path.relpath(src, path.parent)
                except ValueError:  # another drive (Windows): keep it as it is
                    pass
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        tmp.replace(path)


@dataclass(frozen=True)
class LessonInfo:
    name: str
    title: str
    summary: str
    order: int
    path: Path


# ----- reading ----------------------------------------------------------------------------------
def _text_field(raw: dict, key: str, where: str, default: str = "") -> str:
    value = raw.get(key, default)
    if not isinstance(value, str):
        raise LessonError(f"{where}.{key}: expected text, found {json.dumps(value)[:40]}")
    return value


def _names(raw: Any, where: str, known: tuple[str, ...]) -> list[str]:
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(isinstance(n, str) for n in raw):
        raise LessonError(f"{where}: expected a list of names")
    unknown = [n for n in raw if n not in known]
    if unknown:
        raise LessonError(f"{where}: unknown control {unknown[0]!r:.40} (panels: {', '.join(PANELS)}; "
                          "settings: a training setting such as learning_rate, dataset, or data.NAME)")
    return list(raw)


def lesson_from_dict(data: Any, name: str) -> Lesson:
    """The lesson in `data`; LessonError says where it is wrong."""
    if not isinstance(data, dict):
        raise LessonError("The file does not hold a lesson (expected a JSON object).")
    if data.get("format") != FORMAT:
        raise LessonError(f"format: this is not a Neural Playground lesson (expected '{FORMAT}').")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise LessonError("version: the field is missing or not a whole number above 0")
    if version > VERSION:
        raise LessonError(f"version: the lesson is version {version}, newer than this app reads "
                          f"({VERSION}); update Neural Playground.")
    title = _text_field(data, "title", "lesson", name)
    summary = _text_field(data, "summary", "lesson")
    order = data.get("order", 100)
    if isinstance(order, bool) or not isinstance(order, int):
        raise LessonError("lesson.order: expected a whole number")
    raw_text = data.get("text", {})
    if not isinstance(raw_text, dict):
        raise LessonError("text: expected an object with try, goal, hints and answer")
    hints = raw_text.get("hints", [])
    if not isinstance(hints, list) or not all(isinstance(h, str) for h in hints):
        raise LessonError("text.hints: expected a list of texts")
    text = LessonText(_text_field(raw_text, "try", "text"), _text_field(raw_text, "goal", "text"), list(hints),
                      _text_field(raw_text, "answer", "text"))
    if "goal" not in data:
        raise LessonError("goal: the field is missing (what the app checks, e.g. "
                          '{"metric": "test_accuracy", "at_least": 0.9})')
    try:
        describe_goal(data["goal"])
    except GoalError as exc:
        raise LessonError(str(exc)) from None
    raw_controls = data.get("controls", {})
    if not isinstance(raw_controls, dict):
        raise LessonError("controls: expected an object with hidden and locked")
    controls = Controls(_names(raw_controls.get("hidden"), "controls.hidden", (*PANELS, *SETTING_CONTROLS)),
                        _names(raw_controls.get("locked"), "controls.locked", SETTING_CONTROLS))
    if "project" not in data:
        raise LessonError("project: the field is missing (the network the lesson starts from)")
    try:
        project = project_from_dict(data["project"])
    except ProjectError as exc:
        raise LessonError(f"project: {exc}") from None
    script = data.get("script", [])
    if not isinstance(script, list) or not all(isinstance(a, dict) for a in script):
        raise LessonError("script: expected a list of steps")
    return Lesson(name, title, summary, project, data["goal"], text, controls, order, script)


def load_lesson(path: str | Path) -> Lesson:
    """The lesson in the file `path`, its data paths made absolute beside the file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise LessonError(f"There is no file {path}.") from None
    except (IsADirectoryError, UnicodeDecodeError):
        raise LessonError(f"{path} is not a lesson file.") from None
    except OSError as exc:
        raise LessonError(f"{path} cannot be read: {exc.strerror}.") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LessonError(f"The file is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}).") from None
    except RecursionError:
        raise LessonError("The file nests lists or objects too deeply to be a lesson.") from None
    lesson = lesson_from_dict(data, path.stem)
    data_settings = lesson.project.data
    data_settings.params = resolve_paths(data_settings.params, str(path.resolve().parent))
    return lesson


def find_lessons(folder: Path = LESSONS) -> list[LessonInfo]:
    """The lessons in `folder`, in course order; a file that does not read is left out (logged by
    the caller that opens it)."""
    found = []
    for path in sorted(folder.glob("*.json")):
        try:
            lesson = load_lesson(path)
        except LessonError:
            continue
        found.append(LessonInfo(lesson.name, lesson.title, lesson.summary, lesson.order, path))
    return sorted(found, key=lambda info: (info.order, info.name))


def lesson_path(name: str, folder: Path = LESSONS) -> Path:
    """The file of the shipped lesson `name`; LessonError lists the names there are."""
    path = folder / f"{name}.json"
    if path.is_file():
        return path
    names = ", ".join(info.name for info in find_lessons(folder))
    raise LessonError(f"There is no lesson {name!r}. The lessons are: {names}.")


# ----- the answer script ------------------------------------------------------------------------
def apply_edit(project: Project, edit: dict[str, Any]) -> list[str]:
    """Apply one edit of an answer script to `project`; returns the training settings it changed
    ("" for anything else: the network or the data, which need a new run).

    {"set": {"learning_rate": 0.1, "data.noise": 0.2}}   settings
    {"layer": 3, "params": {"activation": "ReLU"}}        a layer's parameters
    {"insert": {"after": 1, "kind": "Dense", "params": {...}}}   a layer after node 1 (on its only link out)
    {"link": [2, 8]}                                      a new link (a residual path)
    """
    try:
        if "set" in edit:
            changed = []
            for name, value in edit["set"].items():
                if name.startswith("data."):
                    project.data.set(name[5:], value)
                    changed.append("")
                elif name == "dataset":
                    project.data.set("dataset", value)
                    changed.append("")
                else:
                    project.training.set(name, value)
                    changed.append(name)
            return changed
        graph = project.graph
        if "layer" in edit:
            for name, value in edit["params"].items():
                graph.set_param(edit["layer"], name, value)
            return [""]
        if "insert" in edit:
            spec = edit["insert"]
            links = graph.outputs_of(spec["after"])
            if len(links) != 1:
                raise LessonError(f"script: node {spec['after']} must have exactly one link out to insert after it")
            graph.insert_node(links[0].id, spec["kind"], spec.get("params"))
            return [""]
        if "link" in edit:
            graph.connect(*edit["link"])
            return [""]
    except (GraphError, SettingsError, KeyError, TypeError, AttributeError) as exc:
        raise LessonError(f"script: the edit {json.dumps(edit)[:60]} cannot be applied: {exc}") from None
    raise LessonError(f"script: unknown step {json.dumps(edit)[:60]}")

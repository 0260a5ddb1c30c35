"""Lessons: a project, a text (what to try, the goal, hints, an answer hidden until asked), a goal
the app checks itself (core/goals.py), and which controls students see or may change.

A lesson is one JSON file; a data file it ships (a CSV) lies beside it and is named relative to
it, so a lesson folder copied to another machine opens the same way. The shipped lessons are in
assets/lessons/, found the way the examples in assets/examples/ are (LESSONS below is the one
place that says where).

A lesson's words are content, not code, so they cannot go through Qt's .ts file: the file holds
its own words (English in the shipped lessons) and, optionally, other languages' in
"translations": {"zh_CN": {"title": ..., "summary": ..., "text": {"try": ..., "goal": ...,
"hints": [...], "answer": ...}}}. `Lesson.words()` picks the app's language, field by field, with
the file's own words where a translation leaves one out. An older app ignores the object.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playground.core import catalog
from playground.core.datasets import DATASETS, resolve_paths
from playground.core.goals import GoalError, describe_goal
from playground.core.graph import GraphError
from playground.core.i18n import current_language, translate, translate_later
from playground.core.project import Project, ProjectError, project_from_dict
from playground.core.resources import assets_dir
from playground.core.settings import SettingsError

LESSONS = assets_dir() / "lessons"  # beside the examples, in a checkout and in an installed wheel
FORMAT = "neural-playground-lesson"
VERSION = 1

# The window's panels a lesson can hide, and its settings it can hide or lock (shown greyed).
PANELS: dict[str, str] = {"layers": translate_later("lessons", "Layers (the palette)"),
                          "inspector": translate_later("lessons", "Inspector"),
                          "data": translate_later("lessons", "Data"),
                          "training": translate_later("lessons", "Training")}
TRAINING_CONTROLS: tuple[str, ...] = ("loss", "optimizer", "optimizer_params",
                                      *(p.name for p in catalog.TRAINING_PARAMS))
DATA_CONTROLS: tuple[str, ...] = ("dataset", *sorted({f"data.{p.name}" for s in DATASETS.values() for p in s.params}))
SETTING_CONTROLS: tuple[str, ...] = TRAINING_CONTROLS + DATA_CONTROLS


LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}([_-][A-Za-z0-9]+)*")  # zh_CN, pt-BR: a language a file may carry


class LessonError(ValueError):
    """A lesson that cannot be read or found, in words for the user."""


def panel_label(name: str) -> str:
    """A panel a lesson can hide, in the app's language."""
    return translate("lessons", PANELS[name])


@dataclass
class LessonText:
    try_this: str = ""  # what to try
    goal: str = ""  # the goal in the teacher's words (the checklist adds the app's)
    hints: list[str] = field(default_factory=list)  # revealed one at a time
    answer: str = ""  # hidden until asked


@dataclass
class LessonWords:
    """What a lesson says, in one language."""

    title: str = ""
    summary: str = ""
    text: LessonText = field(default_factory=LessonText)

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "summary": self.summary,
                "text": {"try": self.text.try_this, "goal": self.text.goal, "hints": list(self.text.hints),
                         "answer": self.text.answer}}


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
    # the words in other languages, by language code ("zh_CN"); the fields above are the file's own
    translations: dict[str, LessonWords] = field(default_factory=dict)

    def words(self, language: str | None = None) -> LessonWords:
        """The lesson's words in `language` (the app's, by default): each field as translated, else
        the file's own, so a partial translation still shows a whole lesson."""
        other = self.translations.get(language or current_language())
        if other is None:
            return LessonWords(self.title, self.summary, self.text)
        own, theirs = self.text, other.text
        text = LessonText(theirs.try_this or own.try_this, theirs.goal or own.goal,
                          list(theirs.hints or own.hints), theirs.answer or own.answer)
        return LessonWords(other.title or self.title, other.summary or self.summary, text)

    def to_dict(self) -> dict[str, Any]:
        own = LessonWords(self.title, self.summary, self.text).to_dict()
        data = {
            "format": FORMAT, "version": VERSION, "title": own["title"], "summary": own["summary"],
            "order": self.order, "text": own["text"],
            "goal": self.goal,
            "controls": {"hidden": list(self.controls.hidden), "locked": list(self.controls.locked)},
            "project": self.project.to_dict(),
            "script": self.script,
        }
        if self.translations:  # written only when there are some: such a file reads as it always did
            data["translations"] = {code: words.to_dict() for code, words in self.translations.items()}
        return data

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
        raise LessonError(translate("lessons", "{where}.{key}: expected text, found {found}").format(
            where=where, key=key, found=json.dumps(value)[:40]))
    return value


def _words(raw: dict, where: str, prefix: str, default_title: str) -> LessonWords:
    """The title, summary and text in `raw` (the lesson itself, or one of its translations);
    `where` names `raw` and `prefix` the place of its fields in messages ("" at the top)."""
    title = _text_field(raw, "title", where, default_title)
    summary = _text_field(raw, "summary", where)
    raw_text = raw.get("text", {})
    if not isinstance(raw_text, dict):
        raise LessonError(translate("lessons", "{where}: expected an object with try, goal, hints and answer").format(
            where=prefix + "text"))
    hints = raw_text.get("hints", [])
    if not isinstance(hints, list) or not all(isinstance(h, str) for h in hints):
        raise LessonError(translate("lessons", "{where}: expected a list of texts").format(where=prefix + "text.hints"))
    where_text = prefix + "text"
    text = LessonText(_text_field(raw_text, "try", where_text), _text_field(raw_text, "goal", where_text),
                      list(hints), _text_field(raw_text, "answer", where_text))
    return LessonWords(title, summary, text)


def _translations(raw: Any) -> dict[str, LessonWords]:
    """The "translations" object: each language's words, checked like the lesson's own."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise LessonError(translate("lessons", "translations: expected an object with the words of each "
                                    "language, e.g. {example}").format(example='{"zh_CN": {"title": "..."}}'))
    found = {}
    for code, words in raw.items():
        if not LANGUAGE_CODE.fullmatch(code):
            raise LessonError(translate("lessons", "translations: {code} is not a language code such as zh_CN").format(
                code=json.dumps(code)[:40]))
        where = f"translations.{code}"
        if not isinstance(words, dict):
            raise LessonError(translate("lessons", "{where}: expected an object with title, summary and "
                                        "text").format(where=where))
        found[code] = _words(words, where, where + ".", "")
    return found


def _names(raw: Any, where: str, known: tuple[str, ...]) -> list[str]:
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(isinstance(n, str) for n in raw):
        raise LessonError(translate("lessons", "{where}: expected a list of names").format(where=where))
    unknown = [n for n in raw if n not in known]
    if unknown:
        raise LessonError(translate("lessons", "{where}: unknown control {found} (panels: {panels}; settings: a "
                                    "training setting such as learning_rate, dataset, or data.NAME)").format(
            where=where, found=repr(unknown[0])[:40], panels=", ".join(PANELS)))
    return list(raw)


def lesson_from_dict(data: Any, name: str) -> Lesson:
    """The lesson in `data`; LessonError says where it is wrong."""
    if not isinstance(data, dict):
        raise LessonError(translate("lessons", "The file does not hold a lesson (expected a JSON object)."))
    if data.get("format") != FORMAT:
        raise LessonError(translate("lessons", "format: this is not a Neural Playground lesson "
                                    "(expected '{format}').").format(format=FORMAT))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise LessonError(translate("lessons", "version: the field is missing or not a whole number above 0"))
    if version > VERSION:
        raise LessonError(translate("lessons", "version: the lesson is version {version}, newer than this app "
                                    "reads ({supported}); update Neural Playground.").format(
            version=version, supported=VERSION))
    own = _words(data, "lesson", "", name)
    order = data.get("order", 100)
    if isinstance(order, bool) or not isinstance(order, int):
        raise LessonError(translate("lessons", "lesson.order: expected a whole number"))
    translations = _translations(data.get("translations"))
    if "goal" not in data:
        raise LessonError(translate("lessons", "goal: the field is missing (what the app checks, e.g. "
                                    "{example})").format(example='{"metric": "test_accuracy", "at_least": 0.9}'))
    try:
        describe_goal(data["goal"])
    except GoalError as exc:
        raise LessonError(str(exc)) from None
    raw_controls = data.get("controls", {})
    if not isinstance(raw_controls, dict):
        raise LessonError(translate("lessons", "controls: expected an object with hidden and locked"))
    controls = Controls(_names(raw_controls.get("hidden"), "controls.hidden", (*PANELS, *SETTING_CONTROLS)),
                        _names(raw_controls.get("locked"), "controls.locked", SETTING_CONTROLS))
    if "project" not in data:
        raise LessonError(translate("lessons", "project: the field is missing (the network the lesson starts from)"))
    try:
        project = project_from_dict(data["project"])
    except ProjectError as exc:
        raise LessonError(translate("lessons", "project: {problem}").format(problem=exc)) from None
    script = data.get("script", [])
    if not isinstance(script, list) or not all(isinstance(a, dict) for a in script):
        raise LessonError(translate("lessons", "script: expected a list of steps"))
    return Lesson(name, own.title, own.summary, project, data["goal"], own.text, controls, order, script,
                  translations)


def load_lesson(path: str | Path) -> Lesson:
    """The lesson in the file `path`, its data paths made absolute beside the file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise LessonError(translate("lessons", "There is no file {path}.").format(path=path)) from None
    except (IsADirectoryError, UnicodeDecodeError):
        raise LessonError(translate("lessons", "{path} is not a lesson file.").format(path=path)) from None
    except OSError as exc:
        raise LessonError(translate("lessons", "{path} cannot be read: {reason}.").format(
            path=path, reason=exc.strerror)) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LessonError(translate("lessons", "The file is not valid JSON (line {line}, column {column}: "
                                    "{problem}).").format(line=exc.lineno, column=exc.colno, problem=exc.msg)) from None
    except RecursionError:
        raise LessonError(translate("lessons", "The file nests lists or objects too deeply to be a lesson.")) from None
    lesson = lesson_from_dict(data, path.stem)
    data_settings = lesson.project.data
    data_settings.params = resolve_paths(data_settings.params, str(path.resolve().parent))
    return lesson


def find_lessons(folder: Path = LESSONS) -> list[LessonInfo]:
    """The lessons in `folder`, in course order, titled in the app's language; a file that does not
    read is left out (logged by the caller that opens it)."""
    found = []
    for path in sorted(folder.glob("*.json")):
        try:
            lesson = load_lesson(path)
        except LessonError:
            continue
        words = lesson.words()
        found.append(LessonInfo(lesson.name, words.title, words.summary, lesson.order, path))
    return sorted(found, key=lambda info: (info.order, info.name))


def lesson_path(name: str, folder: Path = LESSONS) -> Path:
    """The file of the shipped lesson `name`; LessonError lists the names there are."""
    path = folder / f"{name}.json"
    if path.is_file():
        return path
    names = ", ".join(info.name for info in find_lessons(folder))
    raise LessonError(translate("lessons", "There is no lesson {name}. The lessons are: {names}.").format(
        name=repr(name), names=names))


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

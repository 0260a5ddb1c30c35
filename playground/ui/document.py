"""The open project as the window sees it: the Project, its undo stack, its file, its analysis.

Every change (canvas edits and settings alike) goes through the undo stack, so the clean
state of the stack is exactly "saved", and the title's asterisk follows it.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from playground.core import catalog
from playground.core.datasets import resolve_paths
from playground.core.graph import EventType, GraphEvent
from playground.core.i18n import translate
from playground.core.project import Project, default_project, load_project
from playground.core.settings import LIVE_SETTINGS, Section, SettingEvent, SettingEventType
from playground.core.shapes import Analysis, analyse
from playground.core.task import Task, task_of
from playground.ui.commands import SetSetting

log = logging.getLogger(__name__)

WEIGHTS_SUFFIX = ".pt"  # `net.pt` beside `net.json`: that project's saved weights


class Document(QObject):
    analysis_changed = Signal(object)  # Analysis
    architecture_changed = Signal()  # the graph's structure or layer parameters changed
    data_changed = Signal()  # data set or its options changed: regenerate the points
    training_changed = Signal(str, object)  # a training setting changed: (name, value)
    file_changed = Signal()  # path or modified state changed: update the title
    project_replaced = Signal()  # New / Open

    def __init__(self, project: Project | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project or default_project()
        self.path: Path | None = None
        self._saved_weights: Path | None = None  # weights beside the opened file, for its first run
        self.undo_stack = QUndoStack(self)
        # signal to signal, no Python in between: the stack is destroyed with the Document and
        # signals on its way out, when a Python slot of the dying Document would crash
        self.undo_stack.cleanChanged.connect(self.file_changed)
        self.analysis: Analysis = Analysis()
        self.task: Task | None = None  # what the run is about: decides its views
        self.project.graph.subscribe(self._on_graph_event)
        self.project.data.subscribe(self._on_setting_event)
        self.project.training.subscribe(self._on_setting_event)
        self.reanalyse()

    # ----- file state ---------------------------------------------------------------------
    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        if self.path:
            return self.path.name
        title = self.project.title
        # "Untitled" is the title an unsaved project has (core/project.py), so it reads in the app's language
        return translate("Document", "Untitled") if title in ("", "Untitled") else title

    def replace(self, project: Project, path: Path | None, weights: Path | None = None) -> None:
        """Show another project (New / Open): same Graph object, so the canvas keeps listening.
        `weights`: a weights file its first run starts from."""
        self._saved_weights = None  # not for the runs the replacement's own events may load
        self.project.data.replace_with(project.data)
        self.project.training.replace_with(project.training)
        self.project.title = project.title
        self.path = path
        self.project.graph.replace_with(project.graph)  # emits RESET -> reanalyse
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.reanalyse()
        self._saved_weights = weights  # for the run loaded now that the whole project is in place
        self.project_replaced.emit()
        self.data_changed.emit()
        self.file_changed.emit()

    def open(self, path: str | Path) -> None:
        """Load a project file; raises ProjectError (nothing changes then). Weights saved beside it
        (File > Export > Weights, or an exported script's run) start its first run."""
        path = Path(path)
        project = load_project(path)
        weights = path.with_suffix(WEIGHTS_SUFFIX)
        self.replace(project, path, weights if weights.is_file() else None)

    def take_saved_weights(self) -> Path | None:
        """The weights file the next new run starts from, once: a reset starts from new weights."""
        weights, self._saved_weights = self._saved_weights, None
        return weights

    def save(self, path: str | Path | None = None) -> None:
        path = Path(path) if path is not None else self.path
        if path is None:
            raise ValueError("no file name to save to")
        if self.project.title in ("", "Untitled"):
            self.project.title = path.stem
        self.project.save(path)
        self.path = path
        self.undo_stack.setClean()
        self.file_changed.emit()

    def resolved_project(self) -> Project:
        """A copy for the trainer, with data paths made absolute next to the project file."""
        project = self.project.copy()
        project.data.params = resolve_paths(project.data.params, self._base_dir())
        return project

    def _base_dir(self) -> str:
        """Where relative data paths start: next to the project file (else the working folder)."""
        return str(self.path.parent) if self.path else str(Path.cwd())

    # ----- analysis ---------------------------------------------------------------------------
    def reanalyse(self) -> None:
        data = self.project.data
        params = resolve_paths(data.params, self._base_dir())  # no project copy: only paths change
        self.analysis = analyse(self.project.graph, data.dataset, params, self.project.training.loss)
        self.task = task_of(self.project.graph, self.analysis, data.dataset)
        self.analysis_changed.emit(self.analysis)

    def _on_graph_event(self, event: GraphEvent) -> None:
        if event.type == EventType.NODE_MOVED:
            return  # where a card sits changes neither the shapes nor the run
        self.reanalyse()
        self.architecture_changed.emit()

    # ----- settings -----------------------------------------------------------------------------
    def setting(self, section: Section, name: str) -> Any:
        return self.project.settings(section).get(name)

    def set_setting(self, section: Section, name: str, value: Any) -> None:
        """Push an undoable change of a data ('data') or training ('training') setting; raises
        SettingsError (nothing pushed) for a setting or value that does not exist."""
        command = SetSetting(self.project.settings(section), name, value)
        if command.new != command.old:
            self.undo_stack.push(command)

    def _on_setting_event(self, event: SettingEvent) -> None:
        if event.type == SettingEventType.RESET:
            return  # replace() announces the new project itself, in the order the window expects
        if event.section == "data":
            self.reanalyse()
            self.data_changed.emit()
            return
        if event.name == "loss":
            self.reanalyse()  # the loss decides what the Output layer must give
        self.training_changed.emit(event.name, event.value)

    def data_values(self) -> dict[str, Any]:
        """The data set's options with defaults filled in (for the editors)."""
        spec = self.project.data
        return catalog_values(spec.dataset, spec.params)

    def run_signature(self) -> str:
        """Everything that a run is built from, except the settings that change live."""
        p = self.project
        graph = p.graph.to_dict()
        for node in graph["nodes"]:
            node.pop("x"), node.pop("y")
        training = {k: v for k, v in p.to_dict()["training"].items() if k not in LIVE_SETTINGS}
        return json.dumps([graph, p.data.dataset, p.data.params, training], sort_keys=True, default=str)


def catalog_values(dataset: str, params: dict[str, Any]) -> dict[str, Any]:
    from playground.core.datasets import DATASETS

    spec = DATASETS[dataset]
    values = spec.params.defaults()
    values.update({k: v for k, v in params.items() if spec.params.get(k) is not None})
    return values


# LIVE_SETTINGS lives in core; it is named here too for the modules that import it from here
__all__ = ["Document", "LIVE_SETTINGS", "catalog", "default_project"]

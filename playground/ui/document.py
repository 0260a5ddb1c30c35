"""The open project as the window sees it: the Project, its undo stack, its file, its analysis.

Every change (canvas edits and settings alike) goes through the undo stack, so the clean
state of the stack is exactly "saved", and the title's asterisk follows it.
"""

from __future__ import annotations

import copy
import json
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from playground.core import catalog
from playground.core.datasets import resolve_paths
from playground.core.graph import EventType, GraphEvent
from playground.core.project import Project, default_project, load_project
from playground.core.shapes import Analysis, analyse

log = logging.getLogger(__name__)

# Training settings that the worker applies between steps; the rest rebuild the run.
LIVE_SETTINGS = {"learning_rate", "batch_size", "regularization", "regularization_rate", "epochs",
                 "optimizer", "optimizer_params"}


class SetSetting(QUndoCommand):
    """Change a data or training setting; consecutive edits of one setting merge into one step."""

    ID = 4242

    def __init__(self, document: "Document", section: str, name: str, value: Any, text: str):
        super().__init__(text)
        self.document, self.section, self.name = document, section, name
        self.old = copy.deepcopy(document.setting(section, name))
        self.new = copy.deepcopy(value)

    def id(self) -> int:  # noqa: A003 (Qt API)
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt API)
        if not isinstance(other, SetSetting) or (other.section, other.name) != (self.section, self.name):
            return False
        if self.name in ("dataset", "optimizer", "loss"):
            return False  # each choice of these is worth its own undo step
        self.new = other.new
        return True

    def redo(self) -> None:
        self.document._apply_setting(self.section, self.name, self.new)

    def undo(self) -> None:
        self.document._apply_setting(self.section, self.name, self.old)


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
        self.undo_stack = QUndoStack(self)
        # signal to signal, no Python in between: the stack is destroyed with the Document and
        # signals on its way out, when a Python slot of the dying Document would crash
        self.undo_stack.cleanChanged.connect(self.file_changed)
        self.analysis: Analysis = Analysis()
        self.project.graph.subscribe(self._on_graph_event)
        self.reanalyse()

    # ----- file state ---------------------------------------------------------------------
    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        return self.path.name if self.path else self.project.title or "Untitled"

    def replace(self, project: Project, path: Path | None) -> None:
        """Show another project (New / Open): same Graph object, so the canvas keeps listening."""
        graph = self.project.graph
        self.project.data = copy.deepcopy(project.data)
        self.project.training = copy.deepcopy(project.training)
        self.project.title = project.title
        self.path = path
        graph.replace_with(project.graph)  # emits RESET -> reanalyse
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.reanalyse()
        self.project_replaced.emit()
        self.data_changed.emit()
        self.file_changed.emit()

    def open(self, path: str | Path) -> None:
        """Load a project file; raises ProjectError (nothing changes then)."""
        path = Path(path)
        project = load_project(path)
        self.replace(project, path)

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
        self.analysis_changed.emit(self.analysis)

    def _on_graph_event(self, event: GraphEvent) -> None:
        if event.type == EventType.NODE_MOVED:
            return  # where a card sits changes neither the shapes nor the run
        self.reanalyse()
        self.architecture_changed.emit()

    # ----- settings -----------------------------------------------------------------------------
    def setting(self, section: str, name: str) -> Any:
        if section == "data":
            return self.project.data.dataset if name == "dataset" else self.project.data.params.get(name)
        return getattr(self.project.training, name)

    def set_setting(self, section: str, name: str, value: Any) -> None:
        """Push an undoable change of a data ('data') or training ('training') setting."""
        if self.setting(section, name) == value:
            return
        label = name.replace("_", " ")
        self.undo_stack.push(SetSetting(self, section, name, value, f"Change {label}"))

    def _apply_setting(self, section: str, name: str, value: Any) -> None:
        if section == "data":
            if name == "dataset":
                self.project.data.dataset = value
                self.project.data.params = {}
            elif value is None:
                self.project.data.params.pop(name, None)
            else:
                self.project.data.params[name] = value
            self.reanalyse()
            self.data_changed.emit()
            return
        setattr(self.project.training, name, copy.deepcopy(value))
        if name == "optimizer":
            self.project.training.optimizer_params = {}
        if name == "loss":
            self.project.training.loss_params = {}
            self.reanalyse()
        self.training_changed.emit(name, value)

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


__all__ = ["Document", "LIVE_SETTINGS", "SetSetting", "catalog", "default_project"]

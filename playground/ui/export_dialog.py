"""File > Export: the project as a PyTorch script, the run's network as ONNX, or its weights.

The script is written here (pure Python: the window never imports torch); ONNX and weights come
from the trained network, which lives in the worker, so the worker writes them and answers with
`TrainingController.exported`. Every failure is a sentence in a message box.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from playground.core.datasets import DataError
from playground.engine.export.script import write_script
from playground.engine.export.source import ExportError
from playground.ui.document import Document
from playground.ui.training import TrainingController

# kind -> (menu entry, dialog title, file suffix, file filter)
CHOICES = {
    "script": ("PyTorch &Script...", "Export a PyTorch training script", ".py", "Python script (*.py)"),
    "onnx": ("&ONNX...", "Export the network as ONNX", ".onnx", "ONNX model (*.onnx)"),
    "weights": ("&Weights...", "Save the trained weights", ".pt", "PyTorch weights (*.pt)"),
}
WRITTEN = {"script": "Training script", "onnx": "ONNX model", "weights": "Weights"}


class ExportMenu(QObject):
    """The Export submenu of a window's File menu, and what its entries do."""

    def __init__(self, window: QMainWindow, document: Document, worker: TrainingController, settings: QSettings):
        super().__init__(window)
        self.window, self.document, self.worker, self.settings = window, document, worker, settings
        self.menu = QMenu("&Export", window)
        self.actions = {}
        for kind, (label, *_rest) in CHOICES.items():
            action = self.menu.addAction(label)
            action.triggered.connect(getattr(self, f"export_{kind}"))
            self.actions[kind] = action
        self.actions["script"].setStatusTip("A standalone Python file that trains this network with torch "
                                            "(python net.py, or torchrun for several processes)")
        self.actions["weights"].setStatusTip("The weights of the network trained so far, for the exported "
                                             "script's --weights")
        worker.exported.connect(self._on_exported)

    def _ask_path(self, kind: str) -> Path | None:
        _label, title, suffix, file_filter = CHOICES[kind]
        # beside the project by default: `net.pt` there starts the run when `net.json` is opened again
        path = self.document.path
        start = path.parent if path else Path(self.settings.value("files/last_dir", str(Path.home())))
        stem = path.stem if path else "network"
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(start / f"{stem}{suffix}"), file_filter)
        if not path:
            return None
        path = Path(path)
        return path if path.suffix == suffix else path.with_name(path.name + suffix)

    def export_script(self) -> None:
        path = self._ask_path("script")
        if path is None:
            return
        try:
            write_script(self.document.resolved_project(), path)
        except (ExportError, DataError) as exc:
            self._warn(str(exc))
            return
        self._on_exported("script", str(path), "")

    def export_onnx(self) -> None:
        self._export_run("onnx")

    def export_weights(self) -> None:
        self._export_run("weights")

    def _export_run(self, kind: str) -> None:
        """ONNX and weights: the worker holds the trained network, so it writes the file."""
        if self.worker.loaded_signature is None:
            self._warn("There is no network to export yet: fix the problems shown on the canvas first.")
            return
        path = self._ask_path(kind)
        if path is not None:
            self.worker.export(kind, str(path))

    def _on_exported(self, kind: str, path: str, error: str) -> None:
        if error:
            self._warn(error)
            return
        self.settings.setValue("files/last_dir", str(Path(path).parent))
        self.window.statusBar().showMessage(f"{WRITTEN[kind]} saved to {path}", 8000)

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self.window, "Export", message)

"""File > Export: the project as a PyTorch script, the run's network as ONNX, or its weights; the
run's curves as CSV and its plots as PNG or SVG (`plot_export.py`, also on each plot's right click).

The script is written here (pure Python: the window never imports torch); ONNX and weights come
from the trained network, which lives in the worker, so the worker writes them and answers with
`TrainingController.exported`. Every failure is a sentence in a message box.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from playground.core.curves_csv import CurveRow, write_curves_csv
from playground.core.datasets import DataError
from playground.core.i18n import translate, translate_later
from playground.core.write_errors import write_error
from playground.ui.document import Document
from playground.ui.live_plots import LivePlots
from playground.ui.plot_export import (FORMATS, PlotExportError, PlotTarget, attach_menus, bring_forward,
                                      plot_targets, save_plot)
from playground.ui.training import TrainingController

# kind -> (menu entry, dialog title, file suffix, file filter); shown through translate("ExportMenu", ...)
CHOICES = {
    "script": (translate_later("ExportMenu", "PyTorch &Script..."),
               translate_later("ExportMenu", "Export a PyTorch training script"), ".py",
               translate_later("ExportMenu", "Python script (*.py)")),
    "onnx": (translate_later("ExportMenu", "&ONNX..."),
             translate_later("ExportMenu", "Export the network as ONNX"), ".onnx",
             translate_later("ExportMenu", "ONNX model (*.onnx)")),
    "weights": (translate_later("ExportMenu", "&Weights..."),
                translate_later("ExportMenu", "Save the trained weights"), ".pt",
                translate_later("ExportMenu", "PyTorch weights (*.pt)")),
    "csv": (translate_later("ExportMenu", "&Curves as CSV..."),
            translate_later("ExportMenu", "Export the curves and metrics as CSV"), ".csv",
            translate_later("ExportMenu", "CSV table (*.csv)")),
}
# the status bar's sentence once a file is written, whole for each kind
WRITTEN = {"script": translate_later("ExportMenu", "Training script saved to {path}"),
           "onnx": translate_later("ExportMenu", "ONNX model saved to {path}"),
           "weights": translate_later("ExportMenu", "Weights saved to {path}"),
           "csv": translate_later("ExportMenu", "Curves saved to {path}"),
           "png": translate_later("ExportMenu", "Plot saved to {path}"),
           "svg": translate_later("ExportMenu", "Plot saved to {path}")}
NO_CURVES = translate_later("ExportMenu", "There are no curves to export yet: press Play to train the network first.")


class ExportMenu(QObject):
    """The Export submenu of a window's File menu, and what its entries do."""

    def __init__(self, window: QMainWindow, document: Document, worker: TrainingController, settings: QSettings,
                 plots: LivePlots | None = None):
        super().__init__(window)
        self.window, self.document, self.worker, self.settings = window, document, worker, settings
        self.plots = plots
        self.menu = QMenu(translate("ExportMenu", "&Export"), window)
        self.actions = {}
        for kind, (label, *_rest) in CHOICES.items():
            if kind == "csv":
                self.menu.addSeparator()  # the run's record, apart from the network's files
            action = self.menu.addAction(translate("ExportMenu", label))
            action.triggered.connect(getattr(self, f"export_{kind}"))
            self.actions[kind] = action
        self.actions["script"].setStatusTip(translate("ExportMenu", "A standalone Python file that trains this "
                                                      "network with torch (python net.py, or torchrun for several "
                                                      "processes)"))
        self.actions["weights"].setStatusTip(translate("ExportMenu", "The weights of the network trained so far, "
                                                       "for the exported script's --weights"))
        self.actions["csv"].setStatusTip(translate("ExportMenu", "The loss and accuracy of every point of the "
                                                   "curves, then the final metrics, for a spreadsheet or pandas"))
        # one submenu per format, listing the window's plots when it opens (the views change)
        self.plot_menus = {}
        for fmt, label in (("png", translate("ExportMenu", "Plot as &PNG")),
                           ("svg", translate("ExportMenu", "Plot as S&VG"))):
            submenu = self.menu.addMenu(label)
            submenu.aboutToShow.connect(getattr(self, f"_list_plots_{fmt}"))
            submenu.triggered.connect(self._plot_chosen)
            self.plot_menus[fmt] = submenu
        worker.exported.connect(self._on_exported)
        if plots is not None:
            attach_menus(plots, self.export_plot)
            plots.views.views_changed.connect(self._attach_plot_menus)

    def _ask_path(self, kind: str, name: str = "") -> Path | None:
        _label, title, suffix, file_filter = CHOICES[kind]
        return self._ask_file(translate("ExportMenu", title), suffix, translate("ExportMenu", file_filter), name)

    def _ask_file(self, title: str, suffix: str, file_filter: str, name: str = "") -> Path | None:
        """A file to write; `name` ("loss") goes into the proposed file name after the project's."""
        # beside the project by default: `net.pt` there starts the run when `net.json` is opened again
        path = self.document.path
        start = path.parent if path else Path(self.settings.value("files/last_dir", str(Path.home())))
        stem = (path.stem if path else "network") + (f"-{name}" if name else "")
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(start / f"{stem}{suffix}"), file_filter)
        if not path:
            return None
        path = Path(path)
        return path if path.suffix == suffix else path.with_name(path.name + suffix)

    def export_script(self) -> None:
        path = self._ask_path("script")
        if path is None:
            return
        # imported when first asked for: the script writer and its sources cost the window's
        # start-up ~20 ms (docs/PERFORMANCE.md)
        from playground.engine.export.script import write_script
        from playground.engine.export.source import ExportError

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
            self._warn(translate("ExportMenu", "There is no network to export yet: fix the problems shown on the "
                                 "canvas first."))
            return
        path = self._ask_path(kind)
        if path is not None:
            self.worker.export(kind, str(path))

    # ----- the run's curves and plots (drawn in the window: nothing to ask the worker) -----------
    def export_csv(self) -> None:
        points = self.plots.curves.recorded_points() if self.plots is not None else []
        if not points:
            self._warn(translate("ExportMenu", NO_CURVES))
            return
        path = self._ask_path("csv", "curves")
        if path is None:
            return
        try:
            write_curves_csv(path, points, self._final_row(), self.plots.curves.classification)
        except OSError as exc:
            self._warn(write_error(translate("ExportMenu", "The curves"), path, exc))
            return
        self._on_exported("csv", str(path), "")

    def _final_row(self) -> CurveRow | None:
        """The metrics the window shows now: the latest snapshot's, and the results panel's error
        and R² for a regression."""
        snap = self.worker.snapshot
        if snap is None:
            return None
        row = CurveRow(step=snap.step, epoch=snap.epoch, train_loss=snap.train_loss, test_loss=snap.test_loss,
                       train_accuracy=snap.train_accuracy, test_accuracy=snap.test_accuracy,
                       learning_rate=snap.learning_rate)
        results = self.plots.views.widget("results")
        for result in (results.payload.sets if results is not None and results.payload is not None else []):
            setattr(row, f"{result.part}_mae", result.mae)
            setattr(row, f"{result.part}_r2", result.r2)
        return row

    def export_plot(self, target: PlotTarget, fmt: str) -> None:
        """Ask where, then save `target` as `fmt` ("png" or "svg")."""
        path = self._ask_file(translate("ExportMenu", "Save the {plot} plot as {format}").format(
            plot=target.label, format=fmt.upper()), f".{fmt}", translate("plot_export", FORMATS[fmt]),
            target.file_stem())
        if path is None:
            return
        try:
            bring_forward(target.widget)  # a view in a back tab draws its latest payload
            self.plots.flush()
            save_plot(target, path, fmt)
        except PlotExportError as exc:
            self._warn(str(exc))
            return
        self._on_exported(fmt, str(path), "")

    def _attach_plot_menus(self) -> None:
        attach_menus(self.plots, self.export_plot)

    def _list_plots_png(self) -> None:
        self._list_plots("png")

    def _list_plots_svg(self) -> None:
        self._list_plots("svg")

    def _list_plots(self, fmt: str) -> None:
        submenu = self.plot_menus[fmt]
        submenu.clear()
        targets = [t for t in plot_targets(self.plots) if fmt in t.formats] if self.plots is not None else []
        for target in targets:
            action = submenu.addAction(target.label)
            action.setData(fmt)
            action.setProperty("target", target.name)
        if not targets:
            submenu.addAction(translate("ExportMenu", "No plot to save")).setEnabled(False)

    def _plot_chosen(self, action) -> None:
        name, fmt = action.property("target"), action.data()
        target = next((t for t in plot_targets(self.plots) if t.name == name), None)
        if target is not None:  # the views may have changed while the menu was open
            self.export_plot(target, fmt)

    def _on_exported(self, kind: str, path: str, error: str) -> None:
        if error:
            self._warn(error)
            return
        self.settings.setValue("files/last_dir", str(Path(path).parent))
        self.window.statusBar().showMessage(translate("ExportMenu", WRITTEN[kind]).format(path=path), 8000)

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self.window, translate("ExportMenu", "Export"), message)

"""The main window: palette, canvas, inspector, settings, live plots and the run controls."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (QDockWidget, QFileDialog, QLabel,
                               QMainWindow, QMessageBox, QSplitter, QToolBar, QVBoxLayout, QWidget)

from playground.core.datasets import FEATURES, DataError, resolve_paths, selected_features
from playground.core.example_titles import example_name, example_title
from playground.core.fixes import Fix
from playground.core.graph import GraphError
from playground.core.i18n import translate, translate_later
from playground.core.params import ParamError
from playground.core.project import Project, ProjectError, default_project, load_project
from playground.core.resources import examples_dir
from playground.core.settings import SettingsError
from playground.core.shapes import Analysis
from playground.core.task import Task
from playground.engine.runner import Runner
from playground.engine.snapshot import DIVERGED, FAILED, FINISHED, RUNNING, Snapshot
from playground.ui.autosave import Autosave, offer_recovery
from playground.ui.banner import Banner
from playground.ui.canvas.palette import Palette
from playground.ui.canvas.scene import CanvasScene
from playground.ui.canvas.view import CanvasView
from playground.ui.commands import SetWeight, apply_fix
from playground.ui.document import Document
from playground.ui.export_dialog import ExportMenu
from playground.ui.inspector import Inspector
from playground.ui.pins import PinBoard, pins_menu
from playground.ui.plots.boundary import BoundaryPlot
from playground.ui.presenter import PresenterMode, fill_panels_menu
from playground.ui.settings_panel import DataPanel, TrainingPanel
from playground.ui.slow_motion import SlowMotion
from playground.ui.speed_control import SpeedControl
from playground.ui.steady_label import SteadyLabel
from playground.ui.language import language_menu
from playground.ui.lessons_panel import Lessons
from playground.ui.live_plots import LivePlots
from playground.ui.problems_list import ProblemsList
from playground.ui.run_controller import RunController
from playground.ui.training import TrainingController

log = logging.getLogger(__name__)

APP_NAME = "Neural Playground"
EXAMPLES = examples_dir()  # File > Open Example lists these
READABLE_EXAMPLE_ZOOM = 0.6  # an example shown smaller than this is tidied up on opening
FILE_FILTER = translate_later("MainWindow", "Neural Playground projects (*.json);;All files (*)")
# the words a finished run's state adds to the read-out (the states themselves are identifiers)
STATE_WORDS = {DIVERGED: translate_later("MainWindow", "diverged"),
               FINISHED: translate_later("MainWindow", "finished"),
               FAILED: translate_later("MainWindow", "failed")}
Key = QKeySequence | QKeySequence.StandardKey | Qt.Key | str


def key_sequences(*keys: Key) -> list[QKeySequence]:
    """Every binding of `keys` (a standard key has several, which differ by platform), each once.

    One key twice among an action's shortcuts makes Qt call every press of it ambiguous and do
    nothing: redo held the platform's Redo and "Ctrl+Shift+Z", which on Linux are the same key.
    """
    found: dict[str, QKeySequence] = {}
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            sequences = QKeySequence.keyBindings(key)
        else:
            sequences = [QKeySequence(key)]
        for sequence in sequences:
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            if text:
                found.setdefault(text, sequence)
    return list(found.values())


class MainWindow(QMainWindow):
    def __init__(self, runner: Runner | None = None, document: Document | None = None,
                 settings: QSettings | None = None, autosave_folder: Path | None = None):
        """`autosave_folder`: where unsaved work is copied (ui/autosave.py); the app passes the
        user's app-data folder, None keeps no copies (tests, the bench)."""
        super().__init__()
        self.settings = settings or QSettings()
        self.document = document or Document(default_project())
        if self.document.parent() is None:
            self.document.setParent(self)  # dies with the window, not later in a GC pass
        self.controller = TrainingController(runner, self)  # the worker
        self.run = RunController(self.document, self.controller, self)  # the run's life
        self.speed_control = SpeedControl(self.settings)  # the pace is kept by the worker
        self.controller.speed = self.speed_control.speed()
        doc = self.document

        self.scene = CanvasScene(doc.project.graph, doc.undo_stack, self)
        self.view = CanvasView(self.scene)
        self.palette = Palette()
        self.inspector = Inspector(doc.project.graph, doc.undo_stack)
        self.data_panel = DataPanel(doc)
        self.training_panel = TrainingPanel(doc)
        self.live = LivePlots(self.scene, self._neuron_title, self)  # what moves while it trains
        self.views, self.plot_tabs = self.live.views, self.live.tabs
        self.curves, self.gradients, self.frames = self.live.curves, self.live.gradients, self.live.frames
        self.pins = PinBoard(doc, self.run, self.curves, self)  # pinned runs, ghosts on the curves
        self.problems = ProblemsList()
        self.problems.setMaximumHeight(96)  # two wrapped lines and their quick fix
        self.problems.node_chosen.connect(self._show_node)
        self.problems.fix_chosen.connect(self._apply_fix)
        self.banner = Banner()
        self.readout = SteadyLabel()  # changes with every snapshot
        self.play_reason = QLabel()
        self.play_reason.setStyleSheet("color: #b3261e;")
        self.presenter = PresenterMode(self, self.view, self.settings)
        self.slow_motion = SlowMotion(self.scene, self.controller, self)
        self._shown_once = False

        self._build_actions()
        self._build_layout()
        self._connect()
        self.autosave = None if autosave_folder is None else Autosave(doc, autosave_folder, self)
        if self.autosave is not None:
            self.autosave.failed.connect(self.show_status)
        self.lessons = Lessons(self)  # its dock, File menu entries, the open lesson's goal and controls
        self._update_title()
        self._on_analysis(doc.analysis)
        self._update_run_controls()
        self._restore_geometry()

    # ----- construction -----------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut: Key | tuple[Key, ...] | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        keys = key_sequences(*(shortcut if isinstance(shortcut, tuple) else (shortcut,))) if shortcut is not None else []
        action.setShortcuts(keys)
        key = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
        action.setToolTip(translate("MainWindow", "{tip} ({key})").format(tip=tip or text, key=key)
                          if keys else (tip or text))
        action.setStatusTip(tip or text)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        S = QKeySequence.StandardKey
        self.new_action = self._action(translate("MainWindow", "&New"), self.new_project, S.New,
                                       translate("MainWindow", "Start a new project"))
        self.open_action = self._action(translate("MainWindow", "&Open…"), self.open_dialog, S.Open,
                                        translate("MainWindow", "Open a project file"))
        self.save_action = self._action(translate("MainWindow", "&Save"), self.save, S.Save,
                                        translate("MainWindow", "Save the project"))
        self.save_as_action = self._action(translate("MainWindow", "Save &As…"), self.save_as, S.SaveAs,
                                           translate("MainWindow", "Save under another name"))
        self.quit_action = self._action(translate("MainWindow", "&Quit"), self.close, S.Quit,
                                        translate("MainWindow", "Close the window"))
        stack = self.document.undo_stack
        self.undo_action = self._action(translate("MainWindow", "&Undo"), stack.undo, S.Undo,
                                        translate("MainWindow", "Undo the last change"))
        # Ctrl+Shift+Z and Ctrl+Y on every platform, whichever of them its Redo names
        self.redo_action = self._action(translate("MainWindow", "&Redo"), stack.redo,
                                        (S.Redo, "Ctrl+Shift+Z", "Ctrl+Y"),
                                        translate("MainWindow", "Redo what was undone"))
        # fixed button texts (a changing "Undo Change learning rate" would push Play sideways);
        # what would be undone goes in the tooltip
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._undo_text_changed)
        stack.redoTextChanged.connect(self._redo_text_changed)
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.play_action = self._action(translate("MainWindow", "Play"), self.toggle_play, Qt.Key.Key_Space,
                                        translate("MainWindow", "Start or pause training"))
        self._play_tip = self.play_action.toolTip()  # back in place once Play is on again
        self.step_action = self._action(translate("MainWindow", "Step"), self.step, "Ctrl+Right",
                                        translate("MainWindow", "Train one batch"))
        self.epoch_action = self._action(translate("MainWindow", "Epoch"), self.step_epoch, "Ctrl+Shift+Right",
                                         translate("MainWindow", "Train to the end of the epoch"))
        self.slow_action = self._action(translate("MainWindow", "Slow step"), self.slow_step, "F6",
                                        translate("MainWindow", "One step in slow motion: forward pass, loss, "
                                                                "backward pass, update, one per key press"))
        # a GAN's slow step is a round (ui/slow_motion.py): its own tooltip while a GAN is loaded
        self._slow_tips = (self.slow_action.toolTip(), translate(
            "MainWindow", "One GAN round in slow motion, one phase per key press: D's steps, then G's, each as "
            "generate, score, loss, gradients, update ({key})").format(key="F6"))
        self.reset_action = self._action(translate("MainWindow", "Reset"), self.reset, "Ctrl+R",
                                         translate("MainWindow", "New random weights, training from step 0"))
        self.reset_same_action = self._action(
            translate("MainWindow", "Reset with the Same Weights"), self.reset_same_weights, None,
            translate("MainWindow", "Start again from this run's initial weights: compared with a pinned run, "
                                    "only what you changed differs"))
        self.fit_action = self._action(translate("MainWindow", "Fit to view"), self.view.fit_to_view, "Ctrl+0",
                                       translate("MainWindow", "Show the whole network"))
        self.layout_action = self._action(translate("MainWindow", "Tidy up"), self.view.auto_layout, "Ctrl+L",
                                          translate("MainWindow", "Arrange the layers neatly"))
        self.presenter_action = self._action(translate("MainWindow", "&Presenter mode"), self.presenter.toggle, "F5",
                                             translate("MainWindow", "Large type and the side panels hidden, "
                                                                     "for a projector"))
        self.presenter_action.setCheckable(True)
        self.presenter.toggled.connect(self.presenter_action.setChecked)

    def _build_layout(self) -> None:
        self.setWindowTitle(APP_NAME)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        toolbar = QToolBar(translate("MainWindow", "Run"))
        toolbar.setObjectName("run-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.open_action, self.save_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        for action in (self.play_action, self.step_action, self.epoch_action, self.slow_action, self.reset_action):
            toolbar.addAction(action)
        self.play_button = toolbar.widgetForAction(self.play_action)
        self.play_button.setObjectName("play-button")
        self.play_button.setMinimumWidth(80)
        toolbar.addWidget(self.speed_control)
        toolbar.addSeparator()
        toolbar.addWidget(self.readout)
        toolbar.addWidget(self.play_reason)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addAction(self.layout_action)
        toolbar.addAction(self.fit_action)
        self.addToolBar(toolbar)
        self.run_toolbar = toolbar
        self.setStyleSheet("QToolBar { spacing: 6px; padding: 4px; } "
                           "QToolButton#play-button { font-weight: bold; background: #ff9f1c; "
                           "border-radius: 4px; padding: 4px 12px; }")

        menu = self.menuBar()
        file_menu = menu.addMenu(translate("MainWindow", "&File"))
        for action in (self.new_action, self.open_action):
            file_menu.addAction(action)
        examples = file_menu.addMenu(translate("MainWindow", "Open &Example"))
        for path in sorted(EXAMPLES.glob("*.json")):
            act = examples.addAction(example_name(path))
            act.triggered.connect(lambda _=False, p=path: self.open_example(p))
        examples.setEnabled(bool(examples.actions()))
        file_menu.addSeparator()
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.save_as_action)
        self.export_menu = ExportMenu(self, self.document, self.controller, self.settings, self.live)
        file_menu.addMenu(self.export_menu.menu)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu(translate("MainWindow", "&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        view_menu = menu.addMenu(translate("MainWindow", "&View"))
        view_menu.addAction(self.fit_action)
        view_menu.addAction(self.layout_action)
        view_menu.addSeparator()
        view_menu.addAction(self.presenter_action)
        self.panels_menu = view_menu.addMenu(translate("MainWindow", "P&anels"))  # filled once the docks exist
        view_menu.addSeparator()
        view_menu.addMenu(language_menu(self.settings, self, self.show_status))
        run_menu = menu.addMenu(translate("MainWindow", "&Run"))
        for action in (self.play_action, self.step_action, self.epoch_action, self.slow_action, self.reset_action,
                       self.reset_same_action):
            run_menu.addAction(action)
        run_menu.addSeparator()
        self.pins_menu = pins_menu(self.pins, self)
        run_menu.addMenu(self.pins_menu)

        centre = QWidget()
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.presenter.counter)  # presenter mode only
        column.addWidget(self.slow_motion.caption)  # while a step is shown in slow motion
        column.addWidget(self.view, 1)
        problems_label = self.problems_label = QLabel(translate("MainWindow", "  Problems"))
        problems_label.setStyleSheet("color: #555; padding-top: 4px;")
        column.addWidget(problems_label)
        column.addWidget(self.problems)

        plots = QSplitter(Qt.Orientation.Vertical)
        plots.addWidget(self.views.top)
        plots.addWidget(self.plot_tabs)
        self.plots_splitter = plots
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(centre)
        splitter.addWidget(plots)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.setCentralWidget(splitter)

        left = Qt.DockWidgetArea.LeftDockWidgetArea
        self.layers_dock = self._dock(translate("MainWindow", "Layers"), self.palette, left, "layers")
        self.inspector_dock = self._dock(translate("MainWindow", "Inspector"), self.inspector, left, "inspector")
        self.data_dock = self._dock(translate("MainWindow", "Data"), self.data_panel, left, "data")
        self.training_dock = self._dock(translate("MainWindow", "Training"), self.training_panel, left, "training")
        self.tabifyDockWidget(self.data_dock, self.training_dock)
        self.tabifyDockWidget(self.training_dock, self.inspector_dock)
        self.data_dock.raise_()
        fill_panels_menu(self.panels_menu, [self.layers_dock, self.inspector_dock, self.data_dock,
                                            self.training_dock])
        # a demo needs the canvas's height more than these (Play says why it is off)
        self.presenter.hidden_widgets = [self.problems_label, self.problems, self.statusBar()]
        self.statusBar().showMessage(translate("MainWindow", "Drag layers from the left onto the canvas; press Space "
                                                     "to train."))

    def toolbar_widget(self, action: QAction) -> QWidget:
        """The toolbar's button for `action`."""
        return self.run_toolbar.widgetForAction(action)

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    def _undo_text_changed(self, text: str) -> None:
        self.undo_action.setToolTip(translate("MainWindow", "Undo {change} (Ctrl+Z)").format(change=text) if text
                                    else translate("MainWindow", "Nothing to undo"))

    def _redo_text_changed(self, text: str) -> None:
        self.redo_action.setToolTip(translate("MainWindow", "Redo {change} (Ctrl+Shift+Z)").format(change=text) if text
                                    else translate("MainWindow", "Nothing to redo"))

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea, name: str | None = None) -> QDockWidget:
        """`name`: the word of the dock's object name (its English title's, lower case), the same in
        every language: the saved window state and presenter mode's choice of panels find docks by it.
        Give it whenever `title` is translated."""
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{name or title.lower()}")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable |
                         QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        return dock

    def _connect(self) -> None:
        doc, ctl = self.document, self.controller
        doc.analysis_changed.connect(self._on_analysis)
        doc.data_changed.connect(self._on_data_changed)
        doc.file_changed.connect(self._update_title)
        doc.project_replaced.connect(self._on_project_replaced)
        ctl.latest.connect(self._on_snapshot)
        ctl.snapshots_arrived.connect(self._on_snapshots)
        ctl.state_changed.connect(self._update_run_controls)
        self.run.notice.connect(self._show_notice)
        self.run.notice_cleared.connect(self.banner.hide)
        self.run.controls_changed.connect(self._update_run_controls)
        self.run.run_hidden.connect(self._on_run_hidden)
        self.run.run_shown.connect(self._on_run_shown)
        ctl.worker_ready.connect(self._on_worker_ready)
        self.speed_control.speed_changed.connect(ctl.set_speed)
        ctl.run_loaded.connect(self.live.clear)
        self.palette.add_requested.connect(self._add_from_palette)
        # bound methods, never lambdas, on signals of objects that may outlive or die with the
        # window: Qt cuts a bound method's connection when the window goes, a lambda's it cannot
        for source in (self.scene, self.view, self.inspector, self.pins):
            source.status_message.connect(self.show_status)
        self.scene.current_node_changed.connect(self._on_current_node)
        self.scene.neuron_hovered.connect(self._on_neuron_hovered)
        self.scene.neuron_clicked.connect(self.explain_neuron)
        self.inspector.explain_requested.connect(self.explain_neuron)
        self.view.weight_edited.connect(self.set_weight)
        self.views.configure.connect(self._configure_view)

    # ----- start-up and shutdown ---------------------------------------------------------------
    def start_worker(self) -> None:
        """Spawn the training worker and queue the first run; the worker warms up meanwhile."""
        self.run.start()

    def offer_recovery(self) -> bool:
        """Offer back the work of an app that closed unexpectedly; True if the user recovered it."""
        return self.autosave is not None and offer_recovery(self, self.autosave, APP_NAME)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            QTimer.singleShot(0, self._first_layout)  # once the window has its real size

    def _first_layout(self) -> None:
        """Give the canvas the room, the plots a fixed share, then fit the network in view."""
        split, plots_split = self.settings.value("window/split"), self.settings.value("window/plots_split")
        if split is None or not self.centralWidget().restoreState(split):
            # the views (images, feature maps, confusion) need room to be read from the back
            width = self.centralWidget().width()
            plots = min(820, max(380, int(width * 0.45)))
            self.centralWidget().setSizes([width - plots, plots])
        if plots_split is None or not self.plots_splitter.restoreState(plots_split):
            height = self.plots_splitter.height()
            self.plots_splitter.setSizes([int(height * 0.55), height - int(height * 0.55)])
        self.view.fit_to_view()

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1440, 900)
            # wide enough for the four panel tabs (Data, Training, Inspector, Lessons) to show whole
            self.resizeDocks([self.layers_dock], [285], Qt.Orientation.Horizontal)
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if not self._maybe_keep_work():
            event.ignore()
            return
        if self.autosave is not None:
            self.autosave.close()  # saved or discarded by the user: nothing to recover
        self.presenter.leave()  # the layout saved for the next start is the everyday one
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/split", self.centralWidget().saveState())
        self.settings.setValue("window/plots_split", self.plots_splitter.saveState())
        self.controller.close()
        event.accept()

    # ----- files ------------------------------------------------------------------------------
    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.document.display_name}[*] — {APP_NAME}")
        self.setWindowModified(self.document.modified)

    def _maybe_keep_work(self) -> bool:
        """True when it is fine to drop the current project (saved, discarded, or unchanged)."""
        if not self.document.modified:
            return True
        answer = QMessageBox.question(
            self, APP_NAME, translate("MainWindow", "Save the changes to {name}?").format(
                name=self.document.display_name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard |
            QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_project(self) -> None:
        if self._maybe_keep_work():
            self.document.replace(default_project(), None)

    def open_dialog(self) -> None:
        if not self._maybe_keep_work():
            return
        start = self.settings.value("files/last_dir", str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(self, translate("MainWindow", "Open project"), start,
                                              translate("MainWindow", FILE_FILTER))
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> bool:
        try:
            self.document.open(path)
        except ProjectError as exc:
            QMessageBox.warning(self, APP_NAME, translate("MainWindow", "Could not open {name}:\n\n{error}").format(
                name=Path(path).name, error=exc))
            return False
        self.settings.setValue("files/last_dir", str(Path(path).parent))
        self.statusBar().showMessage(translate("MainWindow", "Opened {path}").format(path=path), 5000)
        return True

    def open_example(self, path: Path) -> None:
        """Open an example as a new, unsaved project, so the shipped file is never overwritten."""
        if not self._maybe_keep_work():
            return
        try:
            project = load_project(path)
        except ProjectError as exc:
            QMessageBox.warning(self, APP_NAME,
                                translate("MainWindow", "Could not open the example:\n\n{error}").format(error=exc))
            return
        # a file it ships (a CSV) is named relative to the example: made absolute before the
        # document shows it, since the unsaved copy has no folder of its own
        project.data.params = resolve_paths(project.data.params, str(Path(path).parent))
        project.title = example_title(Path(path), project.title)  # in the app's language
        self.show_unsaved(project)

    def show_unsaved(self, project: Project) -> None:
        """Show `project` as a new, unsaved project (an example, a lesson), laid out to be read."""
        self.document.replace(project, None)
        if self.view.zoom() < READABLE_EXAMPLE_ZOOM:  # a deep chain in one row: wrap it into bands
            self.view.auto_layout()
            self.document.undo_stack.clear()  # how the example arrives, not an edit to undo
        self.document.file_changed.emit()

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        start = self.settings.value("files/last_dir", str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(self, translate("MainWindow", "Save project"), start,
                                              translate("MainWindow", FILE_FILTER))
        if not path:
            return False
        if not path.endswith(".json"):
            path += ".json"
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except OSError as exc:
            QMessageBox.warning(self, APP_NAME, translate("MainWindow", "Could not save to {path}:\n\n{error}").format(
                path=path, error=exc.strerror or exc))
            return False
        self.settings.setValue("files/last_dir", str(path.parent))
        self.statusBar().showMessage(translate("MainWindow", "Saved {path}").format(path=path), 5000)
        return True

    # ----- canvas and analysis ------------------------------------------------------------------
    def _add_from_palette(self, kind: str) -> None:
        self.view.add_layer_at_centre(kind)

    def _on_current_node(self, node_id) -> None:
        self.inspector.set_node(node_id)
        if node_id is not None:
            self.inspector_dock.raise_()

    def _on_analysis(self, analysis: Analysis) -> None:
        self._update_views()
        self.scene.set_analysis(analysis)
        self.scene.set_input_labels(self._feature_labels())  # the data set may have changed
        self.inspector.set_analysis(analysis)
        self.problems.show_analysis(analysis, self.document.project.graph)
        self._update_run_controls()

    def _show_node(self, node_id: int) -> None:
        if node_id in self.document.project.graph.nodes:
            self.scene.select_nodes([node_id])
            self.view.centerOn(self.scene.node_item(node_id))

    def _apply_fix(self, fix: Fix) -> None:
        project = self.document.project
        try:
            apply_fix(self.document.undo_stack, project.graph, project.training, fix)
        except (GraphError, SettingsError) as exc:  # the network changed under the listed fix
            self.statusBar().showMessage(translate("MainWindow", "That fix no longer applies: {error}").format(
                error=exc), 8000)
            return
        self.statusBar().showMessage(translate("MainWindow", "{fix} (Ctrl+Z undoes it).").format(fix=fix.label), 5000)

    # ----- runs -------------------------------------------------------------------------------
    def _show_notice(self, text: str, kind: str, action: str) -> None:
        self.banner.show_message(text, kind, action, self.run.reset if action else None)

    def _on_data_changed(self) -> None:
        self._update_views(data_changed=True)

    def _on_project_replaced(self) -> None:
        self.live.clear()  # the old run's curves must not linger until the new run arrives
        self.view.fit_to_view()
        self.run.load()

    def toggle_play(self) -> None:
        reason = self.run.toggle_play()
        if reason:
            self.statusBar().showMessage(reason, 8000)

    def step(self) -> None:
        self.run.step()

    def step_epoch(self) -> None:
        self.run.step_epoch()

    def slow_step(self) -> None:
        self.run.slow_step()

    def reset(self) -> None:
        self.run.reset()

    def reset_same_weights(self) -> None:
        self.run.reset(same_weights=True)

    def _update_run_controls(self, _state: str = "") -> None:
        ok = self.document.analysis.ok
        running = self.controller.state == RUNNING
        self.play_action.setText(translate("MainWindow", "Pause") if running else translate("MainWindow", "Play"))
        self.play_action.setEnabled(ok or running)
        for action in (self.step_action, self.epoch_action, self.slow_action, self.reset_action,
                       self.reset_same_action):
            action.setEnabled(ok)
        task = self.task
        self.slow_action.setToolTip(self._slow_tips[bool(task is not None and task.gan)])
        if ok:
            self.play_reason.setText("")
            self.play_action.setToolTip(self._play_tip)
        else:
            reason = self.document.analysis.first_error()
            shown = reason if len(reason) < 90 else reason[:87] + "…"
            self.play_reason.setText(translate("MainWindow", "  Play is off: {reason}").format(reason=shown))
            self.play_reason.setToolTip(reason)
            self.play_action.setToolTip(translate("MainWindow", "Fix the problems first: {reason}").format(
                reason=reason))
        self._update_readout()

    def _update_readout(self, snap: Snapshot | None = None) -> None:
        snap = snap or self.run.shown_snapshot
        state = self.controller.state
        # the read-out is a list of separate facts, each translated whole, joined by " · "
        if snap is None:
            parts = [translate("MainWindow", "Epoch 0 · Step 0")]
            if not self.controller.ready and not self.controller.lost:
                parts.append(translate("MainWindow", "starting the engine…"))
        else:
            parts = [translate("MainWindow", "Epoch {epoch:,.1f} · Step {step:,}").format(epoch=snap.epoch,
                                                                                           step=snap.step)]
            if state == RUNNING and snap.steps_per_second:
                parts.append(translate("MainWindow", "{rate:,.0f} steps/s").format(rate=snap.steps_per_second))
            parts.append(translate("MainWindow", "lr {rate:g}").format(rate=snap.learning_rate))
            parts.append(snap.device)
        self.presenter.counter.show_snapshot(snap)
        if state in STATE_WORDS:
            parts.append(translate("MainWindow", STATE_WORDS[state]))
        self.readout.setText(" · ".join(parts))

    def _on_worker_ready(self, devices: list[str]) -> None:
        self.training_panel.set_devices(devices)
        self._update_readout()
        self.statusBar().showMessage(translate("MainWindow", "Engine ready on {devices}").format(
            devices=", ".join(devices)), 4000)

    # ----- plots --------------------------------------------------------------------------------
    @property
    def task(self) -> Task | None:
        return self.document.task

    @property
    def boundary(self) -> BoundaryPlot | None:
        """The decision-boundary (or function-fit) plot, when the task has one."""
        return self.live.boundary

    def _update_views(self, data_changed: bool = False) -> None:
        """Lay out the views the task gets (when it changed) and give them the data's points
        (numpy only: no torch here)."""
        from playground.engine.data import load_dataset

        task = self.task
        self.scene.set_neuron_placeholders(task is not None and task.neuron_maps)
        changed = self.views.set_task(task, self.document.analysis.first_error())
        self.data_panel.drawing.attach(self.boundary)  # drawn points are drawn on this plot
        # a GAN's two losses are D's and G's, not a training and a test set's
        self.curves.set_series_labels(*(("D", "G") if task is not None and task.gan
                                        else (translate("MainWindow", "train"), translate("MainWindow", "test"))))
        self.live.name_curves_tab(task is None or task.classification)
        if changed:
            self.presenter.refresh_plots()
        if not (changed or data_changed) or not self.views.needs_data:
            return
        project = self.document.resolved_project()
        try:
            bundle = load_dataset(project.data.dataset, project.data.params)
        except DataError as exc:
            self.views.show_message(str(exc))
            return
        self.views.set_data(bundle)

    def explain_neuron(self, node_id: int, unit: int) -> None:
        """Show how neuron `unit` of layer `node_id` computes its value (the Explain view)."""
        self.views.choose("explain", {"node": node_id, "neuron": unit})

    def set_weight(self, node_id: int, unit: int, index: int, old: float, new: float) -> None:
        """A weight typed on the canvas: one undo step that reaches the run the worker trains."""
        node = self.document.project.graph.nodes.get(node_id)
        if node is None or not self.run.fits:
            self.show_status(translate("MainWindow", "That weight belongs to a run that no longer fits the network: "
                                                     "nothing changed."))
            return
        self.document.undo_stack.push(SetWeight(self.controller, node_id, unit, index, old, new,
                                                         self._neuron_name(node.label, unit)))

    def _configure_view(self, name: str, options: dict) -> None:
        self.controller.configure_view(name, **options)
        if name == "explain" and "node" in options:  # the canvas frames the neuron explained
            node = self.document.project.graph.nodes.get(options["node"])
            self.scene.mark_explained(options["node"] if node is not None and node.kind == "Dense" else None,
                                      int(options.get("neuron") or 0))

    # ----- live plots -----------------------------------------------------------------------------
    def flush_plots(self) -> None:
        """Draw every waiting slice now (tests, and readers that need the plots current)."""
        self.live.flush()

    def _on_neuron_hovered(self, target: tuple[int, int] | None) -> None:
        self.live.hover(target, self.controller.snapshot)

    def _neuron_title(self, node_id: int, unit: int) -> str:
        """"Dense 4, neuron 2"; for the Input, the feature it shows ("Input 1: X₁²")."""
        project = self.document.project
        node = project.graph.nodes.get(node_id)
        if node is None:
            return translate("MainWindow", "neuron {n}").format(n=unit + 1)
        features = self.scene.input_labels if node.kind == "Input" else []  # set by _on_analysis
        if unit < len(features):
            return translate("MainWindow", "{layer}: {feature}").format(layer=node.label, feature=features[unit])
        return self._neuron_name(node.label, unit)

    @staticmethod
    def _neuron_name(layer: str, unit: int) -> str:
        """"Dense 4, neuron 2": a neuron in a plot's title and in an undo text."""
        return translate("MainWindow", "{layer}, neuron {n}").format(layer=layer, n=unit + 1)

    def _feature_labels(self) -> list[str]:
        """The names of the input features the data set feeds (plane data sets), in order."""
        data = self.document.project.data
        try:
            keys = selected_features(data.complete())
        except (DataError, ParamError):  # settings being edited: no names for now
            return []
        labels = dict(FEATURES)
        return [labels[key] for key in keys]

    def _on_snapshots(self, snapshots: list[Snapshot]) -> None:
        if not self.run.hidden:
            self.live.add(snapshots)

    def _on_snapshot(self, snap: Snapshot) -> None:
        if not self.run.hidden:
            self.live.show(snap)
            self._update_readout(snap)

    def _on_run_hidden(self) -> None:
        """The canvas is empty: the run it trained is kept for undo, but nothing of it is shown."""
        self.live.put_away()
        self._update_readout()

    def _on_run_shown(self) -> None:
        self.live.bring_back(self.controller.snapshot)
        self._update_readout()


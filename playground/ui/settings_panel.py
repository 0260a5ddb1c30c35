"""The Data and Training panels: every run setting, edited through the document's undo stack."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDoubleSpinBox, QFileDialog, QGroupBox,
                               QHBoxLayout, QLabel, QLayout, QMessageBox, QPushButton, QScrollArea,
                               QToolButton, QVBoxLayout, QWidget)

from playground.core import catalog
from playground.core.datasets import DATASETS, DRAWN, DataError, DatasetSpec, dataset_help, dataset_label, family_label
from playground.core.drawn_points import save_points_csv
from playground.core.gan import is_gan
from playground.core.i18n import translate, translate_later
from playground.core.params import ParamSet
from playground.ui.document import Document
from playground.ui.param_editors import ParamForm, shrinkable
from playground.ui.plots import colors
from playground.ui.point_drawing import PointDrawing

DEVICE_LABELS = {"auto": translate_later("TrainingPanel", "Auto (GPU if present)"), "cpu": "CPU", "cuda": "CUDA GPU",
                 "mps": translate_later("TrainingPanel", "Apple GPU (MPS)")}


def dataset_tooltip(spec: DatasetSpec) -> str:
    """A data set's family and description, as its tooltip (the Data panel's list, the picker's grid)."""
    return translate("DataPanel", "{family}: {help}").format(family=family_label(spec.family), help=dataset_help(spec))


def _scrolling_column(panel: QWidget, *items: QWidget | QLayout) -> None:
    """Fill `panel` with `items` stacked top to bottom in a vertical scroll area."""
    inner = QWidget()
    column = QVBoxLayout(inner)
    for item in items:
        if isinstance(item, QLayout):
            column.addLayout(item)
        else:
            column.addWidget(item)
    column.addStretch(1)
    outer = QVBoxLayout(panel)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(_scrolling(inner))


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    # scroll down only: a form scrolled sideways hides its fields; the editors shrink instead
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


def _button(text: str, tooltip: str, clicked) -> QPushButton:
    button = QPushButton(text)
    if tooltip:
        button.setToolTip(tooltip)
    button.clicked.connect(clicked)
    return button


class DataPanel(QWidget):
    """Data set choice, its options, a file/folder chooser where it needs one, and Regenerate."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.combo = shrinkable(QComboBox())
        self.combo.setToolTip(translate("DataPanel", "The data the network learns from."))
        family = None
        for spec in DATASETS.values():
            if spec.family != family:
                if family is not None:
                    self.combo.insertSeparator(self.combo.count())
                family = spec.family
            self.combo.addItem(dataset_label(spec), spec.name)
            self.combo.setItemData(self.combo.count() - 1, dataset_tooltip(spec), Qt.ItemDataRole.ToolTipRole)
        self.combo.activated.connect(self._dataset_chosen)
        self.pictures = _button(translate("DataPanel", "Pictures…"), translate(
            "DataPanel", "See every data set as a picture, with its description, and pick one."), self.show_picker)
        self.picker = None  # made when first asked for: its pictures cost nothing at start-up
        choice = QHBoxLayout()
        choice.addWidget(self.combo, 1)
        choice.addWidget(self.pictures)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: #555;")
        self.form = ParamForm()
        self.form.edited.connect(lambda name, value: document.set_setting("data", name, value))
        self.browse = _button(translate("DataPanel", "Choose…"), "", self._browse)
        self.regenerate = _button(translate("DataPanel", "Regenerate"),
                                  translate("DataPanel", "New random data with the next seed."), self._regenerate)
        self.edit_points = _button(translate("DataPanel", "Draw on these points"), translate(
            "DataPanel", "Make these points a drawn data set you can change: add, move and erase points on the plot."),
            self._edit_these_points)
        self.draw_images = _button(translate("DataPanel", "Draw images…"), translate(
            "DataPanel", "Draw a few images of each class with the mouse into a folder, then train on them."),
            self.show_drawing_pad)
        self.pad = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.browse)
        buttons.addWidget(self.regenerate)
        buttons.addWidget(self.draw_images)
        buttons.addStretch(1)
        self.drawing = PointDrawing(document, self)
        self.draw_box = DrawBox(self.drawing)
        _scrolling_column(self, choice, self.help, self.draw_box, self.form, buttons,
                          self.edit_points)
        self._shown: ParamSet | None = None
        document.data_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        name = self.document.project.data.dataset
        spec = DATASETS[name]
        self.combo.setCurrentIndex(self.combo.findData(name))
        self.help.setText(dataset_help(spec))
        if self._shown is not spec.params:
            self._shown = spec.params
            # drawn points are edited on the plot, not in a form field
            self.form.set_params(ParamSet(tuple(p for p in spec.params if p.kind != "points")),
                                 self.document.data_values())
        else:
            self.form.set_values(self.document.data_values())
        self.browse.setVisible(spec.params.get("path") is not None)
        self.regenerate.setVisible(spec.params.get("seed") is not None)
        self.draw_images.setVisible(spec.family == "image")
        self.edit_points.setVisible(spec.family.startswith("2d-") and name not in DRAWN)
        self.draw_box.refresh()

    def show_picker(self) -> None:
        from playground.ui.dataset_picker import DatasetPicker

        if self.picker is None:
            self.picker = DatasetPicker(self.document, self)
        self.picker.show()
        self.picker.raise_()

    def show_drawing_pad(self) -> None:
        from playground.ui.drawing_pad import DrawingPad

        data = self.document.project.data
        folder = data.params.get("path") if data.dataset == "image_folder" else None
        self.pad = DrawingPad(self.document, folder or None, self)
        self.pad.show()

    def _dataset_chosen(self, index: int) -> None:
        name = self.combo.itemData(index)
        if name and name != self.document.project.data.dataset:
            self.document.set_setting("data", "dataset", name)

    def _regenerate(self) -> None:
        seed = self.document.data_values().get("seed", 0)
        self.document.set_setting("data", "seed", (seed + 1) % (2**31 - 1))

    def _edit_these_points(self) -> None:
        """The current 2-D set's points (train and test) as a drawn set: one undo step."""
        from playground.engine.data import load_dataset  # numpy only
        from playground.engine.data.drawn import bundle_points

        project = self.document.project
        try:
            bundle = load_dataset(project.data.dataset, project.data.params)
        except DataError as exc:
            QMessageBox.warning(self, translate("DataPanel", "Cannot draw on these points"), str(exc))
            return
        points, n_classes = bundle_points(bundle)
        features = {k: v for k, v in self.document.data_values().items() if k.startswith("feature_")}
        stack = self.document.undo_stack
        stack.beginMacro(translate("DataPanel", "Draw on the {name} points").format(
            name=dataset_label(DATASETS[project.data.dataset])))
        try:
            self.document.set_setting("data", "dataset", "drawn" if n_classes else "drawn_values")
            if n_classes:
                self.document.set_setting("data", "n_classes", max(n_classes, 2))
            for key, value in features.items():
                self.document.set_setting("data", key, value)
            self.document.set_setting("data", "points", points)
        finally:
            stack.endMacro()

    def _browse(self) -> None:
        name = self.document.project.data.dataset
        if DATASETS[name].family == "table":
            path, _ = QFileDialog.getOpenFileName(self, translate("DataPanel", "Choose a CSV file"), "",
                                                  translate("DataPanel", "CSV files (*.csv);;All files (*)"))
        else:
            path = QFileDialog.getExistingDirectory(self, translate("DataPanel", "Choose the folder with the {name} files")
                                                    .format(name=dataset_label(DATASETS[name])))
        if path:
            self.document.set_setting("data", "path", path)


class DrawBox(QGroupBox):
    """The tools of a drawn data set: the class (or value) new points get, erase mode, clear,
    and saving the points as a CSV file."""

    def __init__(self, drawing: PointDrawing, parent: QWidget | None = None):
        super().__init__(translate("DrawBox", "Draw on the plot"), parent)
        self.drawing = drawing
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.classes = QButtonGroup(self)
        self.classes.idClicked.connect(drawing.set_class)
        self.class_row = QHBoxLayout()
        self.value = QDoubleSpinBox()
        self.value.setRange(-10.0, 10.0)
        self.value.setSingleStep(0.5)
        self.value.setToolTip(translate("DrawBox", "The value a new point gets (keys 1-5 choose -1, -0.5, 0, 0.5, 1)."))
        self.value.valueChanged.connect(drawing.set_value)
        self.value_label = QLabel(translate("DrawBox", "Value of new points"))
        self.erase = QToolButton()
        self.erase.setText(translate("DrawBox", "Erase"))
        self.erase.setCheckable(True)
        self.erase.setToolTip(translate("DrawBox", "Click a point to remove it (a right click always does)."))
        self.erase.toggled.connect(drawing.set_erase)
        self.clear = _button(translate("DrawBox", "Clear"), translate(
            "DrawBox", "Remove every point (Ctrl+Z brings them back)."), drawing.clear_points)
        self.save = _button(translate("DrawBox", "Save as CSV…"), translate(
            "DrawBox", "Write the points to a CSV file (columns x1, x2 and the class or value): the 'Table (CSV file)' "
            "data set reads it back."), self._save_csv)
        value_row = QHBoxLayout()
        value_row.addWidget(self.value_label)
        value_row.addWidget(self.value)
        value_row.addStretch(1)
        tools = QHBoxLayout()
        tools.addWidget(self.erase)
        tools.addWidget(self.clear)
        tools.addStretch(1)
        self.class_row.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.hint)
        column.addLayout(self.class_row)
        column.addLayout(value_row)
        column.addLayout(tools)
        column.addWidget(self.save, 0, Qt.AlignmentFlag.AlignLeft)
        drawing.changed.connect(self.refresh)
        self._n_buttons = -1

    def refresh(self) -> None:
        drawing = self.drawing
        self.setVisible(drawing.active)
        if not drawing.active:
            return
        n = len(drawing.points())
        k = drawing.n_classes
        if k:
            hint = (translate("DrawBox", "{n} point. Click: add; drag: move; right-click: remove; keys 1-{k}: class.")
                    if n == 1 else
                    translate("DrawBox", "{n} points. Click: add; drag: move; right-click: remove; keys 1-{k}: class."))
        else:
            hint = (translate("DrawBox", "{n} point. Click: add; drag: move; right-click: remove; keys 1-5: value.")
                    if n == 1 else
                    translate("DrawBox", "{n} points. Click: add; drag: move; right-click: remove; keys 1-5: value."))
        self.hint.setText(hint.format(n=n, k=k))
        if k != self._n_buttons:
            self._n_buttons = k
            for button in self.classes.buttons():
                self.classes.removeButton(button)
                button.deleteLater()
            for i in range(k):
                button = QToolButton()
                button.setText(f"{i + 1}")
                button.setCheckable(True)
                button.setToolTip(translate("DrawBox", "New points are class {i} (key {key}).").format(i=i, key=i + 1))
                button.setStyleSheet(f"QToolButton {{ border: 2px solid {colors.hex_color(colors.class_color(i))}; "
                                     "min-width: 22px; } QToolButton:checked { background: "
                                     f"{colors.hex_color(colors.class_color(i))}; color: white; }}")
                self.classes.addButton(button, i)
                self.class_row.insertWidget(i, button)
        button = self.classes.button(drawing.current_class)
        if button is not None:
            button.setChecked(True)
        self.value.setVisible(not k)
        self.value_label.setVisible(not k)
        if self.value.value() != drawing.current_value:
            self.value.setValue(drawing.current_value)
        self.erase.setChecked(drawing.erase)
        self.save.setEnabled(n > 0)

    def _save_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, translate("DrawBox", "Save the points as CSV"), "points.csv",
                                              translate("DrawBox", "CSV files (*.csv)"))
        if not path:
            return
        try:
            save_points_csv(path, self.drawing.points(), self.drawing.classification)
        except OSError as exc:
            QMessageBox.warning(self, translate("DrawBox", "Not saved"), translate(
                "DrawBox", "The points could not be written to {path}: {why}.").format(path=path, why=exc.strerror or exc))


class TrainingPanel(QWidget):
    """Loss, optimizer and its settings, learning rate, batch size, regularization, device."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.loss = shrinkable(QComboBox())
        for spec in catalog.LOSSES.values():
            self.loss.addItem(translate("catalog", spec.label), spec.name)
            self.loss.setItemData(self.loss.count() - 1, translate("catalog", spec.help), Qt.ItemDataRole.ToolTipRole)
        self.loss.activated.connect(lambda i: document.set_setting("training", "loss", self.loss.itemData(i)))
        self.optimizer = shrinkable(QComboBox())
        for spec in catalog.OPTIMIZERS.values():
            self.optimizer.addItem(translate("catalog", spec.label), spec.name)
            self.optimizer.setItemData(self.optimizer.count() - 1, translate("catalog", spec.help),
                                       Qt.ItemDataRole.ToolTipRole)
        self.optimizer.activated.connect(
            lambda i: document.set_setting("training", "optimizer", self.optimizer.itemData(i)))
        general = ParamSet(tuple(p for p in catalog.TRAINING_PARAMS if p.name != "device"))
        self.general = ParamForm(general)
        self.general.edited.connect(lambda name, value: document.set_setting("training", name, value))
        self.optimizer_form = ParamForm()
        self.optimizer_form.edited.connect(self._optimizer_param)
        self.device = shrinkable(QComboBox())
        self.device.setToolTip(translate("TrainingPanel", "Where training runs. Only what this machine has is listed."))
        self.set_devices(["cpu"])
        self.device.activated.connect(lambda i: document.set_setting("training", "device", self.device.itemData(i)))

        # one form, so that every field starts at the same x (two forms had two label columns)
        self.general.insert_row(translate("TrainingPanel", "Loss"), self.loss, 0)
        self.general.insert_row(translate("TrainingPanel", "Optimizer"), self.optimizer, 1)
        self.general.insert_row(translate("TrainingPanel", "Device"), self.device)
        box = QGroupBox(translate("TrainingPanel", "Optimizer settings"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.optimizer_form)
        self.optimizer_box = box
        # a GAN trains with its own loss, and an optimizer and learning rate for each network
        self.gan_form = ParamForm(catalog.GAN_PARAMS)
        self.gan_form.edited.connect(lambda name, value: document.set_setting("training", name, value))
        self.gan_box = QGroupBox(translate("TrainingPanel", "GAN: generator (G) and discriminator (D)"))
        QVBoxLayout(self.gan_box).addWidget(self.gan_form)
        _scrolling_column(self, self.gan_box, self.general, box)
        self._shown: ParamSet | None = None
        document.training_changed.connect(self._training_changed)
        document.project_replaced.connect(self.refresh)
        document.architecture_changed.connect(self.refresh)
        self.refresh()

    def _training_changed(self, _name: str, _value: object) -> None:
        self.refresh()

    def set_devices(self, devices: list[str]) -> None:
        """Offer 'auto' plus each device the worker found (cuda:0, mps, ...)."""
        current = self.document.project.training.device
        self.device.clear()
        self.device.addItem(translate("TrainingPanel", DEVICE_LABELS["auto"]), "auto")
        for dev in devices:
            kind = dev.split(":")[0]
            label = translate("TrainingPanel", DEVICE_LABELS.get(kind, dev))
            if ":" in dev:  # one of several GPUs, by its index
                label = translate("TrainingPanel", "{device} {index}").format(device=label, index=dev.split(":")[1])
            self.device.addItem(label, dev if ":" in dev else kind)
        index = self.device.findData(current)
        if index < 0:  # a project made on a machine with a GPU, opened here
            self.device.addItem(translate("TrainingPanel", "{device} (not available here)").format(device=current),
                                current)
            index = self.device.count() - 1
        self.device.setCurrentIndex(index)

    def _optimizer_param(self, name: str, value) -> None:
        params = dict(self.document.project.training.optimizer_params)
        params[name] = value
        self.document.set_setting("training", "optimizer_params", params)

    def refresh(self) -> None:
        t = self.document.project.training
        self.loss.setCurrentIndex(self.loss.findData(t.loss))
        self.optimizer.setCurrentIndex(self.optimizer.findData(t.optimizer))
        self.general.set_values(t.general())
        # a rate without a penalty to scale does nothing: say so by greying it out
        rate = self.general.editors.get("regularization_rate")
        if rate is not None:
            rate.widget.setEnabled(t.regularization != "none")
        spec = catalog.OPTIMIZERS[t.optimizer]
        if self._shown is not spec.params:
            self._shown = spec.params
            self.optimizer_form.set_params(spec.params, t.full_optimizer_params())
        else:
            self.optimizer_form.set_values(t.full_optimizer_params())
        self.optimizer_box.setTitle(translate("TrainingPanel", "{optimizer} settings").format(
            optimizer=translate("catalog", spec.label)))
        gan = is_gan(self.document.project.graph)
        self.gan_form.set_values(t.gan())
        self.gan_box.setVisible(gan)
        self.optimizer_box.setVisible(not gan)
        for name in ("loss", "optimizer", "learning_rate"):  # what the GAN box sets for each network
            widget = self.general.editors[name].widget if name in self.general.editors else getattr(self, name)
            self.general.layout().setRowVisible(widget, not gan)
        index = self.device.findData(t.device)
        if index >= 0:
            self.device.setCurrentIndex(index)


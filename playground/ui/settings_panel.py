"""The Data and Training panels: every run setting, edited through the document's undo stack."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFileDialog, QGroupBox, QHBoxLayout, QLabel, QLayout,
                               QPushButton, QScrollArea, QVBoxLayout, QWidget)

from playground.core import catalog
from playground.core.datasets import DATASETS, FAMILY_LABELS
from playground.core.gan import is_gan
from playground.core.params import ParamSet
from playground.ui.document import Document
from playground.ui.param_editors import ParamForm, shrinkable

DEVICE_LABELS = {"auto": "Auto (GPU if present)", "cpu": "CPU", "cuda": "CUDA GPU", "mps": "Apple GPU (MPS)"}


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


class DataPanel(QWidget):
    """Data set choice, its options, a file/folder chooser where it needs one, and Regenerate."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.combo = shrinkable(QComboBox())
        self.combo.setToolTip("The data the network learns from.")
        family = None
        for spec in DATASETS.values():
            if spec.family != family:
                if family is not None:
                    self.combo.insertSeparator(self.combo.count())
                family = spec.family
            self.combo.addItem(f"{spec.label}", spec.name)
            self.combo.setItemData(self.combo.count() - 1, f"{FAMILY_LABELS[spec.family]}: {spec.help}",
                                   Qt.ItemDataRole.ToolTipRole)
        self.combo.activated.connect(self._dataset_chosen)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: #555;")
        self.form = ParamForm()
        self.form.edited.connect(lambda name, value: document.set_setting("data", name, value))
        self.browse = QPushButton("Choose…")
        self.browse.clicked.connect(self._browse)
        self.regenerate = QPushButton("Regenerate")
        self.regenerate.setToolTip("New random data with the next seed.")
        self.regenerate.clicked.connect(self._regenerate)
        buttons = QHBoxLayout()
        buttons.addWidget(self.browse)
        buttons.addWidget(self.regenerate)
        buttons.addStretch(1)
        _scrolling_column(self, self.combo, self.help, self.form, buttons)
        self._shown: ParamSet | None = None
        document.data_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        name = self.document.project.data.dataset
        spec = DATASETS[name]
        self.combo.setCurrentIndex(self.combo.findData(name))
        self.help.setText(spec.help)
        if self._shown is not spec.params:
            self._shown = spec.params
            self.form.set_params(spec.params, self.document.data_values())
        else:
            self.form.set_values(self.document.data_values())
        self.browse.setVisible(spec.params.get("path") is not None)
        self.regenerate.setVisible(spec.params.get("seed") is not None)

    def _dataset_chosen(self, index: int) -> None:
        name = self.combo.itemData(index)
        if name and name != self.document.project.data.dataset:
            self.document.set_setting("data", "dataset", name)

    def _regenerate(self) -> None:
        seed = self.document.data_values().get("seed", 0)
        self.document.set_setting("data", "seed", (seed + 1) % (2**31 - 1))

    def _browse(self) -> None:
        name = self.document.project.data.dataset
        if DATASETS[name].family == "table":
            path, _ = QFileDialog.getOpenFileName(self, "Choose a CSV file", "", "CSV files (*.csv);;All files (*)")
        else:
            path = QFileDialog.getExistingDirectory(self, f"Choose the folder with the {DATASETS[name].label} files")
        if path:
            self.document.set_setting("data", "path", path)


class TrainingPanel(QWidget):
    """Loss, optimizer and its settings, learning rate, batch size, regularization, device."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.loss = shrinkable(QComboBox())
        for spec in catalog.LOSSES.values():
            self.loss.addItem(spec.label, spec.name)
            self.loss.setItemData(self.loss.count() - 1, spec.help, Qt.ItemDataRole.ToolTipRole)
        self.loss.activated.connect(lambda i: document.set_setting("training", "loss", self.loss.itemData(i)))
        self.optimizer = shrinkable(QComboBox())
        for spec in catalog.OPTIMIZERS.values():
            self.optimizer.addItem(spec.label, spec.name)
            self.optimizer.setItemData(self.optimizer.count() - 1, spec.help, Qt.ItemDataRole.ToolTipRole)
        self.optimizer.activated.connect(
            lambda i: document.set_setting("training", "optimizer", self.optimizer.itemData(i)))
        general = ParamSet(tuple(p for p in catalog.TRAINING_PARAMS if p.name != "device"))
        self.general = ParamForm(general)
        self.general.edited.connect(lambda name, value: document.set_setting("training", name, value))
        self.optimizer_form = ParamForm()
        self.optimizer_form.edited.connect(self._optimizer_param)
        self.device = shrinkable(QComboBox())
        self.device.setToolTip("Where training runs. Only what this machine has is listed.")
        self.set_devices(["cpu"])
        self.device.activated.connect(lambda i: document.set_setting("training", "device", self.device.itemData(i)))

        # one form, so that every field starts at the same x (two forms had two label columns)
        self.general.insert_row("Loss", self.loss, 0)
        self.general.insert_row("Optimizer", self.optimizer, 1)
        self.general.insert_row("Device", self.device)
        box = QGroupBox("Optimizer settings")
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.optimizer_form)
        self.optimizer_box = box
        # a GAN trains with its own loss, and an optimizer and learning rate for each network
        self.gan_form = ParamForm(catalog.GAN_PARAMS)
        self.gan_form.edited.connect(lambda name, value: document.set_setting("training", name, value))
        self.gan_box = QGroupBox("GAN: generator (G) and discriminator (D)")
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
        self.device.addItem(DEVICE_LABELS["auto"], "auto")
        for dev in devices:
            kind = dev.split(":")[0]
            label = DEVICE_LABELS.get(kind, dev) + (f" {dev.split(':')[1]}" if ":" in dev else "")
            self.device.addItem(label, dev if ":" in dev else kind)
        index = self.device.findData(current)
        if index < 0:  # a project made on a machine with a GPU, opened here
            self.device.addItem(f"{current} (not available here)", current)
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
        self.optimizer_box.setTitle(f"{spec.label} settings")
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


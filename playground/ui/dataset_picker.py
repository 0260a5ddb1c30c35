"""The data sets as pictures, as TensorFlow Playground shows them: a grid of thumbnails, one per
data set, grouped by family, each with its description; a click chooses it (one undo step).

The pictures are drawn lazily, one per event-loop turn after the picker first opens, so neither
the window's start nor the picker's opening waits for them.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from playground.core.datasets import DATASETS, dataset_help, dataset_label, family_label
from playground.core.i18n import translate
from playground.ui.document import Document
from playground.ui.settings_panel import dataset_tooltip
from playground.ui.thumbnails import SIZE, thumbnail

NAME_ROLE = Qt.ItemDataRole.UserRole


class DatasetPicker(QDialog):
    """A popup grid of the data sets; `chosen` says which one the user clicked."""

    chosen = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DatasetPicker", "Choose the data"))
        self.document = document
        self.grid = QListWidget()
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setIconSize(QSize(SIZE, SIZE))
        self.grid.setGridSize(QSize(SIZE + 44, SIZE + 40))
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setWordWrap(True)
        self.grid.setMouseTracking(True)
        blank = QPixmap(SIZE, SIZE)
        blank.fill(QColor(240, 240, 240))
        for spec in DATASETS.values():
            item = QListWidgetItem(QIcon(blank), dataset_label(spec))
            item.setData(NAME_ROLE, spec.name)
            item.setToolTip(dataset_tooltip(spec))
            self.grid.addItem(item)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setMinimumHeight(40)
        self.grid.currentItemChanged.connect(self._describe)
        self.grid.itemEntered.connect(self._describe)
        self.grid.itemClicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.description)
        self.resize(6 * (SIZE + 44) + 40, 3 * (SIZE + 40) + 90)
        self._pending: list[int] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._draw_next)
        self.drawn: set[str] = set()  # the data sets whose picture is made

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Select the current data set; (re)draw the pictures not made yet, and the current one's
        (its options may have changed: new drawn points, another folder)."""
        current = self.document.project.data.dataset
        for row in range(self.grid.count()):
            if self.grid.item(row).data(NAME_ROLE) == current:
                self.grid.setCurrentRow(row)
                self.drawn.discard(current)
        self._pending = [row for row in range(self.grid.count())
                         if self.grid.item(row).data(NAME_ROLE) not in self.drawn]
        self._timer.start()

    def _draw_next(self) -> None:
        if not self._pending:
            self._timer.stop()
            return
        item = self.grid.item(self._pending.pop(0))
        name = item.data(NAME_ROLE)
        project = self.document.resolved_project()
        values = project.data.params if project.data.dataset == name else {}
        item.setIcon(QIcon(QPixmap.fromImage(thumbnail(name, values))))
        self.drawn.add(name)

    def draw_all(self) -> None:
        """Make every waiting picture now (tests)."""
        while self._pending:
            self._draw_next()

    def _describe(self, item: QListWidgetItem | None, *_: object) -> None:
        if item is not None:
            spec = DATASETS[item.data(NAME_ROLE)]
            self.description.setText(translate("DatasetPicker", "<b>{name}</b> ({family}): {help}").format(
                name=dataset_label(spec), family=family_label(spec.family), help=dataset_help(spec)))

    def _clicked(self, item: QListWidgetItem) -> None:
        name = item.data(NAME_ROLE)
        if name != self.document.project.data.dataset:
            self.document.set_setting("data", "dataset", name)
        self.chosen.emit(name)
        self.accept()

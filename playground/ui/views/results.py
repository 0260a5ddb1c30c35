"""The results view: the run's figures as they stand, like Keras' `evaluate`.

A table of loss and accuracy (regression: MAE and R²) on the training and test sets, and where
there are classes a table of each class's precision, recall and sample count. The tables sit
side by side when the view is wide (the tab beside the curves) and one above the other when not.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import (QAbstractItemView, QBoxLayout, QHeaderView, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from playground.core.i18n import translate
from playground.core.i18n import translate, translate_later
from playground.core.task import Task
from playground.engine.payloads.results import ResultsPayload, SetResult
from playground.ui.views.base import ViewWidget, column, note_label
from playground.ui.views.report import heading_label, number, percent, samples_scored, scored_count, white_page

TABLE_POINT_SIZE = 12
SET_NAMES = {"train": translate_later("results", "Training"), "test": translate_later("results", "Test")}
# the tables' headers (English keys, translated where shown) and their tooltips
HEADERS = (translate_later("results", "set"), translate_later("results", "loss"), translate_later("results", "samples"),
           translate_later("results", "class"), translate_later("results", "accuracy"),
           translate_later("results", "precision"), translate_later("results", "recall"))
COLUMN_HELP = {
    "accuracy": translate_later("results", "The share of the samples whose class the network gives right."),
    "MAE": translate_later("results", "Mean absolute error: how far a prediction is from the true value, on average."),
    "R\u00b2": translate_later("results", "1 means perfect, 0 no better than always predicting the mean, below 0 "
                                         "worse than that."),
    "precision": translate_later("results", "Of the samples the network calls this class, the share that really are."),
    "recall": translate_later("results", "Of this class's samples, the share the network gets right."),
    "samples": translate_later("results", "How many samples of this class are in the set."),
}
HEADINGS = {  # (part, classification): one template each, the set's name inside
    ("train", True): translate_later("results", "Training accuracy {accuracy}, loss {loss}"),
    ("test", True): translate_later("results", "Test accuracy {accuracy}, loss {loss}"),
    ("train", False): translate_later("results", "Training MAE {mae}, R\u00b2 {r2}"),
    ("test", False): translate_later("results", "Test MAE {mae}, R\u00b2 {r2}"),
}
WIDE = 1.8  # width / height from which the tables go side by side...
WIDE_MIN = 720  # ...if each still gets enough room for its headers


def make_table(headers: list[str]) -> QTableWidget:
    """A read-only table in large type, its columns sharing the width."""
    table = QTableWidget(0, len(headers))
    font = QFont()
    font.setPointSize(TABLE_POINT_SIZE)
    table.setFont(font)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(round(QFontMetricsF(font).height() * 1.4))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    # "2,048 of 10,000" is the longest cell: it gets its width, the others share the rest
    header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.ResizeToContents)
    header_font = QFont(font)
    header_font.setBold(True)
    header.setFont(header_font)
    set_headers(table, headers)
    return table


def set_headers(table: QTableWidget, headers: list[str]) -> None:
    table.setColumnCount(len(headers))
    for c, text in enumerate(headers):
        key = text.split(" (")[0]
        item = QTableWidgetItem(translate("results", text) if text in HEADERS else text)
        item.setToolTip(translate("results", COLUMN_HELP[key]) if key in COLUMN_HELP else "")
        table.setHorizontalHeaderItem(c, item)


def fill(table: QTableWidget, rows: list[list[str]]) -> None:
    """Write the rows, reusing the cells: the first column left-aligned, the figures right."""
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, text in enumerate(values):
            item = table.item(r, c)
            if item is None:
                item = QTableWidgetItem()
                align = Qt.AlignmentFlag.AlignLeft if c == 0 else Qt.AlignmentFlag.AlignRight
                item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
            if item.text() != text:
                item.setText(text)


def fit_height(table: QTableWidget) -> None:
    """As tall as its rows, so a two-row table never scrolls nor leaves a blank block."""
    height = table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(height + 2 * table.frameWidth())


def set_row(result: SetResult, classification: bool) -> list[str]:
    samples = scored_count(result.scored, result.available)
    if classification:
        return [translate("results", SET_NAMES[result.part]), number(result.loss), percent(result.accuracy), samples]
    r2 = "\u2013" if result.r2 is None else number(result.r2, 3)
    return [translate("results", SET_NAMES[result.part]), number(result.loss), number(result.mae), r2, samples]


class ResultsView(ViewWidget):
    name = "results"

    def __init__(self, task: Task, parent=None):
        super().__init__(task, parent)
        white_page(self)
        self.classification = task.classification
        self.heading = heading_label()
        self.when = note_label()
        metrics = ["accuracy"] if self.classification else ["MAE", "R\u00b2"]
        self.sets = make_table(["set", "loss", *metrics, "samples"])
        self.classes = make_table(["class", "precision", "recall", "samples"])
        self.classes_title = note_label()
        self.capped = note_label()
        sets_box, classes_box = QWidget(), QWidget()
        left = QVBoxLayout(sets_box)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.sets)
        left.addWidget(self.capped)
        left.addStretch(1)
        right = QVBoxLayout(classes_box)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.classes_title)
        right.addWidget(self.classes, 1)
        classes_box.setVisible(self.classification)
        self.tables = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.tables.addWidget(sets_box)
        self.tables.addWidget(classes_box, 1)
        layout = column(self, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.when)
        layout.addLayout(self.tables, 1)

    def render(self, payload: ResultsPayload) -> None:
        fill(self.sets, [set_row(s, self.classification) for s in payload.sets])
        fit_height(self.sets)
        main = payload.sets[-1]  # the test set when there is one
        heading = translate("results", HEADINGS[("test" if main.part == "test" else "train", self.classification)])
        r2 = "\u2013" if main.r2 is None else number(main.r2, 3)
        self.heading.setText(heading.format(accuracy=percent(main.accuracy), loss=number(main.loss),
                                            mae=number(main.mae), r2=r2))
        loss = translate("catalog", payload.loss_name)  # the loss's label, as the Training panel shows it
        self.when.setText(translate("ResultsView", "The network as it is after {steps} steps (epoch {epoch:.1f}); "
                                    "loss: {loss}, without regularization.").format(
            steps=f"{payload.step:,}", epoch=payload.epoch, loss=loss.lower()))
        capped = [s for s in payload.sets if s.capped]
        self.capped.setVisible(bool(capped))
        if capped:
            counts = [samples_scored(s.scored, s.available, s.part) for s in capped]
            which = counts[0] if len(counts) == 1 else translate("ResultsView", "{first} and {second}").format(
                first=counts[0], second=counts[1])
            self.capped.setText(translate("ResultsView", "Scored on {which}: the live figures use the first samples "
                                          "of a large set, to keep training fast.").format(which=which))
        if self.classification and len(payload.class_names):
            self.classes_title.setText(translate("ResultsView", "Each class, on the test set:")
                                       if payload.class_part == "test"
                                       else translate("ResultsView", "Each class, on the training set:"))
            fill(self.classes, [[name, percent(float(p)), percent(float(r)), f"{int(n):,}"] for name, p, r, n
                                in zip(payload.class_names, payload.precision, payload.recall, payload.support)])

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        wide = self.classification and self.width() >= max(WIDE * self.height(), WIDE_MIN)
        direction = QBoxLayout.Direction
        self.tables.setDirection(direction.LeftToRight if wide else direction.TopToBottom)
        self.tables.setStretch(0, 1 if wide else 0)  # stacked, the short table keeps its height

    def reset(self) -> None:
        for table in (self.sets, self.classes):
            table.setRowCount(0)
        self.heading.setText("")
        self.when.setText("")
        self.capped.hide()


WIDGET = ResultsView

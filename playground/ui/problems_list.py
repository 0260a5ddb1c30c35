"""The Problems list under the canvas: what stops the network training, in plain words, each
with a one-click quick fix where there is an obvious one (core/fixes.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from playground.core.fixes import Fix
from playground.core.graph import Graph
from playground.core.i18n import translate, translate_later
from playground.core.shapes import Analysis

FIX_COLOUR = QColor(25, 103, 210)
FIX_PREFIX = translate_later("ProblemsList", "     \u21b3 Quick fix: {fix}")
READY = translate_later("ProblemsList", "\u2714 The network fits the data: ready to train.")


class ProblemsList(QListWidget):
    node_chosen = Signal(int)  # a problem about a layer was clicked: show that layer
    fix_chosen = Signal(object)  # a quick fix was clicked: apply this Fix

    def __init__(self, parent=None):
        super().__init__(parent)
        self._fixes: dict[int, Fix] = {}  # row -> the fix that row offers
        # a long sentence wraps: a student should not have to scroll sideways to read it
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)

    def show_analysis(self, analysis: Analysis, graph: Graph) -> None:
        self.clear()
        self._fixes = {}
        for problem in analysis.problems:
            warning = problem.severity == "warning"
            item = QListWidgetItem(("\u26a0 " if warning else "\u2716 ") + problem.located(graph))
            item.setData(Qt.ItemDataRole.UserRole, problem.node_id)
            item.setForeground(Qt.GlobalColor.darkYellow if warning else Qt.GlobalColor.darkRed)
            self.addItem(item)
            if problem.fix is not None:
                self._add_fix(problem.fix)
        if not analysis.problems:
            item = QListWidgetItem(translate("ProblemsList", READY))
            item.setForeground(Qt.GlobalColor.darkGreen)
            self.addItem(item)

    def _add_fix(self, fix: Fix) -> None:
        item = QListWidgetItem(translate("ProblemsList", FIX_PREFIX).format(fix=fix.label))
        item.setForeground(FIX_COLOUR)
        font = QFont(self.font())
        font.setBold(True)  # not underlined: an underline would run under the indent too
        item.setFont(font)
        item.setToolTip(translate("ProblemsList", "Click to make this change (Ctrl+Z undoes it)."))
        self._fixes[self.count()] = fix
        self.addItem(item)

    def fix_rows(self) -> dict[int, Fix]:
        return dict(self._fixes)

    def _chosen(self, item: QListWidgetItem) -> None:
        row = self.row(item)
        if row in self._fixes:
            self.fix_chosen.emit(self._fixes[row])
            return
        node_id = item.data(Qt.ItemDataRole.UserRole)
        if node_id is not None:
            self.node_chosen.emit(node_id)

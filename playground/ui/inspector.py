"""The inspector: the selected layer's kind, help, settings, output shape and problems.

Edits become SetParam commands on the undo stack; the form follows the graph's events, so an
undo of a parameter change shows up here too.
"""

from __future__ import annotations

import functools
import html
import logging
import weakref
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from playground.core import catalog
from playground.core.datasets import describe_shape
from playground.core.graph import EventType, Graph, GraphError, GraphEvent
from playground.core.i18n import translate, translate_later
from playground.core.params import ParamSet
from playground.core.shapes import ERROR, Analysis, format_shape
from playground.core.task import shows_neurons
from playground.ui import commands
from playground.ui.canvas.items import ERROR_COLOUR, WARNING_COLOUR, colour_key, group_colour
from playground.ui.param_editors import ParamForm

log = logging.getLogger(__name__)

HINT = translate_later("Inspector", "Select a layer on the canvas to see and change its settings.\n\n"
                       "Drag layers from the palette onto the canvas, then drag from a layer's right port to "
                       "another layer's left port to link them.")

NEURONS_NOTE = translate_later("Inspector", "While it trains on a 2-D data set, each square on this card shows what "
                               "one neuron outputs over the input plane, and each line into it one weight: {colours}.")


class Inspector(QWidget):
    """Shows one node of `graph`; edits are pushed to `undo_stack`."""

    status_message = Signal(str)  # an edit that was refused, in words
    explain_requested = Signal(int, int)  # (node id, unit): show that neuron's arithmetic

    def __init__(self, graph: Graph, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.graph = graph
        self.undo_stack = undo_stack
        self.node_id: int | None = None
        self.analysis: Analysis | None = None

        self.title = QLabel(self)
        self.title.setObjectName("inspector_title")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: #5f6368;")
        self.form = ParamForm(parent=self, on_change=self._edited)
        self.no_settings = QLabel(translate("Inspector", "This layer has no settings."), self)
        self.no_settings.setStyleSheet("color: #80868b; font-style: italic;")
        self.shape = QLabel(self)
        self.shape.setWordWrap(True)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        # what the squares and lines drawn on a small Dense card mean (see NEURONS_NOTE)
        self.neurons_note = QLabel(translate("Inspector", NEURONS_NOTE).format(colours=colour_key()), self)
        self.neurons_note.setWordWrap(True)
        self.neurons_note.setStyleSheet("color: #5f6368;")
        self.hint = QLabel(translate("Inspector", HINT), self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #80868b;")
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #dadce0;")
        self.explain_row = QWidget(self)  # a Dense layer's neuron to explain, by number
        row = QHBoxLayout(self.explain_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.explain_unit = QSpinBox(self.explain_row)
        self.explain_unit.setPrefix(translate("Inspector", "neuron "))
        self.explain_button = QPushButton(translate("Inspector", "Explain"), self.explain_row)
        self.explain_button.setToolTip(translate("Inspector", "Show how this neuron computes its value for a test "
                                                 "sample (the Explain tab), with the run's current numbers."))
        self.explain_button.clicked.connect(self._explain)
        row.addWidget(self.explain_unit, 1)
        row.addWidget(self.explain_button)
        self._details = [self.title, self.help, self.form, self.no_settings, line, self.shape,
                         self.problems, self.neurons_note, self.explain_row]

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        for widget in (self.hint, *self._details):
            layout.addWidget(widget)
        layout.addStretch(1)

        graph.subscribe(self._on_graph_event)
        # if Qt deletes this object first, stop the graph calling into it (weakly held, so this
        # hook does not itself keep the object alive after detach())
        self.destroyed.connect(functools.partial(_unsubscribe, graph, weakref.WeakMethod(self._on_graph_event)))
        self.set_node(None)

    def detach(self) -> None:
        self.graph.unsubscribe(self._on_graph_event)

    # ----- what is shown ------------------------------------------------------------------------
    def set_node(self, node_id: int | None) -> None:
        """Show node `node_id` (or the hint for None / a node that no longer exists)."""
        if node_id is not None and node_id not in self.graph.nodes:
            node_id = None
        self.node_id = node_id
        self.hint.setVisible(node_id is None)
        for widget in self._details:
            widget.setVisible(node_id is not None)
        if node_id is None:
            self.form.set_params(ParamSet())
            return
        node = self.graph.nodes[node_id]
        colour = group_colour(node.kind).name()
        self.title.setText(f"<span style='color:{colour}; font-size:14pt; font-weight:600'>"
                           f"{html.escape(node.kind)}</span>"
                           f" <span style='color:#80868b'>{node_id} \u00b7 {html.escape(catalog.group_label(node.spec.group))}"
                           "</span>")
        self.help.setText(catalog.kind_help(node.spec))
        self.form.set_params(node.spec.params, node.params)
        self.no_settings.setVisible(self.form.is_empty())
        self._show_neurons_note()
        self._show_analysis()

    def _show_neurons_note(self) -> None:
        node = self.graph.nodes.get(self.node_id) if self.node_id is not None else None
        self.neurons_note.setVisible(node is not None and shows_neurons(node))
        dense = node is not None and node.kind == "Dense"
        self.explain_row.setVisible(dense)
        if dense:
            self.explain_unit.setRange(1, node.params["units"])

    def _explain(self) -> None:
        if self.node_id is not None:
            self.explain_requested.emit(self.node_id, self.explain_unit.value() - 1)

    def set_analysis(self, analysis: Analysis | None) -> None:
        self.analysis = analysis
        if self.node_id is not None:
            self._show_analysis()

    def _show_analysis(self) -> None:
        a, nid = self.analysis, self.node_id
        if a is None or nid is None:
            self.shape.setText("")
            self.problems.setText("")
            self.problems.setVisible(False)
            return
        shape = a.shapes.get(nid)
        if shape is None:
            text = translate("Inspector", "Output: unknown until the layers before it are fixed.")
        else:
            text = translate("Inspector", "Output: {shape} \u2014 {description}").format(
                shape=format_shape(shape), description=describe_shape(shape))
            count = a.param_counts.get(nid)
            if count:
                text += "\n" + translate("Inspector", "Learned parameters: {count:,}").format(count=count)
        self.shape.setText(text)
        problems = a.problems_for(nid)
        self.problems.setVisible(bool(problems))
        lines = []
        for p in problems:
            colour, mark = (ERROR_COLOUR, "\u2716") if p.severity == ERROR else (WARNING_COLOUR, "\u26a0")
            lines.append(f"<span style='color:{colour}'>{mark} {html.escape(p.message)}</span>")
        self.problems.setText("<br>".join(lines))

    def problem_text(self) -> str:
        """The problems shown, as plain text (for tests and screen readers)."""
        if self.analysis is None or self.node_id is None:
            return ""
        return "\n".join(p.message for p in self.analysis.problems_for(self.node_id))

    # ----- edits --------------------------------------------------------------------------------
    def _edited(self, name: str, value: Any) -> None:
        nid = self.node_id
        if nid is None:
            return
        try:
            command = commands.SetParam(self.graph, nid, name, value)
        except GraphError as exc:
            self.status_message.emit(str(exc))
            self.form.set_values({name: self.graph.nodes[nid].params[name]})  # show what holds
            return
        self.undo_stack.push(command)

    def _on_graph_event(self, event: GraphEvent) -> None:
        nid = self.node_id
        if nid is None:
            return
        if event.type == EventType.RESET or (event.type == EventType.NODE_REMOVED and event.node_id == nid):
            self.set_node(None)
        elif event.type == EventType.PARAM_CHANGED and event.node_id == nid:
            self.form.set_values(self.graph.nodes[nid].params)
            self._show_neurons_note()  # units may have crossed the size that shows neurons


def _unsubscribe(graph: Graph, listener: weakref.WeakMethod, *_: object) -> None:
    method = listener()
    if method is not None:
        graph.unsubscribe(method)

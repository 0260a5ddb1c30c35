"""The explain view: how the neuron (or feature-map pixel) the student clicked computes its value
for one sample, written out as the sum it is, with the run's current numbers.

The arithmetic comes computed in the payload (engine/payloads/explain.py); this widget only lays
it out as a table: each input, its weight and their product; the sum plus the bias, z; the
activation and its value; and for a pooling layer the window with its winner.
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtWidgets import QTabWidget, QTextBrowser

from playground.core.i18n import translate
from playground.core.i18n import translate, translate_later
from playground.core.task import Task
from playground.engine.payloads.explain import ACTIVATION_FORMULAS, ExplainPayload, Explained, Pooling, WeightedSum
from playground.ui.plots import colors
from playground.ui.views.base import ViewWidget, column, note_label
from playground.ui.views.sample_picker import SamplePicker, picker_row

NOTE = translate_later("explain", "Click a neuron on a Dense card, or a pixel of a feature map, to see its "
                       "arithmetic for one sample. On the decision boundary, Ctrl+click a point to explain it there.")
MAX_ROWS = 12  # inputs listed one by one; the rest are summed in one line (the largest products first)
MAX_CHANNELS = 3  # a Conv2D's input channels drawn as grids; the others are summed in one line
POSITIVE, NEGATIVE = colors.hex_color(colors.BLUE), colors.hex_color(colors.ORANGE)


def number(value: float) -> str:
    """A signed number, coloured as the canvas colours weights (blue positive, orange negative)."""
    colour = POSITIVE if value > 0 else NEGATIVE if value < 0 else "#5f6368"
    return f"<span style='color:{colour}'>{value:+.4f}</span>"


def _sum_lines(s: WeightedSum) -> str:
    if s.bias:
        z_line = translate("explain", "<b>z</b> = \u03a3 input \u00d7 weight + bias = {sum} {bias} (bias) = <b>{z}</b>")
    else:
        z_line = translate("explain", "<b>z</b> = \u03a3 input \u00d7 weight = {sum} = <b>{z}</b>")
    z_line = z_line.format(sum=number(float(s.products.sum())), bias=number(s.bias), z=number(s.z))
    formula = html.escape(translate("explain", ACTIVATION_FORMULAS.get(s.activation, s.activation)))
    return (f"<p>{z_line}</p>"
            f"<p><b>{html.escape(s.activation)}</b>: {formula} \u2192 <b>a = {number(s.output)}</b></p>")


def dense_html(target: Explained) -> str:
    s = target.sum
    products = s.products
    order = np.argsort(-np.abs(products), kind="stable")
    shown = sorted(order[:MAX_ROWS].tolist())
    rows = "".join(
        f"<tr><td>{html.escape(target.input_names[i] if i < len(target.input_names) else str(i + 1))}</td>"
        f"<td align='right'>{number(s.inputs[i])}</td><td>\u00d7</td><td align='right'>{number(s.weights[i])}</td>"
        f"<td>=</td><td align='right'>{number(products[i])}</td></tr>" for i in shown)
    hidden = [i for i in order[MAX_ROWS:].tolist()]
    if hidden:
        more = translate("explain", "{n} more inputs").format(n=len(hidden))
        rows += (f"<tr><td colspan='5'><i>{more}</i></td>"
                 f"<td align='right'>{number(float(products[hidden].sum()))}</td></tr>")
    # (translate() outside the f-strings: lupdate does not look inside them)
    names = translate("explain", "input"), translate("explain", "value"), translate("explain", "weight"), translate(
        "explain", "product")
    head = ("<tr><th align='left'>{}</th><th>{}</th><th></th><th>{}</th><th></th><th>{}</th></tr>").format(*names)
    return (f"<table cellspacing='0' cellpadding='2'>{head}{rows}</table>" + _sum_lines(s))


def _grid(values: np.ndarray, bold: tuple[int, int] | None = None) -> str:
    cells = []
    for r, row in enumerate(values):
        tds = "".join(f"<td align='right'>{'<b>' if (r, c) == bold else ''}{number(v)}{'</b>' if (r, c) == bold else ''}</td>"
                      for c, v in enumerate(row.tolist()))
        cells.append(f"<tr>{tds}</tr>")
    return f"<table border='1' cellspacing='0' cellpadding='2'>{''.join(cells)}</table>"


def conv_html(target: Explained) -> str:
    s = target.sum
    parts = []
    for ch in range(min(len(s.inputs), MAX_CHANNELS)):
        channel = translate("explain", "channel {n}").format(n=ch + 1)
        parts.append(f"<tr><td valign='middle'>{channel}</td><td>{_grid(s.inputs[ch])}</td>"
                     f"<td valign='middle'>\u00d7</td><td>{_grid(s.weights[ch])}</td>"
                     f"<td valign='middle'>= {number(float(s.products[ch].sum()))}</td></tr>")
    if len(s.inputs) > MAX_CHANNELS:
        rest = float(s.products[MAX_CHANNELS:].sum())
        more = translate("explain", "{n} more channels: {sum}").format(n=len(s.inputs) - MAX_CHANNELS, sum=number(rest))
        parts.append(f"<tr><td colspan='5'><i>{more}</i></td></tr>")
    names = translate("explain", "receptive field"), translate("explain", "kernel"), translate("explain", "sum")
    head = "<tr><th></th><th>{}</th><th></th><th>{}</th><th>{}</th></tr>".format(*names)
    return f"<table cellspacing='4'>{head}{''.join(parts)}</table>" + _sum_lines(s)


def pool_html(p: Pooling) -> str:
    if p.kind == "max":
        r, c = p.winner
        how = translate("explain", "the largest value wins (row {row}, column {column}): <b>{value}</b>").format(
            row=r + 1, column=c + 1, value=number(p.output))
        grid = _grid(p.window, (r, c))
    else:
        how = translate("explain", "the mean of the {n} values: <b>{value}</b>").format(
            n=p.window.size, value=number(p.output))
        grid = _grid(p.window)
    window = translate("explain", "Window:")
    return f"<p>{window}</p>{grid}<p>{how}</p>"


def explained_html(payload: ExplainPayload) -> str:
    target = payload.target
    if target is None:
        return f"<p>{html.escape(payload.message)}</p>"
    if payload.point is not None:
        where = translate("explain", "point ({x:.2f}, {y:.2f})").format(x=payload.point[0], y=payload.point[1])
    else:
        where = translate("explain", "test sample {n}").format(n=payload.sample + 1)
    if target.position is None:
        title = translate("explain", "{layer}, neuron {n}").format(layer=target.label, n=target.unit + 1)
    else:
        r, c = target.position
        title = translate("explain", "{layer}, map {n}, pixel (row {row}, column {column})").format(
            layer=target.label, n=target.unit + 1, row=r + 1, column=c + 1)
    body = (pool_html(target.pooling) if target.pooling is not None
            else dense_html(target) if target.position is None else conv_html(target))
    heading = translate("explain", "<b>{title}</b> for {where}").format(title=html.escape(title), where=where)
    computed = translate("explain", "The network computed {value:+.4f} here.").format(value=target.actual)
    return f"<p>{heading}</p>{body}<p style='color:#5f6368'>{computed}</p>"


class ExplainView(ViewWidget):
    name = "explain"

    def __init__(self, task: Task, parent=None):
        super().__init__(task, parent)
        layout = column(self)
        self.picker = SamplePicker(translate("ExplainView", "Test sample "),
                                   translate("ExplainView", "Which test sample to explain the neuron for."))
        self.picker.chosen.connect(self._sample_chosen)
        picker_row(layout, note_label(translate("explain", NOTE)), self.picker)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        layout.addWidget(self.text, 1)
        self._html = ""

    def _sample_chosen(self, sample: int) -> None:
        self.configure.emit(self.name, {"sample": sample})

    def follow_choice(self, view: str, options: dict) -> None:
        """A neuron or pixel chosen elsewhere (the canvas, the feature maps, the plot): shown here."""
        if view != self.name:
            return
        if "sample" in options:
            self.picker.chosen_elsewhere(int(options["sample"]))
        if "node" in options or "point" in options:
            self.bring_forward()

    def bring_forward(self) -> None:
        """Make this view's tab the current one (a click elsewhere asked for it)."""
        stack = self.parentWidget()
        tabs = stack.parentWidget() if stack is not None else None
        if isinstance(tabs, QTabWidget):
            tabs.setCurrentWidget(self)

    def render(self, payload: ExplainPayload) -> None:
        text = explained_html(payload)
        if text != self._html:  # setHtml lays the words out again: only when they change
            self._html = text
            bar = self.text.verticalScrollBar()
            keep = bar.value()
            self.text.setHtml(text)
            bar.setValue(keep)  # live numbers must not throw the reader back to the top
        if payload.sample >= 0:
            self.picker.follow(payload.sample, payload.n_samples)

    def reset(self) -> None:
        self._html = ""
        self.text.clear()
        self.picker.restart()


WIDGET = ExplainView

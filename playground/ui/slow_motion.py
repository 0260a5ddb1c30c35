"""Slow motion (Run > Slow step, F6): one training step in four phases, one per key press.

The worker computes each phase when asked (Runner.slow_step, engine/phases.py) and the weights
change only in the last. Here each phase is drawn on the canvas: the layers it concerns outlined
in the phase's colour, each with its numbers below the card (its output for the first sample of
the batch, the loss, its gradient's size, how far its weights moved), and a caption above the
canvas that says what happens and which key goes on. Play, Step, Reset or a new run clear it.

A GAN's step is a round (D's k steps, then G's), each network's step in five phases: the G or D
cards concerned are outlined, D's mean scores on real and fake samples under the Output card, and
the caption says whose step it is ("D step 1 of 2").
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsTextItem, QLabel, QWidget

from playground.core.i18n import translate, translate_later
from playground.engine.phases import PHASES, Phase
from playground.engine.snapshot import RUNNING, Snapshot
from playground.ui.canvas.scene import CanvasScene
from playground.ui.training import TrainingController

log = logging.getLogger(__name__)

COLOURS = {"forward": "#1a73e8", "loss": "#8e24aa", "backward": "#e8710a", "update": "#188038",
           "generate": "#1a73e8", "score": "#00838f"}  # a GAN's round: G's samples, then D's scores
SHOWN_VALUES = 4  # a layer's output: its first few numbers, then "…"
NUMBER_POINT_SIZE = 9.5  # the numbers under the cards (times the canvas's text scale)
OVERLAY_Z = 50  # above cards and links
KEY = "F6"


def _number(value: float) -> str:
    return f"{value:.3g}".replace("-", "\u2212")


def _output_lines(phase: Phase, node_id: int) -> list[str]:
    values = phase.activations[node_id]
    shown = " ".join(_number(float(v)) for v in values[:SHOWN_VALUES]) + (" \u2026" if len(values) > SHOWN_VALUES
                                                                       else "")
    return [translate("slow_motion", "out: {values}").format(values=shown),
            translate("slow_motion", "mean |out| {value}").format(value=_number(phase.activation_means[node_id]))]


def _gan_lines(phase: Phase, node_id: int, is_output: bool) -> list[str] | None:
    """A GAN round's own lines (G's samples, D's scores, whose loss), or None: as for one network."""
    if phase.name in ("generate", "score") and node_id in phase.activations:
        lines = _output_lines(phase, node_id)
        if phase.name == "score" and is_output:
            if phase.real_score is not None:
                lines.append(translate("slow_motion", "real: mean score {score}").format(
                    score=_number(phase.real_score)))
            if phase.fake_score is not None:
                lines.append(translate("slow_motion", "fake: mean score {score}").format(
                    score=_number(phase.fake_score)))
        return lines
    if phase.name == "loss":
        if not is_output or phase.loss is None:
            return []
        text = (translate("slow_motion", "D's loss {loss}") if phase.network == "D"
                else translate("slow_motion", "G's loss {loss}"))
        return [text.format(loss=_number(phase.loss))]
    return None


def phase_lines(phase: Phase, node_id: int, is_output: bool) -> list[str]:
    """The numbers shown under one card in `phase` (none: the card is not part of it)."""
    if phase.network:
        lines = _gan_lines(phase, node_id, is_output)
        if lines is not None:
            return lines
    if phase.name == "forward" and node_id in phase.activations:
        return _output_lines(phase, node_id)
    if phase.name == "loss" and is_output and phase.loss is not None:
        lines = [translate("slow_motion", "loss {value}").format(value=_number(phase.loss))]
        if phase.penalty is not None:
            lines.append(translate("slow_motion", "+ regularization {value}").format(value=_number(phase.penalty)))
        return lines
    if phase.name == "backward" and node_id in phase.grad_norms:
        return [translate("slow_motion", "gradient size {value}").format(value=_number(phase.grad_norms[node_id]))]
    if phase.name == "update" and node_id in phase.weight_changes:
        return [translate("slow_motion", "weights moved {value}").format(value=_number(phase.weight_changes[node_id]))]
    return []


# A GAN round's captions by (network, phase): each a whole sentence to translate. {head} is the
# round and the network's step ("Slow round 3, 2/10 · D step 1 of 2"), {key} the key that goes on.
_GAN_CAPTIONS = {
    ("D", "generate"): translate_later(
        "slow_motion", "{head} · Generate: G turns {batch} noise draws into fake samples (its weights stay as they "
        "are); each of G's layers shows its output for the first one. {key}: D scores them."),
    ("D", "score"): translate_later(
        "slow_motion", "{head} · Score: D scores {batch} real samples and the {batch} fake ones: {real} on average "
        "for the real, {fake} for the fake (1 = sure it is real). Each of D's layers shows its output for the "
        "first fake sample. {key}: D's loss."),
    ("D", "loss"): translate_later(
        "slow_motion", "{head} · D's loss: {loss}, low when D scores the real samples high and the fake ones low. "
        "{key}: D's gradients."),
    ("D", "backward"): translate_later(
        "slow_motion", "{head} · D's gradients: how each of D's weights should change to tell real from fake "
        "better; each of D's layers shows its size. G is left out. {key}: D's update."),
    ("D", "update"): translate_later(
        "slow_motion", "{head} · D's update: only D's weights moved against the gradient (learning rate {rate}), "
        "by the amount shown; G's stay as they were. {key}: the next D step."),
    ("D", "update", "last"): translate_later(
        "slow_motion", "{head} · D's update: only D's weights moved against the gradient (learning rate {rate}), "
        "by the amount shown; G's stay as they were. {key}: G's turn."),
    ("G", "generate"): translate_later(
        "slow_motion", "{head} · Generate: G turns {batch} fresh noise draws into fake samples; each of G's layers "
        "shows its output for the first one. {key}: D scores them."),
    ("G", "score"): translate_later(
        "slow_motion", "{head} · Score: D, its weights held still, scores the fake samples: {fake} on average "
        "(1 = sure it is real). {key}: G's loss."),
    ("G", "loss"): translate_later(
        "slow_motion", "{head} · G's loss: {loss}, low when D takes the fake samples for real. "
        "{key}: G's gradients."),
    ("G", "backward"): translate_later(
        "slow_motion", "{head} · G's gradients flow back through D (whose weights stay as they are) into G: how "
        "each of G's weights should change to fool D better; each of G's layers shows its size. {key}: G's update."),
    ("G", "update"): translate_later(
        "slow_motion", "{head} · G's update: only G's weights moved against the gradient (learning rate {rate}), "
        "by the amount shown; D's stay as they were. {key}: the next G step."),
    ("G", "update", "last"): translate_later(
        "slow_motion", "{head} · G's update: only G's weights moved against the gradient (learning rate {rate}), "
        "by the amount shown; D's stay as they were. The round is done. {key}: the next round in slow motion; "
        "Play trains on as usual."),
}


def gan_caption(phase: Phase) -> str:
    """What happens in a GAN round's `phase`, and which key goes on."""
    head = (translate("slow_motion", "Slow round {round}, {n}/{total} \u00b7 D step {turn} of {turns}")
            if phase.network == "D" else
            translate("slow_motion", "Slow round {round}, {n}/{total} \u00b7 G step {turn} of {turns}")).format(
        round=phase.step + 1, n=phase.index + 1, total=phase.total, turn=phase.turn, turns=phase.turns)
    key = (phase.network, phase.name, "last") if phase.name == "update" and phase.turn == phase.turns \
        else (phase.network, phase.name)
    return translate("slow_motion", _GAN_CAPTIONS[key]).format(
        head=head, key=KEY, batch=phase.batch_size, rate=f"{phase.learning_rate:g}",
        loss=_number(phase.loss or 0.0), real=_number(phase.real_score or 0.0),
        fake=_number(phase.fake_score or 0.0))


def caption(phase: Phase) -> str:
    """What happens in `phase`, in words a student can follow, and which key goes on."""
    if phase.network:
        return gan_caption(phase)
    n, total = phase.index + 1, len(PHASES)
    head = translate("slow_motion", "Slow step {step}, {n}/{total} · ").format(step=phase.step + 1, n=n, total=total)
    if phase.name == "forward":
        return head + translate("slow_motion", "Forward pass: a batch of {size} samples flows through the network; "
                                               "each layer shows its output for the first sample. {key}: the loss."
                                ).format(size=phase.batch_size, key=KEY)
    if phase.name == "loss":
        loss = _number(phase.loss or 0.0)
        if phase.penalty is None:
            return head + translate("slow_motion", "Loss: the outputs are compared with the targets: {loss}. "
                                                   "{key}: the backward pass.").format(loss=loss, key=KEY)
        return head + translate("slow_motion", "Loss: the outputs are compared with the targets: {loss} plus "
                                               "{penalty} for the weights' size. {key}: the backward pass."
                                ).format(loss=loss, penalty=_number(phase.penalty), key=KEY)
    if phase.name == "backward":
        return head + translate("slow_motion", "Backward pass: the gradient says how each weight should change to "
                                               "lower the loss; each layer shows its size. {key}: the update."
                                ).format(key=KEY)
    return head + translate("slow_motion", "Update: each layer's weights moved against the gradient (learning rate "
                                           "{rate:g}), by the amount shown. {key}: the next step in slow motion; "
                                           "Play trains on as usual.").format(rate=phase.learning_rate, key=KEY)


class SlowMotion(QObject):
    """Asks the worker for the next phase, and draws each phase that comes back."""

    def __init__(self, scene: CanvasScene, controller: TrainingController, parent: QWidget | None = None):
        super().__init__(parent)
        self.scene, self.controller = scene, controller
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setStyleSheet("padding: 6px 12px; background: #eef3fd; border-bottom: 1px solid #c6d4f0;")
        self.caption.setVisible(False)
        self.phase: Phase | None = None
        self._overlays: list[QGraphicsItem] = []
        controller.phase_arrived.connect(self.show_phase)
        controller.latest.connect(self._on_snapshot)
        controller.run_loaded.connect(self.clear)
        controller.state_changed.connect(self._on_state)

    # ----- drawing ----------------------------------------------------------------------------------
    def show_phase(self, phase: Phase) -> None:
        self._remove_overlays()
        self.phase = phase
        colour = QColor(COLOURS[phase.name])
        output_id = self._output_id()
        font = QFont()
        font.setPointSizeF(NUMBER_POINT_SIZE * self.scene.card_scale)  # large in presenter mode too
        for node_id, card in self.scene.node_items.items():
            lines = phase_lines(phase, node_id, node_id == output_id)
            if not lines:
                continue
            box = card.sceneBoundingRect()
            frame = QGraphicsRectItem(box.adjusted(-6, -6, 6, 6))
            frame.setPen(QPen(colour, 4))
            label = QGraphicsTextItem()
            label.setFont(font)
            label.setHtml(f"<div style='background-color: #ffffff; color: {colour.name()}'>"
                          + "<br>".join(html.escape(line) for line in lines) + "</div>")
            label.setPos(box.left(), box.bottom() + 8)
            for item in (frame, label):
                item.setZValue(OVERLAY_Z)
                item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # the cards stay editable
                self.scene.addItem(item)
                self._overlays.append(item)
        self.caption.setText(caption(phase))
        self.caption.setStyleSheet(f"padding: 6px 12px; background: #ffffff; color: {colour.name()}; "
                                   f"border-bottom: 3px solid {colour.name()}; font-weight: bold;")
        self.caption.setVisible(True)

    def overlay_texts(self) -> dict[int, str]:
        """Node id -> the numbers drawn under its card now (tests, and readers of the canvas)."""
        found = {}
        phase = self.phase
        if phase is None:
            return found
        output_id = self._output_id()
        for node_id in self.scene.node_items:
            lines = phase_lines(phase, node_id, node_id == output_id)
            if lines and self._overlays:
                found[node_id] = "\n".join(lines)
        return found

    def overlay_rects(self) -> list[QRectF]:
        return [item.sceneBoundingRect() for item in self._overlays if isinstance(item, QGraphicsRectItem)]

    def clear(self) -> None:
        self._remove_overlays()
        self.phase = None
        self.caption.setVisible(False)

    def _remove_overlays(self) -> None:
        for item in self._overlays:
            if item.scene() is self.scene:
                self.scene.removeItem(item)
        self._overlays = []

    def _output_id(self) -> int | None:
        graph = self.scene.graph
        outputs = [n.id for n in graph.nodes.values() if n.kind == "Output"]
        return outputs[0] if outputs else None

    # ----- leaving slow motion -------------------------------------------------------------------
    def _on_snapshot(self, snap: Snapshot) -> None:
        phase = self.phase
        if phase is None:
            return
        expected = phase.step + 1 if phase.last else phase.step
        if snap.step != expected:  # a normal step, a reset or a new run went past it
            self.clear()

    def _on_state(self, state: str) -> None:
        if state == RUNNING:
            self.clear()

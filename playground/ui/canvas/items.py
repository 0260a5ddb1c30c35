"""What the canvas draws: layer cards (NodeItem), their ports (PortItem) and links (LinkItem).

Items only draw; they hold no model state the Graph does not (their position mirrors the
node's, except while the user is dragging them, and the move is committed on release).
Shapes, problems, neuron maps and weights are pushed in by the scene.

Colours: one diverging map for both neuron maps and weights, the same as the plots' (and
TensorFlow Playground's): negative orange, zero near white, positive blue. They come from
playground.ui.plots.colors (pure numpy), so a change there reaches the canvas too.
"""

from __future__ import annotations

import math
from typing import Callable

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath,
                           QPainterPathStroker, QPen, QPolygonF)
from PySide6.QtWidgets import (QGraphicsEllipseItem, QGraphicsItem, QGraphicsSceneHoverEvent,
                               QStyleOptionGraphicsItem, QWidget)

from playground.core import catalog
from playground.core.graph import Node
from playground.core.i18n import translate
from playground.core.layout import ROW_GAP
from playground.core.shapes import ERROR, Problem, Shape, format_shape
from playground.core.task import SMALL_LAYER, shows_neurons
from playground.ui.plots import colors

# ----- look -------------------------------------------------------------------------------
GROUP_COLOURS: dict[str, str] = {
    "Input / Output": "#455a64",
    "Layers": "#3f51b5",
    "Convolution": "#00897b",
    "Recurrent": "#7b1fa2",
    "Normalization": "#558b2f",
    "Merge": "#6d4c41",
    "Activations": "#0097a7",
}
NEGATIVE, ZERO, POSITIVE = (colors.hex_color(c) for c in (colors.ORANGE, colors.MIDDLE, colors.BLUE))


def colour_key() -> str:
    """Said wherever the colours are shown (tooltips, inspector), so students can read them."""
    return translate("canvas", "blue = positive, orange = negative, white = near zero")


ERROR_COLOUR, WARNING_COLOUR, SELECT_COLOUR = "#d93025", "#e8a000", "#1a73e8"
VALID_COLOUR, INVALID_COLOUR = "#1e8e3e", "#d93025"
EXPLAINED_COLOUR = "#202124"  # the frame of the neuron the Explain view shows
LINK_COLOUR = "#8a9199"

CARD_W = 144.0
HEADER_H = 26.0
PORT_Y = HEADER_H / 2  # ports sit on the header line, so cards placed at one y link in a straight row
PORT_R = 6.0
BODY_H = 44.0  # subtitle + shape lines
CORNER = 8.0
NEURON_GAP = 4.0
NEURON_PAD = 8.0
UNIT_BUTTON = 16.0  # the - and + squares on a Dense card's shape line
# a GAN's two networks, marked on each card's header: G the generator, D the discriminator
NETWORK_BADGE = 22.0
NETWORK_COLOURS = {"G": "#7b1fa2", "D": "#00796b"}



def network_part(network: str) -> str:
    """The sentence a card's tooltip says about the GAN network ("G" or "D") it belongs to."""
    if network == "G":
        return translate("canvas", "Part of the generator (G): it turns noise into samples.")
    return translate("canvas", "Part of the discriminator (D): it scores samples as real or fake.")


def group_colour(kind: str) -> QColor:
    return QColor(GROUP_COLOURS.get(catalog.layer(kind).group, "#607d8b"))


def diverging_lut() -> np.ndarray:
    """The plots' diverging table (colors.DIVERGING_LUT, NEGATIVE at -1 through ZERO to
    POSITIVE at +1) as ARGB32 words for QImage; index it with colors.lut_index."""
    rgb = colors.DIVERGING_LUT[:, :3].astype(np.uint32)
    return (0xFF000000 | (rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2]).astype(np.uint32)


_LUT = diverging_lut()


def diverging_colour(value: float, alpha: float = 1.0) -> QColor:
    colour = QColor.fromRgb(int(_LUT[colors.lut_index(np.float32(value))]) & 0xFFFFFF)
    colour.setAlphaF(alpha)
    return colour


def maps_to_image(maps: np.ndarray) -> QImage:
    """(units, T, T) values in about [-1, 1] -> one QImage of the units stacked top to bottom.

    Rows of a map follow x2 from bottom to top (like Snapshot.grid), so each map is flipped
    to put x2 up on screen. One image per layer keeps a 30 Hz refresh to one numpy pass.
    """
    units, height, width = maps.shape
    index = colors.lut_index(np.asarray(maps, dtype=np.float32)[:, ::-1, :])  # NaN -> the middle
    argb = np.ascontiguousarray(_LUT[index].reshape(units * height, width))
    image = QImage(argb.data, width, units * height, width * 4, QImage.Format.Format_RGB32)
    return image.copy()  # detach from the numpy buffer, which dies with this frame


def node_subtitle(node: Node, n_inputs: int = 0) -> str:
    """The key settings of a layer in a few words: '8 units · Tanh', '16 filters 3x3'."""
    return node.spec.text(node.params, n_inputs)


def _font(point_size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


# ----- ports -------------------------------------------------------------------------------
class PortItem(QGraphicsEllipseItem):
    """A node's input (left) or output (right) port: where links start and end."""

    NORMAL, HOVER, VALID, INVALID = "normal", "hover", "valid", "invalid"

    def __init__(self, node_item: "NodeItem", is_output: bool) -> None:
        super().__init__(-PORT_R, -PORT_R, 2 * PORT_R, 2 * PORT_R, node_item)
        self.node_item, self.is_output = node_item, is_output
        self.state = self.NORMAL
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setZValue(2)
        self.reset()

    @property
    def node_id(self) -> int:
        return self.node_item.node_id

    def reset(self) -> None:
        """Back to the resting look and tooltip once a link drag is over."""
        self.setToolTip(translate("canvas", "Output: drag from here to another layer's input to link them")
                        if self.is_output else
                        translate("canvas", "Input: drag a link here; drag from here to lift its link off"))
        self.state = self.NORMAL
        self._apply()

    def set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self._apply()

    def _apply(self) -> None:
        fill = {self.NORMAL: QColor("#ffffff"), self.HOVER: QColor("#fff3c4"),
                self.VALID: QColor(VALID_COLOUR), self.INVALID: QColor(INVALID_COLOUR)}[self.state]
        edge = {self.NORMAL: QColor("#5f6368"), self.HOVER: QColor(SELECT_COLOUR),
                self.VALID: QColor(VALID_COLOUR).darker(130),
                self.INVALID: QColor(INVALID_COLOUR).darker(130)}[self.state]
        self.setBrush(QBrush(fill))
        self.setPen(QPen(edge, 2.0 if self.state != self.NORMAL else 1.5))
        radius = PORT_R + (2 if self.state != self.NORMAL else 0)
        self.setRect(-radius, -radius, 2 * radius, 2 * radius)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        if self.state == self.NORMAL:
            self.set_state(self.HOVER)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        if self.state == self.HOVER:
            self.set_state(self.NORMAL)
        super().hoverLeaveEvent(event)


# ----- nodes -------------------------------------------------------------------------------
_HEADER: QPainterPath | None = None


def _header_path() -> QPainterPath:
    """The card's header band: rounded on top, square where it meets the body (built once)."""
    global _HEADER
    if _HEADER is None:
        rounded = QPainterPath()
        rounded.addRoundedRect(QRectF(0, 0, CARD_W, HEADER_H + 2 * CORNER), CORNER, CORNER)
        top = QPainterPath()
        top.addRect(QRectF(0, 0, CARD_W, HEADER_H))
        _HEADER = rounded.intersected(top)
    return _HEADER


class NodeItem(QGraphicsItem):
    """A layer card: coloured header with the kind, key settings, output shape, neurons."""

    def __init__(self, node: Node) -> None:
        super().__init__()
        self.node_id = node.id
        self.kind = node.kind
        self.spec = node.spec
        self.title = node.kind
        self.subtitle = ""
        self.shape_text = ""
        self.units = 0  # Dense units, for the neuron column
        self.problems: list[Problem] = []
        self.severity: str | None = None  # ERROR, WARNING or None
        self.network = ""  # in a GAN: "G" (the generator's layers) or "D" (the discriminator's)
        self.neuron_maps: np.ndarray | None = None
        self.placeholders = True  # grey squares until maps arrive (set_neuron_placeholders)
        self._maps_image: QImage | None = None
        self.on_moved: Callable[["NodeItem"], None] | None = None  # set by the scene
        # set by the scene: the neuron under the mouse changed (its index, or None)
        self.on_neuron_hover: Callable[["NodeItem", int | None], None] | None = None
        self._hovered_neuron: int | None = None
        self.explained_neuron: int | None = None  # the neuron the Explain view shows, framed
        self.neuron_labels: list[str] = []  # written beside the squares (the Input's feature names)
        # set by the scene: a click on the card's - or + button (-1 or +1 units)
        self.on_units_step: Callable[["NodeItem", int], None] | None = None
        self._pressed_step: int | None = None  # the button pressed, until its release
        # set by the scene: a click (not a drag) on one of a Dense card's neurons
        self.on_neuron_click: Callable[["NodeItem", int], None] | None = None
        self._pressed_neuron: tuple[int, QPointF] | None = None  # (neuron, card position) at the press
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setAcceptHoverEvents(True)
        self.setZValue(1)
        # cards repaint from a cached pixmap unless their content changed (most frames of a run)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        # the squares repaint on their own at the snapshot rate; the card stays cached
        self.neurons = NeuronsItem(self)
        self.input_port = PortItem(self, False) if self.spec.has_input else None
        self.output_port = PortItem(self, True) if self.spec.has_output else None
        if self.input_port:
            self.input_port.setPos(0, PORT_Y)
        if self.output_port:
            self.output_port.setPos(CARD_W, PORT_Y)
        self.update_from(node)
        self.setPos(node.x, node.y)

    # ----- content ----------------------------------------------------------------------
    def update_from(self, node: Node, n_inputs: int = 0) -> None:
        """Refresh the text and neuron count from the node's parameters."""
        units = node.params["units"] if shows_neurons(node) else 0
        if units != self.units:
            self._geometry_changing()
            self.units = units
            self.set_neuron_maps(None)
        self.subtitle = node_subtitle(node, n_inputs)
        self._refresh_tooltip()
        self.update()

    def set_shape(self, shape: Shape | None, known: bool = True) -> None:
        """The output shape from the latest analysis; `known=False` before any analysis."""
        text = "" if not known else ("\u2192 " + format_shape(shape) if shape is not None else "\u2192 ?")
        if text != self.shape_text:
            self.shape_text = text
            self.update()

    def set_problems(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        if any(p.severity == ERROR for p in problems):
            self.severity = ERROR
        else:
            self.severity = "warning" if problems else None
        self._refresh_tooltip()
        self.update()

    def set_network(self, network: str) -> None:
        if network != self.network:
            self.network = network
            self._refresh_tooltip()
            self.update()

    def _refresh_tooltip(self) -> None:
        if self.problems:
            lines = [("\u2716 " if p.severity == ERROR else "\u26a0 ") + p.message for p in self.problems]
            self.setToolTip(f"<b>{self.title} {self.node_id}</b><br>" + "<br>".join(lines))
        else:
            text = f"<b>{self.title} {self.node_id}</b><br>{catalog.kind_help(self.spec)}"
            if self.network:
                text += "<br>" + network_part(self.network)
            if self.has_unit_buttons:
                text += "<br>" + translate("canvas", "\u2212 / + change its units; right-click for more.")
            if self.units and (self.placeholders or self.neuron_maps is not None):
                text += "<br><br>" + translate("canvas", "Each square shows what one neuron outputs over the input "
                                               "plane ({colours}); click one to see its arithmetic.").format(
                                                   colours=colour_key())
            self.setToolTip(text)

    # ----- neurons ----------------------------------------------------------------------
    def neuron_count(self) -> int:
        """Squares shown: a small Dense layer's units, or as many maps as were given (Input)."""
        if self.units and (self.placeholders or self.neuron_maps is not None):
            return self.units
        return 0 if self.neuron_maps is None else len(self.neuron_maps)

    def neuron_size(self) -> float:
        return 22.0 if self.neuron_count() <= 8 else 16.0

    def neuron_rect(self, index: int) -> QRectF:
        size = self.neuron_size()
        top = HEADER_H + BODY_H + NEURON_PAD / 2 + index * (size + NEURON_GAP)
        return QRectF((CARD_W - size) / 2, top, size, size)

    def neuron_at(self, pos: QPointF) -> int | None:
        """The neuron whose map is drawn at `pos` (item coordinates), if any."""
        if self.neuron_maps is None:
            return None
        for index in range(len(self.neuron_maps)):
            if self.neuron_rect(index).contains(pos):
                return index
        return None

    def hover_neuron(self, index: int | None) -> None:
        """The mouse is over neuron `index` (None: over none of them), as far as anyone is told."""
        if index != self._hovered_neuron:
            self._hovered_neuron = index
            self.neurons.update()  # its frame shows which one the big plot shows
            if self.on_neuron_hover:
                self.on_neuron_hover(self, index)

    def set_explained_neuron(self, index: int | None) -> None:
        if index != self.explained_neuron:
            self.explained_neuron = index
            self.neurons.update()

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        self.hover_neuron(self.neuron_at(event.pos()))
        super().hoverMoveEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        self.hover_neuron(None)
        super().hoverLeaveEvent(event)

    # ----- the units buttons ------------------------------------------------------------
    @property
    def has_unit_buttons(self) -> bool:
        return self.kind == "Dense"

    def unit_button_rect(self, step: int) -> QRectF:
        """The - (step -1) or + (step +1) button at the right of the shape line (the subtitle above
        keeps the card's whole width: "64 units · LeakyReLU" and its translations fit)."""
        right = CARD_W - 6.0 - (0.0 if step > 0 else UNIT_BUTTON + 3.0)
        return QRectF(right - UNIT_BUTTON, HEADER_H + 23.0, UNIT_BUTTON, UNIT_BUTTON)

    def unit_step_at(self, pos: QPointF) -> int | None:
        """-1 or +1 when `pos` (item coordinates) is on a units button, else None."""
        if not self.has_unit_buttons:
            return None
        for step in (-1, 1):
            if self.unit_button_rect(step).contains(pos):
                return step
        return None

    def mousePressEvent(self, event) -> None:  # noqa: N802
        step = self.unit_step_at(event.pos()) if event.button() == Qt.MouseButton.LeftButton else None
        if step is None:
            self._pressed_step = None
            neuron = self.neuron_at(event.pos()) if self.kind == "Dense" else None
            self._pressed_neuron = (neuron, self.pos()) if neuron is not None else None
            super().mousePressEvent(event)
            return
        # a button press is the button's alone: no selection change, no drag of the card
        self._pressed_step = step
        event.accept()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._pressed_step is not None:
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        step, self._pressed_step = self._pressed_step, None
        if step is None:
            pressed, self._pressed_neuron = self._pressed_neuron, None
            super().mouseReleaseEvent(event)
            if (pressed is not None and self.pos() == pressed[1] and self.neuron_at(event.pos()) == pressed[0]
                    and self.on_neuron_click):
                self.on_neuron_click(self, pressed[0])  # a click, not the end of a drag
            return
        event.accept()
        if self.unit_step_at(event.pos()) == step and self.on_units_step:  # released where pressed
            self.on_units_step(self, step)

    def neuron_anchor(self, index: int, output_side: bool) -> QPointF:
        """Where a per-weight line meets the card edge, level with neuron `index` (scene coords)."""
        y = self.neuron_rect(index).center().y()
        return self.mapToScene(QPointF(CARD_W if output_side else 0.0, y))

    def accepts_maps(self, maps: np.ndarray) -> bool:
        """True when `maps` can be this card's neurons: a small Dense layer's, one map a unit.

        Snapshots are keyed by node id, so one from a run of another project (or from before
        an edit) may name this node: a Conv2D must not show the 8 maps of an old Dense 2.
        """
        if maps.ndim != 3 or len(maps) > SMALL_LAYER:
            return False
        if self.kind == "Dense":
            return len(maps) == self.units
        return self.kind == "Input"

    def set_neuron_placeholders(self, on: bool) -> None:
        """Whether a small Dense card keeps room for its neurons before any maps arrive.

        Only data on a plane (2-D inputs) gives neuron maps; for images, sequences, tables and
        1-D function fits the grey squares would stay empty for good, which looks broken, so
        whoever knows the data set turns them off.
        """
        if on == self.placeholders:
            return
        old_count = self.neuron_count()
        self.placeholders = on
        if self.neuron_count() != old_count:
            self._geometry_changing()
            if self.on_moved:
                self.on_moved(self)
        self._refresh_tooltip()
        self.update()

    def set_neuron_maps(self, maps: np.ndarray | None) -> None:
        """Each neuron's output over the input plane, (units, T, T) in about [-1, 1]; None clears."""
        if maps is not None and not self.accepts_maps(maps):
            maps = None  # from before the last edit, or another project: do not mislabel neurons
        if maps is None and self.neuron_maps is None:
            return
        if (maps is not None and self.neuron_maps is not None and maps.shape == self.neuron_maps.shape
                and np.array_equal(maps, self.neuron_maps)):
            return  # the same pictures: an Input's features come unchanged with every snapshot
        old_count = self.neuron_count()
        self.neuron_maps = maps
        self._maps_image = maps_to_image(maps) if maps is not None and len(maps) else None
        if maps is None or (self._hovered_neuron is not None and self._hovered_neuron >= len(maps)):
            self.hover_neuron(None)
        if self.neuron_count() != old_count:
            self._geometry_changing()
            if self.on_moved:
                self.on_moved(self)  # links anchored on neurons follow the new height
            self._refresh_tooltip()
            self.update()
        self.neurons.update()  # new maps alone: the card keeps its cached pixmap

    def set_neuron_labels(self, labels: list[str]) -> None:
        """Names written left of the squares, one a square (TensorFlow Playground labels its inputs)."""
        if labels != self.neuron_labels:
            self.neuron_labels = list(labels)
            self.update()

    def _geometry_changing(self) -> None:
        self.prepareGeometryChange()
        self.neurons.prepareGeometryChange()

    # ----- geometry ---------------------------------------------------------------------
    def card_height(self) -> float:
        n = self.neuron_count()
        extra = n * (self.neuron_size() + NEURON_GAP) + NEURON_PAD if n else 0.0
        return HEADER_H + BODY_H + extra

    def card_rect(self) -> QRectF:
        return QRectF(0, 0, CARD_W, self.card_height())

    def size(self) -> tuple[float, float]:
        return CARD_W, self.card_height()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self.card_rect().adjusted(-4, -4, 4, 6)  # selection ring and shadow

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self.card_rect(), CORNER, CORNER)
        return path

    def input_anchor(self) -> QPointF:
        return self.mapToScene(QPointF(0.0, PORT_Y))

    def output_anchor(self) -> QPointF:
        return self.mapToScene(QPointF(CARD_W, PORT_Y))

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value):  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged and self.on_moved:
            self.on_moved(self)
        return super().itemChange(change, value)

    # ----- painting ---------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.card_rect()
        colour = group_colour(self.kind)

        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 28))
        painter.drawRoundedRect(rect.translated(0, 2.5), CORNER, CORNER)  # soft shadow

        if self.isSelected():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(SELECT_COLOUR), 3.0))
            painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), CORNER + 3, CORNER + 3)

        body = QPainterPath()
        body.addRoundedRect(rect, CORNER, CORNER)
        painter.fillPath(body, QColor("#ffffff"))
        painter.fillPath(_header_path(), colour)

        if self.severity:
            edge = QPen(QColor(ERROR_COLOUR if self.severity == ERROR else WARNING_COLOUR), 2.5)
        else:
            edge = QPen(colour.darker(115), 1.0)
        painter.setPen(edge)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, CORNER, CORNER)

        self._paint_text(painter)  # the neurons: NeuronsItem, a child drawn on top
        self._paint_neuron_labels(painter)

    def _paint_neuron_labels(self, painter: QPainter) -> None:
        count = min(self.neuron_count(), len(self.neuron_labels))
        if not count:
            return
        font = _font(8)
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        painter.setPen(QColor("#5f6368"))
        for i in range(count):
            square = self.neuron_rect(i)
            room = QRectF(6.0, square.top(), square.left() - 10.0, square.height())
            painter.drawText(room, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             metrics.elidedText(self.neuron_labels[i], Qt.TextElideMode.ElideRight, room.width()))

    def _paint_network(self, painter: QPainter, x: float) -> None:
        """A pill in the header saying which of a GAN's networks the layer belongs to."""
        pill = QRectF(x + 2, (HEADER_H - 14) / 2, NETWORK_BADGE - 4, 14)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(pill, 7, 7)
        painter.setPen(QColor(NETWORK_COLOURS[self.network]))
        painter.setFont(_font(8, bold=True))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, self.network)
        painter.restore()

    def _paint_text(self, painter: QPainter) -> None:
        left, right = 12.0, CARD_W - 12.0
        title_font = _font(9.5, bold=True)
        painter.setFont(title_font)
        painter.setPen(QColor("#ffffff"))
        badge = 18.0 if self.severity else 0.0
        id_text = str(self.node_id)
        small = _font(8)
        id_width = QFontMetricsF(small).horizontalAdvance(id_text) + 6
        network = NETWORK_BADGE if self.network else 0.0
        title_rect = QRectF(left, 0, right - left - id_width - badge - network, HEADER_H)
        title = QFontMetricsF(title_font).elidedText(self.title, Qt.TextElideMode.ElideRight, title_rect.width())
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(small)
        painter.setPen(QColor(255, 255, 255, 170))
        painter.drawText(QRectF(right - id_width - badge, 0, id_width, HEADER_H),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, id_text)
        if self.network:
            self._paint_network(painter, right - id_width - badge - network)
            painter.setFont(small)
        if self.severity:
            centre = QPointF(right - badge / 2 + 2, HEADER_H / 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#ffffff"))
            painter.drawEllipse(centre, 7.5, 7.5)
            painter.setPen(QColor(ERROR_COLOUR if self.severity == ERROR else WARNING_COLOUR))
            painter.setFont(_font(8.5, bold=True))
            painter.drawText(QRectF(centre.x() - 7.5, centre.y() - 7.5, 15, 15),
                             Qt.AlignmentFlag.AlignCenter, "!")

        body_font = _font(8.5)
        painter.setFont(body_font)
        painter.setPen(QColor("#3c4043"))
        metrics = QFontMetricsF(body_font)
        line = QRectF(left - 4, HEADER_H + 3, right - left + 8, 19)
        painter.drawText(line, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(self.subtitle, Qt.TextElideMode.ElideRight, line.width()))
        if self.has_unit_buttons:
            self._paint_unit_buttons(painter)
        painter.setPen(QColor(ERROR_COLOUR) if self.severity == ERROR and self.shape_text.endswith("?")
                       else QColor("#80868b"))
        room = line.translated(0, 19).adjusted(0, 0, -(2 * UNIT_BUTTON + 6) if self.has_unit_buttons else 0, 0)
        painter.drawText(room, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(self.shape_text, Qt.TextElideMode.ElideRight, room.width()))

    def _paint_unit_buttons(self, painter: QPainter) -> None:
        painter.save()
        painter.setFont(_font(9, bold=True))
        for step, sign in ((-1, "\u2212"), (1, "+")):
            rect = self.unit_button_rect(step)
            painter.setPen(QPen(QColor("#bdc1c6"), 1.0))
            painter.setBrush(QColor("#f1f3f4"))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(QColor("#3c4043"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, sign)
        painter.restore()

    def paint_neurons(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        image = self._maps_image
        thumb = image.width() if image is not None else 0
        for i in range(self.neuron_count()):
            rect = self.neuron_rect(i)
            if image is not None and i * thumb < image.height():
                painter.drawImage(rect, image, QRectF(0, i * thumb, thumb, thumb))
            else:
                painter.fillRect(rect, QColor("#f1f3f4"))
            painter.setPen(QPen(QColor("#9aa0a6"), 0.8))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
        if self.explained_neuron is not None and self.explained_neuron < self.neuron_count():
            painter.setPen(QPen(QColor(EXPLAINED_COLOUR), 2.0))
            painter.drawRect(self.neuron_rect(self.explained_neuron).adjusted(-2.5, -2.5, 2.5, 2.5))
        if self._hovered_neuron is not None and self._hovered_neuron < self.neuron_count():
            painter.setPen(QPen(QColor(SELECT_COLOUR), 2.0))
            painter.drawRect(self.neuron_rect(self._hovered_neuron).adjusted(-1.5, -1.5, 1.5, 1.5))


class NeuronsItem(QGraphicsItem):
    """A card's neuron squares, a child of the card: new maps arrive with every snapshot, and
    repainting the squares alone leaves the card (text, rounded shapes) in its cached pixmap.

    It takes no mouse buttons, hover or tooltip: those go to the card beneath.
    """

    def __init__(self, card: NodeItem) -> None:
        super().__init__(card)
        self.card = card
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:  # noqa: N802
        card = self.card
        n = card.neuron_count()
        if not n:
            return QRectF()
        return card.neuron_rect(0).united(card.neuron_rect(n - 1)).adjusted(-3, -3, 3, 3)  # room for the hover frame

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if self.card.neuron_count():
            self.card.paint_neurons(painter)


# ----- links -------------------------------------------------------------------------------
BACK_LINK_REACH = 40.0  # how far a link back to the left goes out beside its cards before it turns


def link_path(start: QPointF, end: QPointF, corridor: float | None = None) -> QPainterPath:
    """A horizontal-tangent cubic from an output port to an input port. A link back to the left
    with a `corridor` (a y in the gap above the target's row: a wrapped band, a GAN's D row) goes
    round instead: out right of its source, along the corridor, down into the target from its
    left, so it crosses no card of the rows it joins (a cubic would cut through both)."""
    reach = BACK_LINK_REACH
    if corridor is not None and end.x() < start.x() - 2 * reach:
        out, into = start.x() + reach, end.x() - reach
        path = QPainterPath(start)
        path.cubicTo(QPointF(out, start.y()), QPointF(out, start.y()), QPointF(out, (start.y() + corridor) / 2))
        path.cubicTo(QPointF(out, corridor), QPointF(out, corridor), QPointF(out - reach, corridor))
        path.lineTo(QPointF(into + reach, corridor))
        path.cubicTo(QPointF(into, corridor), QPointF(into, corridor), QPointF(into, (corridor + end.y()) / 2))
        path.cubicTo(QPointF(into, end.y()), QPointF(into, end.y()), end)
        return path
    dx = max(40.0, abs(end.x() - start.x()) * 0.5)
    path = QPainterPath(start)
    path.cubicTo(start + QPointF(dx, 0), end - QPointF(dx, 0), end)
    return path


WEIGHT_FULL = 2.0  # |w| drawn at full width and colour; larger weights are clipped to it
WEIGHT_LEVELS = 16
# Antialiased strokes wider than one pixel cost ~0.1 ms each in the raster engine (measured:
# 768 wide curves take 65-85 ms a frame, 1-px cosmetic ones 7-13 ms). So a link with more
# weights than this draws them as hairlines whose opacity alone shows |w|.
WIDE_WEIGHT_LIMIT = 64


def weights_tip() -> str:
    return translate("canvas", "Weights into the next layer: {colours}; the thicker (or darker) a line, the larger "
                     "the weight.").format(colours=colour_key())


def _make_weight_pens(thin: bool) -> tuple[list[QPen], list[QPen]]:
    tables: tuple[list[QPen], list[QPen]] = ([], [])
    for table, name in zip(tables, (NEGATIVE, POSITIVE)):
        for level in range(WEIGHT_LEVELS):
            mag = level / (WEIGHT_LEVELS - 1)
            colour = QColor(name)
            colour.setAlphaF((0.12 + 0.88 * mag) if thin else (0.25 + 0.75 * mag))
            pen = QPen(colour, 1.0 if thin else 0.6 + 4.4 * mag)
            pen.setCosmetic(thin)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap if thin else Qt.PenCapStyle.RoundCap)
            table.append(pen)
    return tables


_WEIGHT_PENS: dict[bool, tuple[list[QPen], list[QPen]]] = {}


def _weight_pens(values: np.ndarray, magnitudes: np.ndarray | None = None, thin: bool = False) -> list[QPen]:
    """A pen per weight: width (or, thin, opacity) by |w| clipped at WEIGHT_FULL, colour by sign."""
    if thin not in _WEIGHT_PENS:  # built lazily: QPen needs the QGuiApplication
        _WEIGHT_PENS[thin] = _make_weight_pens(thin)
    mags = np.abs(values) if magnitudes is None else magnitudes
    levels = np.clip(np.nan_to_num(mags) / WEIGHT_FULL, 0, 1) * (WEIGHT_LEVELS - 1)
    levels = levels.round().astype(int)
    negative, positive = _WEIGHT_PENS[thin]
    return [(positive if v >= 0 else negative)[k] for v, k in zip(values.tolist(), levels.tolist())]


class LinkItem(QGraphicsItem):
    """A link drawn as a bezier with an arrow; optionally one thin line per weight.

    Weights: when both ends show their neurons and the matrix fits (target units x source
    units), every weight is its own line between the two neurons, width and opacity by |w|,
    colour by sign (hairlines with opacity only above WIDE_WEIGHT_LIMIT weights, for speed).
    Otherwise the link itself is drawn with the width of the mean |w| and the
    colour of the mean sign, so large networks still show which connections carry weight.
    """

    def __init__(self, link_id: int, source: NodeItem, target: NodeItem) -> None:
        super().__init__()
        self.link_id = link_id
        self.source, self.target = source, target
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)  # the weight under the mouse, in the tooltip
        self.setZValue(0)
        self.weights: np.ndarray | None = None
        self.grads: np.ndarray | None = None  # the weights' last gradient, when the run has one
        # set by the scene: a click on one weight's line, (link, unit, input index, scene point)
        self.on_weight_click: Callable[["LinkItem", int, int, QPointF], None] | None = None
        self._strokes: list[QPainterPath] | None = None  # per-weight lines, widened for the mouse
        self._shape: QPainterPath | None = None
        self._pressed_weight: tuple[int, int] | None = None
        self.highlighted = False  # a palette drag hovers this link: dropping inserts a layer
        self._path = QPainterPath()
        self._line_paths: list[QPainterPath] = []
        self._lines: list[tuple[QPainterPath, QPen]] = []
        self._mean_pen: QPen | None = None
        self._bounds = QRectF()
        self._geometry_key: tuple | None = None
        self._look_key: tuple | None = None  # the pens last drawn (pens come from fixed tables)
        # Per-weight lines are ~0.05-0.1 ms of antialiased stroking each: redrawn only when a
        # weight moves to another pen level, blitted from a pixmap on the other frames.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.update_path()

    @property
    def per_weight(self) -> bool:
        """True when the weights are drawn neuron to neuron rather than as one mean line."""
        return bool(self._lines)

    def set_weights(self, weights: np.ndarray | None, grads: np.ndarray | None = None) -> None:
        """Weight matrix (target units, source inputs) of the target layer, or None to clear;
        `grads`, their last gradient (the same shape), for the tooltip.

        A matrix that cannot be the target's (not a Dense layer, or another number of units:
        a snapshot from another project or from before an edit) is ignored, like None.
        """
        if weights is not None:
            weights = np.asarray(weights)
            target = self.target
            if (target.kind != "Dense" or weights.ndim != 2
                    or (target.units and weights.shape[0] != target.units)):
                weights = None
        self.grads = grads if weights is not None and grads is not None and grads.shape == weights.shape else None
        if weights is None and self.weights is None:
            return
        self.weights = weights
        self.setToolTip("" if weights is None else weights_tip())
        self.update_path()

    # ----- one weight under the mouse -------------------------------------------------------
    def _weight_strokes(self) -> list[QPainterPath]:
        if self._strokes is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(6.0)
            self._strokes = [stroker.createStroke(path) for path in self._line_paths] if self.per_weight else []
        return self._strokes

    def weight_at(self, pos: QPointF) -> tuple[int, int] | None:
        """(unit, input) of the weight whose line passes at `pos` (item coordinates), if any;
        the nearest line's when they cross there is not needed: the last drawn (on top) wins."""
        n_src = self.source.neuron_count()
        for k in range(len(self._weight_strokes()) - 1, -1, -1):
            if self._strokes[k].contains(pos):
                return divmod(k, n_src)
        return None

    def weight_tip(self, pos: QPointF) -> str:
        """The tooltip at `pos`: the weight under it and its last gradient, or the link's summary."""
        w = self.weights
        if w is None:
            return ""
        src, dst = self.source.title + f" {self.source.node_id}", self.target.title + f" {self.target.node_id}"
        found = self.weight_at(pos) if self.per_weight else None
        if found is not None:
            unit, index = found
            grad = (f"{self.grads[unit, index]:+.4g}" if self.grads is not None
                    else translate("canvas", "none yet"))
            return translate("canvas", "<b>{source}, neuron {input} \u2192 {target}, neuron {unit}</b><br>weight "
                             "{weight}<br>last gradient {gradient}<br><i>Click to edit it.</i>").format(
                                 source=src, input=index + 1, target=dst, unit=unit + 1,
                                 weight=f"{w[unit, index]:+.4f}", gradient=grad)
        text = translate("canvas", "<b>{source} \u2192 {target}</b>: {n} weights, from {low:+.3f} to {high:+.3f} "
                         "(mean |w| {mean:.3f})").format(source=src, target=dst, n=w.size, low=w.min(), high=w.max(),
                                                         mean=np.abs(w).mean())
        if self.grads is not None:
            text += "<br>" + translate("canvas", "last gradient: mean |g| {mean:.3g}").format(
                mean=np.abs(self.grads).mean())
        return text + "<br>" + weights_tip()

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        self.setToolTip(self.weight_tip(event.pos()))
        super().hoverMoveEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        left = event.button() == Qt.MouseButton.LeftButton
        self._pressed_weight = self.weight_at(event.pos()) if left and self.per_weight else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        pressed, self._pressed_weight = self._pressed_weight, None
        super().mouseReleaseEvent(event)
        if pressed is not None and self.weight_at(event.pos()) == pressed and self.on_weight_click:
            self.on_weight_click(self, pressed[0], pressed[1], event.scenePos())

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def update_path(self) -> None:
        """Recompute the curves after an end moved or resized, or the weights changed.

        Curves are cached per geometry: at a 30 Hz snapshot rate with the nodes still, only the
        pens change, and those come from a small table (WEIGHT_LEVELS per sign).
        """
        start, end = self.source.output_anchor(), self.target.input_anchor()
        n_src, n_dst = self.source.neuron_count(), self.target.neuron_count()
        w = self.weights
        per_weight = (w is not None and w.ndim == 2 and w.shape == (n_dst, n_src) and n_src > 0 and n_dst > 0)
        key = (start.x(), start.y(), end.x(), end.y(), self.source.card_height(),
               self.target.card_height(), per_weight, n_src, n_dst)
        moved = key != self._geometry_key
        if moved:
            self._geometry_key = key
            self.prepareGeometryChange()
            # a link back to the left runs in the gap above the target's row (core/layout.py leaves
            # 2 x ROW_GAP between rows): its middle
            corridor = end.y() - PORT_Y - ROW_GAP
            self._path = link_path(start, end - QPointF(PORT_R, 0), corridor)
            bounds = self._path.boundingRect()
            self._line_paths = []
            if per_weight:
                for i in range(n_dst):
                    b = self.target.neuron_anchor(i, False)
                    for j in range(n_src):
                        path = link_path(self.source.neuron_anchor(j, True), b, corridor)
                        self._line_paths.append(path)
                        bounds = bounds.united(path.boundingRect())
            self._bounds = bounds.adjusted(-12, -12, 12, 12)
            self._strokes = self._shape = None
        if per_weight:
            thin = w.size > WIDE_WEIGHT_LIMIT
            pens = _weight_pens(np.asarray(w, dtype=np.float64).ravel(), thin=thin)
            self._lines = list(zip(self._line_paths, pens))
            self._mean_pen = None
        else:
            self._lines = []
            pens = ([_weight_pens(np.array([np.mean(w)]), np.array([np.mean(np.abs(w))]))[0]]
                    if w is not None and w.size else [])
            self._mean_pen = pens[0] if pens else None
        look = (per_weight, *map(id, pens))
        if moved or look != self._look_key:
            self._look_key = look
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(14.0)  # easy to click and to drop onto
            shape = stroker.createStroke(self._path)
            for stroke in self._weight_strokes():  # each weight's line answers the mouse too
                shape.addPath(stroke)
            shape.setFillRule(Qt.FillRule.WindingFill)
            self._shape = shape
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for path, pen in self._lines:
            painter.setPen(pen)
            painter.drawPath(path)
        if self.highlighted:
            colour, width = QColor(VALID_COLOUR), 4.0
        elif self.isSelected():
            colour, width = QColor(SELECT_COLOUR), 3.5
        elif self._mean_pen is not None:
            colour, width = self._mean_pen.color(), self._mean_pen.widthF()
        else:
            colour, width = QColor(LINK_COLOUR), 2.0
        if self._lines and not (self.highlighted or self.isSelected()):
            colour = QColor(LINK_COLOUR)
            colour.setAlpha(70)  # the weights tell the story; the link stays as a faint guide
            width = 1.5
        painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawPath(self._path)
        self._paint_arrow(painter, colour)

    def _paint_arrow(self, painter: QPainter, colour: QColor) -> None:
        tip = self._path.currentPosition()
        angle = math.radians(self._path.angleAtPercent(0.999))
        back = QLineF(tip, tip - QPointF(math.cos(angle) * 9, -math.sin(angle) * 9))
        normal = back.normalVector()
        normal.setLength(4.5)
        base = back.p2()
        offset = normal.p2() - normal.p1()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour if colour.alpha() > 100 else QColor(LINK_COLOUR))
        painter.drawPolygon(QPolygonF([tip, base + offset, base - offset]))

"""The kernels view: the filters each convolution layer has learned, one grid per layer."""

from __future__ import annotations

from playground.core.task import Task
from playground.engine.payloads.kernels import KernelLayer, KernelsPayload
from playground.ui.views.tiles import NOTE_COLOR, Mosaic, SheetView, diverging_tiles, mosaic, signed

BLOCK_GAP = 1.2  # units between layers
LINE = 0.5  # units: the words, a little larger than beside feature maps (fewer, wider blocks here)
NOTE = ("Each column is one filter; each row, its weights on one input channel. Orange: negative, "
        "white: zero, blue: positive, on one scale per layer (\u00b1 its largest weight).")


def kernel_mosaic(layer: KernelLayer) -> Mosaic:
    """Rows: input channels; columns: filters; all on the layer's one symmetric scale."""
    filters, inputs, kh, kw = layer.weights.shape
    tiles = diverging_tiles(layer.weights.transpose(1, 0, 2, 3).reshape(-1, kh, kw), layer.scale)
    return mosaic(tiles, filters)


def title_lines(layer: KernelLayer) -> list[str]:
    kh, kw = layer.weights.shape[2:]
    return [f"<b>{layer.label}</b>", f"{layer.filters} filter{'s' if layer.filters != 1 else ''} of "
            f"{kh}\u00d7{kw}, scale {signed(layer.scale)}"]


def note_lines(layer: KernelLayer) -> list[str]:
    """What is left out, said under the grid."""
    lines = []
    if layer.hidden_filters:
        lines.append(f"first {layer.weights.shape[0]} of {layer.filters} filters")
    if layer.hidden_inputs:
        lines.append(f"first {layer.weights.shape[1]} of {layer.inputs} input channels")
    return lines


def arrange(blocks: list[tuple[float, float]], aspect: float) -> tuple[list[tuple[float, float]], float, float]:
    """Top-left corners of blocks (width, height) laid out left to right in bands, and the
    whole width and height: of the ways to break the bands, the one that shows the blocks
    largest in an area `aspect` times as wide as high (side by side in a wide tab, stacked in a
    narrow one)."""
    best: tuple[float, list[tuple[float, float]], float, float] | None = None
    limits = sorted({sum(w for w, _ in blocks[i:j]) + BLOCK_GAP * (j - i - 1)
                     for i in range(len(blocks)) for j in range(i + 1, len(blocks) + 1)})
    for limit in limits or [0.0]:
        places, x, y, band, width = [], 0.0, 0.0, 0.0, 0.0
        for w, h in blocks:
            if x > 0 and x + w > limit + 1e-9:
                x, y, band = 0.0, y + band + BLOCK_GAP, 0.0
            places.append((x, y))
            band = max(band, h)
            width = max(width, x + w)
            x += w + BLOCK_GAP
        height = y + band
        scale = min(aspect / width, 1.0 / height) if width > 0 and height > 0 else 0.0
        if best is None or scale > best[0] + 1e-9:
            best = (scale, places, width, height)
    return best[1], best[2], best[3]


class KernelsView(SheetView):
    name = "kernels"
    NOTE = NOTE

    def __init__(self, task: Task, parent=None):
        super().__init__(task, parent)
        self._structure: tuple | None = None

    def render(self, payload: KernelsPayload) -> None:
        structure = tuple((l.node_id, l.weights.shape) for l in payload.layers)
        if structure != self._structure:
            self._structure = structure
            self.sheet.clear()
        sheet = self.sheet
        blocks = []  # (layer, picture, title, note, width, height)
        for layer in payload.layers:
            picture = kernel_mosaic(layer)
            title = sheet.text(f"title:{layer.node_id}", "<br>".join(title_lines(layer)), LINE)
            lines = note_lines(layer)
            note = sheet.text(f"note:{layer.node_id}", "<br>".join(lines), LINE, NOTE_COLOR) if lines else None
            title_w, title_h = sheet.extent(title)
            note_w, note_h = sheet.extent(note) if note else (0.0, 0.0)
            blocks.append((layer, picture, title, note, max(picture.width, title_w, note_w),
                           title_h + 0.15 + picture.height + (0.1 + note_h if note else 0.0)))
        places, width, height = arrange([(b[4], b[5]) for b in blocks], self._aspect())
        for (layer, picture, title, note, _, _), (x, y) in zip(blocks, places):
            title_h = sheet.extent(title)[1]
            sheet.put(title, x, y)
            sheet.image(f"kernels:{layer.node_id}", picture, x, y + title_h + 0.15)
            if note:
                sheet.put(note, x, y + title_h + 0.25 + picture.height)
        sheet.fit(width, height)

    def _aspect(self) -> float:
        size = self.sheet.size()
        return size.width() / size.height() if size.height() > 0 else 1.6

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if self._drawn is not None:  # the best arrangement of the layers depends on the shape
            self.render(self._drawn)

    def reset(self) -> None:
        super().reset()
        self._structure = None


WIDGET = KernelsView

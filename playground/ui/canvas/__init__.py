"""The network canvas: palette, scene, view and items (the undoable edits are in playground.ui.commands)."""

from playground.ui.canvas.palette import LAYER_MIME, Palette, kind_from_mime, layer_mime_data
from playground.ui.canvas.scene import GRAPH_MIME, CanvasScene
from playground.ui.canvas.view import CanvasView

__all__ = ["GRAPH_MIME", "LAYER_MIME", "CanvasScene", "CanvasView", "Palette", "kind_from_mime",
           "layer_mime_data"]

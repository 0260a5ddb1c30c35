"""Colour maps and palettes shared by the plots and the canvas, as numpy lookup tables.

Pure numpy (no Qt), so the canvas neuron thumbnails can use the same colours without
pulling in pyqtgraph. Colours follow TensorFlow Playground: orange for negative / class 0,
blue for positive / class 1, a near-white middle, and a paler background than the points so
the points stay readable on top of it.
"""

from __future__ import annotations

import numpy as np

ORANGE = (245, 147, 34)  # TFP #f59322: class 0, negative values
BLUE = (8, 119, 189)  # TFP #0877bd: class 1, positive values
MIDDLE = (232, 234, 235)  # TFP #e8eaeb: undecided (p = 0.5, value 0)
WHITE = (255, 255, 255)

# Classes beyond two: orange and blue first so binary and K-class runs agree, then hues
# far apart from both and from each other (checked side by side on a projector-like grey).
CLASS_COLORS: tuple[tuple[int, int, int], ...] = (
    ORANGE,
    BLUE,
    (44, 160, 72),  # green
    (214, 48, 64),  # red
    (136, 86, 196),  # purple
    (120, 90, 60),  # brown
)
MAX_CLASSES = len(CLASS_COLORS)
# Points of data sets with up to 10 classes (digits, CIFAR): the class colours, then tab10's
# pink, grey, olive and cyan, so no two classes share a colour. The plane's class shades keep
# the six above (its 2-D sets have at most six classes).
TEN_CLASS_COLORS: tuple[tuple[int, int, int], ...] = CLASS_COLORS + (
    (227, 119, 194), (127, 127, 127), (188, 189, 34), (23, 190, 207))

# One colour per layer in the gradient plots: tab10 without its red, which the gradient bars
# keep for "vanishing or exploding", and with its blue and orange last, so that the first
# layers are not drawn in the colours that mean class 1 / class 0 everywhere else.
LAYER_COLORS: tuple[tuple[int, int, int], ...] = (
    (44, 160, 44), (148, 103, 189), (140, 86, 75), (227, 119, 194), (23, 190, 207),
    (188, 189, 34), (127, 127, 127), (31, 119, 180), (255, 127, 14),
)
WARNING_COLOR = (220, 20, 30)

# TFP paints its background at alpha 160/255 over white: the same colour, paler than points.
BACKGROUND_ALPHA = 160 / 255
LUT_SIZE = 257  # odd, so 0 (p = 0.5) has an entry of its own: the exact middle colour


def _lerp(a: np.ndarray, b: np.ndarray, t: np.ndarray) -> np.ndarray:
    return a + (b - a) * t[:, None]


def _diverging_rgb(n: int = LUT_SIZE) -> np.ndarray:
    """n x 3 float table from ORANGE (index 0) through MIDDLE to BLUE (index n-1)."""
    t = np.linspace(-1.0, 1.0, n)
    orange, middle, blue = (np.asarray(c, np.float64) for c in (ORANGE, MIDDLE, BLUE))
    return np.where((t < 0)[:, None], _lerp(middle, orange, -t), _lerp(middle, blue, t))


def _paler(rgb: np.ndarray) -> np.ndarray:
    """The colour as seen through TFP's background alpha over white."""
    return rgb * BACKGROUND_ALPHA + 255.0 * (1.0 - BACKGROUND_ALPHA)


def _rgba(rgb: np.ndarray) -> np.ndarray:
    out = np.empty(rgb.shape[:-1] + (4,), np.uint8)
    out[..., :3] = np.clip(np.rint(rgb), 0, 255)
    out[..., 3] = 255
    return out


# Lookup tables, built once. Index with np.take / fancy indexing: far cheaper per frame than
# interpolating colours.
DIVERGING_LUT: np.ndarray = _rgba(_diverging_rgb())  # (257, 4) uint8, full strength (points)
BACKGROUND_LUT: np.ndarray = _rgba(_paler(_diverging_rgb()))  # (257, 4) uint8, pale (grid)
CLASS_RGB: np.ndarray = np.asarray(CLASS_COLORS, np.float64)  # (6, 3)
CLASS_RGBA: np.ndarray = _rgba(CLASS_RGB)  # (6, 4) uint8, full strength (points)
CLASS_BACKGROUND_RGBA: np.ndarray = _rgba(_paler(CLASS_RGB))  # (6, 4) uint8, pale (discretized grid)


def lut_index(values: np.ndarray) -> np.ndarray:
    """Values in [-1, 1] (clipped; NaN -> middle) -> indices into a LUT_SIZE table."""
    v = np.nan_to_num(np.asarray(values, np.float32), nan=0.0, posinf=1.0, neginf=-1.0)
    return np.rint((np.clip(v, -1.0, 1.0) + 1.0) * (0.5 * (LUT_SIZE - 1))).astype(np.intp)


def diverging_rgba(values: np.ndarray, background: bool = False) -> np.ndarray:
    """Values in [-1, 1] -> uint8 (..., 4): -1 orange, 0 near-white, +1 blue.

    `background=True` gives the paler variant used behind scatter points.
    """
    lut = BACKGROUND_LUT if background else DIVERGING_LUT
    return lut[lut_index(values)]


def class_color(k: int) -> tuple[int, int, int]:
    return CLASS_COLORS[k % MAX_CLASSES]


def layer_color(i: int) -> tuple[int, int, int]:
    return LAYER_COLORS[i % len(LAYER_COLORS)]


def blend_classes(probs: np.ndarray, background: bool = True) -> np.ndarray:
    """(..., K) class probabilities -> uint8 (..., 4).

    Class colours are mixed by probability, then faded toward white as the prediction gets
    less certain (max p near 1/K): an even mix of several hues is a muddy grey-brown that
    reads as "some class", while white reads as "undecided", as in TFP's binary map.
    """
    p = np.asarray(probs, np.float32)
    k = p.shape[-1]
    p = np.nan_to_num(p, nan=1.0 / k)
    palette = CLASS_RGB[np.arange(k) % MAX_CLASSES].astype(np.float32)  # colours repeat past 6
    rgb = p @ palette  # (..., 3)
    certainty = np.clip((p.max(axis=-1) - 1.0 / k) * (k / (k - 1.0)), 0.0, 1.0)[..., None]
    white = np.float32(255.0)
    rgb = white + (rgb - white) * certainty
    if background:
        rgb = _paler(rgb)
    return _rgba(rgb)


def hard_classes(probs: np.ndarray, background: bool = True) -> np.ndarray:
    """(..., K) probabilities -> uint8 (..., 4) colour of the most likely class."""
    table = CLASS_BACKGROUND_RGBA if background else CLASS_RGBA
    return table[np.argmax(np.nan_to_num(np.asarray(probs), nan=0.0), axis=-1) % MAX_CLASSES]


def hex_color(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)

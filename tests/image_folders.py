"""Image folders for the tests and the shipped example: simple shapes drawn with numpy, saved with
Pillow, the same bytes for the same seed (`scripts/make_shapes_folder.py` writes the shipped one)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

SHAPES = ("circle", "square", "triangle")


def shape_pixels(kind: str, size: int, rng: np.random.Generator) -> np.ndarray:
    """A dark `kind` at a random place and size on a light background, uint8 (size, size)."""
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float32) + 0.5
    r = rng.uniform(0.22, 0.38) * size
    cx, cy = rng.uniform(r, size - r, 2)
    if kind == "circle":
        inside = (xx - cx) ** 2 + (yy - cy) ** 2 <= r * r
    elif kind == "square":
        inside = (abs(xx - cx) <= r * 0.85) & (abs(yy - cy) <= r * 0.85)
    else:  # a triangle pointing up
        inside = (yy <= cy + r * 0.8) & (yy >= cy - r) & (abs(xx - cx) <= (yy - (cy - r)) * 0.6)
    background = rng.integers(200, 256)
    ink = rng.integers(0, 80)
    return np.where(inside, ink, background).astype(np.uint8)


def write_shapes_folder(folder: Path, per_class: int = 12, size: int = 16, seed: int = 0,
                        kinds: tuple[str, ...] = SHAPES, mode: str = "L") -> Path:
    """`folder`/<shape>/<shape>_NN.png for each shape; `mode` "RGB" writes colour PNGs."""
    rng = np.random.default_rng(seed)
    for kind in kinds:
        (folder / kind).mkdir(parents=True, exist_ok=True)
        for i in range(per_class):
            image = Image.fromarray(shape_pixels(kind, size, rng), "L").convert(mode)
            image.save(folder / kind / f"{kind}_{i:02d}.png", optimize=True)
    return folder

"""A small picture of each data set for the picker: 2-D sets as point clouds, image sets as a few
samples, sequences and the 1-D function as a few curves, a CSV table as its first rows.

Drawn with numpy into an RGBA array, then wrapped in a QImage (no torch: the window's process).
Each picture is made only when the picker first shows it, from a small sample of the data.
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from playground.core.datasets import DATASETS, DRAWN, PLANE_HALF_WIDTH, DataError
from playground.core.i18n import translate
from playground.core.resources import asset
from playground.ui.plots import colors

log = logging.getLogger(__name__)

SIZE = 96  # pixels a side
_BACKGROUND = (248, 249, 250, 255)
_INK = (60, 60, 60)


def _canvas() -> np.ndarray:
    return np.tile(np.array(_BACKGROUND, np.uint8), (SIZE, SIZE, 1))


def _to_image(rgba: np.ndarray) -> QImage:
    rgba = np.ascontiguousarray(rgba)
    image = QImage(rgba.data, SIZE, SIZE, 4 * SIZE, QImage.Format.Format_RGBA8888)
    return image.copy()  # owns its pixels: the array may go


def _dots(canvas: np.ndarray, xy: np.ndarray, rgb: np.ndarray, radius: int = 2) -> None:
    """Paint a square dot of colour rgb[i] at pixel xy[i] (x right, y down)."""
    for (x, y), c in zip(xy.astype(int), rgb):
        canvas[max(y - radius, 0):y + radius + 1, max(x - radius, 0):x + radius + 1, :3] = c


def plane_picture(points: np.ndarray, labels: np.ndarray, regression: bool) -> np.ndarray:
    """A point cloud over the plane -6..6, coloured by class (or by value for a regression)."""
    canvas = _canvas()
    if len(points):
        scale = (SIZE - 6) / (2 * PLANE_HALF_WIDTH)
        xy = np.column_stack([3 + (points[:, 0] + PLANE_HALF_WIDTH) * scale,
                              3 + (PLANE_HALF_WIDTH - points[:, 1]) * scale])
        if regression:
            values = labels.astype(np.float64).reshape(-1)
            half = float(np.abs(values).max()) or 1.0
            rgb = colors.diverging_rgba(values / half)[:, :3]
        else:
            rgb = colors.CLASS_RGBA[np.asarray(labels, np.intp).reshape(-1) % colors.MAX_CLASSES][:, :3]
        _dots(canvas, np.clip(xy, 0, SIZE - 1), rgb)
    return canvas


def images_picture(images: np.ndarray) -> np.ndarray:
    """Up to 9 images (N, C, H, W) in [0, 1] as a 3x3 grid (a 2x2 one for 4 or fewer)."""
    canvas = _canvas()
    n = min(len(images), 9)
    side = 3 if n > 4 else 2
    cell = SIZE // side
    for i in range(min(n, side * side)):
        img = images[i]
        rgb = np.repeat(img, 3, axis=0) if img.shape[0] == 1 else img[:3]
        rows = (np.arange(cell - 2) * img.shape[1] // (cell - 2))
        cols = (np.arange(cell - 2) * img.shape[2] // (cell - 2))
        tile = (np.clip(rgb[:, rows][:, :, cols], 0, 1) * 255).astype(np.uint8).transpose(1, 2, 0)
        r, c = divmod(i, side)
        canvas[r * cell + 1:r * cell + cell - 1, c * cell + 1:c * cell + cell - 1, :3] = tile
    return canvas


def curves_picture(curves: np.ndarray, labels: np.ndarray | None = None) -> np.ndarray:
    """A few curves (K, T) stacked in bands, coloured by class when `labels` are given."""
    canvas = _canvas()
    k = len(curves)
    band = SIZE / max(k, 1)
    for i, curve in enumerate(curves):
        lo, hi = float(curve.min()), float(curve.max())
        y = (curve - lo) / (hi - lo) if hi > lo else np.full_like(curve, 0.5)
        xs = np.linspace(3, SIZE - 4, 4 * len(curve))
        ys = np.interp(np.linspace(0, len(curve) - 1, len(xs)), np.arange(len(curve)), y)
        py = band * i + 3 + (1 - ys) * (band - 6)
        colour = colors.class_color(int(labels[i])) if labels is not None else colors.BLUE
        _dots(canvas, np.column_stack([xs, py]), np.tile(colour, (len(xs), 1)), radius=1)
    return canvas


def text_picture(lines: list[str]) -> QImage:
    """The first lines of a table, in a small monospaced font."""
    image = _to_image(_canvas())
    painter = QPainter(image)
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPixelSize(9)
    painter.setFont(font)
    painter.setPen(QColor(*_INK))
    for i, line in enumerate(lines[:8]):
        painter.drawText(QRect(3, 3 + 11 * i, SIZE - 6, 11), Qt.AlignmentFlag.AlignLeft, line[:40])
    painter.end()
    return image


def _first_lines(path: Path, n: int = 8) -> list[str]:
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return [next(f, "").rstrip("\n").replace(",", " ") for _ in range(n)]
    except OSError:
        return [translate("thumbnails", "(no file)")]


def _folder_samples(path: str) -> np.ndarray:
    """Nine images of an image folder, taken across its classes, decoded alone (not the folder)."""
    from playground.core.image_folder import cached_listing
    from playground.engine.data.image_folder import decoded_image  # Pillow, only for this

    files = cached_listing(path).files
    picks = [files[i * len(files) // 9][0] for i in range(min(9, len(files)))]
    images = []
    for file in picks:
        try:
            images.append(decoded_image(file, 24, True))
        except Exception:  # noqa: BLE001 (a damaged file: the listing's warnings name it)
            continue
    return np.array(images, np.float32) / 255.0 if images else np.zeros((0, 3, 24, 24), np.float32)


def thumbnail(name: str, values: dict) -> QImage:
    """The picture of data set `name` made from the options `values` (the project's, where it uses
    this set, else the defaults); a set whose files are missing shows a few words instead."""
    from playground.engine.data import load_dataset  # numpy only

    spec = DATASETS[name]
    try:
        if spec.family.startswith("2d-"):
            if name in DRAWN:
                bundle = load_dataset(name, values) if values.get("points") else None
                if bundle is None:
                    return text_picture(["", "", *translate("thumbnails", "  click to\n  draw points").split("\n")])
            else:
                bundle = load_dataset(name, {**values, "samples": 300})
            points = np.concatenate([bundle.points_train, bundle.points_test])
            labels = np.concatenate([bundle.y_train, bundle.y_test])
            return _to_image(plane_picture(points, labels, spec.family == "2d-regression"))
        if spec.family == "function":
            bundle = load_dataset(name, {**values, "samples": 60})
            x = np.concatenate([bundle.x_train, bundle.x_test]).reshape(-1)
            y = np.concatenate([bundle.y_train, bundle.y_test]).reshape(-1)
            order = np.argsort(x)
            return _to_image(curves_picture(y[order][None]))
        if spec.family == "sequence":
            bundle = load_dataset(name, {**values, "samples": 20})
            x = bundle.x_train[:3, :, 0]
            labels = bundle.y_train[:3] if bundle.shape.task == "classification" else None
            return _to_image(curves_picture(x, labels))
        if spec.family == "table":
            path = values.get("path") or str(asset("iris.csv"))
            return text_picture(_first_lines(Path(path)))
        if name == "image_folder":
            return _to_image(images_picture(_folder_samples(values.get("path") or str(asset("shapes")))))
        if name in ("mnist", "cifar10") and not values.get("path"):
            words = translate("thumbnails", " your own\n {name} files:\n choose a folder").format(name=spec.label.split()[0])
            return text_picture(["", "", *words.split("\n")])
        bundle = load_dataset(name, {**values, "limit": 9})
        return _to_image(images_picture(bundle.x_train[:9]))
    except (DataError, OSError, ValueError) as exc:  # a thumbnail is never worth an error box
        log.debug("no thumbnail for %s: %s", name, exc)
        return text_picture(["", "", *translate("thumbnails", " (cannot show\n  this data)").split("\n")])

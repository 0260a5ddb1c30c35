"""The data-set picker: every data set as a picture with its description, drawn only once the
picker opens (never at the window's start, never with torch), and a click that chooses one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtCore import Qt

from playground.core.datasets import DATASETS
from playground.engine.runner import make_runner
from playground.ui.plots import colors
from playground.ui.thumbnails import SIZE, thumbnail

from builders import main_window

REPO = Path(__file__).resolve().parents[2]


def pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    raw = np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes())
    return raw.reshape(image.height(), image.bytesPerLine())[:, : 4 * image.width()].reshape(
        image.height(), image.width(), 4)[..., :3].copy()  # the image's memory goes with it


def has_colour(rgb: np.ndarray, colour: tuple[int, int, int]) -> bool:
    return bool((np.abs(rgb.astype(int) - colour).sum(axis=-1) < 12).any())


@pytest.mark.parametrize("name", sorted(DATASETS))
def test_every_data_set_has_a_picture_that_is_not_blank(name):
    image = thumbnail(name, {})
    assert image.width() == SIZE and image.height() == SIZE
    rgb = pixels(image)
    ink = (np.abs(rgb.astype(int) - rgb[0, 0]).sum(axis=-1) > 30).mean()  # off the background
    assert 0.01 < ink < 0.95, (name, ink)


def test_pictures_show_the_data():
    circle = pixels(thumbnail("circle", {}))
    assert has_colour(circle, colors.ORANGE) and has_colour(circle, colors.BLUE)  # both classes
    blobs = pixels(thumbnail("blobs", {"n_classes": 4}))
    assert all(has_colour(blobs, colors.class_color(k)) for k in range(4))
    drawn = pixels(thumbnail("drawn", {"points": [[-5.0, 5.0, 0.0], [5.0, -5.0, 1.0]]}))
    assert has_colour(drawn[:SIZE // 2, :SIZE // 2], colors.ORANGE)  # top left: (-5, 5), class 0
    assert has_colour(drawn[SIZE // 2:, SIZE // 2:], colors.BLUE)
    assert not has_colour(drawn[:SIZE // 2, SIZE // 2:], colors.BLUE)
    wave = pixels(thumbnail("wave_kind", {}))
    assert sum(has_colour(wave, colors.class_color(k)) for k in range(3)) >= 2  # curves by class
    shapes = pixels(thumbnail("image_folder", {}))  # the shipped shapes, until a folder is chosen
    assert (shapes.mean(axis=-1) < 80).any() and (shapes.mean(axis=-1) > 200).any()


def test_the_picker_draws_lazily_and_a_click_chooses(qtbot, tmp_path):
    window = main_window(tmp_path, make_runner("thread"))
    try:
        qtbot.waitUntil(lambda: window.controller.ready, timeout=30_000)
        panel = window.data_panel
        assert panel.picker is None  # nothing drawn at start-up
        panel.pictures.click()
        picker = panel.picker
        assert picker.isVisible() and picker.grid.count() == len(DATASETS)
        qtbot.waitUntil(lambda: len(picker.drawn) == len(DATASETS), timeout=30_000)  # one per turn
        row = [picker.grid.item(i).data(Qt.ItemDataRole.UserRole) for i in range(picker.grid.count())].index("spiral")
        item = picker.grid.item(row)
        assert "interleaved" in item.toolTip()
        depth = window.document.undo_stack.index()
        rect = picker.grid.visualItemRect(item)
        QTest.mouseClick(picker.grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         rect.center())
        assert window.document.project.data.dataset == "spiral"
        assert window.document.undo_stack.index() == depth + 1
        assert not picker.isVisible()
        assert "Spiral" in picker.description.text()
    finally:
        window.document.undo_stack.setClean()
        window.close()


def test_pictures_are_made_without_torch():
    code = ("import sys\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\n"
            "from playground.core.datasets import DATASETS\n"
            "from playground.ui.thumbnails import thumbnail\n"
            "for name in DATASETS: thumbnail(name, {})\n"
            "assert 'torch' not in sys.modules\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr

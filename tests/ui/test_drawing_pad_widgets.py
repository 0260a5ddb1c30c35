"""The drawing pad: strokes drawn with the real mouse events are saved as PNG files of the chosen
class in an image folder, which the Image folder data set then trains on (one undo step)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from playground.core.datasets import DataError
from playground.core.image_folder import class_folder_name, drawings_per_class
from playground.core.project import default_project
from playground.engine.data import load_dataset
from playground.ui.document import Document
from playground.ui.drawing_pad import SAVED_SIDE, DrawingPad
from playground.ui.settings_panel import DataPanel

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def document(qtbot):
    return Document(default_project())


@pytest.fixture
def pad(qtbot, document, tmp_path):
    pad = DrawingPad(document, tmp_path / "drawings")
    qtbot.addWidget(pad)
    pad.show()
    qtbot.waitExposed(pad)
    return pad


def stroke(pad: DrawingPad, points: list[tuple[int, int]]) -> None:
    canvas = pad.canvas
    QTest.mousePress(canvas, LEFT, Qt.KeyboardModifier.NoModifier, QPoint(*points[0]))
    for x, y in points[1:]:
        QTest.mouseMove(canvas, QPoint(x, y))
    QTest.mouseRelease(canvas, LEFT, Qt.KeyboardModifier.NoModifier, QPoint(*points[-1]))


def dark_fraction(path: Path) -> float:
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_Grayscale8)
    pixels = np.array([[image.pixelColor(x, y).value() for x in range(image.width())]
                       for y in range(image.height())])
    return float((pixels < 128).mean())


def draw_and_save(pad: DrawingPad, name: str, line: list[tuple[int, int]]) -> Path:
    pad.classes.setCurrentText(name)
    stroke(pad, line)
    path = pad.save_drawing()
    assert path is not None, pad.message.text()
    return path


def test_a_drawing_is_saved_as_the_next_png_of_its_class(pad):
    stroke(pad, [(40, 40), (140, 140), (240, 60)])
    assert pad.save_button.isEnabled()
    QTest.keyClick(pad, Qt.Key.Key_Return)  # Enter saves
    path = pad.folder / "0" / "0001.png"
    assert path.is_file() and QImage(str(path)).size().width() == SAVED_SIDE
    assert 0.05 < dark_fraction(path) < 0.6  # the stroke, not a blank or black square
    assert pad.canvas.is_blank() and not pad.save_button.isEnabled()  # ready for the next one
    stroke(pad, [(140, 20), (140, 260)])
    assert pad.save_drawing() == pad.folder / "0" / "0002.png"
    assert "0: 2" in pad.tally.text()


def test_a_blank_pad_or_a_bad_class_name_saves_nothing(pad):
    assert pad.save_drawing() is None and "Draw something" in pad.message.text()
    stroke(pad, [(40, 40), (200, 200)])
    pad.classes.setCurrentText("../up")
    assert pad.save_drawing() is None and "cannot hold" in pad.message.text()
    assert not pad.folder.exists() or drawings_per_class(pad.folder) == {}
    assert not pad.canvas.is_blank()  # the drawing is still there to save under a good name


def test_a_folder_that_cannot_be_written_is_said_in_words(qtbot, document, tmp_path):
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    pad = DrawingPad(document, blocker)
    qtbot.addWidget(pad)
    stroke(pad, [(40, 40), (200, 200)])
    assert pad.save_drawing() is None
    assert "could not be saved" in pad.message.text() and "Choose another folder" in pad.message.text()


def test_training_on_the_drawings_is_one_undo_step_and_the_data_set_loads(pad, document):
    draw_and_save(pad, "circle", [(40, 140), (140, 40), (240, 140), (140, 240), (40, 140)])
    assert not pad.use_folder() and "two different classes" in pad.message.text()
    draw_and_save(pad, "circle", [(60, 140), (140, 60), (220, 140), (140, 220), (60, 140)])
    draw_and_save(pad, "bar", [(140, 20), (140, 260)])
    draw_and_save(pad, "bar", [(120, 20), (120, 260)])
    before = document.project.to_dict()
    assert pad.use_folder()
    data = document.project.data
    assert data.dataset == "image_folder" and data.params["path"] == str(pad.folder)
    bundle = load_dataset(data.dataset, data.params)
    assert bundle.shape.n_classes == 2 and bundle.x_train.shape[1:] == (1, 28, 28)
    assert len(bundle.x_train) + len(bundle.x_test) == 4
    document.undo_stack.undo()
    assert document.project.to_dict() == before


@given(st.text(max_size=60))
def test_a_class_name_is_a_safe_folder_name_or_a_sentence(text):
    try:
        name = class_folder_name(text)
    except DataError as exc:
        assert str(exc).endswith(".") and "Traceback" not in str(exc)
        return
    assert name == text.strip() and name not in (".", "..") and 0 < len(name) <= 40
    assert not set('/\\:*?"<>|') & set(name) and all(ord(ch) >= 32 for ch in name)


def test_the_data_panel_offers_the_pad_for_image_data(qtbot, document, tmp_path):
    panel = DataPanel(document)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.draw_images.isHidden()  # the default project's circle is 2-D data
    document.set_setting("data", "dataset", "image_folder")
    document.set_setting("data", "path", str(tmp_path))
    assert not panel.draw_images.isHidden()
    panel.draw_images.click()
    assert panel.pad.isVisible() and panel.pad.folder == tmp_path
    panel.pad.close()

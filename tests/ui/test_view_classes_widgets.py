"""The predictions, confusion and results widgets drawing payloads from real short runs: the
images, captions, frames, counts, names and table cells they show, checked against the payloads."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from playground.core.project import Project
from playground.engine import probes
from playground.engine.probes import Probe
from playground.engine.snapshot import PAUSED, Snapshot
from playground.engine.trainer import Trainer
from playground.ui.plots.colors import BLUE, ORANGE, WARNING_COLOR, WHITE
from playground.ui.views.confusion import cell_colors
from playground.ui.views.image_grid import ImageGrid, display_images
from playground.ui.views.report import number, percent

from builders import chain_project
from view_kit import drawn, shown

DIGITS = {"limit": 400, "seed": 5}  # 320 training, 80 test images


def digits_cnn() -> Project:
    conv = {"filters": 4, "kernel_size": 3, "padding": "same", "activation": "ReLU"}
    return chain_project([("Conv2D", conv), ("MaxPool2D", {"pool_size": 2}), ("Flatten", {}),
                          ("Dense", {"units": 10, "activation": "Linear"})], "digits", DIGITS,
                         loss="cross_entropy", learning_rate=0.01, optimizer="adam")


def digits_mlp() -> Project:
    return chain_project([("Flatten", {}), ("Dense", {"units": 10, "activation": "Linear"})], "digits",
                         DIGITS, loss="cross_entropy", learning_rate=0.01, optimizer="adam")


def snapshot(project: Project, steps: int = 30) -> tuple[Probe, Snapshot]:
    """A paused run's snapshot, as the worker publishes it: every view's payload in it."""
    torch.manual_seed(0)
    trainer = Trainer.from_project(project)
    trainer.run(steps=steps)
    probe = Probe(trainer)
    return probe, probe.snapshot(state=PAUSED)


pytestmark = pytest.mark.usefixtures("one_torch_thread")  # see tests/conftest.py


@pytest.fixture(scope="module")
def cnn_run(one_torch_thread) -> tuple[Probe, Snapshot]:
    return snapshot(digits_cnn())




def color_of(pen_or_color) -> tuple[int, int, int]:
    color = pen_or_color.color() if hasattr(pen_or_color, "color") else QColor(pen_or_color)
    return color.red(), color.green(), color.blue()


def click(grid: ImageGrid, index: int) -> None:
    centre = grid.mapFromScene(grid.cell_rect(index).center())
    QTest.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(centre.x(), centre.y()))


# ----- predictions ---------------------------------------------------------------------------
def test_predictions_draw_each_test_image_with_its_guess_and_mark_the_wrong_ones(qtbot, cnn_run):
    probe, snap = cnn_run
    payload = snap.views["predictions"]
    w = shown(qtbot, "predictions", probe.task)
    drawn(w, payload)
    grid = w.grid
    n = len(payload.truth)
    assert n == 24 and grid.shown == n  # 640 x 420 holds them all
    wrong = payload.predicted != payload.truth
    assert 0 < wrong.sum() < n  # 30 steps: the test needs both kinds
    for i in range(n):
        # one-channel digits as ink on paper: pixel 255 (full ink) drawn black
        np.testing.assert_allclose(grid._image_items[i].image, 1.0 - payload.images[i, 0] / 255.0, atol=1e-6)
        name = payload.class_names[payload.predicted[i]]
        first = f"{name}: {round(100 * float(payload.confidence[i]))}%"
        frame = grid._frame_items[i]
        if wrong[i]:
            assert grid.caption_text(i) == f"{first}\ntrue: {payload.class_names[payload.truth[i]]}"
            assert color_of(grid._text_items[i].defaultTextColor()) == WARNING_COLOR
            assert frame.isVisible() and color_of(frame.pen()) == WARNING_COLOR
            # the frame goes round the picture itself
            image_box = grid._image_items[i].mapRectToScene(grid._image_items[i].boundingRect())
            assert frame.rect().contains(image_box)
        else:
            assert grid.caption_text(i) == first
            assert not frame.isVisible()
    assert w.heading.text() == f"{n - wrong.sum()} of {n} test images right"
    # images left to right, then row by row, none overlapping
    boxes = [grid.cell_rect(i) for i in range(n)]
    below = boxes[grid.layout_now.columns]
    assert boxes[0].left() < boxes[1].left() and below.top() >= boxes[0].bottom() - 1e-6
    assert not any(boxes[i].intersects(boxes[i + 1].adjusted(1, 1, -1, -1)) for i in range(n - 1))


def test_clicking_an_image_chooses_it_for_the_feature_maps(qtbot, cnn_run):
    probe, snap = cnn_run
    w = shown(qtbot, "predictions", probe.task)
    drawn(w, snap.views["predictions"])
    assert w.grid.selected == 0  # the sample the feature maps start with
    with qtbot.waitSignal(w.configure, timeout=1000) as signal:
        click(w.grid, 7)
    assert signal.args == ["feature_maps", {"sample": 7}]
    assert w.grid.selected == 7 and w.grid._selection.isVisible()
    assert w.grid._selection.rect().intersects(w.grid.cell_rect(7))
    assert not w.grid._selection.rect().intersects(w.grid.cell_rect(0))
    # the probe takes the choice: the next feature maps are of sample 7, the image clicked
    assert probe.configure("feature_maps", signal.args[1])
    later = probe.snapshot(state=PAUSED)
    assert later.views["feature_maps"].sample == 7
    np.testing.assert_array_equal(np.rint(later.views["feature_maps"].image * 255),
                                  snap.views["predictions"].images[7])
    # a payload later the mark stays where it was put
    drawn(w, later.views["predictions"])
    assert w.grid.selected == 7
    w.clear()  # a new run starts from the first sample again
    assert w.grid.selected == 0 and w.grid.images == [] and w.heading.text() == ""


def test_without_feature_maps_the_images_are_not_choosable(qtbot):
    probe, snap = snapshot(digits_mlp(), steps=10)
    w = shown(qtbot, "predictions", probe.task)
    drawn(w, snap.views["predictions"])
    assert w.grid.selected is None and not w.grid._selection.isVisible()
    emitted = []
    w.configure.connect(lambda *args: emitted.append(args))
    click(w.grid, 3)
    assert emitted == [] and "feature maps" not in w.note.text()


def test_a_small_view_shows_the_first_images_it_can_draw_readably(qtbot, cnn_run):
    probe, snap = cnn_run
    payload = snap.views["predictions"]
    w = shown(qtbot, "predictions", probe.task, size=(420, 260))
    drawn(w, payload)
    grid = w.grid
    assert 0 < grid.shown < len(payload.truth)
    assert grid.layout_now.readable and grid.layout_now.point_size >= 8.5
    assert grid._more.isVisible()
    assert grid._more.toPlainText().startswith(f"+ {len(payload.truth) - grid.shown} more")
    assert all(item.isVisible() for item in grid._image_items[:grid.shown])
    assert not any(item.isVisible() for item in grid._image_items[grid.shown:])
    # made larger, it shows them all again
    w.resize(900, 600)
    w.layout().activate()
    assert grid.shown == len(payload.truth) and not grid._more.isVisible()


def test_the_same_images_are_not_uploaded_again(qtbot, cnn_run, monkeypatch):
    probe, snap = cnn_run
    w = shown(qtbot, "predictions", probe.task)
    drawn(w, snap.views["predictions"])
    uploads = []
    monkeypatch.setattr(w.grid, "set_images", lambda *a, **k: uploads.append(a))
    # the process runner unpickles a fresh array each time: equal pixels, not the same object
    second = probe.snapshot(state=PAUSED).views["predictions"]
    second.images = second.images.copy()
    drawn(w, second)
    assert uploads == []


def test_the_grid_draws_colour_images_in_colour_on_one_shared_scale(qtbot):
    grid = ImageGrid()
    qtbot.addWidget(grid)
    grid.resize(300, 200)
    grid.show()
    rng = np.random.default_rng(0)
    images = rng.normal(size=(3, 3, 4, 5)).astype(np.float32)  # any range, not square
    grid.set_images(images)
    grid.set_captions(["a", "b", "c"])
    lo, hi = images.min(), images.max()
    for item, image in zip(grid._image_items, images):
        np.testing.assert_allclose(item.image, ((image - lo) / (hi - lo)).transpose(1, 2, 0), atol=1e-6)
    box = grid._image_items[0].mapRectToScene(grid._image_items[0].boundingRect())
    assert box.width() / box.height() == pytest.approx(5 / 4)  # pixels stay square
    assert display_images(np.ones((1, 1, 2, 2)), levels=(0, 2), ink=True)[0].tolist() == [[0.5, 0.5]] * 2


# ----- confusion -----------------------------------------------------------------------------
def test_confusion_draws_the_counts_coloured_by_row_share_with_names_and_accuracies(qtbot, cnn_run):
    probe, snap = cnn_run
    payload = snap.views["confusion"]
    w = shown(qtbot, "confusion", probe.task)
    drawn(w, payload)
    counts = payload.counts
    np.testing.assert_array_equal(w.image.image, cell_colors(counts))
    k = len(counts)
    for i in range(k):
        for j in range(k):
            cell = w.cells[i][j]
            assert cell.textItem.toPlainText() == f"{counts[i, j]:,}"
            assert (cell.pos().x(), cell.pos().y()) == (j, i)  # column: predicted, row: true
    shares = counts / counts.sum(axis=1, keepdims=True)
    i, j = np.unravel_index(np.argmax(np.where(np.eye(k, dtype=bool), 0, counts)), counts.shape)
    assert counts[i, j] > 0  # the most common mistake, drawn orange; the diagonal blue
    rgb = w.image.image[..., :3].astype(int)
    assert np.all(np.abs(rgb[i, j] - np.asarray(ORANGE)) < np.abs(rgb[i, j] - np.asarray(BLUE)))
    best = int(np.argmax(np.diag(shares)))
    diagonal = rgb[best, best]
    assert np.abs(diagonal - np.asarray(BLUE)).max() < np.abs(diagonal - np.asarray(WHITE)).max()
    plot = w.plot.getPlotItem()
    assert [t for _, t in plot.getAxis("left")._tickLevels[0]] == list(payload.class_names)
    assert [t for _, t in plot.getAxis("bottom")._tickLevels[0]] == list(payload.class_names)
    right = [t for _, t in plot.getAxis("right")._tickLevels[0]]
    assert right == [percent(counts[r, r] / counts[r].sum(), 0) for r in range(k)]
    assert w.heading.text() == f"Accuracy {percent(snap.test_accuracy)} on 80 test samples"
    w.clear()
    assert w.image.image is None and w.heading.text() == ""


def test_confusion_says_when_it_counts_a_capped_test_set(qtbot, monkeypatch):
    monkeypatch.setattr(probes, "LIVE_EVAL_LIMIT", 50)
    probe, snap = snapshot(digits_mlp(), steps=10)
    w = shown(qtbot, "confusion", probe.task, size=(420, 260))
    drawn(w, snap.views["confusion"])
    assert w.image.image is not None and snap.views["confusion"].counts.sum() == 50
    assert w.heading.text().endswith("on 50 of 80 test samples")


def test_long_class_names_are_shortened_under_narrow_columns(qtbot, cnn_run):
    probe, snap = cnn_run
    payload = snap.views["confusion"]
    payload.class_names = tuple(f"a rather long name {k}" for k in range(10))
    w = shown(qtbot, "confusion", probe.task, size=(420, 260))
    drawn(w, payload)
    bottom = [t for _, t in w.plot.getPlotItem().getAxis("bottom")._tickLevels[0]]
    assert all(t.endswith("\u2026") and len(t) < 19 for t in bottom)
    left = [t for _, t in w.plot.getPlotItem().getAxis("left")._tickLevels[0]]
    assert left == list(payload.class_names)  # the rows have room for the whole name


# ----- results -------------------------------------------------------------------------------
def cells(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_results_tabulate_loss_accuracy_and_each_class(qtbot, cnn_run):
    probe, snap = cnn_run
    payload = snap.views["results"]
    w = shown(qtbot, "results", probe.task)
    drawn(w, payload)
    assert cells(w.sets) == [
        ["Training", number(snap.train_loss), percent(snap.train_accuracy), "320"],
        ["Test", number(snap.test_loss), percent(snap.test_accuracy), "80"]]
    headers = [w.sets.horizontalHeaderItem(c).text() for c in range(w.sets.columnCount())]
    assert headers == ["set", "loss", "accuracy", "samples"]
    rows = cells(w.classes)
    assert [r[0] for r in rows] == [str(d) for d in range(10)]
    assert [r[2] for r in rows] == [percent(float(v)) for v in payload.recall]
    assert [r[1] for r in rows] == [percent(float(v)) for v in payload.precision]
    assert [int(r[3]) for r in rows] == payload.support.tolist() and payload.support.sum() == 80
    assert w.heading.text() == f"Test accuracy {percent(snap.test_accuracy)}, loss {number(snap.test_loss)}"
    assert "after 30 steps" in w.when.text() and "cross-entropy" in w.when.text()
    assert w.capped.isHidden()
    assert w.sets.verticalScrollBar().maximum() == 0  # two rows, no scrolling


def test_results_say_the_sets_are_capped(qtbot, monkeypatch):
    monkeypatch.setattr(probes, "LIVE_EVAL_LIMIT", 64)
    probe, snap = snapshot(digits_mlp(), steps=10)
    w = shown(qtbot, "results", probe.task)
    drawn(w, snap.views["results"])
    assert [r[-1] for r in cells(w.sets)] == ["64 of 320", "64 of 80"]
    assert not w.capped.isHidden()
    assert "64 of 320 training samples and 64 of 80 test samples" in w.capped.text()


def test_results_of_a_regression_give_mae_and_r2(qtbot):
    project = chain_project([("Dense", {"units": 16, "activation": "Tanh"}),
                             ("Dense", {"units": 1, "activation": "Linear"})], "function", {"samples": 200},
                            loss="mse", learning_rate=0.01, optimizer="adam")
    probe, snap = snapshot(project, steps=60)
    payload = snap.views["results"]
    w = shown(qtbot, "results", probe.task)
    drawn(w, payload)
    test = payload.sets[1]
    headers = [w.sets.horizontalHeaderItem(c).text() for c in range(w.sets.columnCount())]
    assert headers == ["set", "loss", "MAE", "R\u00b2", "samples"]
    assert cells(w.sets)[1] == ["Test", number(snap.test_loss), number(test.mae), number(test.r2, 3), "100"]
    assert w.heading.text() == f"Test MAE {number(test.mae)}, R\u00b2 {number(test.r2, 3)}"
    assert w.classes.rowCount() == 0 and w.classes.parentWidget().isHidden()


def test_wide_results_put_the_tables_side_by_side(qtbot, cnn_run):
    probe, snap = cnn_run
    w = shown(qtbot, "results", probe.task, size=(1000, 300))
    drawn(w, snap.views["results"])
    w.layout().activate()
    assert w.sets.mapTo(w, QPoint(0, 0)).x() < w.classes.mapTo(w, QPoint(0, 0)).x()
    w.resize(500, 500)
    w.layout().activate()
    assert w.sets.mapTo(w, QPoint(0, 0)).y() < w.classes.mapTo(w, QPoint(0, 0)).y()

"""The run's plots and curves out of the window: every plot as a PNG (read back, its size, not
blank) and an SVG (well-formed XML holding the curve's points), from File > Export and from a
right click on the plot; the curves as CSV equal to what they hold; every refusal a sentence."""

from __future__ import annotations

import csv
import errno
import math
import xml.etree.ElementTree as ET
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from test_export_menu import answers  # noqa: F401  (the dialogs answered, the warnings kept)
from test_main_window import _window

from playground.core.curves_csv import columns
from playground.ui.main_window import EXAMPLES
from playground.ui.plot_export import MIN_SIZE, PNG_SCALE, PlotMenu, plot_targets

SVG_NS = "{http://www.w3.org/2000/svg}"


def open_trained(qtbot, tmp_path, example: str | None = None, epoch: bool = True):
    window = _window(qtbot, tmp_path)
    qtbot.waitUntil(lambda: window.controller.snapshot is not None, timeout=30_000)
    if example is not None:
        window.open_example(EXAMPLES / f"{example}.json")
        qtbot.waitUntil(lambda: window.controller.snapshot is not None, timeout=60_000)
    for step in range(1, 4):  # a point each: curves of several points
        window.run.step()
        qtbot.waitUntil(lambda: window.controller.snapshot.step == step, timeout=60_000)  # noqa: B023
    if epoch:  # the step at an epoch's end gets every view's payload
        window.run.step_epoch()
        steps = window.controller.snapshot.steps_per_epoch
        qtbot.waitUntil(lambda: window.controller.snapshot.step == steps, timeout=90_000)
    window.live.flush()
    return window


@pytest.fixture
def window(qtbot, tmp_path):
    window = open_trained(qtbot, tmp_path)
    yield window
    window.document.undo_stack.setClean()  # no save prompt on close
    window.close()


def read_png(path: Path) -> QImage:
    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not a PNG image"
    return image


def colours(image: QImage, samples: int = 40) -> set[int]:
    """The distinct colours on a grid of samples: a blank picture has one."""
    return {image.pixel(int(image.width() * (i + 0.5) / samples), int(image.height() * (j + 0.5) / samples))
            for i in range(samples) for j in range(samples)}


def svg_points(path: Path) -> list[tuple[float, float]]:
    root = ET.parse(path).getroot()  # well-formed XML, or this raises
    assert root.tag == f"{SVG_NS}svg"
    points = []
    for line in root.iter(f"{SVG_NS}polyline"):
        points += [tuple(float(v) for v in pair.split(",")) for pair in line.get("points").split()]
    return points


def save_every_plot(window, answers, tmp_path) -> dict[str, list[Path]]:
    written = {}
    for target in plot_targets(window.live):
        for fmt in target.formats:
            answers["path"] = str(tmp_path / f"{target.file_stem()}.{fmt}")
            window.export_menu.export_plot(target, fmt)
            written.setdefault(target.name, []).append(Path(answers["path"]))
    assert answers["warnings"] == []
    return written


def check_pictures(window, written: dict[str, list[Path]]) -> None:
    targets = {t.name: t for t in plot_targets(window.live)}
    for name, files in written.items():
        widget = targets[name].widget
        for path in files:
            if path.suffix == ".png":
                image = read_png(path)
                if isinstance(widget, pg.GraphicsView):  # laid out at least MIN_SIZE, drawn at PNG_SCALE
                    width, height = (max(widget.width(), MIN_SIZE[0]), max(widget.height(), MIN_SIZE[1]))
                    assert abs(image.width() - width * PNG_SCALE) <= PNG_SCALE, name
                    assert abs(image.height() - height * PNG_SCALE) <= PNG_SCALE, name
                else:
                    assert (image.width(), image.height()) == (widget.width(), widget.height()), name
                assert len(colours(image)) > 2, f"{name}: the picture is blank"
            else:
                ET.parse(path)


def test_the_export_menu_has_the_curves_and_a_plot_menu_per_format(window):
    texts = [a.text() for a in window.export_menu.menu.actions() if not a.isSeparator()]
    assert texts == ["PyTorch &Script...", "&ONNX...", "&Weights...", "&Curves as CSV...", "Plot as &PNG",
                     "Plot as S&VG"]
    png_menu = window.export_menu.plot_menus["png"]
    png_menu.aboutToShow.emit()
    names = [a.text() for a in png_menu.actions()]
    assert names[:4] == ["Loss", "Accuracy", "Gradients", "Latest gradients"]
    assert "Decision boundary" in names or any("boundary" in n.lower() for n in names)


def test_each_plot_of_a_plane_classifier_is_saved_as_png_and_svg(window, answers, tmp_path):
    written = save_every_plot(window, answers, tmp_path)
    assert {"Loss", "Accuracy", "Gradients", "Latest gradients"} <= set(written)
    check_pictures(window, written)


@pytest.mark.parametrize("name", ["Loss", "Accuracy", "Gradients"])  # the gradients: a tab in the back
def test_an_svg_holds_the_curve_s_points_and_its_legend(window, answers, tmp_path, name):
    target = next(t for t in plot_targets(window.live) if t.name == name)
    answers["path"] = str(tmp_path / target.file_stem())  # the suffix is added
    window.export_menu.export_plot(target, "svg")
    path = tmp_path / f"{target.file_stem()}.svg"
    vertices = svg_points(path)
    curve = {"Loss": window.curves.items["test_loss"], "Accuracy": window.curves.items["train_acc"],
             "Gradients": window.gradients._grad_items[-1]}[name]
    x, y = curve.getData()  # the samples drawn (the data, for a curve this short)
    assert len(x) == len(window.curves.history) > 2
    for xi, yi in zip(x, y):
        if not math.isfinite(yi):  # a gap: no gradient before the first step
            continue
        p = curve.mapToScene(QPointF(xi, yi))
        assert min(math.hypot(p.x() - vx, p.y() - vy) for vx, vy in vertices) < 0.05, (xi, yi)
    text = "".join(ET.parse(path).getroot().itertext())
    legend = window.gradients.layer_names() if name == "Gradients" else ["train", "test"]
    assert all(label in text for label in legend)  # the legend inside the picture
    assert str(path) in window.statusBar().currentMessage()
    assert window.export_menu.window.plot_tabs.currentWidget() is target.widget.parentWidget()


@pytest.mark.parametrize("example", ["function_sin", "digits_cnn", "sine_next_lstm", "digits_autoencoder",
                                     "iris_table"])
def test_every_view_of_each_kind_of_task_is_saved(qtbot, tmp_path, answers, example):
    window = open_trained(qtbot, tmp_path, example, epoch=False)
    try:
        view_names = {w.spec.title for w in window.views.widgets.values()}
        written = save_every_plot(window, answers, tmp_path)
        assert view_names <= {n.split(" (")[0] for n in written}  # each view gives a picture
        check_pictures(window, written)
        plots = [t for t in plot_targets(window.live) if isinstance(t.widget, pg.GraphicsView)]
        assert all(t.widget.findChildren(PlotMenu) for t in plots)  # the new views' right-click menus
    finally:
        window.document.undo_stack.setClean()
        window.close()


def test_a_right_click_on_a_plot_offers_to_save_it(window, answers, tmp_path, qtbot):
    target = next(t for t in plot_targets(window.live) if t.name == "Loss")
    view = target.widget
    QTest.mouseClick(view.viewport(), Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(view.width() // 2, view.height() // 2))
    menu = view.findChild(PlotMenu).menu
    qtbot.waitUntil(menu.isVisible, timeout=5_000)
    assert [a.text() for a in menu.actions()] == ["Save Plot as PNG...", "Save Plot as SVG..."]
    answers["path"] = str(tmp_path / "right.png")
    menu.actions()[0].trigger()
    menu.close()
    assert read_png(tmp_path / "right.png").width() > 0 and answers["warnings"] == []


def test_a_right_drag_still_zooms_without_a_menu(window, qtbot):
    view = next(t for t in plot_targets(window.live) if t.name == "Loss").widget
    box = view.getPlotItem().getViewBox()
    before = box.viewRange()
    start = QPoint(view.width() // 2, view.height() // 2)
    QTest.mousePress(view.viewport(), Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 6):
        QTest.mouseMove(view.viewport(), start + QPoint(10 * i, -6 * i))
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(50, -30))
    assert box.viewRange() != before
    assert not any(isinstance(w, QMenu) and w.isVisible() for w in QApplication.topLevelWidgets())


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_the_curves_csv_equals_the_curves(window, answers, tmp_path):
    answers["path"] = str(tmp_path / "curves.csv")
    window.export_menu.actions["csv"].trigger()
    assert answers["warnings"] == []
    rows = read_csv(tmp_path / "curves.csv")
    assert list(rows[0]) == columns(classification=True)
    points, final = rows[:-1], rows[-1]
    history = window.curves.history
    assert len(points) == len(history) > 2
    assert [float(r["epoch"]) for r in points] == history.x.tolist()
    assert [float(r["train_loss"]) for r in points] == history.column("train_loss").tolist()
    assert [float(r["test_accuracy"]) * 100 for r in points] == pytest.approx(history.column("test_acc").tolist())
    assert [int(r["step"]) for r in points] == sorted({int(r["step"]) for r in points})
    snap = window.controller.snapshot
    assert final["record"] == "final" and int(final["step"]) == snap.step
    assert float(final["test_accuracy"]) == snap.test_accuracy
    assert float(final["learning_rate"]) == snap.learning_rate
    assert str(tmp_path / "curves.csv") in window.statusBar().currentMessage()


def test_a_regression_s_csv_ends_with_the_results_panel_s_error(qtbot, tmp_path, answers):
    window = open_trained(qtbot, tmp_path, "function_sin")
    try:
        answers["path"] = str(tmp_path / "fit.csv")
        window.export_menu.actions["csv"].trigger()
        rows = read_csv(tmp_path / "fit.csv")
        assert list(rows[0]) == columns(classification=False)
        results = window.views.widget("results").payload
        final = rows[-1]
        assert float(final["test_mae"]) == results.sets[1].mae and float(final["train_r2"]) == results.sets[0].r2
    finally:
        window.document.undo_stack.setClean()
        window.close()


def test_without_a_run_there_are_no_curves_to_export(window, answers, qtbot, tmp_path):
    window.document.project.graph.clear()  # the canvas emptied: its run is hidden, the curves empty
    qtbot.waitUntil(lambda: len(window.curves.history) == 0, timeout=30_000)
    answers["path"] = str(tmp_path / "curves.csv")
    window.export_menu.actions["csv"].trigger()
    assert answers["warnings"] == ["There are no curves to export yet: press Play to train the network first."]
    assert not (tmp_path / "curves.csv").exists()


def _permission_denied(*args, **kwargs):
    raise PermissionError(errno.EACCES, "Permission denied")


def test_files_that_cannot_be_written_are_said_in_words(window, answers, tmp_path, monkeypatch):
    answers["path"] = str(tmp_path / "nowhere" / "curves.csv")
    window.export_menu.actions["csv"].trigger()
    assert answers["warnings"][-1] == (f"The curves could not be saved: the folder {tmp_path / 'nowhere'} "
                                       "does not exist. Choose another folder.")
    target = next(t for t in plot_targets(window.live) if t.name == "Loss")
    answers["path"] = str(tmp_path / "nowhere" / "loss.png")
    window.export_menu.export_plot(target, "png")
    assert "the folder" in answers["warnings"][-1] and "does not exist" in answers["warnings"][-1]
    monkeypatch.setattr("playground.core.atomic_file.os.open", _permission_denied)  # root ignores modes
    answers["path"] = str(tmp_path / "loss.svg")
    window.export_menu.export_plot(target, "svg")
    assert answers["warnings"][-1] == (f"The plot could not be saved to {tmp_path / 'loss.svg'}: you are not "
                                       "allowed to write there. Choose another folder.")
    assert not list(tmp_path.glob("*.svg")) and not list(tmp_path.glob("*.png"))

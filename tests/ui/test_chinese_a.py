"""Issue #12, group A (data and settings): under Chinese the Data and Training panels, the data-set
picker, the drawing pad and the parameter forms show no English, and the data's own messages (a bad
CSV file, a damaged IDX file, an image folder of one class, a value out of range) come in Chinese.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from playground.core import catalog, i18n
from playground.core.datasets import DATASETS, DataError, data_shape, dataset_label, describe_shape
from playground.core.i18n import translate
from playground.core.params import ParamError
from playground.core.project import default_project
from playground.core.resources import asset
from playground.core.shapes import analyse
from playground.engine.data import load_dataset
from playground.ui.dataset_picker import DatasetPicker
from playground.ui.document import Document
from playground.ui.drawing_pad import DrawingPad
from playground.ui.language import install_language
from playground.ui.param_editors import zero_meaning
from playground.ui.settings_panel import DataPanel, TrainingPanel

sys.path.insert(0, str(Path(__file__).parent))
from language_kit import PaintedText, english_left, visible_texts  # noqa: E402

HAN = range(0x4E00, 0xA000)


def chinese_in(text: str) -> bool:
    return any(ord(c) in HAN for c in text)


@pytest.fixture
def document(chinese, qtbot):
    return Document(default_project())


def catalog_texts() -> set[str]:
    """The loss, optimizer and training-parameter texts the catalogue (group B) defines and translates;
    shown here only through translate("catalog", ...)."""
    texts: set[str] = set()
    for table in (catalog.LOSSES, catalog.OPTIMIZERS):
        for spec in table.values():
            texts |= {spec.label, spec.help}
            for p in spec.params:
                texts |= {p.title, p.help, *p.choices}
    for p in (*catalog.TRAINING_PARAMS, *catalog.GAN_PARAMS):
        texts |= {p.title, p.help, *p.choices}
        zero = re.search(r"\(0 = ([^)]+)\)", p.help)  # a spin box's text for 0 ("keep going")
        if zero:
            texts.add(zero.group(1))
    return texts


def english_in_our_texts(texts: list[str], data: list[str] = ()) -> dict[str, list[str]]:
    """English left in the texts this group writes (the catalogue's own texts are group B's)."""
    ours = catalog_texts()
    return english_left([t for t in texts if t not in ours], data)


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(420, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize("name", sorted(DATASETS))
def test_the_data_panel_speaks_chinese_for_every_data_set(document, qtbot, name):
    panel = show(qtbot, DataPanel(document))
    document.set_setting("data", "dataset", name)
    texts = visible_texts(panel)
    assert english_left(texts) == {}
    assert chinese_in(panel.help.text())
    assert panel.combo.currentText() == dataset_label(DATASETS[name]) and chinese_in(panel.combo.currentText()) \
        or name in ("mnist", "cifar10")  # "MNIST（本地文件）": a name and a Chinese note
    assert panel.regenerate.text() == "重新生成" and panel.browse.text() == "选择…"


def test_the_drawn_points_box_counts_and_hints_in_chinese(document, qtbot):
    panel = show(qtbot, DataPanel(document))
    document.set_setting("data", "dataset", "drawn")
    document.set_setting("data", "points", [[0.0, 0.0, 0.0]])
    assert panel.draw_box.isVisible()
    assert panel.draw_box.hint.text() == "1 个点。单击：添加；拖动：移动；右键单击：删除；按键 1-2：类别。"
    document.set_setting("data", "dataset", "drawn_values")
    assert "按键 1-5：取值" in panel.draw_box.hint.text()
    assert english_left(visible_texts(panel)) == {}


def test_a_choice_is_shown_in_chinese_and_kept_as_its_value(document, qtbot):
    panel = show(qtbot, DataPanel(document))
    document.set_setting("data", "dataset", "digits")
    target = panel.form.editor("target").widget
    assert [target.itemText(i) for i in range(target.count())] == ["标签", "重建"]
    target.setCurrentIndex(1)
    assert document.project.data.params["target"] == "reconstruct"
    document.undo_stack.undo()
    assert target.currentText() == "标签"
    limit = panel.form.editor("limit")
    assert zero_meaning(limit.param) == "全部" and limit.widget.specialValueText() == "全部"
    label = panel.form.layout().labelForField(limit.widget)
    assert label.text() == "样本上限" and "最多使用" in label.toolTip()


def test_the_training_panel_speaks_chinese(document, qtbot):
    panel = show(qtbot, TrainingPanel(document))
    panel.set_devices(["cpu", "cuda:0", "cuda:1"])
    devices = [panel.device.itemText(i) for i in range(panel.device.count())]
    assert devices == ["自动（优先 GPU）", "CPU", "CUDA GPU 0", "CUDA GPU 1"]
    assert panel.optimizer_box.title().endswith(" 设置")
    assert english_in_our_texts(visible_texts(panel)) == {}
    form = panel.general.layout()
    assert [form.labelForField(w).text() for w in (panel.loss, panel.optimizer, panel.device)] == ["损失", "优化器", "设备"]


def test_a_project_device_missing_here_is_said_in_chinese(qtbot, chinese):
    project = default_project()
    project.training.device = "cuda:3"
    panel = show(qtbot, TrainingPanel(Document(project)))
    assert panel.device.currentText() == "cuda:3（本机不可用）"


def test_the_data_set_picker_speaks_chinese(document, qtbot, monkeypatch):
    painted = PaintedText(monkeypatch)  # the pictures' few words ("click to draw points") are painted
    picker = DatasetPicker(document)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    picker.draw_all()
    assert picker.windowTitle() == "选择数据"
    picker._describe(picker.grid.item(0))
    assert picker.description.text().startswith("<b>圆形</b>（二维分类）：")
    # the table's picture shows its first lines, cut to 40 characters: the user's data
    iris = [line.replace(",", " ")[:40] for line in asset("iris.csv").read_text(encoding="utf-8").splitlines()[:8]]
    assert english_left(visible_texts(picker) + painted.texts, iris) == {}
    assert "  单击图上" in painted.texts and " 请选择文件夹" in painted.texts


def test_the_drawing_pad_speaks_chinese_and_says_why_in_chinese(document, qtbot, tmp_path):
    pad = DrawingPad(document, tmp_path / "drawings")
    qtbot.addWidget(pad)
    pad.show()
    qtbot.waitExposed(pad)
    assert pad.windowTitle() == "绘制图像"
    assert pad.save_drawing() is None and pad.message.text() == "请先画点什么。"
    assert not pad.use_folder() and pad.message.text().startswith("训练前")
    pad.classes.setCurrentText("a/b")
    canvas = pad.canvas  # a stroke drawn with the real mouse
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(40, 40))
    QTest.mouseMove(canvas, QPoint(120, 120))
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(120, 120))
    assert pad.save_drawing() is None and pad.message.text().startswith("类别名称不能包含")
    assert english_left(visible_texts(pad), [str(tmp_path / "drawings"), "a/b"]) == {}


# --- messages from the data: core and engine -----------------------------------------------------------


def test_a_bad_csv_file_is_refused_in_chinese(chinese, tmp_path):
    bad = tmp_path / "grades.csv"
    bad.write_text("hours,score\n1,2\n3,oops\n", encoding="utf-8")
    with pytest.raises(DataError) as refused:
        data_shape("csv", {"path": str(bad), "task": "regression"})
    assert str(refused.value) == ("第 3 行“score”列是文本（“oops”）：回归的目标必须是数值。"
                                  "若要把它的取值当作类别，请把任务设为“分类”。")
    numbers_header = tmp_path / "numbers.csv"
    numbers_header.write_text("1,2\n3,4\n", encoding="utf-8")
    analysis = analyse(default_project().graph, "csv", {"path": str(numbers_header)}, "bce")
    assert analysis.first_error().startswith("“numbers.csv”的第一行是数字")


def test_a_csv_warning_is_a_chinese_problem(chinese, tmp_path):
    latin = tmp_path / "latin.csv"
    latin.write_bytes("caf\xe9,y\n1,0\n2,1\n".encode("latin-1"))
    shape = data_shape("csv", {"path": str(latin)})
    assert shape.warnings and shape.warnings[0].startswith("“latin.csv”不是以 UTF-8 保存的")


def test_a_damaged_idx_file_is_named_in_chinese(chinese, tmp_path):
    for name in ("train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte",
                 "t10k-labels-idx1-ubyte"):
        (tmp_path / name).write_bytes(b"\x00\x00\x08")
    with pytest.raises(DataError) as refused:
        load_dataset("mnist", {"path": str(tmp_path)})
    assert str(refused.value) == "“t10k-images-idx3-ubyte”太短，不可能是 IDX 文件（3 字节）：请重新下载。" \
        or str(refused.value) == "“train-images-idx3-ubyte”太短，不可能是 IDX 文件（3 字节）：请重新下载。"


def test_a_missing_mnist_folder_is_named_in_chinese(chinese, tmp_path):
    with pytest.raises(DataError) as refused:
        load_dataset("mnist", {"path": str(tmp_path / "nowhere")})
    assert "不存在：请选择存放 MNIST 文件的文件夹。" in str(refused.value)


def test_an_image_folder_of_one_class_is_explained_in_chinese(chinese, tmp_path):
    from image_folders import write_shapes_folder  # tests/: Pillow draws the images

    write_shapes_folder(tmp_path / "shapes", per_class=2)
    for extra in ("square", "triangle"):
        for f in (tmp_path / "shapes" / extra).iterdir():
            f.unlink()
        (tmp_path / "shapes" / extra).rmdir()
    (tmp_path / "shapes" / "circle" / "notes.txt").write_text("hello")
    with pytest.raises(DataError) as refused:
        data_shape("image_folder", {"path": str(tmp_path / "shapes")})
    assert str(refused.value).startswith("只有一个类别文件夹（“circle”）中有图像")
    shape = data_shape("image_folder", {"path": str(tmp_path / "shapes"), "target": "reconstruct"})
    assert shape.warnings == ("图像文件夹中有 1 个文件不是 PNG 或 JPEG 图像，已略去："
                              + str(Path("circle") / "notes.txt") + "。",)


def test_a_value_out_of_range_and_a_drawn_set_too_small_are_said_in_chinese(chinese):
    with pytest.raises(ParamError) as refused:
        DATASETS["circle"].params.get("samples").coerce(5)
    assert str(refused.value) == "样本数为 5，但至少应为 10"
    shape = data_shape("drawn", {"points": [[0.0, 0.0, 1.0]]})
    assert shape.errors == ("请至少画 2 个点：单击图即可添加（目前有 1 个）。",)
    with pytest.raises(DataError) as refused:
        data_shape("drawn", {"points": [[0.0, 0.0, 5.0]]})
    assert str(refused.value) == "第 1 个点的类别是 5，但只有 2 个类别（0 到 1）。"
    assert describe_shape((3, 8, 8)) == "3 个通道、8x8 的图像"


def test_a_network_that_does_not_fit_its_data_is_told_in_chinese(chinese):
    project = default_project()
    output = project.graph.nodes_of_kind("Output")[0]
    project.graph.remove_node(output.id)
    analysis = analyse(project.graph, "circle", {}, "bce")
    assert "网络没有 Output 层" in analysis.first_error()
    assert english_left([p.message for p in analysis.problems]) == {}


def test_english_is_unchanged_without_a_language(qapp):
    install_language(i18n.ENGLISH)
    assert translate("datasets", "Circle") == "Circle"
    assert describe_shape((2,)) == "2 features"
    assert DATASETS["digits"].params.get("limit").shown_title() == "Limit"


def test_the_wave_classes_are_named_in_chinese_by_the_worker_catalog(qapp):
    """The worker process has no Qt: its catalog (read from the .ts) names the classes the views show."""
    i18n.install_catalog(i18n.CHINESE)
    try:
        bundle = load_dataset("wave_kind", {"samples": 30})
    finally:
        i18n.install(None)
    assert list(bundle.class_names) == ["正弦波", "方波", "锯齿波"]
    assert list(load_dataset("wave_kind", {"samples": 30}).class_names) == ["sine", "square", "sawtooth"]

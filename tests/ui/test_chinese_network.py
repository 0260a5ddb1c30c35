"""Issue #12, the network's part: under Chinese the canvas (painted cards, palette, menus, link
tooltips), the inspector, the problems list with its quick fixes, the undo texts, and the messages
the core gives about graphs, GANs and project files are Chinese; layer kinds keep their API names.

Texts made by other groups' files (datasets.describe_shape, the parameter form) are passed to
`english_left` as data where they are inserted into ours, so only this group's English is caught.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QUndoStack

from builders import chain_project, dense, gan_graph
from playground.core import catalog, i18n
from playground.core.datasets import describe_shape
from playground.core.graph import GraphError
from playground.core.project import ProjectError, default_project, load_project, project_from_json
from playground.core.shapes import analyse
from playground.ui import commands
from playground.ui.canvas import CanvasScene, CanvasView
from playground.ui.inspector import Inspector
from playground.ui.language import install_language
from playground.ui.problems_list import ProblemsList

sys.path.insert(0, str(Path(__file__).parent))
from language_kit import PaintedText, english_left, visible_texts  # noqa: E402

def shapes_said(analysis) -> list[str]:
    """describe_shape's words for every shape of an analysis (another group translates them)."""
    return [describe_shape(s) for s in analysis.shapes.values() if s is not None]


# ----- the catalogue ---------------------------------------------------------------------------
def _all_params():
    for spec in catalog.LAYERS.values():
        yield from spec.params
    for table in (catalog.LOSSES, catalog.OPTIMIZERS):
        for spec in table.values():
            yield from spec.params
    yield from catalog.TRAINING_PARAMS
    yield from catalog.GAN_PARAMS


def test_every_label_and_help_of_the_catalogue_is_chinese(chinese):
    texts = [catalog.group_label(g) for g in catalog.GROUPS]
    texts += [catalog.kind_help(spec) for spec in catalog.LAYERS.values()]
    texts += [f(spec) for spec in catalog.LOSSES.values() for f in (catalog.loss_label, catalog.loss_help)]
    texts += [catalog.optimizer_help(spec) for spec in catalog.OPTIMIZERS.values()]
    texts += [catalog.gan_loss_label(name) for name in catalog.GAN_LOSSES]
    texts += [f(p) for p in _all_params() for f in (lambda q: q.shown_title(), lambda q: q.shown_help())]
    texts += [p.shown_choice(c) for p in _all_params() for c in (p.choices or ())]
    # names kept in English by Chinese courses too: Huber, Transformer, GAN Lab (a web tool), the
    # optimizers' symbols (Beta1, Eps...), PyTorch's padding arguments 'same' and 'valid' (in brackets)
    assert english_left(texts, ["Huber Delta Beta1 Beta2 Eps Alpha Transformer GAN Lab same valid"]) == {}
    assert catalog.group_label("Convolution") == "卷积"
    assert catalog.TRAINING_PARAMS.get("learning_rate").shown_title() == "学习率"
    assert catalog.loss_label(catalog.LOSSES["cross_entropy"]) == "交叉熵"


def test_the_catalogue_stays_english_without_a_language(qapp):
    install_language(i18n.ENGLISH)
    assert catalog.group_label("Input / Output") == "Input / Output"
    assert catalog.kind_help(catalog.layer("Dense")).startswith("Fully connected layer")
    assert catalog.layer("Dense").params.get("init").shown_choice("xavier_uniform") == "xavier_uniform"
    assert catalog.layer("Dense").params.get("units").shown_title() == "Units"


def test_every_card_text_is_chinese(chinese):
    """Each kind's card subtitle with its default settings (and a merge with two inputs, a
    strided convolution, a recurrent layer with every option)."""
    texts = [spec.text(spec.params.defaults(), 2) for spec in catalog.LAYERS.values()]
    conv = catalog.layer("Conv2D")
    texts.append(conv.text({**conv.params.defaults(), "stride": 2}))
    lstm = catalog.layer("LSTM")
    texts.append(lstm.text({**lstm.params.defaults(), "num_layers": 2, "bidirectional": True,
                            "return_sequences": True}))
    assert english_left(texts) == {}
    dense_spec = catalog.layer("Dense")
    assert dense_spec.text({**dense_spec.params.defaults(), "units": 8}) == "8 神经元 · Tanh"
    assert catalog.layer("Input").text({}) == "来自数据集"


# ----- the canvas ------------------------------------------------------------------------------
@pytest.fixture
def chinese_canvas(chinese, qtbot, monkeypatch):
    painted = PaintedText(monkeypatch)
    project = default_project()
    stack = QUndoStack()
    scene = CanvasScene(project.graph, stack)
    view = CanvasView(scene)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    view.centerOn(QPointF(500, 150))
    messages: list[str] = []
    view.status_message.connect(messages.append)
    analysis = analyse(project.graph, project.data.dataset, project.data.params, project.training.loss)
    scene.set_analysis(analysis)
    yield view, scene, project, stack, messages, painted, analysis
    scene.detach()
    import shiboken6
    shiboken6.delete(view)
    shiboken6.delete(scene)


def test_the_cards_menus_and_tooltips_of_the_canvas_are_chinese(chinese_canvas):
    view, scene, project, stack, messages, painted, analysis = chinese_canvas
    texts = visible_texts(view) + painted.paint_scenes(view)
    texts += [item.toolTip() for item in scene.items() if item.toolTip()]
    menu = view.context_menu(QPointF(-500, -500))  # on the empty canvas
    texts += [a.text() for a in menu.actions()]
    first = min(project.graph.nodes)
    card_menu = view.context_menu(scene.node_item(2).scenePos() + QPointF(20, 10))
    texts += [a.text() for a in card_menu.actions()]
    assert english_left(texts, shapes_said(analysis)) == {}
    assert "来自数据集" in texts and "8 神经元 · Tanh" in texts
    assert "删除" in [a.text() for a in card_menu.actions()]
    assert first in project.graph.nodes


def test_a_refused_link_and_paste_are_said_in_chinese(chinese_canvas):
    view, scene, project, stack, messages, painted, analysis = chinese_canvas
    assert project.graph.connect_problem(3, 3) == "层不能连到自己。"
    assert project.graph.connect_problem(2, 4) == "Dense 4 已经有一个输入；要合并多个输入，请使用 Add 或 Concat 层。"
    scene.paste()
    assert messages[-1] == "剪贴板中没有可粘贴的层。"


def test_the_undo_texts_are_chinese(chinese_canvas):
    view, scene, project, stack, messages, painted, analysis = chinese_canvas
    graph = project.graph
    stack.push(commands.AddNode(graph, "Dropout", 0, 300))
    assert stack.undoText() == "添加 Dropout"
    stack.push(commands.SetParam(graph, 2, "units", 5))
    assert stack.undoText() == "把 Dense 2 的神经元个数设为 5"
    stack.push(commands.SetParam(graph, 2, "init", "xavier_uniform"))
    assert stack.undoText() == "把 Dense 2 的权重初始化设为 Xavier 均匀"
    stack.push(commands.SetSetting(project.training, "learning_rate", 0.1))
    assert stack.undoText() == "修改学习率"
    stack.push(commands.RemoveItems(graph, [2, 3]))
    assert stack.undoText() == "删除 2 个层和 3 条连线"
    with pytest.raises(GraphError, match="^没有可粘贴的内容。$"):
        commands.Paste(graph, {"nodes": []})
    assert english_left([stack.text(i) for i in range(stack.count())]) == {}


def test_undo_texts_stay_english_without_a_language(qapp):
    install_language(i18n.ENGLISH)
    project = default_project()
    stack = QUndoStack()
    stack.push(commands.SetParam(project.graph, 2, "units", 5))
    assert stack.undoText() == "Set Dense 2 units to 5"
    stack.push(commands.SetSetting(project.training, "learning_rate", 0.1))
    assert stack.undoText() == "Change learning rate"
    stack.push(commands.RemoveItems(project.graph, [2, 3]))
    assert stack.undoText() == "Delete 2 layers and 3 links"


# ----- the inspector and the problems list -----------------------------------------------------
def test_the_inspector_is_chinese(chinese, qtbot):
    project = default_project()
    inspector = Inspector(project.graph, QUndoStack())
    qtbot.addWidget(inspector)
    inspector.resize(320, 700)
    inspector.show()
    assert english_left([inspector.hint.text()]) == {}
    analysis = analyse(project.graph, project.data.dataset, project.data.params, project.training.loss)
    inspector.set_analysis(analysis)
    inspector.set_node(2)
    ours = [inspector.title, inspector.help, inspector.no_settings, inspector.shape, inspector.neurons_note,
            inspector.explain_row]
    texts = [t for w in ours for t in visible_texts(w)]
    assert english_left(texts, shapes_said(analysis)) == {}
    assert inspector.explain_button.text() == "解释"
    assert inspector.shape.text().startswith("输出：")
    assert "可学习参数：" in inspector.shape.text()
    inspector.detach()


def test_problems_and_quick_fixes_are_chinese(chinese, qtbot):
    """A Dense layer fed images: the kind's shape problem and the Flatten quick fix."""
    project = chain_project([dense(8), dense(10, "Linear")], "digits", loss="cross_entropy")
    analysis = analyse(project.graph, project.data.dataset, project.data.params, project.training.loss)
    problems = ProblemsList()
    qtbot.addWidget(problems)
    problems.show_analysis(analysis, project.graph)
    texts = visible_texts(problems)
    labels = [n.label for n in project.graph.nodes.values()]
    assert english_left(texts, shapes_said(analysis) + labels + [describe_shape((1, 8, 8))]) == {}
    assert any("Dense 需要特征输入" in t for t in texts), texts
    fixes = list(problems.fix_rows().values())
    assert fixes[0].label == "在 Dense 2 之前插入一个 Flatten 层"
    assert problems.item(next(iter(problems.fix_rows()))).text() == "     ↳ 快速修复：在 Dense 2 之前插入一个 Flatten 层"
    stack = QUndoStack()
    commands.apply_fix(stack, project.graph, project.training, fixes[0])
    assert stack.undoText() == "在 Dense 2 之前插入一个 Flatten 层"


def test_a_fitting_network_is_ready_in_chinese(chinese, qtbot):
    project = default_project()
    problems = ProblemsList()
    qtbot.addWidget(problems)
    problems.show_analysis(analyse(project.graph, "circle", {}, project.training.loss), project.graph)
    assert problems.item(0).text() == "✔ 网络与数据匹配：可以开始训练。"


def test_a_units_fix_with_a_change_of_loss_is_one_chinese_sentence(chinese):
    project = chain_project([("Flatten", {}), dense(8)], "digits", loss="bce")
    analysis = analyse(project.graph, project.data.dataset, project.data.params, project.training.loss)
    labels = [p.fix.label for p in analysis.problems if p.fix is not None]
    (last,) = project.graph.nodes_of_kind("Dense")
    assert labels == [f"改用交叉熵，并把 {last.label} 设为 10 个神经元"]


# ----- GANs and project files ------------------------------------------------------------------
def test_gan_problems_are_chinese(chinese):
    graph, ids = gan_graph([dense(16, "ReLU"), dense(2, "Linear")], [dense(16, "ReLU"), dense(1, "Linear")])
    graph.disconnect(graph.find_link(ids["Noise"], ids["G0"]).id)
    analysis = analyse(graph, "ring", {}, "bce")
    messages = [p.message for p in analysis.errors]
    assert "Noise 没有到达 Generated：请把它连到 G 的第一层，并把 G 的各层连成一条以 Generated 结尾的链。" in messages
    assert any(p.message.startswith("GAN 无法学习") for p in analyse(graph, "sine_next", {}, "bce").problems)


@pytest.mark.parametrize("content, start", [
    ("{", "该文件不是有效的 JSON"),
    ("[]", "该文件不包含项目"),
    (json.dumps({"format": "something else"}), "format：这不是 Neural Playground 项目"),
])
def test_a_bad_project_file_is_explained_in_chinese(chinese, content, start):
    with pytest.raises(ProjectError) as error:
        project_from_json(content)
    assert str(error.value).startswith(start)


def test_a_project_with_a_bad_link_is_explained_in_chinese(chinese, tmp_path):
    data = default_project().to_dict()
    data["graph"]["links"].append({"id": 99, "source": 2, "target": 4})
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ProjectError, match=r"^graph\.links\[\d+\]：Dense 4 会有两个输入$"):
        load_project(path)
    with pytest.raises(ProjectError, match="^文件 .* 不存在。$"):
        load_project(tmp_path / "missing.json")


# ----- pinned runs -----------------------------------------------------------------------------
def test_a_pinned_runs_label_is_chinese(chinese):
    from playground.core.pins import make_pin, pin_label

    pinned = default_project()
    pinned.training.set("learning_rate", 0.1)
    pinned.graph.set_param(2, "units", 4)
    pin = make_pin(pinned.to_dict(), [0.0], {}, 1)
    current = default_project()
    current.training.set("weight_seed", 7)
    label = pin_label(pin, current.to_dict())
    assert label == "固定的运行：学习率 0.1，Dense 2 神经元个数 4，初始权重不同"
    assert pin_label(pin, pin.project) == "固定的运行：设置相同"


def test_a_pinned_runs_label_stays_english_without_a_language(qapp):
    from playground.core.pins import make_pin, pin_label

    install_language(i18n.ENGLISH)
    pinned = default_project()
    pinned.training.set("learning_rate", 0.1)
    pinned.graph.set_param(2, "units", 4)
    label = pin_label(make_pin(pinned.to_dict(), [0.0], {}, 1), default_project().to_dict())
    assert label == "pinned: learning rate 0.1, Dense 2 units 4"

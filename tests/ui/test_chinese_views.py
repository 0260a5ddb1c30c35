"""Issue #12, the views and plots in Chinese: each example of a view family opens in the real window
under Chinese, trains a few steps so that every view draws its payload, and no English is left in
the views, their tabs, the curves and the gradients plot (axis labels, titles, legends, captions,
sample pickers); the explain view's arithmetic and the engine's messages come in Chinese too."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
import torch

from playground.core import i18n
from playground.core.views import VIEWS
from playground.engine.probes import trainer_task
from playground.engine.trainer import Trainer
from playground.engine.views import ProbeContext, probe_class
from playground.engine.views.gan_scores import gan_notice
from playground.ui.language import install_language
from playground.ui.main_window import EXAMPLES
from playground.ui.plots.gradients import gradient_hint
from playground.ui.views.area import ViewsArea

sys.path.insert(0, str(Path(__file__).parent))
from builders import chain_project, dense  # noqa: E402
from language_kit import english_left, visible_texts  # noqa: E402
from test_main_window import _pause, _train_until, window  # noqa: E402,F401 (the fixture)
from view_kit import drawn, every_view_drawn, shown  # noqa: E402

pytestmark = pytest.mark.usefixtures("one_torch_thread")  # see tests/conftest.py

# the plots' "Save Plot as PNG/SVG..." actions come from ui/plot_export.py, another group's file
OTHER_GROUPS = ("Save Plot as",)
HAN = "\u4e00"  # any CJK ideograph is at least this


def chinese_in(text: str) -> bool:
    return any(ch >= HAN for ch in text)


def data_words(window) -> list[str]:
    """The user's own strings the views show: layer names, class and feature names, file names."""
    words = [node.label for node in window.document.project.graph.nodes.values()]
    snap = window.controller.snapshot
    for payload in snap.views.values():
        for name in ("class_names", "input_names", "label"):
            value = getattr(payload, name, None)
            if isinstance(value, str):
                words.append(value)
            elif isinstance(value, (list, tuple)):
                words.extend(str(v) for v in value)
        # the loss's label is the training catalog's (another group's file), shown as it translates it
        words.append(str(getattr(payload, "loss_name", "")))
        for layer in getattr(payload, "layers", ()):
            words.append(str(getattr(layer, "label", "")))
    words.extend(str(f) for f in window.document.project.data.__dict__.values() if isinstance(f, str))
    return words


def views_texts(window) -> list[str]:
    """What the views area, the curves and the gradients plot show, and the views' tab titles."""
    texts: list[str] = []
    for widget in (*window.views.widgets.values(), window.curves, window.gradients):
        texts += visible_texts(widget)
    for tabs in (window.views.top_tabs, window.plot_tabs):
        for i in range(tabs.count()):
            if tabs.widget(i) in window.views.widgets.values():
                texts += [tabs.tabText(i), tabs.tabToolTip(i)]
    return texts


@pytest.mark.parametrize("name", ["digits_cnn", "digits_mlp", "digits_autoencoder", "sine_next_lstm",
                                  "wave_kind_gru", "iris_table", "function_sin", "xor", "plane_regression",
                                  "gan_ring", "gan_digits"])
def test_every_view_of_an_example_speaks_chinese_once_it_has_drawn(chinese, window, qtbot, name):  # noqa: F811
    window.open_example(EXAMPLES / f"{name}.json")
    qtbot.waitUntil(lambda: window.controller.snapshot is not None
                    and window.controller.loaded_signature == window.document.run_signature(), timeout=30_000)
    assert window.views.names()
    window.play_action.trigger()
    _train_until(qtbot, window, lambda s: s.step >= 12)
    _pause(qtbot, window)
    snap = window.controller.snapshot
    every_view_drawn(qtbot, window, snap)
    for view in window.views.widgets.values():  # the plots also draw when not in front
        view.draw()
    window.flush_plots()
    left = english_left([t for t in views_texts(window) if not t.startswith(OTHER_GROUPS)], data_words(window))
    assert not left, "\n".join(f"{text!r}: {words}" for text, words in left.items())
    for widget in window.views.widgets.values():
        title = window.views.top_tabs.tabText(window.views.top_tabs.indexOf(widget)) or window.plot_tabs.tabText(
            window.plot_tabs.indexOf(widget))
        assert chinese_in(title), title
    explain = window.views.widgets.get("explain")
    if explain is not None:  # the engine's message, made in the worker, comes in Chinese
        assert chinese_in(explain.text.toPlainText()), explain.text.toPlainText()
    if not window.task.gan:
        assert "损失" in window.curves.latest_text()


def explain_probe(project, steps: int = 3):
    torch.manual_seed(0)
    trainer = Trainer.from_project(project)
    trainer.run(steps=steps)
    task = trainer_task(trainer)
    return probe_class("explain")(ProbeContext(trainer, task)), task


def test_the_explain_views_arithmetic_is_written_in_chinese(chinese, qtbot):
    probe, task = explain_probe(chain_project([dense(4), dense(1, "Sigmoid")], "circle", loss="bce"))
    w = shown(qtbot, "explain", task)
    drawn(w, probe.collect())
    assert "点击 Dense 卡片" in w.text.toPlainText()
    probe.configure(node=task.neuron_layers[0], neuron=2, sample=4)
    payload = probe.collect()
    drawn(w, payload)
    text = w.text.toPlainText()
    assert "第 3 个神经元" in text and "测试样本 5" in text and "偏置" in text and "网络在这里算出的是" in text
    assert f"{payload.target.sum.z:+.4f}" in text  # the numbers are the run's, as in English
    names = [*payload.target.input_names, *(n.label for n in task_nodes(probe))]
    assert english_left([text, *visible_texts(w)], names) == {}


def task_nodes(probe) -> list:
    return list(probe.graph.nodes.values())


def test_the_explain_views_conv_and_pool_arithmetic_is_chinese(chinese, qtbot):
    cnn = [("Conv2D", {"filters": 2, "kernel_size": 3, "padding": "same", "activation": "ReLU"}),
           ("MaxPool2D", {"pool_size": 2}), ("Flatten", {}), dense(10, "Linear")]
    probe, task = explain_probe(chain_project(cnn, "digits", {"limit": 60, "seed": 3}, loss="cross_entropy"))
    w = shown(qtbot, "explain", task)
    conv, pool = task.map_layers[:2]
    for node, words in ((conv, ("感受野", "卷积核", "通道 1")), (pool, ("取最大值",))):
        probe.configure(node=node, neuron=1, row=2, col=3, sample=0)
        drawn(w, probe.collect())
        text = w.text.toPlainText()
        assert all(word in text for word in words), text
        assert english_left([text], [n.label for n in task_nodes(probe)]) == {}
    probe.configure(node=task.neuron_layers[-1] if task.neuron_layers else None, neuron=99, sample=0)
    message = probe.collect().message
    assert message == "" or chinese_in(message)


def test_the_gradient_hints_and_gan_notices_are_chinese(chinese):
    hint, warning = gradient_hint(["Dense 1", "Dense 2", "Dense 3"], np.array([1e3 * 1e3, np.inf, 1.0]))
    assert warning and hint == "Dense 1和Dense 2 的梯度正在爆炸：请尝试更小的学习率"
    hint, _ = gradient_hint(["Dense 1", "Dense 2", "Dense 3"], np.array([0.0, 0.0, 0.0]))
    assert hint.startswith("Dense 1、Dense 2和Dense 3 的梯度为零")
    assert gan_notice(float("nan"), 0.5, 1.0, 1.0).startswith("G 或 D 给出了非有限的数值")
    assert "模式崩溃" in gan_notice(0.5, 0.5, 0.001, 1.0)
    assert gan_notice(0.5, 0.5, 1.0, 1.0, missed=0.5).startswith("G 遗漏了部分数据：50%")


def test_every_view_has_a_chinese_title_and_tooltip_and_english_stays_english(chinese):
    for spec in VIEWS:
        assert chinese_in(spec.shown_title()) and chinese_in(spec.shown_help()), spec.name
    install_language(i18n.ENGLISH)
    assert [spec.shown_title() for spec in VIEWS] == [spec.title for spec in VIEWS]
    assert VIEWS[3].shown_title() == "Decision boundary"


def test_the_empty_views_area_says_so_in_chinese(chinese, qtbot):
    from PySide6.QtWidgets import QTabWidget

    from playground.ui.plots.frames import FrameScheduler

    bottom = QTabWidget()
    qtbot.addWidget(bottom)
    area = ViewsArea(bottom, FrameScheduler())
    assert area.message.text() == "还没有可显示的内容：请选择一个能加载的数据集。"

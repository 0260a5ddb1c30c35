"""Issue #12, group D: the run and its messages speak Chinese. A real worker process started under
Chinese sends its errors and its divergence in Chinese (it reads the .ts itself, without Qt); the
window's banner, the crash-recovery dialog, the Export menu and its refusals, the plots' Save menus
and the pinned runs' menu show no English.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from playground.core.i18n import translate
from playground.core.project import default_project
from playground.engine.export import onnx as onnx_export
from playground.engine.runner import READY, ProcessRunner, make_runner
from playground.engine.snapshot import DIVERGED, RunError, RunStatus, Snapshot
from playground.ui.autosave import UNREADABLE_PREFIX
from playground.ui.commands import AddNode
from playground.ui.document import Document
from playground.ui.main_window import MainWindow
from playground.ui.plot_export import PlotMenu
from playground.ui.training import death_sentence

sys.path.insert(0, str(Path(__file__).parent))
from language_kit import english_left, visible_texts  # noqa: E402
from test_autosave import BoxAnswerer, orphan_file  # noqa: E402

from builders import default_on, main_window  # noqa: E402

START_TIMEOUT = 90.0  # a spawned worker imports torch: seconds on a busy 2-core machine
TIMEOUT_MS = 90_000
CHECK_EVERY = 256  # engine/trainer.py: steps between divergence checks


def chinese_only(text: str, data: list[str] = ()) -> None:
    """`text` holds Chinese and no English word but the given data (paths, commands)."""
    assert any("\u4e00" <= c <= "\u9fff" for c in text), text
    assert english_left([text], data) == {}, text


@pytest.fixture
def boxes(qtbot):
    answerer = BoxAnswerer()
    yield answerer
    answerer.timer.stop()


# ----- the worker process -----------------------------------------------------------------------
def test_a_worker_process_started_under_chinese_sends_its_messages_in_chinese(chinese, tmp_path):
    runner = ProcessRunner()  # takes the window's language as it starts
    try:
        runner.start()
        runner.wait_for(lambda m: isinstance(m, RunStatus) and m.state == READY, START_TIMEOUT)

        runner.play()  # nothing loaded: the worker refuses in words
        seen = runner.wait_for(lambda m: isinstance(m, RunError), START_TIMEOUT)
        refused = [m for m in seen if isinstance(m, RunError)][-1].message
        assert refused == "还没有可以训练的网络：请先修复显示的问题。"

        # a weights file that is not there: the export module's sentence inside the worker's own
        missing = tmp_path / "gone.pt"
        runner.load(default_on(loss="mse", learning_rate=100.0), weights=str(missing))
        seen = runner.wait_for(lambda m: isinstance(m, RunError), START_TIMEOUT)
        message = [m for m in seen if isinstance(m, RunError)][-1].message
        assert message == f"权重文件 {missing} 不存在。 这次运行从新的权重开始。"

        # the divergence guard's sentence, made in the worker by the trainer
        runner.step(CHECK_EVERY)
        seen = runner.wait_for(lambda m: isinstance(m, Snapshot) and m.state == DIVERGED, START_TIMEOUT)
        diverged = [m for m in seen if isinstance(m, Snapshot) and m.state == DIVERGED][-1].message
        assert diverged.startswith("训练在第 ") and "学习率（100）可能太高了" in diverged, diverged
        chinese_only(diverged)
    finally:
        runner.close()


def test_a_lost_worker_is_told_in_chinese(chinese):
    assert death_sentence(-signal.SIGKILL).startswith("训练进程被强制结束了")
    for code in (-signal.SIGKILL, -signal.SIGSEGV, None, 3):
        chinese_only(death_sentence(code), ["SIGSEGV"])


# ----- the window ----------------------------------------------------------------------------------
@pytest.fixture
def window(chinese, qtbot, tmp_path):
    made: list[MainWindow] = []

    def make(kind: str = "thread") -> MainWindow:
        window = main_window(tmp_path, make_runner(kind))
        made.append(window)
        qtbot.waitUntil(lambda: window.controller.snapshot is not None, timeout=TIMEOUT_MS)
        return window

    yield make
    for window in made:
        window.document.undo_stack.setClean()  # no save prompt on close
        window.close()


def banner_texts(window: MainWindow) -> list[str]:
    assert window.banner.isVisible()
    return visible_texts(window.banner)


def test_the_banner_tells_a_diverging_run_and_a_killed_worker_in_chinese(window, qtbot):
    window = window("process")
    window.document.set_setting("training", "loss", "mse")
    window.document.set_setting("training", "learning_rate", 100.0)
    qtbot.waitUntil(lambda: window.controller.snapshot is not None and window.controller.snapshot.step == 0,
                    timeout=TIMEOUT_MS)
    window.play_action.trigger()
    qtbot.waitUntil(lambda: window.banner.isVisible() and window.banner.kind == "warning", timeout=TIMEOUT_MS)
    texts = banner_texts(window)
    assert english_left(texts) == {}, texts
    assert "发散" in window.banner.label.text()
    assert window.banner.action.text() in ("", "重置")  # the blow-up pause offers Reset; a NaN says why

    os.kill(window.controller.runner.pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: window.banner.isVisible() and window.banner.kind == "error", timeout=10_000)
    texts = banner_texts(window)
    assert english_left(texts) == {}, texts
    assert window.banner.label.text().startswith("训练进程被强制结束了")
    assert window.banner.action.text() == "重新启动"


def test_the_export_menu_and_the_plots_save_menus_are_chinese(window):
    window = window()
    menu = window.export_menu.menu
    plots = window.export_menu.plot_menus["png"]
    plots.aboutToShow.emit()  # lists the window's plots, as opening it does
    texts = visible_texts(menu) + visible_texts(plots)
    # the views' titles are core/views.py's (context "views"): the menu shows them as translated there
    views = [translate("views", view.spec.title) for view in window.live.views.widgets.values()]
    listed = [a.text() for a in plots.actions()]
    assert listed[:4] == ["损失", "准确率", "梯度", "最新梯度"] and set(listed[4:]) <= set(views)
    # names of programs kept in English in the Chinese text too
    assert english_left(texts, ["Python", "pandas", *views]) == {}, english_left(texts)
    plot_menus = [o.menu for o in window.findChildren(PlotMenu)]  # each plot's right-click menu
    assert plot_menus
    for plot_menu in plot_menus:
        assert [a.text() for a in plot_menu.actions()][0] == "将图保存为 PNG..."
        assert english_left(visible_texts(plot_menu)) == {}


def test_export_refusals_are_chinese(window, qtbot, boxes, monkeypatch, tmp_path):
    window = window()
    answers = iter([str(tmp_path / "no-folder" / "net.py"), str(tmp_path / "net.onnx")])
    # the file picker is Qt's own: it answers with the next path, as a user typing one would
    monkeypatch.setattr("playground.ui.export_dialog.QFileDialog.getSaveFileName",
                        lambda *a, **k: (next(answers), ""))
    # without the onnx extra, as a fresh install is (the thread worker shares this process)
    monkeypatch.setattr(onnx_export, "onnx_available", lambda: False)
    said = boxes.answer("确定", "确定")
    window.export_menu.actions["script"].trigger()  # a folder that is not there
    window.export_menu.actions["onnx"].trigger()
    qtbot.waitUntil(lambda: len(said) == 2, timeout=TIMEOUT_MS)
    assert said[0].startswith("无法将脚本写入") and said[1].startswith("导出 ONNX 需要 onnx 软件包")
    os_words = os.strerror(2)  # the system's own words for a missing folder
    for texts in boxes.every_text:
        assert english_left(texts, [os_words, str(tmp_path / "no-folder" / "net.py"),
                                    'pip install "neural-playground[onnx]"', "pip install onnx onnxscript"]) == {}, texts


def test_the_pinned_runs_menu_is_chinese(window):
    window = window()
    pins = window.pins_menu
    assert pins.title() == "固定的运行(&P)"
    pins.aboutToShow.emit()  # made again as it opens
    assert english_left(visible_texts(pins)) == {}, visible_texts(pins)
    assert [a.text() for a in pins.actions()][0] == "固定这次运行"
    assert not window.pins.pin_current()  # nothing trained: no curve to pin, and the status bar says why
    chinese_only(window.statusBar().currentMessage())


# ----- the recovery dialog -------------------------------------------------------------------------
def test_the_recovery_dialog_and_an_unreadable_copy_are_chinese(chinese, qtbot, boxes, tmp_path):
    folder = tmp_path / "autosave"
    document = Document(default_project())
    document.path = tmp_path / "lesson.json"
    document.undo_stack.push(AddNode(document.project.graph, "Dense", 100.0, 300.0, {"units": 7}))
    orphan_file(folder, document)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(runner=make_runner("thread"), settings=settings, autosave_folder=folder)
    window.show()
    try:
        said = boxes.answer("丢弃")
        assert not window.offer_recovery()
        assert len(said) == 1
        assert "意外关闭了。要恢复你正在编辑的网络（lesson.json，2023年11月" in said[0], said[0]
        title, *texts = boxes.every_text[0]
        assert english_left(texts, [title, "lesson.json"]) == {}, texts
        assert {"恢复", "丢弃"} <= set(texts)

        damaged = folder / "autosave-4000001-0badc0de.json"
        damaged.write_bytes(b"\xff\xfe not text")
        boxes.answer("确定")
        assert not window.offer_recovery()
        title, *texts = boxes.every_text[1]
        kept = folder / (UNREADABLE_PREFIX + damaged.name)
        assert said[1] == (f"{title} 意外关闭了，但它为你的工作保存的副本无法打开：它已损坏（不是可读的文本）。\n\n"
                           f"该文件已保留为 {kept}。")
        assert english_left(texts, [title, str(kept)]) == {}, texts
    finally:
        window.document.undo_stack.setClean()
        window.close()

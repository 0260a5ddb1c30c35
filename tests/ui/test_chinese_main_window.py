"""Issue #12, the main window's own texts in Chinese: its menus, actions and their tooltips, the
toolbar, the docks' titles, the read-out, Play's reason for being off, the status bar, the
dialogs it asks (unsaved changes, a file that cannot be opened or saved, the file pickers),
presenter mode's counter, the speed control, slow motion's caption and numbers, the plot tabs.

What other parts of the window put into these texts (a layer's name, a problem found in the
network, a command's undo text, an error from the system) is passed to the kit as data: this
file checks the main window's words around them, which must hold no English.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from playground.core.i18n import translate
from playground.core.project import ProjectError, load_project
from playground.engine.runner import make_runner
from playground.engine.snapshot import RUNNING
from playground.ui.main_window import STATE_WORDS, MainWindow

sys.path.insert(0, str(Path(__file__).parent))
from language_kit import english_left, visible_texts  # noqa: E402

from builders import main_window  # noqa: E402

TIMEOUT_MS = 90_000


@pytest.fixture
def window(chinese, qtbot, tmp_path):
    """The Chinese window without a worker (its read-out says the engine is starting). Not given to
    qtbot.addWidget, which would close it before its work is marked saved (see builders.main_window)."""
    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.document.undo_stack.setClean()  # closing asks nothing
    window.close()


def _own_actions(window: MainWindow) -> list[QAction]:
    return [window.new_action, window.open_action, window.save_action, window.save_as_action,
            window.quit_action, window.undo_action, window.redo_action, window.play_action,
            window.step_action, window.epoch_action, window.slow_action, window.reset_action,
            window.reset_same_action, window.fit_action, window.layout_action, window.presenter_action]


def _action_texts(actions: list[QAction]) -> list[str]:
    return [t for a in actions for t in (a.text(), a.toolTip(), a.statusTip())]


def _main_window_texts(window: MainWindow) -> list[str]:
    """Every text the main window itself writes (not the panels, views and menus of other parts)."""
    menus = [a.menu() for a in window.menuBar().actions()]
    file_menu, view_menu = menus[0], menus[2]
    examples = next(a.menu() for a in file_menu.actions() if a.menu() is not None)
    texts = [m.title() for m in menus] + [examples.title(), window.panels_menu.title()]
    texts += [a.text() for a in window.panels_menu.actions()]
    texts += [d.windowTitle() for d in (window.layers_dock, window.inspector_dock, window.data_dock,
                                        window.training_dock)]
    texts += _action_texts(_own_actions(window))
    texts += [window.run_toolbar.windowTitle(), window.readout.text(), window.problems_label.text(),
              window.statusBar().currentMessage(), window.presenter.counter.text()]
    texts += visible_texts(window.speed_control)
    curves, gradients = (window.plot_tabs.indexOf(w) for w in (window.curves, window.gradients))
    texts += [window.plot_tabs.tabText(curves), window.plot_tabs.tabText(gradients)]
    assert view_menu is not None and len(texts) > 40
    return [t for t in texts if t]


def _dialog_texts(qtbot, open_it: Callable[[], object]) -> tuple[list[str], object]:
    """Run `open_it`, which shows a modal dialog; read what the dialog shows, then cancel it (Esc).
    Returns the dialog's texts and what `open_it` returned."""
    seen: list[str] = []
    dialogs: list[QWidget] = []

    def read() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not shown yet: look again on the next turn of its event loop
            QTimer.singleShot(0, read)
            return
        dialogs.append(dialog)
        seen.extend(visible_texts(dialog))
        for combo in dialog.findChildren(QComboBox):  # a file picker's types
            seen.extend(combo.itemText(i) for i in range(combo.count()))
        dialog.reject()

    QTimer.singleShot(0, read)
    result = open_it()
    assert len(dialogs) == 1, "no dialog was shown"
    return seen, result


def test_the_menus_toolbar_docks_and_read_out_are_chinese(window):
    texts = _main_window_texts(window)
    assert english_left(texts) == {}
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    assert window.readout.text() == "第 0 轮 · 第 0 步 · 正在启动训练引擎…"
    assert window.statusBar().currentMessage() == "把左侧的层拖到画布上；按 Space 开始训练。"
    assert window.layers_dock.objectName() == "dock-layers"  # the saved layout finds it in any language
    key = window.play_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)  # Qt's own words
    assert window.play_action.toolTip() == f"开始或暂停训练（{key}）"
    assert window.new_action.toolTip().startswith("新建一个项目（")


def test_undo_tooltips_wrap_the_command_in_chinese(window):
    assert english_left(_action_texts([window.undo_action, window.redo_action])) == {}
    window.view.add_layer_at_centre("Dense")
    change = window.document.undo_stack.undoText()
    assert change and window.undo_action.toolTip() == f"撤销“{change}”（Ctrl+Z）"
    window.undo_action.trigger()
    assert window.redo_action.toolTip() == f"重做“{change}”（Ctrl+Shift+Z）"
    assert window.undo_action.toolTip() == "没有可撤销的修改"


def test_play_says_why_it_is_off_in_chinese(window):
    graph = window.document.project.graph
    window.scene.select_nodes([])
    window.scene.link_item(graph.find_link(4, 5).id).setSelected(True)
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    reason = window.document.analysis.first_error()
    assert reason and not window.play_action.isEnabled()
    assert window.play_reason.text().startswith("  无法开始训练：")
    assert window.play_action.toolTip() == f"请先解决问题：{reason}"
    assert english_left([window.play_reason.text(), window.play_action.toolTip()], [reason]) == {}


def test_the_unsaved_changes_question_is_chinese(window, qtbot):
    window.view.add_layer_at_centre("Dense")
    texts, _ = _dialog_texts(qtbot, window.new_project)
    name = window.document.display_name
    assert f"是否保存对 {name} 的修改？" in texts
    assert english_left(texts, [name]) == {}
    assert window.document.modified  # Esc is Cancel: the work is kept


@pytest.mark.parametrize("content", ["{not json", json.dumps({"format": "neural-playground-project",
                                                              "version": 99})])
def test_a_file_that_cannot_be_opened_is_explained_in_chinese(window, qtbot, tmp_path, content):
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    with pytest.raises(ProjectError) as error:
        load_project(bad)
    texts, opened = _dialog_texts(qtbot, lambda: window.open_path(bad))
    assert not opened
    assert f"无法打开 bad.json：\n\n{error.value}" in texts
    assert english_left(texts, [str(error.value), bad.name]) == {}


def test_a_file_that_cannot_be_saved_is_explained_in_chinese(window, qtbot, tmp_path):
    target = tmp_path / "no such folder" / "mine.json"
    texts, saved = _dialog_texts(qtbot, lambda: window._save_to(target))
    message = next(t for t in texts if t.startswith("无法保存到"))
    assert not saved and message.startswith(f"无法保存到 {target}：\n\n")
    assert english_left(texts, [message.split("\n\n", 1)[1], str(target)]) == {}


def test_saved_and_opened_are_said_in_chinese(window, tmp_path):
    target = tmp_path / "mine.json"
    assert window._save_to(target)
    assert window.statusBar().currentMessage() == f"已保存 {target}"
    assert window.open_path(target)
    assert window.statusBar().currentMessage() == f"已打开 {target}"


def test_the_file_pickers_are_chinese(window, qtbot):
    texts, _ = _dialog_texts(qtbot, window.open_dialog)
    assert "打开项目" in texts and "Neural Playground 项目 (*.json)" in texts and "所有文件 (*)" in texts
    texts, saved = _dialog_texts(qtbot, window.save_as)
    assert "保存项目" in texts and not saved


def test_a_neuron_is_named_in_chinese(window):
    dense = window.document.project.graph.nodes_of_kind("Dense")[0]
    assert window._neuron_title(dense.id, 1) == f"{dense.label}，第 2 个神经元"
    assert window._neuron_title(10_000, 0) == "第 1 个神经元"


def test_a_run_s_state_words_are_chinese(chinese):
    assert [translate("MainWindow", w) for w in STATE_WORDS.values()] == ["已发散", "已完成", "失败"]


def test_a_running_window_speaks_chinese(chinese, qtbot, tmp_path):
    """Trained a few steps, in slow motion, in presenter mode and at another speed: the read-out,
    the engine's status, slow motion's caption and numbers and the large counter are Chinese."""
    window = main_window(tmp_path, make_runner("thread"))
    try:
        with qtbot.waitSignal(window.controller.worker_ready, timeout=TIMEOUT_MS) as ready:
            pass
        devices = ready.args[0]
        assert window.statusBar().currentMessage().startswith("训练引擎已就绪，设备：")
        qtbot.waitUntil(lambda: window.controller.snapshot is not None, timeout=TIMEOUT_MS)
        window.speed_control.set_speed(30.0)
        assert window.speed_control.currentText() == "速度：30 步/秒"
        window.toggle_play()
        qtbot.waitUntil(lambda: window.controller.state == RUNNING and "步/秒" in window.readout.text(),
                        timeout=TIMEOUT_MS)
        assert window.play_action.text() == "暂停"
        snap = window.controller.snapshot
        assert english_left([window.readout.text()], [snap.device, *devices]) == {}
        assert "学习率 " in window.readout.text()

        slow = window.slow_motion
        window.presenter.enter()
        for name in ("forward", "loss", "backward", "update"):
            window.view.setFocus()
            QTest.keyClick(window.view, Qt.Key.Key_F6)  # pauses, then one phase a press
            qtbot.waitUntil(lambda n=name: slow.phase is not None and slow.phase.name == n, timeout=TIMEOUT_MS)
            assert slow.caption.text().startswith(f"慢动作第 {slow.phase.step + 1} 步，")
            shown = [slow.caption.text(), *slow.overlay_texts().values()]
            assert len(shown) > 1 and english_left(shown) == {}, name
        qtbot.waitUntil(lambda: window.presenter.counter.text().startswith("第 "), timeout=TIMEOUT_MS)
        # presenter mode's tidy-up is a command: its undo text is another part's
        data = [window.controller.snapshot.device, *devices, window.document.undo_stack.undoText()]
        assert english_left(_main_window_texts(window), data) == {}
        window.presenter.leave()
    finally:
        window.document.undo_stack.setClean()
        window.close()

"""Issue #12, lessons and examples: under Chinese the Lessons panel shows every shipped lesson in
Chinese (its text from the lesson file, its goal checklist and states from the .qm), File > Open
Lesson and File > Open Example name them in Chinese, Save as Lesson speaks Chinese and saves a
Chinese teacher's edits as the lesson's Chinese, and a broken lesson is refused in Chinese. Under
English nothing changed."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu

from playground.core import i18n
from playground.core.goals import COUNTS, CONDITIONS, METRICS, GoalCheck, RunHistory, RunPoint, describe_goal
from playground.core.lessons import LESSONS, SETTING_CONTROLS, find_lessons, load_lesson
from playground.core.resources import example_paths
from playground.ui.lesson_controls import locked_tip
from playground.ui.main_window import MainWindow
from playground.ui.save_lesson_dialog import SaveLessonDialog

sys.path.insert(0, str(Path(__file__).parent))
from language_kit import english_left, visible_texts  # noqa: E402

SHIPPED = find_lessons()
# The goal file's own vocabulary (JSON keys and names a teacher types), shown in the Save as
# Lesson dialog's help and in a goal's error messages: identifiers, not English to translate.
GOAL_WORDS = [*CONDITIONS, *METRICS, *COUNTS, *SETTING_CONTROLS, "at_least", "at_most", "goal", "changing_only"]


def _window(qtbot, tmp_path: Path) -> MainWindow:
    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    return window


@pytest.fixture
def window(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    yield window
    window.document.undo_stack.setClean()


def _file_menu(window: MainWindow) -> QMenu:
    return window.menuBar().actions()[0].menu()


def _submenu(window: MainWindow, title: str) -> QMenu:
    return next(a.menu() for a in _file_menu(window).actions() if a.menu() is not None and a.menu().title() == title)


def _lesson_texts(window: MainWindow) -> list[str]:
    """What the Lessons dock shows: its widgets, its title, and the lesson's text in the browser."""
    panel = window.lessons.panel
    return [*visible_texts(panel), window.lessons.dock.windowTitle(), panel.text.toPlainText()]


def test_every_shipped_lesson_shows_in_chinese_with_its_hints_and_answer(chinese, window):
    panel = window.lessons.panel
    assert english_left(_lesson_texts(window)) == {}  # before any lesson: the list and the welcome text
    for info in SHIPPED:
        assert window.lessons.open_lesson(info.path)
        words = load_lesson(info.path).translations["zh_CN"]
        assert window.windowTitle().startswith(words.title)
        assert panel.status.text() == "○ 尚未达成目标：训练并尝试吧。"
        for _ in words.text.hints:
            panel.hint_button.click()
        panel.answer_button.click()
        shown = panel.text.toPlainText()
        assert all(part in shown for part in (words.title, words.text.goal, *words.text.hints))
        assert all(paragraph in shown for paragraph in (*words.text.try_this.split("\n\n"),
                                                        *words.text.answer.split("\n\n")))
        assert panel.hint_button.text() == f"显示提示（{len(words.text.hints)}/{len(words.text.hints)}）"
        locked = window.lessons.guard.setting_widgets()
        tips = [locked[name].toolTip() for name in load_lesson(info.path).controls.locked]
        assert all(tip == "已被课程锁定。" for tip in tips)
        assert english_left(_lesson_texts(window) + tips) == {}, info.name


def test_the_goal_checklist_and_its_check_mark_in_chinese(chinese, window):
    assert window.lessons.open_lesson(LESSONS / "single_neuron.json")
    lesson, panel = window.lessons.lesson, window.lessons.panel
    check = GoalCheck(lesson.goal)
    history = RunHistory(lesson.project)
    history.add(RunPoint(30, 3.0, train_loss=0.1, test_loss=0.1, train_accuracy=0.97, test_accuracy=0.97))
    check.update(history)
    assert check.met
    panel.show_lesson(lesson, check)
    assert panel.status.text() == "✔ 已达成目标（第 3.0 轮）！"
    shown = panel.text.toPlainText()
    assert "✔ 测试准确率 ≥ 95 %" in shown and "✔ 至多 0 个隐藏层" in shown
    assert english_left(_lesson_texts(window)) == {}


@pytest.mark.parametrize("info", SHIPPED, ids=[info.name for info in SHIPPED])
def test_every_shipped_goal_reads_in_chinese(chinese, info):
    goal = load_lesson(info.path).goal
    words = describe_goal(goal)
    assert english_left([words]) == {}, words


def test_the_goal_words_in_chinese_and_in_english():
    goals = {
        '{"then": [{"diverged": true}, {"metric": "train_loss", "at_most": 0.1}], "changing_only": ["learning_rate"]}':
            ("the loss blows up (the run diverges), then training loss \u2264 0.1 (changing only the learning rate)",
             "损失爆炸（训练发散），然后训练损失 \u2264 0.1（只改变学习率）"),
        '{"within_epochs": 15, "goal": {"metric": "test_accuracy", "at_least": 0.9}}':
            ("test accuracy \u2265 90 % within 15 epochs", "15 轮之内测试准确率 \u2265 90 %"),
        '{"any": [{"setting": "regularization", "is": "l2"}, {"layer": "Dropout"}]}':
            ("regularization is l2 or the network has a Dropout layer", "正则化为 l2 或 网络中有 Dropout 层"),
        '{"count": "hidden_neurons", "at_least": 2, "at_most": 6}':
            ("hidden neurons between 2 and 6", "隐藏神经元 介于 2 与 6 之间"),
        '{"all": [{"setting": "data.samples", "at_most": 80}, {"features": ["x1", "x2"]}]}':
            ("samples \u2264 80; only the input features X\u2081, X\u2082",
             "样本数 \u2264 80；只用输入特征 X\u2081、X\u2082"),
    }
    i18n.install_catalog(i18n.CHINESE)  # the .ts, as a worker or the command line reads it
    try:
        chinese = {text: describe_goal(json.loads(text)) for text in goals}
    finally:
        i18n.install(None)
    for text, (english, zh) in goals.items():
        assert describe_goal(json.loads(text)) == english
        assert chinese[text] == zh


def test_file_menu_names_lessons_and_examples_in_chinese(chinese, window):
    lessons = _submenu(window, "打开课程(&L)")
    names = [a.text() for a in lessons.actions() if not a.isSeparator()]
    assert names == [*(load_lesson(i.path).translations["zh_CN"].title for i in SHIPPED), "从文件打开…"]
    examples = _submenu(window, "打开示例(&E)")
    entries = [a.text() for a in examples.actions()]
    assert len(entries) == len(example_paths()) and "数字：多层感知机" in entries
    assert window.lessons.save_lesson_action.text() == "另存为课程(&L)…"
    texts = visible_texts(lessons) + entries + [window.lessons.save_lesson_action.toolTip()]
    assert english_left(texts) == {}


def test_english_names_and_texts_are_unchanged(window):
    examples = _submenu(window, "Open &Example")
    assert [a.text() for a in examples.actions()] == [p.stem.replace("_", " ") for p in example_paths()]
    assert window.lessons.open_lesson(LESSONS / "xor_hidden_layer.json")
    panel = window.lessons.panel
    assert panel.status.text() == "\u25cb Goal not met yet: train and try."
    assert "XOR needs a hidden layer" in panel.text.toPlainText() and "What to try" in panel.text.toPlainText()
    assert panel.choice.itemText(1) == "2. XOR needs a hidden layer"
    assert locked_tip() == "Locked by the lesson."


def test_save_as_lesson_speaks_chinese_and_keeps_the_english(chinese, window, qtbot, tmp_path):
    assert window.lessons.open_lesson(LESSONS / "xor_hidden_layer.json")
    lesson = window.lessons.lesson
    dialog = SaveLessonDialog(window.document.project.title, lesson, window)
    qtbot.addWidget(dialog)
    assert dialog.title.text() == lesson.translations["zh_CN"].title  # the teacher edits the Chinese
    assert dialog.goal_words.text().startswith("应用检查：测试准确率 ≥ 90 %")
    assert english_left(visible_texts(dialog), GOAL_WORDS) == {}
    dialog.goal.setPlainText('{"metric": "speed", "at_least": 1}')
    assert dialog.goal_words.text().startswith("goal.metric：未知的 metric 'speed'")
    assert english_left([dialog.goal_words.text()], [*GOAL_WORDS, "speed"]) == {}
    dialog.goal.setPlainText('{"metric": "test_accuracy", "at_least": 0.95}')
    dialog.title.setText("异或，我的版本")
    dialog.hints.setPlainText("第一条\n第二条")
    saved = dialog.lesson("mine", window.document.resolved_project())
    saved.save(tmp_path / "mine.json")
    again = load_lesson(tmp_path / "mine.json")
    assert again.title == "XOR needs a hidden layer" and again.text == lesson.text  # the English stays
    assert again.translations["zh_CN"].title == "异或，我的版本"
    assert again.translations["zh_CN"].text.hints == ["第一条", "第二条"]
    assert again.words().title == "异或，我的版本" and again.words("en").title == "XOR needs a hidden layer"


def test_a_broken_lesson_is_refused_in_chinese(chinese, window, tmp_path, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr("playground.ui.lessons_panel.QMessageBox.warning", lambda *args: said.append(args[2]))
    data = json.loads((LESSONS / "single_neuron.json").read_text(encoding="utf-8"))
    data["translations"]["zh_CN"]["text"]["hints"] = "只有一条"
    (tmp_path / "bad.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "old.json").write_text(json.dumps({**data, "version": 9}, ensure_ascii=False), encoding="utf-8")
    assert not window.lessons.open_lesson(tmp_path / "bad.json")
    assert not window.lessons.open_lesson(tmp_path / "old.json")
    assert not window.lessons.open_lesson(tmp_path / "gone.json")
    assert said[0] == "无法打开课程：\n\ntranslations.zh_CN.text.hints：应为文本列表"
    assert said[1].endswith("请更新 Neural Playground。")
    assert said[2].startswith("无法打开课程：\n\n文件 ")
    assert english_left(said, ["translations.zh_CN.text.hints", "version", str(tmp_path / "gone.json")]) == {}

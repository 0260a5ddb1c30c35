"""The Lessons panel in the real window: every shipped lesson opens with its hidden and locked
controls (released when another project opens), hints and the answer come on request, the goal's
check mark appears when a real run meets it, and File > Save as Lesson writes a lesson that opens
the same way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from playground.core.lessons import LESSONS, find_lessons, load_lesson
from playground.engine.runner import make_runner
from playground.ui.lesson_controls import LOCKED_TIP
from playground.ui.main_window import EXAMPLES, MainWindow
from playground.ui.save_lesson_dialog import SaveLessonDialog, set_checked

SHIPPED = find_lessons()
TRAIN_TIMEOUT_MS = 90_000  # two cores shared with the GUI thread under test


def _window(tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(runner=make_runner("thread"), settings=settings)
    window.resize(1280, 800)
    window.show()
    return window


@pytest.fixture
def window(qtbot, tmp_path):
    """The window without its worker: opening lessons needs no training."""
    window = _window(tmp_path)
    yield window
    window.document.undo_stack.setClean()
    window.close()


def _hidden_docks(window: MainWindow) -> set[str]:
    return {name for name, dock in window.lessons.guard.docks().items() if dock.isHidden()}


def _open(window: MainWindow, name: str) -> None:
    assert window.lessons.open_lesson(LESSONS / f"{name}.json")


def test_every_shipped_lesson_opens_with_its_controls(window):
    guard = window.lessons.guard
    for info in SHIPPED:
        lesson = load_lesson(info.path)
        _open(window, info.name)
        assert window.document.project.title == lesson.title
        assert window.document.path is None and not window.document.modified  # unsaved, like an example
        assert window.document.analysis.ok, (info.name, window.document.analysis.first_error())
        assert _hidden_docks(window) == set(lesson.controls.hidden) & {"layers", "inspector", "data", "training"}
        widgets = guard.setting_widgets()
        for name in lesson.controls.locked:
            assert not widgets[name].isEnabled() and widgets[name].toolTip() == LOCKED_TIP, (info.name, name)
        panel = window.lessons.panel
        assert lesson.title in panel.text.toPlainText()
        assert panel.status.text().startswith("\u25cb Goal not met")
        assert window.lessons.dock.isVisible()
        assert panel.choice.currentData() == info.path


def test_another_project_releases_the_lessons_controls(window):
    _open(window, "tabular_classifier")  # locks the data set, the loss, the batch size...
    widgets = window.lessons.guard.setting_widgets()
    assert not widgets["dataset"].isEnabled() and not widgets["batch_size"].isEnabled()
    _open(window, "optimizers")  # hides the palette, locks the learning rate
    assert _hidden_docks(window) == {"layers"}
    assert widgets["dataset"].isEnabled() and not window.lessons.guard.setting_widgets()["learning_rate"].isEnabled()
    window.open_example(EXAMPLES / "xor.json")
    assert _hidden_docks(window) == set()
    assert all(w.isEnabled() for name, w in window.lessons.guard.setting_widgets().items()
               if name != "regularization_rate")  # greyed by the panel itself without a penalty
    assert window.lessons.lesson is None
    assert "Choose a lesson" in window.lessons.panel.text.toPlainText()
    assert window.training_panel.general.editors["learning_rate"].widget.toolTip() != LOCKED_TIP


def test_a_hidden_setting_hides_its_row(window, tmp_path):
    lesson = load_lesson(LESSONS / "single_neuron.json")
    lesson.controls.hidden = ["data.noise", "optimizer_params"]
    lesson.save(tmp_path / "hide.json")
    assert window.lessons.open_lesson(tmp_path / "hide.json")
    noise = window.lessons.guard.setting_widgets()["data.noise"]
    assert noise.isHidden() and window.training_panel.optimizer_box.isHidden()
    window.new_project()
    assert not window.training_panel.optimizer_box.isHidden()


def test_hints_one_at_a_time_and_the_answer_on_request(window):
    _open(window, "xor_hidden_layer")
    lesson, panel = window.lessons.lesson, window.lessons.panel
    text = panel.text.toPlainText
    assert lesson.text.hints[0] not in text() and lesson.text.answer[:40] not in text()
    panel.hint_button.click()
    assert lesson.text.hints[0] in text() and lesson.text.hints[1] not in text()
    for _ in lesson.text.hints[1:]:
        panel.hint_button.click()
    assert all(hint in text() for hint in lesson.text.hints) and not panel.hint_button.isEnabled()
    assert lesson.text.answer[:40] not in text()
    panel.answer_button.click()
    assert lesson.text.answer[:40] in text() and not panel.answer_button.isEnabled()


def test_the_lesson_list_opens_the_chosen_lesson(window):
    panel = window.lessons.panel
    assert panel.choice.count() == len(SHIPPED)
    panel.choice.setCurrentIndex(1)
    panel.open_button.click()
    assert window.lessons.lesson.name == SHIPPED[1].name


def test_the_check_mark_appears_when_a_real_run_meets_the_goal(qtbot, tmp_path):
    window = _window(tmp_path)
    try:
        window.start_worker()
        qtbot.waitUntil(lambda: window.controller.ready, timeout=30_000)
        _open(window, "single_neuron")
        qtbot.waitUntil(lambda: window.controller.snapshot is not None, timeout=30_000)
        assert not window.lessons.check.met
        window.toggle_play()
        qtbot.waitUntil(lambda: window.lessons.check.met, timeout=TRAIN_TIMEOUT_MS)
        window.toggle_play()
        panel = window.lessons.panel
        assert panel.status.text().startswith("\u2714 Goal met")
        assert "\u2714 test accuracy \u2265 95 %" in panel.text.toPlainText()
        # other data is another run: checked afresh (no line separates the circle)
        window.document.set_setting("data", "dataset", "circle")
        window.run.reset()
        qtbot.waitUntil(lambda: not window.lessons.check.met, timeout=30_000)
    finally:
        window.document.undo_stack.setClean()
        window.close()


def test_save_as_lesson_writes_a_lesson_that_opens_the_same_way(window, tmp_path, qtbot):
    _open(window, "tabular_classifier")
    window.document.set_setting("training", "learning_rate", 0.01)
    dialog = SaveLessonDialog(window.document.project.title, window.lessons.lesson, window)
    qtbot.addWidget(dialog)
    dialog.title.setText("Diabetes, my way")
    dialog.summary.setText("The table again.")
    dialog.hints.setPlainText("first hint\n\nsecond hint\n")
    set_checked(dialog.hidden, ["inspector", "data.normalize"])
    set_checked(dialog.locked, ["learning_rate", "dataset"])
    dialog.goal.setPlainText('{"metric": "test_loss"}')  # a mistake: said in words, Save is off
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled() and "at_least" in dialog.goal_words.text()
    dialog.goal.setPlainText('{"metric": "test_accuracy", "at_least": 0.8}')
    assert save.isEnabled() and dialog.goal_words.text() == "The app checks: test accuracy \u2265 80 %."

    folder = tmp_path / "class"
    folder.mkdir()
    assert window.lessons.write_lesson(dialog, folder / "diabetes.json")
    saved = json.loads((folder / "diabetes.json").read_text())
    assert saved["project"]["data"]["params"]["path"] == "diabetes_synthetic.csv"
    assert (folder / "diabetes_synthetic.csv").is_file()
    assert saved["controls"] == {"hidden": ["inspector", "data.normalize"], "locked": ["learning_rate", "dataset"]}
    assert saved["text"]["hints"] == ["first hint", "second hint"]

    window.document.undo_stack.setClean()  # no "save your changes?" box
    window.new_project()
    assert window.lessons.open_lesson(folder / "diabetes.json")
    assert window.document.project.title == "Diabetes, my way"
    assert window.document.project.training.learning_rate == pytest.approx(0.01)
    assert window.document.analysis.ok
    assert _hidden_docks(window) == {"inspector"}
    widgets = window.lessons.guard.setting_widgets()
    assert widgets["data.normalize"].isHidden() and not widgets["learning_rate"].isEnabled()


def test_a_lesson_file_that_does_not_read_is_refused_in_words(window, tmp_path, monkeypatch):
    (tmp_path / "broken.json").write_text('{"format": "neural-playground-lesson"}')
    said = []
    monkeypatch.setattr("playground.ui.lessons_panel.QMessageBox.warning", lambda *args: said.append(args[2]))
    before = window.document.project.title
    assert not window.lessons.open_lesson(tmp_path / "broken.json")
    assert "Could not open the lesson" in said[0] and "version" in said[0]
    assert window.document.project.title == before


def test_the_file_menu_has_the_lesson_entries(window):
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "Open &Lesson" in texts and "Save as &Lesson\u2026" in texts
    lessons_menu = next(a.menu() for a in file_menu.actions() if a.text() == "Open &Lesson")
    titles = [a.text() for a in lessons_menu.actions() if not a.isSeparator()]
    assert titles[:len(SHIPPED)] == [info.title for info in SHIPPED]
    lessons_menu.actions()[2].trigger()
    assert window.lessons.lesson.name == SHIPPED[2].name
    assert window.lessons.dock.isVisible()
    assert Qt.DockWidgetArea.LeftDockWidgetArea == window.dockWidgetArea(window.lessons.dock)


def test_a_lessons_hidden_panels_are_not_saved_hidden_with_the_window(qtbot, tmp_path):
    window = _window(tmp_path)
    _open(window, "optimizers")  # hides the palette
    assert _hidden_docks(window) == {"layers"}
    window.close()  # saves the docks' state for the next start
    again = _window(tmp_path)
    try:
        assert _hidden_docks(again) == set()
    finally:
        again.close()

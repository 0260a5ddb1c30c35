"""File > Save as Lesson...: the teacher writes the lesson's text and goal and chooses which
controls students see and which settings they may not change.

The dialog edits the lesson's words in the app's language: in English (or for a new lesson) the
file's own words; in another language, that language's translation of an open lesson, whose own
words and other translations are kept as they were.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QTabWidget, QVBoxLayout,
                               QWidget)

from playground.core.goals import GoalError, describe_goal, setting_words
from playground.core.i18n import ENGLISH, current_language, translate, translate_later
from playground.core.lessons import (PANELS, SETTING_CONTROLS, Controls, Lesson, LessonError, LessonText,
                                     LessonWords, panel_label)
from playground.core.project import Project

DEFAULT_GOAL = {"metric": "test_accuracy", "at_least": 0.9}
GOAL_HELP = translate_later(
    "SaveLessonDialog",
    "Conditions: metric (train_loss, test_loss, train_accuracy, test_accuracy, loss_gap, epoch), "
    "count (hidden_neurons, hidden_layers, features, parameters, narrowest_layer), setting, layer, "
    "activation, features, diverged, within_epochs, then, all, any, not. See the shipped lessons.")


def _checklist(names: list[tuple[str, str]], checked: list[str]) -> QListWidget:
    box = QListWidget()
    for name, label in names:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if name in checked else Qt.CheckState.Unchecked)
        box.addItem(item)
    return box


def checked_names(box: QListWidget) -> list[str]:
    return [box.item(i).data(Qt.ItemDataRole.UserRole) for i in range(box.count())
            if box.item(i).checkState() == Qt.CheckState.Checked]


def set_checked(box: QListWidget, names: list[str]) -> None:
    for i in range(box.count()):
        item = box.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in names
                           else Qt.CheckState.Unchecked)


def _setting_label(name: str) -> str:
    if name.startswith("data."):
        return translate("SaveLessonDialog", "Data: {option}").format(option=setting_words(name))
    return setting_words(name)


class SaveLessonDialog(QDialog):
    """The lesson's fields, started from the open lesson (if any); `lesson()` builds it."""

    def __init__(self, title: str, current: Lesson | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("SaveLessonDialog", "Save as Lesson"))
        self.resize(620, 560)
        self.current = current
        words = current.words() if current else LessonWords(title)
        text = words.text
        self.title = QLineEdit(words.title)
        self.summary = QLineEdit(words.summary)
        self.summary.setPlaceholderText(translate("SaveLessonDialog", "One line for the list of lessons"))
        self.try_this = QPlainTextEdit(text.try_this)
        self.try_this.setPlaceholderText(translate("SaveLessonDialog",
                                                   "What to try (a blank line starts a new paragraph)"))
        self.goal_text = QPlainTextEdit(text.goal)
        self.goal_text.setPlaceholderText(translate("SaveLessonDialog", "The goal in your words"))
        self.goal = QPlainTextEdit(json.dumps(current.goal if current else DEFAULT_GOAL, indent=1))
        self.goal.setToolTip(translate("SaveLessonDialog", GOAL_HELP))
        self.goal_words = QLabel()
        self.goal_words.setWordWrap(True)
        self.goal.textChanged.connect(self._goal_changed)
        self.hints = QPlainTextEdit("\n".join(text.hints))
        self.hints.setPlaceholderText(translate("SaveLessonDialog", "One hint a line, revealed one at a time"))
        self.answer = QPlainTextEdit(text.answer)
        self.answer.setPlaceholderText(translate("SaveLessonDialog", "The answer, hidden until a student asks for it"))

        controls = current.controls if current else Controls()
        settings = [(name, _setting_label(name)) for name in SETTING_CONTROLS]
        panels = [(name, translate("SaveLessonDialog", "Panel: {panel}").format(panel=panel_label(name)))
                  for name in PANELS]
        self.hidden = _checklist(panels + settings, controls.hidden)
        self.locked = _checklist(settings, controls.locked)

        text_page = QWidget()
        form = QFormLayout(text_page)
        form.addRow(translate("SaveLessonDialog", "Title"), self.title)
        form.addRow(translate("SaveLessonDialog", "Summary"), self.summary)
        form.addRow(translate("SaveLessonDialog", "What to try"), self.try_this)
        form.addRow(translate("SaveLessonDialog", "Goal (words)"), self.goal_text)
        form.addRow(translate("SaveLessonDialog", "Hints"), self.hints)
        form.addRow(translate("SaveLessonDialog", "Answer"), self.answer)
        goal_page = QWidget()
        goal_column = QVBoxLayout(goal_page)
        goal_column.addWidget(QLabel(translate("SaveLessonDialog",
                                               "What the app checks while the students train (JSON):")))
        goal_column.addWidget(self.goal, 1)
        goal_column.addWidget(self.goal_words)
        controls_page = QWidget()
        columns = QHBoxLayout(controls_page)
        for label, box in ((translate("SaveLessonDialog", "Hidden from students"), self.hidden),
                           (translate("SaveLessonDialog", "Locked (shown, not editable)"), self.locked)):
            column = QVBoxLayout()
            column.addWidget(QLabel(label))
            column.addWidget(box)
            columns.addLayout(column)
        self.tabs = QTabWidget()
        self.tabs.addTab(text_page, translate("SaveLessonDialog", "Text"))
        self.tabs.addTab(goal_page, translate("SaveLessonDialog", "Goal"))
        self.tabs.addTab(controls_page, translate("SaveLessonDialog", "Controls"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs)
        outer.addWidget(self.buttons)
        self._goal_changed()

    def _goal(self) -> dict:
        """The goal as written; LessonError in words when it cannot be read."""
        try:
            goal = json.loads(self.goal.toPlainText())
        except json.JSONDecodeError as exc:
            raise LessonError(translate("SaveLessonDialog", "The goal is not valid JSON (line {line}, column {column}: "
                                        "{problem}).").format(line=exc.lineno, column=exc.colno,
                                                              problem=exc.msg)) from None
        try:
            describe_goal(goal)
        except GoalError as exc:
            raise LessonError(str(exc)) from None
        return goal

    def _goal_changed(self) -> None:
        try:
            words = translate("SaveLessonDialog", "The app checks: {goal}.").format(goal=describe_goal(self._goal()))
            ok = True
        except LessonError as exc:
            words, ok = str(exc), False
        self.goal_words.setText(words)
        self.goal_words.setStyleSheet("" if ok else "color: #b3261e;")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def lesson(self, name: str, project: Project) -> Lesson:
        """The lesson these fields describe, starting from `project`."""
        title = self.title.text().strip() or name
        project = project.copy()
        project.title = title
        hints = [line.strip() for line in self.hints.toPlainText().splitlines() if line.strip()]
        text = LessonText(self.try_this.toPlainText().strip(), self.goal_text.toPlainText().strip(), hints,
                          self.answer.toPlainText().strip())
        controls = Controls(checked_names(self.hidden), checked_names(self.locked))
        words = LessonWords(title, self.summary.text().strip(), text)
        current, language = self.current, current_language()
        translations = dict(current.translations) if current else {}
        if current is not None and language != ENGLISH:
            # the teacher edited this language's words: the file's own (English) words stay
            translations[language] = words
            words = LessonWords(current.title, current.summary, current.text)
        return Lesson(name, words.title, words.summary, project, self._goal(), words.text, controls,
                      translations=translations)

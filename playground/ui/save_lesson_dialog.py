"""File > Save as Lesson...: the teacher writes the lesson's text and goal and chooses which
controls students see and which settings they may not change."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QTabWidget, QVBoxLayout,
                               QWidget)

from playground.core.goals import GoalError, describe_goal
from playground.core.lessons import (PANELS, SETTING_CONTROLS, Controls, Lesson, LessonError, LessonText)
from playground.core.project import Project

DEFAULT_GOAL = {"metric": "test_accuracy", "at_least": 0.9}
GOAL_HELP = ("Conditions: metric (train_loss, test_loss, train_accuracy, test_accuracy, loss_gap, epoch), "
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
    return ("Data: " + name[5:] if name.startswith("data.") else name).replace("_", " ")


class SaveLessonDialog(QDialog):
    """The lesson's fields, started from the open lesson (if any); `lesson()` builds it."""

    def __init__(self, title: str, current: Lesson | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Save as Lesson")
        self.resize(620, 560)
        text = current.text if current else LessonText()
        self.title = QLineEdit(current.title if current else title)
        self.summary = QLineEdit(current.summary if current else "")
        self.summary.setPlaceholderText("One line for the list of lessons")
        self.try_this = QPlainTextEdit(text.try_this)
        self.try_this.setPlaceholderText("What to try (a blank line starts a new paragraph)")
        self.goal_text = QPlainTextEdit(text.goal)
        self.goal_text.setPlaceholderText("The goal in your words")
        self.goal = QPlainTextEdit(json.dumps(current.goal if current else DEFAULT_GOAL, indent=1))
        self.goal.setToolTip(GOAL_HELP)
        self.goal_words = QLabel()
        self.goal_words.setWordWrap(True)
        self.goal.textChanged.connect(self._goal_changed)
        self.hints = QPlainTextEdit("\n".join(text.hints))
        self.hints.setPlaceholderText("One hint a line, revealed one at a time")
        self.answer = QPlainTextEdit(text.answer)
        self.answer.setPlaceholderText("The answer, hidden until a student asks for it")

        controls = current.controls if current else Controls()
        settings = [(name, _setting_label(name)) for name in SETTING_CONTROLS]
        self.hidden = _checklist([(name, f"Panel: {label}") for name, label in PANELS.items()] + settings,
                                 controls.hidden)
        self.locked = _checklist(settings, controls.locked)

        text_page = QWidget()
        form = QFormLayout(text_page)
        form.addRow("Title", self.title)
        form.addRow("Summary", self.summary)
        form.addRow("What to try", self.try_this)
        form.addRow("Goal (words)", self.goal_text)
        form.addRow("Hints", self.hints)
        form.addRow("Answer", self.answer)
        goal_page = QWidget()
        goal_column = QVBoxLayout(goal_page)
        goal_column.addWidget(QLabel("What the app checks while the students train (JSON):"))
        goal_column.addWidget(self.goal, 1)
        goal_column.addWidget(self.goal_words)
        controls_page = QWidget()
        columns = QHBoxLayout(controls_page)
        for label, box in (("Hidden from students", self.hidden), ("Locked (shown, not editable)", self.locked)):
            column = QVBoxLayout()
            column.addWidget(QLabel(label))
            column.addWidget(box)
            columns.addLayout(column)
        self.tabs = QTabWidget()
        self.tabs.addTab(text_page, "Text")
        self.tabs.addTab(goal_page, "Goal")
        self.tabs.addTab(controls_page, "Controls")
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
            raise LessonError(f"The goal is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}).") from None
        try:
            describe_goal(goal)
        except GoalError as exc:
            raise LessonError(str(exc)) from None
        return goal

    def _goal_changed(self) -> None:
        try:
            words, ok = "The app checks: " + describe_goal(self._goal()) + ".", True
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
        return Lesson(name, title, self.summary.text().strip(), project, self._goal(), text, controls)

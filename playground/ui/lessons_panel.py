"""The Lessons panel: the shipped lessons, the open lesson's text with its goal checked live from
the run, hints revealed one at a time and the answer on request; and `Lessons`, which opens a
lesson into the window (as an unsaved project, like an example) with its hidden and locked
controls, and saves the current project as a lesson (File > Save as Lesson...).
"""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QMainWindow, QMenu,
                               QMessageBox, QPushButton, QTextBrowser, QVBoxLayout, QWidget)

from playground.core.goals import GoalCheck
from playground.core.i18n import translate
from playground.core.lessons import Lesson, LessonError, find_lessons, load_lesson
from playground.engine.snapshot import Snapshot
from playground.ui.lesson_controls import ControlsGuard
from playground.ui.param_editors import shrinkable

if TYPE_CHECKING:  # imported when first used: File > Save as Lesson... is rare
    from playground.ui.save_lesson_dialog import SaveLessonDialog

log = logging.getLogger(__name__)


def lesson_filter() -> str:
    return translate("LessonsPanel", "Neural Playground lessons (*.json);;All files (*)")

MET_STYLE = "color: #1b7f3b; font-weight: bold; font-size: 13pt;"
NOT_MET_STYLE = "color: #666; font-size: 13pt;"
READABLE_WIDTH = 320  # the lessons dock is widened to this when a lesson opens


def _paragraphs(text: str) -> str:
    """Plain text as HTML paragraphs (a blank line starts a new one): a lesson file holds no markup."""
    return "".join(f"<p>{html.escape(part).replace(chr(10), '<br>')}</p>"
                   for part in text.split("\n\n") if part.strip())


def _heading(text: str) -> str:
    return f"<h4>{html.escape(text)}</h4>"


class LessonsPanel(QWidget):
    """The list of lessons and the open lesson's text; knows nothing of the window."""

    open_requested = Signal(object)  # the lesson file's Path
    hint_requested = Signal()
    answer_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # a drop-down, not a list: on a 720-pixel screen the lesson's text needs the height
        self.choice = shrinkable(QComboBox())
        self.choice.setToolTip(translate("LessonsPanel", "The lessons, in course order."))
        self.open_button = QPushButton(translate("LessonsPanel", "Open"))
        self.open_button.setToolTip(translate("LessonsPanel",
                                              "Open the chosen lesson (your current project is closed first)."))
        self.open_button.clicked.connect(self._open_chosen)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.hint_button = QPushButton(translate("LessonsPanel", "Show a hint"))
        self.hint_button.clicked.connect(self.hint_requested)
        self.answer_button = QPushButton(translate("LessonsPanel", "Show answer"))
        self.answer_button.clicked.connect(self.answer_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint_button)
        buttons.addWidget(self.answer_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        chooser = QHBoxLayout()
        chooser.addWidget(self.choice, 1)
        chooser.addWidget(self.open_button)
        column.addLayout(chooser)
        column.addWidget(self.status)
        column.addWidget(self.text, 1)
        column.addLayout(buttons)
        self.set_lessons([])
        self.show_lesson(None)

    def set_lessons(self, lessons) -> None:
        self.choice.clear()
        for info in lessons:
            self.choice.addItem(f"{info.order}. {info.title}" if info.order < 100 else info.title, info.path)
            self.choice.setItemData(self.choice.count() - 1, info.summary, Qt.ItemDataRole.ToolTipRole)
        self.open_button.setEnabled(bool(self.choice.count()))

    def choose(self, path: Path) -> None:
        """Show `path` as the chosen lesson (when it is one of the list)."""
        index = next((i for i in range(self.choice.count()) if Path(self.choice.itemData(i)) == Path(path)), -1)
        if index >= 0:
            self.choice.setCurrentIndex(index)

    def _open_chosen(self) -> None:
        if self.choice.currentIndex() >= 0:
            self.open_requested.emit(self.choice.currentData())

    def show_lesson(self, lesson: Lesson | None, check: GoalCheck | None = None, hints: int = 0,
                    answer: bool = False) -> None:
        """Show the lesson's text as far as the student has asked for it, and the goal's state."""
        has = lesson is not None
        self.hint_button.setVisible(has)
        self.answer_button.setVisible(has)
        self.status.setVisible(has)
        if not has:
            self.text.setHtml(translate("LessonsPanel", "<p>Choose a lesson above and press <b>Open</b>. Each lesson "
                                        "opens a network, says what to try, and checks its goal while you train.</p>"))
            return
        met = check is not None and check.met
        if met:
            at = check.met_at
            self.status.setText(translate("LessonsPanel", "\u2714 Goal met (epoch {epoch:,.1f})!").format(
                epoch=at.epoch) if at else translate("LessonsPanel", "\u2714 Goal met!"))
        else:
            self.status.setText(translate("LessonsPanel", "\u25cb Goal not met yet: train and try."))
        self.status.setStyleSheet(MET_STYLE if met else NOT_MET_STYLE)
        words = lesson.words()
        total = len(words.text.hints)
        self.hint_button.setEnabled(hints < total)
        self.hint_button.setText(translate("LessonsPanel", "Show a hint ({shown} of {total})").format(
            shown=hints, total=total) if total else translate("LessonsPanel", "No hints"))
        self.answer_button.setEnabled(not answer and bool(words.text.answer))
        scroll = self.text.verticalScrollBar().value()
        self.text.setHtml(self._html(lesson, check, hints, answer))
        self.text.verticalScrollBar().setValue(scroll)

    @staticmethod
    def _html(lesson: Lesson, check: GoalCheck | None, hints: int, answer: bool) -> str:
        words = lesson.words()
        parts = [f"<h3>{html.escape(words.title)}</h3>"]
        if words.text.try_this:
            parts += [_heading(translate("LessonsPanel", "What to try")), _paragraphs(words.text.try_this)]
        parts.append(_heading(translate("LessonsPanel", "Goal")))
        if words.text.goal:
            parts.append(_paragraphs(words.text.goal))
        for part, ok in (check.parts if check is not None else []):
            mark = ('<span style="color:#1b7f3b">\u2714</span>' if ok or check.met
                    else '<span style="color:#999">\u25cb</span>')
            parts.append(f"<p style='margin:0'>{mark} {html.escape(part)}</p>")
        if hints:
            parts.append(_heading(translate("LessonsPanel", "Hints")))
            parts += [f"<p><b>{i + 1}.</b> {html.escape(h)}</p>" for i, h in enumerate(words.text.hints[:hints])]
        if answer:
            parts += [_heading(translate("LessonsPanel", "Answer")), _paragraphs(words.text.answer)]
        return "".join(parts)


class Lessons(QObject):
    """The window's lessons: the panel in a dock, the open lesson, its goal check and controls."""

    lesson_opened = Signal(str)  # the lesson's name

    def __init__(self, window: QMainWindow, folder: Path | None = None):
        super().__init__(window)
        self.window = window
        self.panel = LessonsPanel()
        self.guard = ControlsGuard(window)
        self.lesson: Lesson | None = None
        self.check: GoalCheck | None = None
        self.hints = 0
        self.answer = False
        self._opening = False
        self.infos = find_lessons(folder) if folder is not None else find_lessons()
        self.panel.set_lessons(self.infos)
        self.panel.open_requested.connect(self.open_lesson)
        self.panel.hint_requested.connect(self.show_hint)
        self.panel.answer_requested.connect(self.show_answer)
        window.document.project_replaced.connect(self._project_replaced)
        window.controller.latest.connect(self._on_snapshot)
        self.dock = window._dock(translate("Lessons", "Lessons"), self.panel, Qt.DockWidgetArea.LeftDockWidgetArea,
                                 name="lessons")
        window.tabifyDockWidget(window.inspector_dock, self.dock)
        window.data_dock.raise_()
        self._add_menu_entries()

    def _add_menu_entries(self) -> None:
        """File > Open Lesson (after Open Example) and File > Save as Lesson... (after Save As)."""
        window = self.window
        file_menu = window.menuBar().actions()[0].menu()
        actions = file_menu.actions()
        lessons_menu = QMenu(translate("Lessons", "Open &Lesson"), file_menu)
        for info in self.infos:
            act = lessons_menu.addAction(info.title)
            act.setStatusTip(info.summary)
            act.triggered.connect(lambda _=False, p=info.path: self.open_lesson(p))
        lessons_menu.addSeparator()
        lessons_menu.addAction(translate("Lessons", "From a file\u2026")).triggered.connect(self.open_lesson_dialog)
        file_menu.insertMenu(next(a for a in actions if a.isSeparator()), lessons_menu)
        self.save_lesson_action = window._action(translate("Lessons", "Save as &Lesson\u2026"), self.save_as_lesson,
                                                 tip=translate("Lessons", "Save this project as a lesson: its text, "
                                                               "goal, and the controls students see"))
        file_menu.insertAction(actions[actions.index(window.save_as_action) + 1], self.save_lesson_action)

    # ----- opening ------------------------------------------------------------------------------
    def open_lesson(self, path: str | Path) -> bool:
        """Open the lesson file `path` as a new, unsaved project with its controls; False if it
        could not (said in a message box) or the user kept the current work."""
        window = self.window
        try:
            lesson = load_lesson(path)
        except LessonError as exc:
            QMessageBox.warning(window, "Neural Playground",
                                translate("Lessons", "Could not open the lesson:\n\n{problem}").format(problem=exc))
            return False
        if not window._maybe_keep_work():
            return False
        lesson.project.title = lesson.words().title  # the window's title names the lesson
        self._opening = True
        try:
            window.show_unsaved(lesson.project)
        finally:
            self._opening = False
        self.lesson, self.check, self.hints, self.answer = lesson, GoalCheck(lesson.goal), 0, False
        self.guard.apply(lesson.controls)
        self.panel.choose(path)
        self.dock.show()
        self.dock.raise_()
        if self.dock.width() < READABLE_WIDTH:  # the text wraps into a narrow column otherwise
            window.resizeDocks([self.dock], [READABLE_WIDTH], Qt.Orientation.Horizontal)
        self._show()
        window.show_status(translate("Lessons", "Lesson: {title}").format(title=lesson.words().title))
        self.lesson_opened.emit(lesson.name)
        return True

    def open_lesson_dialog(self) -> None:
        start = self.window.settings.value("files/last_dir", str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(self.window, translate("Lessons", "Open lesson"), start, lesson_filter())
        if path:
            self.open_lesson(path)

    def _project_replaced(self) -> None:
        if self._opening or self.lesson is None:
            return
        self.lesson = self.check = None  # another project: the lesson and its controls go
        self.guard.release()
        self._show()

    # ----- while it runs ------------------------------------------------------------------------
    def _on_snapshot(self, _snap: Snapshot) -> None:
        if self.check is not None and self.check.update(self.window.run.history):
            self._show()

    def show_hint(self) -> None:
        if self.lesson is not None and self.hints < len(self.lesson.words().text.hints):
            self.hints += 1
            self._show()

    def show_answer(self) -> None:
        if self.lesson is not None:
            self.answer = True
            self._show()

    def _show(self) -> None:
        self.panel.show_lesson(self.lesson, self.check, self.hints, self.answer)

    # ----- saving -------------------------------------------------------------------------------
    def save_as_lesson(self) -> bool:
        from playground.ui.save_lesson_dialog import SaveLessonDialog

        dialog = SaveLessonDialog(self.window.document.project.title, self.lesson, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        start = self.window.settings.value("files/last_dir", str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(self.window, translate("Lessons", "Save lesson"), start, lesson_filter())
        if not path:
            return False
        return self.write_lesson(dialog, Path(path if path.endswith(".json") else path + ".json"))

    def write_lesson(self, dialog: SaveLessonDialog, path: Path) -> bool:
        """Write the current project as the lesson the dialog describes, to `path`."""
        try:
            lesson = dialog.lesson(path.stem, self.window.document.resolved_project())
            lesson.save(path)
        except LessonError as exc:
            QMessageBox.warning(self.window, "Neural Playground",
                                translate("Lessons", "The lesson was not saved:\n\n{problem}").format(problem=exc))
            return False
        except OSError as exc:
            QMessageBox.warning(self.window, "Neural Playground",
                                translate("Lessons", "Could not save to {path}:\n\n{problem}").format(
                                    path=path, problem=exc.strerror or exc))
            return False
        self.window.show_status(translate("Lessons", "Saved the lesson {path}").format(path=path))
        return True

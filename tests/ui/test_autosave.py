"""Autosave and crash recovery (ui/autosave.py), driven through real windows and real undo commands.

The timers are driven by emitting their timeout (no sleeps). The last test kills a real app
process with SIGKILL after its own autosave has written, and recovers the work in a new window.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from playground.core.atomic_file import write_text_atomically
from playground.core.project import default_project, load_project
from playground.engine.runner import make_runner
from playground.ui.autosave import LIMIT_MS, QUIET_MS, UNREADABLE_PREFIX, autosave_dict
from playground.ui.commands import AddNode, SetParam
from playground.ui.document import Document
from playground.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).parent))
from language_kit import visible_texts  # noqa: E402

REPO = Path(__file__).resolve().parents[2]


class BoxAnswerer:
    """Clicks the named buttons of the modal message boxes that open, one box each, in order, and
    keeps what each box said. Its timer belongs to the test, so a box left unanswered by a failing
    test never gets clicked in the next one."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.every_text: list[list[str]] = []  # each box's title and every text it shows (buttons too)
        self._buttons: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._poll)

    def answer(self, *buttons: str) -> list[str]:
        self._buttons = list(buttons)
        self.timer.start()
        return self.texts

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return
        self.texts.append(box.text())
        self.every_text.append([box.windowTitle(), *visible_texts(box)])
        wanted = self._buttons.pop(0) if self._buttons else None
        buttons = {b.text().replace("&", ""): b for b in box.buttons()}
        # a box nobody expected is recorded (the test then fails on texts) and closed
        (buttons.get(wanted) or box.buttons()[0]).click()


@pytest.fixture
def boxes(qtbot):
    answerer = BoxAnswerer()
    yield answerer
    answerer.timer.stop()


@pytest.fixture
def folder(tmp_path) -> Path:
    return tmp_path / "app-data" / "autosave"


@pytest.fixture
def windows(qtbot, tmp_path, folder):
    """make(document=None, autosave_folder=folder): a shown MainWindow with no worker started."""
    made: list[MainWindow] = []

    def make(document: Document | None = None, autosave_folder: Path | None = folder) -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(runner=make_runner("thread"), document=document, settings=settings,
                            autosave_folder=autosave_folder)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.document.undo_stack.setClean()  # no "save your changes?" box
        window.close()


def add_dense(window: MainWindow, units: int = 5) -> None:
    doc = window.document
    doc.undo_stack.push(AddNode(doc.project.graph, "Dense", 300.0, 240.0, {"units": units}))


def saved_copy(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def orphan_file(folder: Path, document: Document, name: str = "autosave-4000000-0badc0de.json") -> Path:
    """An autosave as an app that has since died left it: the file, and no lock held."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    write_text_atomically(path, json.dumps(autosave_dict(document, saved_at=1_700_000_000.0)))
    return path


def edited_document(path: Path | None = None, units: int = 7) -> Document:
    """The default project with one more Dense layer, as if opened from `path` and edited."""
    document = Document(default_project())
    document.path = path
    document.undo_stack.push(AddNode(document.project.graph, "Dense", 100.0, 300.0, {"units": units}))
    return document


# ----- when it writes --------------------------------------------------------------------------
def test_an_edit_is_written_once_the_quiet_timer_fires_not_before(windows):
    window = windows()
    autosave = window.autosave
    add_dense(window)
    assert autosave.quiet.isActive() and autosave.quiet.interval() == QUIET_MS
    assert autosave.limit.isActive() and autosave.limit.interval() == LIMIT_MS
    assert not autosave.path.exists()

    autosave.quiet.timeout.emit()
    copy = saved_copy(autosave.path)
    assert copy["project"] == window.document.project.to_dict()
    assert copy["title"] == window.document.display_name and copy["source"] is None
    assert not autosave.quiet.isActive() and not autosave.limit.isActive()
    assert autosave.path.with_suffix(".lock").exists()  # held while the app runs


def test_each_edit_restarts_the_quiet_timer_but_the_limit_is_started_once(windows):
    window = windows()
    autosave = window.autosave
    starts = {"quiet": 0, "limit": 0}
    for name in starts:  # count the starts, then start the real timer
        timer = getattr(autosave, name)
        real_start = timer.start
        timer.start = lambda *a, _n=name, _s=real_start: (starts.__setitem__(_n, starts[_n] + 1), _s(*a))
    doc = window.document
    dense = max(doc.project.graph.nodes_of_kind("Dense"), key=lambda n: n.id).id
    for units in (2, 3, 4, 5):  # a spin box stepped four times: one merged undo step
        doc.undo_stack.push(SetParam(doc.project.graph, dense, "units", units))
    assert starts["quiet"] >= 4 and starts["limit"] == 1
    assert not autosave.path.exists()

    autosave.limit.timeout.emit()  # edits kept coming for 30 s: written without a quiet spell
    assert saved_copy(autosave.path)["project"]["graph"] == doc.project.graph.to_dict()
    assert not autosave.quiet.isActive()


def test_settings_edits_are_autosaved_too(windows):
    window = windows()
    # not a live setting: a live one would be sent to (and start) the worker, not started here
    window.document.set_setting("training", "weight_seed", 7)
    window.autosave.quiet.timeout.emit()
    assert saved_copy(window.autosave.path)["project"]["training"]["weight_seed"] == 7


def test_nothing_is_written_while_nothing_changed(windows, folder):
    window = windows()
    autosave = window.autosave
    assert not autosave.quiet.isActive() and not autosave.limit.isActive()
    autosave.write_now()
    assert not folder.exists()  # not even the folder: an app nobody edits leaves no trace

    add_dense(window)
    window.document.undo_stack.undo()  # back to the state it opened in: nothing unsaved
    assert not autosave.quiet.isActive() and not autosave.limit.isActive()
    autosave.write_now()
    assert not autosave.path.exists()

    add_dense(window, units=4)
    autosave.write_now()
    written = autosave.path.stat()
    add_dense(window, units=9)
    window.document.undo_stack.undo()  # changed and changed back: the copy already holds it
    assert autosave.quiet.isActive()
    autosave.quiet.timeout.emit()
    again = autosave.path.stat()
    assert (again.st_ino, again.st_mtime_ns) == (written.st_ino, written.st_mtime_ns)


def test_saving_removes_the_copy(windows, tmp_path):
    window = windows()
    add_dense(window)
    window.autosave.write_now()
    assert window.autosave.path.exists()
    window.document.path = tmp_path / "lesson.json"
    assert window.save()
    assert not window.autosave.path.exists()
    assert not window.autosave.quiet.isActive()


def test_a_failed_write_is_told_in_the_status_bar(windows, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    window = windows(autosave_folder=blocker / "autosave")
    add_dense(window)
    window.autosave.quiet.timeout.emit()
    assert window.statusBar().currentMessage().startswith("Could not keep a recovery copy of your work")


# ----- clean exit --------------------------------------------------------------------------------
def test_a_clean_exit_after_choosing_not_to_save_removes_the_copy(windows, boxes):
    window = windows()
    add_dense(window)
    window.autosave.write_now()
    path = window.autosave.path
    texts = boxes.answer("Discard")
    assert window.close()
    assert texts and texts[0].startswith("Save the changes")
    assert not path.exists() and not path.with_suffix(".lock").exists()


def test_cancelling_the_close_keeps_the_copy(windows, boxes):
    window = windows()
    add_dense(window)
    window.autosave.write_now()
    boxes.answer("Cancel")
    assert not window.close()
    assert window.autosave.path.exists()


# ----- recovery ------------------------------------------------------------------------------------
def test_discard_removes_the_copy_and_keeps_the_window_as_it_was(windows, boxes, folder):
    path = orphan_file(folder, edited_document())
    window = windows()
    before = window.document.project.to_dict()
    texts = boxes.answer("Discard")
    assert not window.offer_recovery()
    assert len(texts) == 1 and "closed unexpectedly" in texts[0]
    assert not path.exists() and not path.with_suffix(".lock").exists()
    assert window.document.project.to_dict() == before and not window.document.modified


def test_recovered_work_is_unsaved_and_saves_to_the_file_it_came_from(windows, boxes, folder, tmp_path):
    source = tmp_path / "lesson.json"
    default_project().save(source)
    edited = edited_document(source)
    path = orphan_file(folder, edited)
    window = windows()
    texts = boxes.answer("Recover")
    assert window.offer_recovery()
    assert texts == [f"Neural Playground closed unexpectedly. Recover the network you were editing "
                     f"(lesson.json, {edited_when()})?"]
    doc = window.document
    assert doc.project.to_dict() == edited.project.to_dict()
    assert doc.path == source.resolve() and doc.modified and window.isWindowModified()
    assert "lesson.json" in window.windowTitle()
    assert not path.exists()  # taken over: this window's own copy holds the work now
    assert saved_copy(window.autosave.path)["project"] == edited.project.to_dict()

    assert window.save()  # no dialog: back into the file it came from
    on_disk, wanted = load_project(source).to_dict(), edited.project.to_dict()
    assert on_disk.pop("title") == "lesson"  # an untitled project is named after its file on save
    wanted.pop("title")
    assert on_disk == wanted
    assert not doc.modified and not window.autosave.path.exists()


def edited_when() -> str:
    from datetime import datetime

    saved = datetime.fromtimestamp(1_700_000_000.0)
    return f"{saved:%a %d %b %Y} at {saved:%H:%M}"


def test_recovered_untitled_work_has_no_file(windows, boxes, folder):
    orphan_file(folder, edited_document(None))
    window = windows()
    boxes.answer("Recover")
    assert window.offer_recovery()
    assert window.document.path is None and window.document.modified


@pytest.mark.parametrize("content, why", [
    ("{\"format\": \"neural-playground-autosave\", \"ver", "damaged"),
    (json.dumps({"format": "neural-playground-autosave", "version": 1, "saved_at": 1.0, "title": "x",
                 "source": None, "project": {"format": "neural-playground-project", "version": 1,
                                             "graph": {"nodes": [{"id": 1, "kind": "Nope"}], "links": []}}}),
     "unknown layer kind 'Nope'"),
])
def test_an_unreadable_copy_is_set_aside_with_a_clear_message(windows, boxes, folder, content, why):
    folder.mkdir(parents=True)
    path = folder / "autosave-4000000-0badc0de.json"
    path.write_text(content, encoding="utf-8")
    window = windows()
    texts = boxes.answer("OK")
    assert not window.offer_recovery()
    kept = folder / (UNREADABLE_PREFIX + path.name)
    assert len(texts) == 1 and "could not be opened" in texts[0] and why in texts[0]
    assert str(kept) in texts[0]
    assert kept.read_text(encoding="utf-8") == content and not path.exists()
    assert not window.document.modified
    boxes.answer()
    assert not windows().offer_recovery() and boxes.texts == texts  # never offered again


def test_a_running_apps_copy_is_not_offered_to_another(windows, boxes, folder):
    first = windows()
    add_dense(first)
    first.autosave.write_now()
    written = first.autosave.path.read_bytes()
    second = windows()
    boxes.answer()
    assert not second.offer_recovery() and boxes.texts == []
    assert second.autosave.path != first.autosave.path
    add_dense(second, units=3)
    second.autosave.write_now()
    assert first.autosave.path.read_bytes() == written


# ----- a real crash ---------------------------------------------------------------------------------
# The app started as a user starts it (playground.app.launch: the app-data folder, the worker, the
# recovery offer), then one edit through the real undo stack; the real autosave writes it.
DRIVER = """
import sys
from PySide6.QtCore import QTimer
from playground.app import launch
from playground.ui.commands import AddNode

app, window = launch([sys.argv[1]])
graph = window.document.project.graph
QTimer.singleShot(0, lambda: window.document.undo_stack.push(AddNode(graph, "Dense", 300.0, 240.0,
                                                                     {"units": 5})))
sys.exit(app.exec())
"""


def test_work_survives_a_killed_app(windows, boxes, qtbot, tmp_path):
    source = tmp_path / "lesson.json"
    default_project().save(source)
    expected = load_project(source)
    expected.graph.add_node("Dense", {"units": 5}, 300.0, 240.0)
    data_home = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(data_home),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    with open(tmp_path / "app.log", "w") as log:
        app = subprocess.Popen([sys.executable, "-c", DRIVER, str(source)], cwd=REPO, env=env,
                               stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            qtbot.waitUntil(lambda: any(data_home.rglob("autosave-*.json")) or app.poll() is not None,
                            timeout=60_000)
            assert app.poll() is None, (tmp_path / "app.log").read_text()
            os.kill(app.pid, signal.SIGKILL)
            assert app.wait(timeout=10) == -signal.SIGKILL
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(app.pid, signal.SIGKILL)  # its training worker too, if still there
            app.wait(timeout=10)
    [copy] = data_home.rglob("autosave-*.json")

    window = windows(autosave_folder=copy.parent)
    texts = boxes.answer("Recover")
    assert window.offer_recovery()
    assert len(texts) == 1 and "(lesson.json, today at" in texts[0]
    assert window.document.project.to_dict() == expected.to_dict()
    assert window.document.path == source.resolve() and window.isWindowModified()
    assert not copy.exists() and not copy.with_suffix(".lock").exists()  # the killed app's, taken over

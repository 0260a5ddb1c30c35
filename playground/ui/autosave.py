"""Autosave and crash recovery: unsaved work is copied to the app-data folder a few seconds after
each edit, and the next start offers it back if the app did not close normally.

- When: the document's undo stack says every change (canvas edits and settings alike). A change
  starts a short quiet timer (restarted by each further change) and, if none is running, a 30 s
  limit, so a class that keeps editing loses at most ~30 s of work. Training never writes here.
- What: only unsaved work. A saved document (or one undone back to its saved state) has its copy
  removed; a clean exit (saved, or the user chose not to save) removes it too.
- Where: one file per window, `autosave-<pid>-<random>.json`, beside a QLockFile the app
  holds while it runs. At start-up a copy whose lock can be taken belongs to an app that is no
  longer running (Qt's lock knows a dead process from a live one): that is the work to offer.
  Two apps running at once never take each other's copies.
- A copy that cannot be read is renamed `unreadable-...` and kept, never deleted, and the user is
  told where it is.
"""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from playground.core.atomic_file import write_text_atomically
from playground.core.i18n import translate
from playground.core.project import Project, ProjectError, project_from_dict
from playground.ui.document import Document

log = logging.getLogger(__name__)

FORMAT = "neural-playground-autosave"
VERSION = 1
QUIET_MS = 3_000  # written this long after the last change...
LIMIT_MS = 30_000  # ...or this long after the first unwritten change, while changes keep coming
PREFIX = "autosave-"
UNREADABLE_PREFIX = "unreadable-"  # a copy set aside: no longer matches PREFIX, never offered again


class AutosaveError(ValueError):
    """An autosave file that cannot be read back, with why in plain words."""


def default_folder() -> Path:
    """The user's application-data folder for this app (it follows XDG_DATA_HOME on Linux)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "autosave"


def _lock_for(path: Path) -> QLockFile:
    lock = QLockFile(str(path.with_suffix(".lock")))
    # 0: a lock is stale only when its process is gone, never for its age (the default 30 s
    # would let a second app take the copy of an app that has simply been open a while)
    lock.setStaleLockTime(0)
    return lock


# ----- the file ----------------------------------------------------------------------------------
@dataclass
class Recovered:
    """What an autosave file holds."""

    project: Project
    title: str  # as the window showed it: the file's name, or the project's title
    saved_at: float  # seconds since the epoch
    source: Path | None  # the project file the work came from; None for an untitled project

    def when(self, now: float | None = None) -> str:
        """"today at 10:42", or "Mon 30 Nov 2026 at 16:05" (local time)."""
        saved = time.localtime(self.saved_at)
        today = time.localtime(time.time() if now is None else now)
        clock = time.strftime("%H:%M", saved)
        if saved[:3] == today[:3]:  # year, month, day
            return translate("Recovered", "today at {time}").format(time=clock)
        # the date's strftime pattern is translated too: Chinese writes 2026年11月30日, no English day names
        date = time.strftime(translate("Recovered", "%a %d %b %Y"), saved)
        return translate("Recovered", "{date} at {time}").format(date=date, time=clock)


def autosave_dict(document: Document, saved_at: float) -> dict[str, Any]:
    path = document.path
    return {"format": FORMAT, "version": VERSION, "saved_at": saved_at,
            "title": document.display_name, "source": str(path.resolve()) if path else None,
            "project": document.project.to_dict()}


def read_autosave(path: Path) -> Recovered:
    """The work in an autosave file; AutosaveError says why it cannot be read."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise AutosaveError(translate("autosave", "it cannot be read: {error}").format(
            error=exc.strerror or exc)) from None
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise AutosaveError(translate("autosave", "it is damaged (not readable text)")) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise AutosaveError(translate("autosave", "it is not an autosave of Neural Playground"))
    if data.get("version") != VERSION:
        raise AutosaveError(translate("autosave", "it was written by another version of Neural Playground "
                                      "(format {version!r})").format(version=data.get("version")))
    saved_at, title, source = data.get("saved_at"), data.get("title"), data.get("source")
    if (not isinstance(saved_at, (int, float)) or isinstance(saved_at, bool)
            or not isinstance(title, str) or not isinstance(source, (str, type(None)))):
        raise AutosaveError(translate("autosave", "its time, title or file name is missing"))
    try:
        project = project_from_dict(data.get("project"))
    except ProjectError as exc:
        raise AutosaveError(translate("autosave", "the network in it is damaged: {error}").format(error=exc)) from None
    return Recovered(project, title, float(saved_at), Path(source) if source else None)


# ----- writing -------------------------------------------------------------------------------------
class Autosave(QObject):
    """Keeps a copy of a document's unsaved work in `folder`, written off the document's changes."""

    failed = Signal(str)  # a sentence for the status bar: the copy could not be written

    def __init__(self, document: Document, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document, self.folder = document, Path(folder)
        self.path = self.folder / f"{PREFIX}{os.getpid()}-{os.urandom(4).hex()}.json"
        self._lock = _lock_for(self.path)  # taken before the first write
        self.quiet = QTimer(self)
        self.limit = QTimer(self)
        for timer, ms in ((self.quiet, QUIET_MS), (self.limit, LIMIT_MS)):
            timer.setSingleShot(True)
            timer.setInterval(ms)
            timer.timeout.connect(self.write_now)
        self._pending = False  # a change since the last write
        self._written: dict[str, Any] | None = None  # the project as last written
        # kept from the signals, never asked of the stack: the stack signals on its way out, when
        # the Document destroys it, and asking it then would raise
        self._modified = document.modified
        stack = document.undo_stack
        stack.indexChanged.connect(self._on_index_changed)  # every edit, undo and redo
        stack.cleanChanged.connect(self._on_clean_changed)  # also Save (no index change), recovery

    def _on_index_changed(self, _index: int) -> None:
        if self._modified:
            self._schedule()

    def _on_clean_changed(self, clean: bool) -> None:
        self._modified = not clean
        if clean:
            self.discard()  # saved, or undone back to the saved state: nothing to recover
        else:
            self._schedule()

    def _schedule(self) -> None:
        self._pending = True
        self.quiet.start()  # restarted by every change
        if not self.limit.isActive():
            self.limit.start()  # not restarted: it bounds the work at risk

    def write_now(self) -> bool:
        """Write the copy if something changed since the last one; False if writing failed."""
        self.quiet.stop()
        self.limit.stop()
        if not self._pending or not self._modified:
            return True
        self._pending = False
        project = self.document.project.to_dict()
        if project == self._written:
            return True  # changed and changed back: the copy on disk already holds it
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if not self._lock.isLocked() and not self._lock.tryLock(0):
                raise OSError(f"the lock file {self._lock.fileName()} is taken")
            # 0o600: a copy of unsaved work is for its owner only
            write_text_atomically(self.path, json.dumps(autosave_dict(self.document, time.time())), 0o600)
        except OSError as exc:
            log.warning("autosave to %s failed: %s", self.path, exc)
            self.failed.emit(translate("Autosave", "Could not keep a recovery copy of your work in {folder}: "
                                       "{error}").format(folder=self.folder, error=exc.strerror or exc))
            return False
        self._written = project
        return True

    def discard(self) -> None:
        """Remove the copy (nothing unsaved any more); the lock stays while the app runs."""
        self.quiet.stop()
        self.limit.stop()
        self._pending, self._written = False, None
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not remove the autosave %s: %s", self.path, exc)

    def close(self) -> None:
        """A clean exit: no copy left behind, and the lock released."""
        self.discard()
        if self._lock.isLocked():
            self._lock.unlock()


# ----- recovery ----------------------------------------------------------------------------------
@dataclass
class Orphan:
    """The autosave of an app that is no longer running, locked by this app while it decides."""

    path: Path
    lock: QLockFile

    def release(self) -> None:
        self.lock.unlock()

    def remove(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not remove the autosave %s: %s", self.path, exc)
        self.release()

    def set_aside(self) -> Path:
        """Rename an unreadable copy so it is never offered again but stays for whoever can use it."""
        kept = self.path.with_name(UNREADABLE_PREFIX + self.path.name)
        try:
            self.path.replace(kept)
        except OSError as exc:
            log.warning("could not set aside the autosave %s: %s", self.path, exc)
            kept = self.path
        self.release()
        return kept


def orphans(folder: Path, own: Path | None = None) -> list[Orphan]:
    """The autosaves in `folder` whose app is no longer running, newest first, each locked."""
    found = []
    try:
        paths = sorted(folder.glob(f"{PREFIX}*.json"), key=_modified, reverse=True)
    except OSError:
        return []
    for path in paths:
        if path == own:
            continue
        lock = _lock_for(path)
        if lock.tryLock(0):  # free, or left by a dead process (Qt removes such a stale lock)
            found.append(Orphan(path, lock))
    return found


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def recover_into(document: Document, recovered: Recovered) -> None:
    """Show recovered work as unsaved changes: Save writes to the file it came from (as it would
    have before the crash), or asks for a name if it never had one."""
    document.replace(recovered.project, recovered.source)
    document.undo_stack.resetClean()  # no state is the saved one: the title shows it modified


def offer_recovery(parent: QWidget, autosave: Autosave, app_name: str) -> bool:
    """Ask about each copy left by an app that closed unexpectedly, newest first, until the user
    recovers one; True if one was recovered. A copy the user discards is removed; one whose box
    is closed without an answer stays for the next start."""
    found = orphans(autosave.folder, own=autosave.path)
    recovered_one = False
    for orphan in found:
        if recovered_one:
            orphan.release()  # left for the next start
            continue
        try:
            recovered = read_autosave(orphan.path)
        except AutosaveError as exc:
            kept = orphan.set_aside()
            QMessageBox.warning(parent, app_name, translate(
                "autosave", "{app} closed unexpectedly, but the copy of your work it kept could not be opened: "
                "{error}.\n\nThe file was kept as {file}.").format(app=app_name, error=exc, file=kept))
            continue
        answer = _ask(parent, app_name, recovered)
        if answer == "recover":
            recover_into(autosave.document, recovered)
            autosave.write_now()  # this app's own copy, before the old one goes
            orphan.remove()
            recovered_one = True
        elif answer == "discard":
            orphan.remove()
        else:
            orphan.release()
    return recovered_one


def _ask(parent: QWidget, app_name: str, recovered: Recovered) -> str:
    box = QMessageBox(QMessageBox.Icon.Question, app_name,
                      translate("autosave", "{app} closed unexpectedly. Recover the network you were editing "
                                "({title}, {when})?").format(app=app_name, title=recovered.title,
                                                             when=recovered.when()),
                      QMessageBox.StandardButton.NoButton,
                      parent)
    recover = box.addButton(translate("autosave", "Recover"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("autosave", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(recover)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return "recover" if clicked is recover else "discard" if clicked is discard else "later"

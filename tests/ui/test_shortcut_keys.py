"""Keyboard shortcuts: no key belongs to two actions of the window (Qt ignores such a key as
ambiguous), redo answers Ctrl+Shift+Z and Ctrl+Y, and every key the README's Keyboard table
names does what it says, pressed on the real window's canvas.

KEYS below mirrors the README table; a test fails when the two drift apart.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget

from playground.engine.runner import make_runner
from playground.engine.snapshot import PAUSED, RUNNING
from playground.ui.commands import MoveNodes
from playground.ui.main_window import MainWindow, key_sequences

from builders import main_window

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_MS = 90_000
PORTABLE = QKeySequence.SequenceFormat.PortableText
# a key as the README writes one: modifiers, then a letter, digit or named key
KEY_TOKEN = re.compile(r"^((Ctrl|Shift|Alt|Meta)\+)*([A-Z0-9]|F\d+|Space|Delete|Backspace|Escape|Tab|"
                       r"Left|Right|Up|Down|Home|End)$")


@pytest.fixture
def window(qtbot, tmp_path):
    window = main_window(tmp_path, make_runner("thread"))
    qtbot.waitUntil(lambda: window.controller.snapshot is not None, timeout=TIMEOUT_MS)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    window.document.undo_stack.setClean()  # no save prompt on close
    window.close()


def readme_keys() -> set[str]:
    """Every key in the README's Keyboard table ("Ctrl+0 (or F)" is two; mouse gestures none)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split("## Keyboard", 1)[1].split("\n## ", 1)[0]
    keys = set()
    for row in table.splitlines():
        cells = [c.strip() for c in row.strip().strip("|").split("|")]
        if len(cells) < 2 or cells[0] in ("Key", "") or set(cells[0]) <= set("- "):
            continue
        for token in re.split(r"\s*(?:/|,|\(or|\))\s*", cells[0]):
            if KEY_TOKEN.match(token):
                keys.add(token)
    return keys


def press(window: MainWindow, keys: str) -> None:
    """Press `keys` as a user does with the canvas in focus."""
    window.view.setFocus()
    combination = QKeySequence(keys)[0]
    QTest.keyClick(window.view, combination.key(), combination.keyboardModifiers())


# ----- the checks, one per README key ----------------------------------------------------------------
def _space(window, qtbot, tmp_path, monkeypatch):
    press(window, "Space")
    assert window.controller.state == RUNNING and window.play_action.text() == "Pause"
    qtbot.waitUntil(lambda: window.controller.snapshot.step > 20, timeout=TIMEOUT_MS)
    press(window, "Space")
    assert window.controller.state == PAUSED
    qtbot.waitUntil(lambda: window.controller.snapshot.state == PAUSED, timeout=TIMEOUT_MS)


def _step(window, qtbot, tmp_path, monkeypatch):
    step = window.controller.snapshot.step
    press(window, "Ctrl+Right")
    qtbot.waitUntil(lambda: window.controller.snapshot.step == step + 1, timeout=TIMEOUT_MS)


def _epoch(window, qtbot, tmp_path, monkeypatch):
    step = window.controller.snapshot.step
    per_epoch = window.controller.snapshot.steps_per_epoch
    press(window, "Ctrl+Shift+Right")
    qtbot.waitUntil(lambda: window.controller.snapshot.step > step, timeout=TIMEOUT_MS)
    assert window.controller.snapshot.step % per_epoch == 0


def _reset(window, qtbot, tmp_path, monkeypatch):
    assert window.controller.snapshot.step > 0
    press(window, "Ctrl+R")
    qtbot.waitUntil(lambda: window.controller.snapshot is not None and window.controller.snapshot.step == 0,
                    timeout=TIMEOUT_MS)


def _nodes(window) -> int:
    return len(window.document.project.graph.nodes)


def _undo(window, qtbot, tmp_path, monkeypatch):
    window.scene.select_nodes([3])
    window.scene.delete_selection()
    assert _nodes(window) == 4
    press(window, "Ctrl+Z")
    assert _nodes(window) == 5


def _redo(keys: str):
    def check(window, qtbot, tmp_path, monkeypatch):
        window.scene.select_nodes([3])
        window.scene.delete_selection()
        window.undo_action.trigger()
        assert _nodes(window) == 5
        press(window, keys)
        assert _nodes(window) == 4
        window.undo_action.trigger()
    return check


def _select_all(window, qtbot, tmp_path, monkeypatch):
    window.scene.clearSelection()
    press(window, "Ctrl+A")
    assert window.scene.selected_node_ids() == sorted(window.document.project.graph.nodes)


def _copy_paste_delete(window, qtbot, tmp_path, monkeypatch):
    window.scene.select_nodes([3])
    press(window, "Ctrl+C")
    press(window, "Ctrl+V")
    assert _nodes(window) == 6
    pasted = window.scene.selected_node_ids()  # the copy, selected
    assert len(pasted) == 1 and pasted != [3]
    press(window, "Delete")
    assert _nodes(window) == 5 and pasted[0] not in window.document.project.graph.nodes


def _fit(keys: str):
    def check(window, qtbot, tmp_path, monkeypatch):
        window.view.fit_to_view()
        fitted = window.view.zoom()
        window.view.zoom_in()
        window.view.zoom_in()
        assert window.view.zoom() > fitted * 1.1
        press(window, keys)
        assert window.view.zoom() == pytest.approx(fitted)
    return check


def _tidy(window, qtbot, tmp_path, monkeypatch):
    window.scene.push(MoveNodes(window.document.project.graph, {3: (3000.0, 3000.0)}))
    press(window, "Ctrl+L")
    node = window.document.project.graph.nodes[3]
    assert (node.x, node.y) != (3000.0, 3000.0)


def _new(window, qtbot, tmp_path, monkeypatch):
    window.scene.select_nodes([3])
    window.scene.delete_selection()
    monkeypatch.setattr("playground.ui.main_window.QMessageBox.question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    press(window, "Ctrl+N")
    assert _nodes(window) == 5 and not window.isWindowModified() and window.document.path is None


def _save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr("playground.ui.main_window.QFileDialog.getSaveFileName", lambda *a, **k: (str(path), ""))


def _save(window, qtbot, tmp_path, monkeypatch):
    _save_to(monkeypatch, tmp_path / "first.json")
    press(window, "Ctrl+S")
    assert (tmp_path / "first.json").exists() and window.document.path == tmp_path / "first.json"


def _save_as(window, qtbot, tmp_path, monkeypatch):
    _save_to(monkeypatch, tmp_path / "second.json")
    press(window, "Ctrl+Shift+S")
    assert (tmp_path / "second.json").exists() and window.document.path == tmp_path / "second.json"


def _open(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr("playground.ui.main_window.QFileDialog.getOpenFileName",
                        lambda *a, **k: (str(tmp_path / "first.json"), ""))
    press(window, "Ctrl+O")
    assert window.document.path == tmp_path / "first.json"


def _presenter(window, qtbot, tmp_path, monkeypatch):
    press(window, "F5")
    assert window.presenter.active and window.presenter.counter.isVisible()
    press(window, "F5")
    assert not window.presenter.active and not window.presenter.counter.isVisible()


def _slow_step(window, qtbot, tmp_path, monkeypatch):
    # the edits above made new runs: the step shown in slow motion belongs to the last one
    qtbot.waitUntil(lambda: window.controller._rebuilds == 0 and window.controller.snapshot is not None,
                    timeout=TIMEOUT_MS)
    # the offscreen platform can drop the window's activation while it waits (no other window
    # took it): shortcuts only reach an active window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for name in ("forward", "loss", "backward", "update"):
        press(window, "F6")
        qtbot.waitUntil(lambda: getattr(window.slow_motion.phase, "name", "") == name, timeout=TIMEOUT_MS)


Check = Callable[..., None]
# in the order they run: the run keys on a fresh run, then edits, then files
KEYS: dict[str, Check] = {
    "Space": _space, "Ctrl+Right": _step, "Ctrl+Shift+Right": _epoch, "Ctrl+R": _reset,
    "Ctrl+Z": _undo, "Ctrl+Shift+Z": _redo("Ctrl+Shift+Z"), "Ctrl+Y": _redo("Ctrl+Y"),
    "Ctrl+A": _select_all, "Ctrl+C": _copy_paste_delete, "Ctrl+V": _copy_paste_delete,
    "Delete": _copy_paste_delete,
    "Ctrl+0": _fit("Ctrl+0"), "F": _fit("F"), "Ctrl+L": _tidy, "F5": _presenter,
    "F6": _slow_step,
    "Ctrl+N": _new, "Ctrl+S": _save, "Ctrl+Shift+S": _save_as, "Ctrl+O": _open,
}


def test_the_key_table_here_is_the_readme_keyboard_table():
    assert readme_keys() == set(KEYS)


def test_every_key_the_readme_lists_does_what_it_says(window, qtbot, tmp_path, monkeypatch):
    done: set[Check] = set()
    for keys, check in KEYS.items():
        if check in done:  # one check presses several keys (copy, paste, delete)
            continue
        done.add(check)
        try:
            check(window, qtbot, tmp_path, monkeypatch)
        except (AssertionError, TimeoutError) as exc:
            raise AssertionError(f"the {keys} key did not work: {exc}") from exc


# ----- no key twice -------------------------------------------------------------------------------------
def key_owners(window: MainWindow) -> dict[str, list[str]]:
    """Every key bound in the window -> what it is bound to, once per binding."""
    actions = set(window.findChildren(QAction))
    for widget in [window, *window.findChildren(QWidget)]:
        actions.update(widget.actions())
    owners: dict[str, list[str]] = {}
    for action in actions:
        for sequence in action.shortcuts():
            owners.setdefault(sequence.toString(PORTABLE), []).append(action.text() or action.objectName())
    for shortcut in window.findChildren(QShortcut):
        for sequence in shortcut.keys():
            owners.setdefault(sequence.toString(PORTABLE), []).append(shortcut.objectName() or "a QShortcut")
    return owners


def test_no_two_actions_share_a_key(window):
    owners = key_owners(window)
    assert "Ctrl+Shift+Z" in owners and "Space" in owners  # the walk finds the window's keys
    assert {key: who for key, who in owners.items() if len(who) > 1} == {}


def test_redo_has_both_keys_once_whatever_the_platform_calls_redo():
    S = QKeySequence.StandardKey
    # Linux's Redo is Ctrl+Shift+Z itself: listed twice, Qt ignored the key as ambiguous
    keys = [k.toString(PORTABLE) for k in key_sequences("Ctrl+Shift+Z", "Ctrl+Shift+Z", "Ctrl+Y")]
    assert keys == ["Ctrl+Shift+Z", "Ctrl+Y"]
    expanded = [k.toString(PORTABLE) for k in key_sequences(S.Redo, "Ctrl+Shift+Z", "Ctrl+Y")]
    assert len(expanded) == len(set(expanded)) and {"Ctrl+Shift+Z", "Ctrl+Y"} <= set(expanded)
    assert set(k.toString(PORTABLE) for k in QKeySequence.keyBindings(S.Redo)) <= set(expanded)


REDO_ON_XCB = """
import sys
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from playground.engine.runner import make_runner
from playground.ui.main_window import MainWindow
app = QApplication([])
window = MainWindow(runner=make_runner("thread"), settings=QSettings(sys.argv[1], QSettings.Format.IniFormat))
window.show()
window.activateWindow()
QTest.qWaitForWindowActive(window)
window.scene.select_nodes([3])
window.scene.delete_selection()
window.undo_action.trigger()
window.view.setFocus()
QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
print("nodes", len(window.document.project.graph.nodes))
window.document.undo_stack.setClean()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("xvfb-run") is None,
                    reason="needs Linux and xvfb-run: Qt's xcb platform, where Redo is Ctrl+Shift+Z")
def test_ctrl_shift_z_redoes_on_a_real_linux_screen(tmp_path):
    """Offscreen Qt names Ctrl+Y first for Redo, so the clash only shows on a real X screen."""
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(["xvfb-run", "-a", sys.executable, "-c", REDO_ON_XCB, str(tmp_path / "s.ini")],
                          env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert "nodes 4" in done.stdout, done.stdout + done.stderr
    assert "Ambiguous shortcut" not in done.stderr

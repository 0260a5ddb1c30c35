"""File > Open on damaged project files, through the window's own open path: a file it cannot read
is explained in a message and the project open before stays, unchanged; a file it can read is
shown without an exception in any slot (pytest-qt fails the test on one).

No worker is started: opening a file never needs one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from playground.core.project import default_project
from playground.engine.runner import make_runner
from playground.ui.main_window import MainWindow

from mutants import READABLE_DAMAGE, project_mutants


@pytest.fixture
def window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(runner=make_runner("thread"), settings=settings)
    window.resize(1000, 700)
    window.show()
    base = tmp_path / "base.json"
    default_project().save(base)
    assert window.open_path(base)
    yield window
    window.document.undo_stack.setClean()  # no save prompt on close
    window.close()


def open_mutant(window: MainWindow, monkeypatch, path: Path) -> list[str]:
    """Open `path` as File > Open does; the messages shown. A refused file changes nothing."""
    before, before_path = window.document.project.to_dict(), window.document.path
    shown: list[str] = []
    with monkeypatch.context() as patch:
        patch.setattr("playground.ui.main_window.QMessageBox.warning",
                      lambda *a, **k: shown.append(a[2]))
        opened = window.open_path(path)
    QApplication.processEvents()  # what the canvas and the panels do after a project arrives
    if opened:
        assert shown == [] and window.document.path == path
    else:
        assert len(shown) == 1 and path.name in shown[0]
        assert window.document.project.to_dict() == before and window.document.path == before_path
    return shown


@pytest.mark.parametrize("old, new, words", [
    ('"weight_seed": 1', '"weight_seed": 1' + "0" * 4400, "thousands of digits"),
    ('"x": 220.0', '"x": 1' + "0" * 400, "far too large"),
    ('"x": 220.0', '"x": 1e300', "not a point on the canvas"),
])
def test_a_file_with_a_huge_number_is_explained(window, monkeypatch, tmp_path, old, new, words):
    path = tmp_path / "huge.json"
    path.write_text(default_project().to_json().replace(old, new, 1))
    shown = open_mutant(window, monkeypatch, path)
    assert words in shown[0]


def test_a_title_with_a_lone_surrogate_opens_and_saves(window, monkeypatch, tmp_path):
    path = tmp_path / "odd.json"
    path.write_text(default_project().to_json().replace('"Untitled"', '"\\ud800XOR"'))
    assert open_mutant(window, monkeypatch, path) == []
    assert window.document.project.title == "\ufffdXOR"
    assert window.save()
    assert "\\ufffdXOR" in path.read_text()


@settings(max_examples=max(5, settings().max_examples // 2))  # a redraw each: ~50 ms
@given(st.one_of(project_mutants(), project_mutants(ops=READABLE_DAMAGE)))  # half of them open
def test_a_mutated_file_opens_or_is_explained(window, monkeypatch, tmp_path_factory, mutant):
    _, text = mutant
    path = tmp_path_factory.mktemp("open") / "mutant.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    base = window.document.path
    event("explained" if open_mutant(window, monkeypatch, path) else "opened")
    assert window.open_path(base)  # back to the same start for the next mutant

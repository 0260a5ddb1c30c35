"""Issue #12: the app speaks Simplified Chinese. Every string marked for translation has one, the
shipped .qm is built from the .ts, the worker's and the window's translators agree, and the
Chinese window shows no English left, with every example open.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from playground.core import i18n
from playground.core.i18n import Catalog, translate
from playground.core.resources import example_paths, translation_file
from playground.ui.language import chosen_language, install_language, language_menu
from playground.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).parent))
from language_kit import PaintedText, english_left, visible_texts  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
TS = translation_file(i18n.CHINESE, ".ts")
QM = translation_file(i18n.CHINESE, ".qm")
sys.path.insert(0, str(REPO / "scripts"))
import translations  # noqa: E402


def test_every_string_marked_for_translation_has_a_chinese_one(tmp_path):
    """lupdate, run on the sources now, finds no string the shipped .ts lacks or leaves untranslated."""
    fresh = tmp_path / TS.name
    shutil.copy2(TS, fresh)
    translations.lupdate(fresh)
    assert translations.unfinished(fresh) == {}, "run: python scripts/translations.py todo"
    assert translations.finished(fresh) == translations.finished(TS), "run: python scripts/translations.py update"


def test_every_translation_fills_the_fields_of_its_english_template():
    wrong = [(c, s) for (c, s), t in translations.finished(TS).items() if not translations._same_fields(s, t)]
    assert wrong == []


def test_the_shipped_qm_is_built_from_the_ts(tmp_path):
    rebuilt = tmp_path / QM.name
    translations.lrelease(TS, rebuilt)
    assert rebuilt.read_bytes() == QM.read_bytes(), "run: python scripts/translations.py update"


def test_the_worker_catalog_and_qt_translate_alike(chinese):
    """A worker process reads the .ts (no Qt); the window reads the .qm: same words either way."""
    catalog = Catalog.from_ts(TS)
    messages = sorted(translations.finished(TS))
    assert len(catalog) == len(messages)
    for context, source in messages[:: max(1, len(messages) // 200)]:
        assert catalog(context, source) == translate(context, source)


def test_english_is_what_comes_back_without_a_language(qapp):
    install_language(i18n.ENGLISH)
    assert i18n.current_language() == i18n.ENGLISH
    assert translate("MainWindow", "&File") == "&File"


def test_the_language_follows_the_settings_then_the_system(tmp_path, qapp):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "zh_CN")
    assert chosen_language(settings) == "zh_CN"
    settings.setValue("language", "en")
    assert chosen_language(settings) == "en"
    assert i18n.language_for_locale("zh_Hans_CN") == i18n.CHINESE
    assert i18n.language_for_locale("en_GB") == i18n.ENGLISH


def test_the_language_menu_stores_the_choice_and_says_when_it_applies(tmp_path, qtbot):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    said: list[str] = []
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    menu = language_menu(settings, parent, said.append)
    chinese = next(a for a in menu.actions() if a.data() == "zh_CN")
    chinese.trigger()
    assert settings.value("language") == "zh_CN" and chinese.isChecked()
    assert said and "next time" in said[-1]


def _project_words(window: MainWindow) -> list[str]:
    """The user's own strings in the open project (its file's name and folder), and the languages'
    names in the Language menu, each written in its own language."""
    return [str(window.document.path or ""), *i18n.LANGUAGES.values()]


@pytest.mark.parametrize("example", [None, *(p.stem for p in example_paths())])
def test_the_chinese_window_shows_no_english(chinese, qtbot, monkeypatch, example, tmp_path):
    painted = PaintedText(monkeypatch)
    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    if example is not None:
        window.open_example(next(p for p in example_paths() if p.stem == example))
    qtbot.waitUntil(lambda: window.isVisible())
    texts = visible_texts(window) + painted.paint_scenes(window)
    assert english_left(texts, _project_words(window)) == {}


def test_a_missing_qm_leaves_the_window_in_english(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr("playground.ui.language.translation_file", lambda language, suffix: tmp_path / "none.qm")
    assert not install_language(i18n.CHINESE)
    assert i18n.current_language() == i18n.ENGLISH and translate("MainWindow", "&File") == "&File"

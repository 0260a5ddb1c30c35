"""The window's language: Qt's translators for the app's strings and Qt's own (dialog buttons, file
pickers), chosen from the View ▸ Language menu or, until the user picks one, the system locale.

Every room's strings go through `playground.core.i18n.translate`; here Qt's
`QCoreApplication.translate` is installed behind it, reading the compiled `.qm` that ships
(assets/translations/, kept by scripts/translations.py). The choice is kept in QSettings and
applies when the app next starts: every widget reads its texts once, as it is built.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from playground.core import i18n
from playground.core.i18n import translate
from playground.core.resources import translation_file

log = logging.getLogger(__name__)

SETTINGS_KEY = "language"
SYSTEM = "system"

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def chosen_language(settings: QSettings) -> str:
    """The language to start in: the user's choice, else the system locale's."""
    choice = str(settings.value(SETTINGS_KEY, SYSTEM))
    if choice in i18n.LANGUAGES:
        return choice
    return i18n.language_for_locale(QLocale.system().name())


def install_language(language: str) -> bool:
    """Translate the app (and Qt's own dialogs) into `language` from now on; English removes the
    translators. False when the translations could not be read: the app stays in English."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == i18n.ENGLISH or language not in i18n.LANGUAGES:
        i18n.install(None)
        return language == i18n.ENGLISH
    ours = QTranslator()
    if not ours.load(str(translation_file(language, ".qm"))):
        log.warning("The %s translations are missing: the app stays in English", language)
        i18n.install(None)
        return False
    qt_own = QTranslator()
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt_own)
    _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    i18n.install(QCoreApplication.translate, language)
    return True


def language_menu(settings: QSettings, parent: QWidget, changed) -> QMenu:
    """View ▸ Language: the system's language, or one the user picks. `changed(text)` is told what
    to say once the choice is stored (it applies at the next start)."""
    menu = QMenu(translate("Language", "&Language"), parent)
    group = QActionGroup(menu)
    current = str(settings.value(SETTINGS_KEY, SYSTEM))
    entries = [(SYSTEM, translate("Language", "The System's Language"))] + list(i18n.LANGUAGES.items())
    for code, name in entries:
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(code == current or (code == SYSTEM and current not in i18n.LANGUAGES))
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)

    def chosen(action: QAction) -> None:
        settings.setValue(SETTINGS_KEY, action.data())
        changed(translate("Language", "The language changes the next time the app starts."))

    group.triggered.connect(chosen)
    return menu

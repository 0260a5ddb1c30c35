"""The app's languages: one `translate(context, text)` for every visible string, in every room.

Core and the engine cannot call Qt, yet their messages (validation problems, layer help, a
worker's errors) are shown in the window. So every room writes its visible strings as

    translate("Graph", "The layer {name} has no input.").format(name=layer.name)

- the English text is the key and a template: it is translated first and filled in after, so a
  translation can move the arguments where its grammar wants them;
- `pyside6-lupdate` finds these calls by their name (its Python parser knows `translate(context,
  text)`), so one `.ts` file holds the strings of all three rooms (scripts/translations.py);
- who answers is installed at start: the window installs Qt's translators
  (`QCoreApplication.translate`, ui/language.py); a worker process or the command line, which
  have no Qt, install a `Catalog` read from the same `.ts` file. With nothing installed the
  English text comes back.

Strings made at import time (tables of names, tooltips in a dict) are marked with
`translate_later` so lupdate still finds them, and translated where they are shown.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

ENGLISH = "en"
CHINESE = "zh_CN"
LANGUAGES: dict[str, str] = {ENGLISH: "English", CHINESE: "简体中文"}  # each in its own words

Translator = Callable[[str, str], str]


def _english(context: str, text: str) -> str:
    return text


_translator: Translator = _english
_language: str = ENGLISH


def translate(context: str, text: str) -> str:
    """`text` in the app's language (itself when there is no translation)."""
    return _translator(context, text)


def translate_later(context: str, text: str) -> str:
    """Marks `text` for translation without translating it now (Qt's QT_TRANSLATE_NOOP): for
    strings built at import time, before any language is installed. Translate it where it is
    shown, with the same context: `translate(context, text)`."""
    return text


def install(translator: Translator | None, language: str = ENGLISH) -> None:
    """Make `translator` answer every `translate` call; None goes back to English."""
    global _translator, _language
    _translator = translator or _english
    _language = language if translator is not None else ENGLISH


def current_language() -> str:
    """The installed language's code ("en" or "zh_CN"): for texts that live in data files
    (lessons), which carry their own translations."""
    return _language


def language_for_locale(name: str) -> str:
    """The app language for a locale name such as "zh_CN", "zh_Hans_CN" or "en_GB"."""
    return CHINESE if name.lower().startswith("zh") else ENGLISH


class Catalog:
    """Finished translations read from a Qt Linguist `.ts` file: the same strings Qt's `.qm` holds,
    for the places that run without Qt (a worker process, the command line)."""

    def __init__(self, messages: dict[tuple[str, str], str]) -> None:
        self._messages = messages

    @classmethod
    def from_ts(cls, path: Path) -> Catalog:
        messages: dict[tuple[str, str], str] = {}
        for context in ElementTree.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                source = message.findtext("source") or ""
                if (translation.text or "").strip():
                    messages[(name, source)] = translation.text
        return cls(messages)

    def __len__(self) -> int:
        return len(self._messages)

    def items(self):
        """((context, English text), translation) for every finished translation."""
        return self._messages.items()

    def __call__(self, context: str, text: str) -> str:
        return self._messages.get((context, text), text)


def install_catalog(language: str) -> None:
    """Install the shipped translations of `language` without Qt (English needs none). A missing or
    damaged file leaves English in place: a message in English beats no message."""
    if language == ENGLISH:
        install(None)
        return
    from playground.core.resources import translation_file

    try:
        install(Catalog.from_ts(translation_file(language, ".ts")), language)
    except (OSError, ElementTree.ParseError) as error:
        log.warning("No %s translations (%s): messages stay in English", language, error)
        install(None)

"""Start the desktop app: the window first, then the training worker warms up behind it.

The GUI process never imports torch (docs/ARCHITECTURE.md: ~2 s): the worker process does, while the
user looks at the window.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from playground.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def preload() -> None:
    """Import the modules the window needs that do not use Qt, before PySide6 is imported.

    Once imported, PySide6 reads the source of every module imported after it (its `__feature__`
    import hook looks for "PySide6" in it): ~0.1-0.2 ms a module, ~20 ms of the window's start-up
    for numpy, the core and the engine's Qt-free modules, which need no such check."""
    import numpy.random  # noqa: F401  (the window draws its first data set with it)

    import playground.core.lessons  # noqa: F401
    import playground.core.pins  # noqa: F401
    import playground.core.shapes  # noqa: F401
    import playground.engine.data  # noqa: F401
    import playground.engine.runner  # noqa: F401


def launch(argv: list[str] | None = None, lesson: Path | None = None,
           language: str | None = None) -> tuple[QApplication, MainWindow]:
    """Make the application and its window as a user's start makes them, with the project named in
    `argv` (or the lesson file `lesson`) open; returns (QApplication, MainWindow) ready for
    app.exec(). `language` ("en", "zh_CN") overrides the one chosen in the Language menu for this
    start. After the first paint the worker starts, and the window offers back the work of
    an app that closed unexpectedly."""
    argv = list(sys.argv[1:] if argv is None else argv)
    preload()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from PySide6.QtCore import QSettings

    from playground.ui.autosave import default_folder
    from playground.ui.language import chosen_language, install_language
    from playground.ui.main_window import APP_NAME, MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName("NeuralPlayground")
    app.setApplicationName(APP_NAME)
    install_language(language or chosen_language(QSettings()))  # before any widget reads its texts
    window = MainWindow(autosave_folder=default_folder())  # after the names: they name the folder
    if argv:
        window.open_path(Path(argv[0]))
    if lesson is not None:
        window.lessons.open_lesson(lesson)
    window.show()
    QTimer.singleShot(0, window.start_worker)  # after the first paint
    QTimer.singleShot(0, window.offer_recovery)  # while the worker warms up
    return app, window


def main(argv: list[str] | None = None, lesson: Path | None = None, language: str | None = None) -> int:
    app, _window = launch(argv, lesson, language)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

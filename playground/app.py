"""Start the desktop app: the window first, then the training worker warms up behind it.

The GUI process never imports torch (docs/ARCHITECTURE.md: ~2 s): the worker process does, while the
user looks at the window.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

log = logging.getLogger(__name__)


def main(argv: list[str] | None = None, lesson: Path | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from playground.ui.main_window import APP_NAME, MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName("NeuralPlayground")
    app.setApplicationName(APP_NAME)
    window = MainWindow()
    if argv:
        window.open_path(Path(argv[0]))
    if lesson is not None:
        window.lessons.open_lesson(lesson)
    window.show()
    QTimer.singleShot(0, window.start_worker)  # after the first paint
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

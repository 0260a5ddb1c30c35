"""The README's screenshots of a neuron explained and of two runs compared.

Run under a virtual screen, from the repository root:

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots_explain.py [WIDTH HEIGHT]

It writes docs/screenshot_explain.png and docs/screenshot_compare.png (1600x1000 by default; give
another size, such as 1280 720, to see how the window looks on a smaller screen, written to
/tmp instead so the README's pictures stay as they are).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _wait(app, predicate, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end and not predicate():
        app.processEvents()
        time.sleep(0.01)
    if not predicate():
        raise RuntimeError("timed out waiting for the window")


def _train(app, window, seconds: float) -> None:
    window.toggle_play()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)
    window.toggle_play()
    _wait(app, lambda: window.controller.state != "running", 10)
    _settle(app, window, 0.5)


def _settle(app, window, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    window.flush_plots()
    app.processEvents()


def _window(app, size: tuple[int, int], folder: str):
    from PySide6.QtCore import QSettings

    from playground.ui.main_window import MainWindow

    settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    window.resize(*size)
    window.show()
    window.start_worker()
    _wait(app, lambda: window.controller.ready and window.controller.snapshot is not None, 120)
    return window


def explained(app, size: tuple[int, int], out: Path, folder: str) -> None:
    window = _window(app, size, folder)
    try:
        window.open_example(REPO / "assets" / "examples" / "spiral.json")
        _wait(app, lambda: window.controller.snapshot is not None, 60)
        _train(app, window, 6.0)
        graph = window.document.project.graph
        dense = sorted(nid for nid, node in graph.nodes.items() if node.kind == "Dense")
        window.explain_neuron(dense[1], 2)
        window.views.choose("explain", {"sample": 3})
        window.scene.clearSelection()
        _wait(app, lambda: "neuron 3" in window.views.widget("explain").text.toPlainText(), 30)
        _settle(app, window, 0.5)
        window.grab().save(str(out))
    finally:
        window.document.undo_stack.setClean()
        window.close()


def compared(app, size: tuple[int, int], out: Path, folder: str) -> None:
    window = _window(app, size, folder)
    try:
        window.open_example(REPO / "assets" / "examples" / "xor.json")
        _wait(app, lambda: window.controller.snapshot is not None, 60)
        window.document.set_setting("training", "optimizer", "sgd")
        _train(app, window, 4.0)
        window.pins.pin_current()
        window.document.set_setting("training", "optimizer", "adam")
        window.reset_same_weights()
        _wait(app, lambda: window.controller.snapshot is not None and window.controller.snapshot.step == 0, 30)
        _train(app, window, 2.0)
        window.plot_tabs.setCurrentWidget(window.curves)
        _settle(app, window, 0.5)
        window.grab().save(str(out))
    finally:
        window.document.undo_stack.setClean()
        window.close()


def main(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    size = (int(argv[0]), int(argv[1])) if len(argv) >= 2 else (1600, 1000)
    folder = REPO / "docs" if size == (1600, 1000) else Path(tempfile.gettempdir())
    suffix = "" if size == (1600, 1000) else f"_{size[0]}x{size[1]}"
    app = QApplication.instance() or QApplication(["screenshots"])
    with tempfile.TemporaryDirectory() as settings_folder:
        explained(app, size, folder / f"screenshot_explain{suffix}.png", settings_folder)
        compared(app, size, folder / f"screenshot_compare{suffix}.png", settings_folder)
    print("written to", folder)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Presenter mode on a virtual screen: opens an example, enters presenter mode, trains a few
seconds and saves the window (the README's docs/screenshot_presenter.png).

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshot_presenter.py \
        --size 1920x1080 --example spiral -o docs/screenshot_presenter.png
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1920x1080", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--example", default="spiral", help="an example's name (assets/examples)")
    parser.add_argument("--seconds", type=float, default=4.0, help="training time before the picture")
    parser.add_argument("--normal", action="store_true", help="leave presenter mode off (to compare)")
    parser.add_argument("--slow-phases", type=int, default=0,
                        help="then press Slow step (F6) this many times (1-4) before the picture")
    parser.add_argument("-o", "--output", default="presenter.png")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.lower().split("x"))

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from playground.ui.main_window import EXAMPLES, MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="presenter-shot-"))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    window.resize(width, height)
    window.show()
    window.start_worker()
    window.open_example(EXAMPLES / f"{args.example}.json")

    def wait(seconds: float, until=lambda: False) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end and not until():
            app.processEvents()
            time.sleep(0.01)

    wait(120, lambda: window.controller.ready and window.controller.snapshot is not None)
    if not args.normal:
        window.presenter_action.trigger()
    wait(0.5)
    window.toggle_play()
    wait(args.seconds)
    window.toggle_play()
    wait(1.0)
    for i in range(args.slow_phases):
        window.slow_action.trigger()
        wait(30, lambda: window.slow_motion.phase is not None and window.slow_motion.phase.index == i)
    window.flush_plots()
    wait(0.3)
    window.grab().save(args.output)
    print(f"saved {args.output} ({window.width()}x{window.height()})")
    window.document.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

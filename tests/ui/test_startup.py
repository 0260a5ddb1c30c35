"""The window must appear before torch is imported (docs/ARCHITECTURE.md: ~2 s): the GUI process never
imports it; the worker does, while the user looks at the window."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

app = QApplication([])
from playground.ui.main_window import MainWindow

window = MainWindow(settings=QSettings(sys.argv[1], QSettings.Format.IniFormat))
window.show()
app.processEvents()
points, _ = window.boundary.point_data("train")
assert len(points) > 0, "the data set is drawn before any training"
print(sorted(m for m in LOADED_WHEN_USED if m in sys.modules))
print("torch" in sys.modules)
window.close()
"""
# modules the window imports when first used, not to show itself (the start-up target, docs/PERFORMANCE.md)
LOADED_WHEN_USED = ("playground.engine.export.script", "playground.ui.save_lesson_dialog")
SCRIPT = SCRIPT.replace("import sys\n", f"import sys\nLOADED_WHEN_USED = {LOADED_WHEN_USED!r}\n", 1)


TRAINING_SCRIPT = """
import sys, time
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

app = QApplication([])
from playground.core.project import load_project
from playground.ui.document import Document
from playground.ui.main_window import EXAMPLES, MainWindow

document = Document(load_project(EXAMPLES / sys.argv[2]))
window = MainWindow(document=document, settings=QSettings(sys.argv[1], QSettings.Format.IniFormat))
window.show()
window.start_worker()  # the app's own process runner
end = time.monotonic() + 90
while time.monotonic() < end and (window.controller.snapshot is None
                                  or set(window.views.names()) - set(window.controller.snapshot.views)):
    app.processEvents()
snap = window.controller.snapshot
assert snap is not None, "no snapshot from the worker"
missing = set(window.views.names()) - set(snap.views)
assert not missing, f"views without a payload: {missing}"
for widget in window.views.widgets.values():
    widget.show()
    widget.draw()  # every payload unpickled and drawn in this process
print("torch" in sys.modules)
window.close()
"""


def test_the_window_opens_with_its_data_without_importing_torch(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "settings.ini")], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-2:] == ["[]", "False"]


def test_every_views_payload_reaches_the_window_without_importing_torch(tmp_path):
    """The payloads are unpickled in the window's process: none may pull torch in with it."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for example in ("digits_cnn.json", "sine_next_lstm.json", "digits_autoencoder.json"):
        result = subprocess.run([sys.executable, "-c", TRAINING_SCRIPT, str(tmp_path / "settings.ini"), example],
                                env=env, capture_output=True, text=True, timeout=180)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip().splitlines()[-1] == "False", example

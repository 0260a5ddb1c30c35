"""The window must appear before torch is imported (DESIGN.md: ~2 s): the GUI process never
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
print("torch" in sys.modules)
window.close()
"""


def test_the_window_opens_with_its_data_without_importing_torch(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "settings.ini")], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"

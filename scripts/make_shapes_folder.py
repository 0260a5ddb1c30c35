"""Writes the shipped example image folder, assets/shapes/ (3 classes of 20 16x16 PNG shapes).

Run from the repository root: .venv/bin/python scripts/make_shapes_folder.py
The same seed writes the same pixels; the drawing is shared with the tests (tests/image_folders.py).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from image_folders import write_shapes_folder  # noqa: E402

if __name__ == "__main__":
    target = ROOT / "assets" / "shapes"
    shutil.rmtree(target, ignore_errors=True)
    write_shapes_folder(target, per_class=20, size=16, seed=2026)
    print(f"wrote {sum(1 for _ in target.rglob('*.png'))} images to {target}")

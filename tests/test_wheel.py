"""Issue #12: the app installed from its wheel, away from the repository, finds its examples and
the bundled digits data.

The wheel is built from a copy of the sources (so the build leaves nothing in the repository)
and installed into a fresh virtual environment that borrows this one's packages (torch, Qt,
numpy...) through a .pth file instead of downloading them. Every command then runs in an empty
folder, so nothing can be found through the repository by accident.
"""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SOURCES = ("pyproject.toml", "setup.py", "README.md", "LICENSE", "playground", "assets")


@dataclass
class Installed:
    python: Path
    playground: Path  # the console script pip made
    prefix: Path
    cwd: Path  # an empty folder away from the repository

    def run(self, *args: str | Path) -> subprocess.CompletedProcess:
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
        env["QT_QPA_PLATFORM"] = "offscreen"
        return subprocess.run([str(a) for a in args], cwd=self.cwd, env=env, capture_output=True,
                              text=True, timeout=120)


def _checked(result: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert result.returncode == 0, f"{result.args}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Installed:
    root = tmp_path_factory.mktemp("wheel")
    src = root / "src"
    src.mkdir()
    for name in SOURCES:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(REPO / name, src / name)
    _checked(subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                             "--no-index", "--quiet", "-w", str(root / "dist"), str(src)],
                            capture_output=True, text=True, timeout=120))
    wheel = next((root / "dist").glob("neural_playground-*.whl"))

    prefix = root / "venv"
    _checked(subprocess.run([sys.executable, "-m", "venv", str(prefix)], capture_output=True, text=True,
                            timeout=120))
    python = prefix / "bin" / "python"
    purelib = _checked(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                                      capture_output=True, text=True)).stdout.strip()
    # the app's dependencies from this environment, after the venv's own packages on sys.path
    (Path(purelib) / "borrowed_dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    _checked(subprocess.run([str(python), "-m", "pip", "install", "--no-deps", "--no-index", "--quiet",
                             str(wheel)], capture_output=True, text=True, timeout=120))
    cwd = root / "elsewhere"
    cwd.mkdir()
    return Installed(python, prefix / "bin" / "playground", prefix, cwd)


@pytest.fixture(scope="module")
def listed(installed) -> dict:
    """What the installed package says it ships, and what the window's Open Example menu lists."""
    code = ("import json, playground\n"
            "from playground.core.resources import asset, example_paths\n"
            "from playground.ui.main_window import EXAMPLES\n"
            "print(json.dumps({'package': playground.__file__, 'examples': [str(p) for p in example_paths()],\n"
            "                  'menu': [str(p) for p in sorted(EXAMPLES.glob('*.json'))],\n"
            "                  'digits': str(asset('digits.npz'))}))\n")
    return json.loads(_checked(installed.run(installed.python, "-c", code)).stdout)


def test_the_installed_package_lists_every_example_from_its_own_folder(installed, listed):
    assert Path(listed["package"]).is_relative_to(installed.prefix)  # not the repository's copy
    shipped = sorted(p.name for p in (REPO / "assets" / "examples").glob("*.json"))
    assert [Path(p).name for p in listed["examples"]] == shipped
    assert listed["menu"] == listed["examples"]
    for path in [*listed["examples"], listed["digits"]]:
        assert Path(path).is_relative_to(installed.prefix) and Path(path).is_file(), path


@pytest.mark.parametrize("name", ["digits_mlp", "iris_table"])  # iris reads ../iris.csv beside it
def test_an_installed_example_checks(installed, listed, name):
    path = next(p for p in listed["examples"] if Path(p).stem == name)
    result = _checked(installed.run(installed.playground, "check", path))
    assert "Total parameters" in result.stdout and "Traceback" not in result.stderr


def test_an_installed_example_trains_on_the_bundled_digits(installed, listed):
    path = next(p for p in listed["examples"] if Path(p).stem == "digits_mlp")
    result = _checked(installed.run(installed.playground, "train", path, "--steps", "2", "--quiet"))
    assert result.stdout.startswith("2 steps"), result.stdout
    assert "missing or damaged" not in result.stderr and "Traceback" not in result.stderr


def test_the_installed_package_lists_and_opens_every_lesson(installed):
    shipped = sorted(p.stem for p in (REPO / "assets" / "lessons").glob("*.json"))
    listing = _checked(installed.run(installed.playground, "lesson", "--list")).stdout
    for name in shipped:
        assert name in listing, listing
    code = ("from playground.core.lessons import LESSONS, find_lessons, load_lesson\n"
            "print(LESSONS)\n"
            "for info in find_lessons(): load_lesson(info.path)\n")
    folder = Path(_checked(installed.run(installed.python, "-c", code)).stdout.strip())
    assert folder.is_relative_to(installed.prefix)  # not the repository's copy
    assert (folder / "diabetes_synthetic.csv").is_file()  # the tabular lesson's data came along


def test_the_installed_package_speaks_chinese(installed):
    """The compiled translations ship in the wheel: the window loads them, and a worker process
    (no Qt) reads the same strings from the .ts."""
    code = ("from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\n"
            "from playground.core.i18n import Catalog, translate\n"
            "from playground.core.resources import translation_file\n"
            "from playground.ui.language import install_language\n"
            "assert install_language('zh_CN')\n"
            "print(translation_file('zh_CN', '.qm'))\n"
            "print(translate('MainWindow', '&File'))\n"
            "print(Catalog.from_ts(translation_file('zh_CN', '.ts'))('MainWindow', '&File'))\n")
    qm, window, worker = _checked(installed.run(installed.python, "-c", code)).stdout.split()
    assert Path(qm).is_relative_to(installed.prefix)  # not the repository's copy
    assert window == worker == "文件(&F)"
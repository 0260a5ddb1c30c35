"""The arrows between the rooms: core imports neither torch nor Qt, not even lazily."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORE = REPO / "playground" / "core"
FORBIDDEN_IN_CORE = ("torch", "PySide6", "pyqtgraph", "shiboken6")
MODULES = ["playground.core.params", "playground.core.catalog", "playground.core.datasets",
           "playground.core.graph", "playground.core.shapes", "playground.core.project", "playground.cli"]


def loaded_after_import(modules: list[str], also: str = "") -> dict:
    code = (
        "import json, sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + also
        + "print(json.dumps(sorted({name.split('.')[0] for name in sys.modules})))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout))


def test_core_and_cli_import_no_torch_or_qt():
    loaded = loaded_after_import(MODULES)
    assert {"playground"} <= loaded
    assert not loaded & set(FORBIDDEN_IN_CORE), sorted(loaded & set(FORBIDDEN_IN_CORE))
    # numpy is allowed in core (only torch and Qt are not); at the time of writing nothing there
    # imports it, which keeps `playground check` fast, but that is a fact, not a rule.


def test_checking_a_project_imports_no_torch_or_qt(tmp_path):
    """Running the work, not just importing: shape checks of every example stay torch-free."""
    examples = sorted(str(p) for p in (REPO / "assets" / "examples").glob("*.json"))
    also = (
        "from playground.core.project import load_project\n"
        "from playground.core.shapes import analyse, summary\n"
        f"for path in {examples!r}:\n"
        "    p = load_project(path)\n"
        "    a = analyse(p.graph, p.data.dataset, p.data.params, p.training.loss)\n"
        "    summary(p.graph, a)\n"
    )
    loaded = loaded_after_import(["playground.core.table"], also)
    assert not loaded & set(FORBIDDEN_IN_CORE), sorted(loaded & set(FORBIDDEN_IN_CORE))


def _imported_names(tree: ast.AST):
    for node in ast.walk(tree):  # every level: catches imports inside functions too
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module
        elif isinstance(node, ast.Call):  # importlib.import_module("torch") / __import__("torch")
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("import_module", "__import__") and node.args and isinstance(node.args[0], ast.Constant):
                yield node.lineno, str(node.args[0].value)


@pytest.mark.parametrize("path", sorted(CORE.rglob("*.py")), ids=lambda p: str(p.relative_to(CORE)))
def test_no_core_file_imports_torch_or_qt(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    bad = [(line, name) for line, name in _imported_names(tree) if name.split(".")[0] in FORBIDDEN_IN_CORE]
    assert bad == [], f"{path.name} imports {bad}"


def test_core_imports_nothing_from_engine_or_ui():
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for line, name in _imported_names(tree):
            assert not name.startswith(("playground.engine", "playground.ui", "playground.app")), \
                f"{path.name}:{line} imports {name}: arrows point ui -> engine -> core"


ENGINE = REPO / "playground" / "engine"
PAYLOADS = ENGINE / "payloads"


@pytest.mark.parametrize("path", sorted(ENGINE.rglob("*.py")), ids=lambda p: str(p.relative_to(ENGINE)))
def test_no_engine_file_imports_qt(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    bad = [(line, name) for line, name in _imported_names(tree)
           if name.split(".")[0] in ("PySide6", "pyqtgraph", "shiboken6") or name.startswith("playground.ui")]
    assert bad == [], f"{path.name} imports {bad}"


@pytest.mark.parametrize("path", sorted(PAYLOADS.glob("*.py")), ids=lambda p: p.name)
def test_view_payloads_are_numpy_only(path):
    """The window unpickles every payload: a payload module that imported torch would load torch
    into the GUI process (1.5-2 s of start-up, and memory) with the first snapshot."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    # and the translation marks (core/i18n.py: the standard library only)
    allowed = ("numpy", "dataclasses", "typing", "__future__", "math", "collections", "playground.core.i18n")
    bad = [(line, name) for line, name in _imported_names(tree) if not name.startswith(allowed)]
    assert bad == [], f"{path.name} imports {bad}"


def test_the_ast_walk_finds_lazy_imports():
    tree = ast.parse("def f():\n    import torch.nn\n    from PySide6 import QtCore\n"
                     "    importlib.import_module('pyqtgraph')\n")
    assert [name for _, name in _imported_names(tree)] == ["torch.nn", "PySide6", "pyqtgraph"]

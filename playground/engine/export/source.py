"""Copies the app's own functions, classes and constants into an exported script, each with what it uses.

An exported script must make the same data and the same layers as the app, so it carries the very
code that makes them (a data set's generator, the split, the recurrent layer's module), not a second
version that could drift. The modules are read as source (ast), never imported: the window writes a
script without importing torch. Annotations are skipped (the script starts with
`from __future__ import annotations`, so they are never evaluated).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]  # the folder that holds the `playground` package


class ExportError(RuntimeError):
    """The project cannot be exported; the message is meant for the user."""


@dataclass(frozen=True)
class _Module:
    text: str
    definitions: dict[str, ast.stmt]  # top-level def, class or NAME = ... by name
    imports: dict[str, tuple[str, str | None, str]]  # local name -> (module, attribute or None, import line)


def _assigned_name(node: ast.stmt) -> str | None:
    if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
        return node.targets[0].id
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
        return node.target.id
    return None


@cache
def _module(name: str) -> _Module:
    base = ROOT.joinpath(*name.split("."))
    path = base / "__init__.py" if base.is_dir() else base.with_suffix(".py")
    text = path.read_text(encoding="utf-8")
    definitions: dict[str, ast.stmt] = {}
    imports: dict[str, tuple[str, str | None, str]] = {}
    for node in ast.parse(text).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            definitions[node.name] = node
        elif (assigned := _assigned_name(node)) is not None:
            definitions[assigned] = node
        elif isinstance(node, ast.Import):
            for alias in node.names:
                local = alias.asname or alias.name.split(".")[0]
                line = f"import {alias.name}" + (f" as {alias.asname}" if alias.asname else "")
                imports[local] = (alias.name, None, line)
        elif isinstance(node, ast.ImportFrom) and node.module and node.module != "__future__":
            for alias in node.names:
                local = alias.asname or alias.name
                line = f"from {node.module} import {alias.name}" + (f" as {alias.asname}" if alias.asname else "")
                imports[local] = (node.module, alias.name, line)
    return _Module(text, definitions, imports)


class _References(ast.NodeVisitor):
    """The names a definition reads, in first-use order, leaving out its annotations."""

    def __init__(self) -> None:
        self.names: dict[str, None] = {}

    def visit_Name(self, node: ast.Name) -> None:
        if isinstance(node.ctx, ast.Load):
            self.names.setdefault(node.id)

    def visit_arg(self, node: ast.arg) -> None:
        pass  # only an annotation to read there

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        for part in (*node.decorator_list, node.args, *node.body):
            self.visit(part)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self.visit(node.value)


def _source(module: _Module, node: ast.stmt) -> str:
    decorators = getattr(node, "decorator_list", [])
    start = min([node.lineno, *(d.lineno for d in decorators)])
    return "\n".join(module.text.splitlines()[start - 1:node.end_lineno])


@dataclass
class SourceCollector:
    """Gathers definitions from the app's modules, each after what it uses, and the imports they need."""

    imports: dict[str, str] = field(default_factory=dict)  # import line by local name
    blocks: list[str] = field(default_factory=list)
    _origin: dict[str, str] = field(default_factory=dict)  # defined name -> the module it was copied from

    def add(self, module: str, name: str) -> None:
        """Copy `name` of the app's `module` (a dotted name), with everything it reads."""
        source = _module(module)
        node = source.definitions.get(name)
        if node is None:
            self._add_import(module, name, source)
            return
        if self._origin.get(name) == module:
            return
        if name in self._origin or name in self.imports:
            raise ExportError(f"two definitions named {name!r} would meet in one script "
                              f"({self._origin.get(name, 'an import')} and {module})")
        self._origin[name] = module  # before its references: a function may call itself
        refs = _References()
        refs.visit(node)
        for ref in refs.names:
            if ref != name and (ref in source.definitions or ref in source.imports):
                self.add(module, ref)
        self.blocks.append(_source(source, node))

    def _add_import(self, module: str, name: str, source: _Module) -> None:
        if name not in source.imports:
            raise ExportError(f"{module} has no {name!r} to copy into the script")
        origin, attribute, line = source.imports[name]
        if origin.startswith("playground"):
            if attribute != name:
                raise ExportError(f"{module} imports {name!r} under another name: it cannot be copied")
            self.add(origin, name)
        elif self.imports.setdefault(name, line) != line:
            raise ExportError(f"{name!r} is imported two ways: {self.imports[name]!r} and {line!r}")

    def code(self) -> str:
        """The collected definitions, in an order where each follows what it uses."""
        return "\n\n\n".join(self.blocks)

    def import_lines(self) -> list[str]:
        return sorted(set(self.imports.values()), key=lambda line: (line.startswith("from"), line))

"""Keep the app's translations: the Qt Linguist source (.ts) and the compiled file (.qm) that ships.

    python scripts/translations.py update          # find every translate() call, rebuild the .qm
    python scripts/translations.py todo [-c RE]    # the untranslated strings, as JSON to fill in
    python scripts/translations.py apply FILE.json # put filled-in translations into the .ts
    python scripts/translations.py fill-from X.ts  # take the finished translations of another .ts
    python scripts/translations.py check           # exit 1 while a string is untranslated

Strings are found by `pyside6-lupdate` (docs/ARCHITECTURE.md, "Languages"): every
`translate("Context", "text")` and `translate_later(...)` in playground/. The .ts is written
without line numbers, so moving code does not touch it and two branches' translations merge
by `fill-from` instead of by hand. Linguist (`pyside6-linguist`) edits the same file.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run from a checkout: the app's own reader of .ts files
from playground.core.i18n import Catalog  # noqa: E402
SOURCES = REPO / "playground"
LANGUAGES = ("zh_CN",)


def ts_path(language: str) -> Path:
    return REPO / "assets" / "translations" / f"playground_{language}.ts"


def qm_path(language: str) -> Path:
    return ts_path(language).with_suffix(".qm")


def _tool(name: str) -> str:
    found = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(found) if found.exists() else f"pyside6-{name}"


def lupdate(ts: Path, sources: Path = SOURCES) -> None:
    """Bring `ts` up to date with the sources: new strings come in unfinished, gone ones go."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    files = sorted(str(p) for p in sources.rglob("*.py"))
    subprocess.run([_tool("lupdate"), "-no-obsolete", "-locations", "none", "-source-language", "en",
                    "-target-language", ts.stem.split("_", 1)[1],
                    "-tr-function-alias", "QT_TRANSLATE_NOOP+=translate_later", *files, "-ts", str(ts)],
                   check=True, capture_output=True, text=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def _messages(root: ElementTree.Element):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def unfinished(ts: Path) -> dict[str, dict[str, str]]:
    todo: dict[str, dict[str, str]] = {}
    for context, message in _messages(ElementTree.parse(ts).getroot()):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished" or not (translation.text or "").strip():
            todo.setdefault(context, {})[message.findtext("source") or ""] = ""
    return todo


def _fill(ts: Path, lookup) -> int:
    """Give each unfinished message the translation `lookup(context, source)` returns (None: leave it)."""
    tree = ElementTree.parse(ts)
    filled = 0
    for context, message in _messages(tree.getroot()):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        text = lookup(context, message.findtext("source") or "")
        if text:
            translation.text = text
            del translation.attrib["type"]
            filled += 1
    _write(tree, ts)
    return filled


def _write(tree: ElementTree.ElementTree, ts: Path) -> None:
    ElementTree.indent(tree, space="    ")
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def finished(ts: Path) -> dict[tuple[str, str], str]:
    """(context, English text) -> translation, for every finished one: what the app reads."""
    return dict(Catalog.from_ts(ts).items())


_FIELD = re.compile(r"\{[^{}]*\}")


def _same_fields(source: str, text: str) -> bool:
    """A translation must fill the same `{name}` fields as its English template."""
    return sorted(_FIELD.findall(source)) == sorted(_FIELD.findall(text))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--language", default=LANGUAGES[0], choices=LANGUAGES)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update")
    todo = commands.add_parser("todo")
    todo.add_argument("-c", "--context", default="", help="only contexts matching this regular expression")
    apply = commands.add_parser("apply")
    apply.add_argument("file", type=Path)
    fill_from = commands.add_parser("fill-from")
    fill_from.add_argument("file", type=Path)
    commands.add_parser("check")
    args = parser.parse_args(argv)
    ts, qm = ts_path(args.language), qm_path(args.language)

    if args.command == "update":
        lupdate(ts)
        lrelease(ts, qm)
        left = sum(len(v) for v in unfinished(ts).values())
        print(f"{ts.relative_to(REPO)}: {len(finished(ts))} translated, {left} to do")
    elif args.command == "todo":
        pattern = re.compile(args.context)
        todo = {c: m for c, m in unfinished(ts).items() if pattern.search(c)}
        print(json.dumps(todo, ensure_ascii=False, indent=1))
    elif args.command == "apply":
        given: dict[str, dict[str, str]] = json.loads(args.file.read_text(encoding="utf-8"))
        bad = [(c, s) for c, m in given.items() for s, t in m.items() if t and not _same_fields(s, t)]
        for context, source in bad:
            print(f"not applied, the {{fields}} differ: {context}: {source!r}", file=sys.stderr)
        flat = {(c, s): t for c, m in given.items() for s, t in m.items() if (c, s) not in bad}
        filled = _fill(ts, lambda c, s: flat.get((c, s)))
        lupdate(ts)  # back to lupdate's own layout, so the file's diffs stay small
        lrelease(ts, qm)
        print(f"{filled} translations applied")
        return 1 if bad else 0
    elif args.command == "fill-from":
        other = finished(args.file)
        filled = _fill(ts, lambda c, s: other.get((c, s)))
        lupdate(ts)
        lrelease(ts, qm)
        print(f"{filled} translations taken from {args.file}")
    elif args.command == "check":
        todo = unfinished(ts)
        for context, messages in todo.items():
            for source in messages:
                print(f"untranslated: {context}: {source!r}")
        return 1 if todo else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())

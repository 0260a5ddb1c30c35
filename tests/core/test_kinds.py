"""Every layer kind in the catalogue is one complete spec: palette entry, parameters, shape rule
and card text, so a kind cannot be added with a part forgotten."""

from __future__ import annotations

import ast
import dataclasses
from collections.abc import Mapping
from pathlib import Path

import pytest

from playground.core import catalog
from playground.core.kinds import KINDS, KindSpec, ShapeProblem
from playground.core.kinds.base import fixed_text, registry, same_shape
from playground.core.params import ParamSet, params

KINDS_DIR = Path(catalog.__file__).parent / "kinds"
SAMPLE_SHAPES = [(4,), (20, 3), (1, 8, 8)]  # features, a sequence, an image


def missing_parts(kinds: Mapping[str, KindSpec]) -> list[str]:
    """'kind: part' for each part a catalogue kind lacks."""
    missing = []
    for name, spec in kinds.items():
        if not isinstance(spec, KindSpec) or spec.kind != name:
            missing.append(f"{name}: a KindSpec under its own name")
            continue
        parts = {"help": bool(spec.help), "palette group": spec.group in catalog.GROUPS,
                 "params": isinstance(spec.params, ParamSet), "shape rule": callable(spec.shape_rule),
                 "card text": callable(spec.card_text)}
        missing.extend(f"{name}: {part}" for part, present in parts.items() if not present)
    return missing


def test_every_catalogue_kind_has_every_part():
    assert catalog.LAYERS is KINDS
    assert missing_parts(catalog.LAYERS) == []


def test_a_kind_without_a_part_is_caught():
    complete = KindSpec("Fake", "Layers", "A test kind.", params(), same_shape, fixed_text("fake"))
    assert missing_parts({"Fake": complete}) == []
    for part in ("shape_rule", "card_text", "params", "help", "group"):
        broken = dataclasses.replace(complete, **{part: None})
        assert missing_parts({**KINDS, "Fake": broken}) != [], part
    fields = {f.name for f in dataclasses.fields(KindSpec) if f.default is dataclasses.MISSING}
    assert {"kind", "group", "help", "params", "shape_rule", "card_text"} <= fields  # none can be left out


def test_a_kind_defined_twice_is_refused():
    spec = KINDS["Dense"]
    with pytest.raises(ValueError, match="'Dense'"):
        registry([("Dense", spec), ("Dense", spec)], "spec")


def test_every_group_is_used_in_palette_order():
    groups = [spec.group for spec in KINDS.values()]
    assert sorted(set(groups), key=catalog.GROUPS.index) == list(catalog.GROUPS)
    assert groups == sorted(groups, key=catalog.GROUPS.index)  # the registry lists groups in turn


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_card_text_and_shape_rule_answer_for_default_settings(kind):
    spec = KINDS[kind]
    values = spec.params.defaults()
    assert isinstance(spec.text(values, 2), str) and spec.text(values, 2)
    fits = []
    for shape in SAMPLE_SHAPES:
        inputs = [shape, shape] if spec.multi_input else [shape]
        try:
            out, count = spec.infer(values, inputs)
        except ShapeProblem as problem:
            assert str(problem).endswith("."), problem  # a sentence for the student
            continue
        assert all(isinstance(d, int) and d > 0 for d in out) and count >= 0
        fits.append(shape)
    assert fits, f"{kind} fits none of {SAMPLE_SHAPES}"


@pytest.mark.parametrize("path", sorted(KINDS_DIR.glob("*.py")), ids=lambda p: p.name)
def test_kind_specs_import_no_torch_or_qt(path):
    # test_import_rooms reads core/*.py only; the specs run in `playground check` and the canvas too
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = [alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names]
    names += [node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module]
    assert not [n for n in names if n.split(".")[0] in ("torch", "PySide6", "pyqtgraph", "shiboken6")
                or n.startswith(("playground.engine", "playground.ui"))]

"""Every catalogue kind has a torch builder and every optimizer its torch half, so a kind or an
optimizer cannot reach the palette or the settings without something to build it."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pytest
import torch
from torch import nn

from playground.core import catalog
from playground.core.kinds import KINDS, KindSpec
from playground.engine.kinds import BUILDERS
from playground.engine.kinds.optimizers import OPTIMIZERS, TorchOptimizer


def missing_builders(kinds: Mapping[str, KindSpec], builders: Mapping[str, Callable]) -> list[str]:
    return sorted(name for name in kinds if not callable(builders.get(name)))


def missing_optimizers(specs: Mapping[str, object], torch_halves: Mapping[str, TorchOptimizer]) -> list[str]:
    return sorted(name for name in specs
                  if not (isinstance(torch_halves.get(name), TorchOptimizer)
                          and callable(torch_halves[name].make) and callable(torch_halves[name].group_values)))


def test_every_catalogue_kind_has_a_torch_builder_and_no_builder_is_stray():
    assert missing_builders(catalog.LAYERS, BUILDERS) == []
    assert set(BUILDERS) == set(catalog.LAYERS)


def test_a_kind_without_a_builder_is_caught():
    fake = KINDS["Flatten"]
    assert missing_builders({**KINDS, "Fake": fake}, BUILDERS) == ["Fake"]


def test_every_optimizer_has_its_torch_half_and_none_is_stray():
    assert missing_optimizers(catalog.OPTIMIZERS, OPTIMIZERS) == []
    assert set(OPTIMIZERS) == set(catalog.OPTIMIZERS)


def test_an_optimizer_without_its_torch_half_is_caught():
    fake = catalog.OPTIMIZERS["sgd"]
    assert missing_optimizers({**catalog.OPTIMIZERS, "fake": fake}, OPTIMIZERS) == ["fake"]


def changed_settings(name: str) -> dict:
    """Every setting moved off its default (floats halfway to their maximum, switches on)."""
    changed = {}
    for param in catalog.OPTIMIZERS[name].params:
        if param.kind == "float":
            changed[param.name] = (param.default + param.maximum) / 2
        elif param.kind == "bool":
            changed[param.name] = not param.default
    return changed


@pytest.mark.parametrize("changed", [False, True], ids=["defaults", "changed"])
@pytest.mark.parametrize("name", sorted(catalog.OPTIMIZERS))
def test_live_optimizer_values_are_the_ones_it_was_made_with(name, changed):
    """The param-group values a live change writes name keys torch has, and agree with the
    constructor: re-applying the same settings must change nothing."""
    extra = catalog.OPTIMIZERS[name].params.complete(changed_settings(name) if changed else None, name)
    optimizer = OPTIMIZERS[name].make([nn.Parameter(torch.zeros(3))], 0.1, extra)
    group = optimizer.param_groups[0]
    values = OPTIMIZERS[name].group_values(extra)
    assert values and set(values) <= set(group)
    assert {key: group[key] for key in values} == values

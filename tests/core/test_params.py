"""Parameter specifications: coercion for every kind, ranges, and the messages a user sees."""

from __future__ import annotations

import math

import pytest

from playground.core import catalog
from playground.core.datasets import DATASETS
from playground.core.params import Param, ParamError, ParamSet, params

UNITS = Param("units", "int", 8, "Number of units.", 1, 4096)
RATE = Param("rate", "float", 0.5, "Fraction dropped.", 0.0, 0.95)
FLAG = Param("bias", "bool", True, "Add a bias.")
ACT = Param("activation", "choice", "Tanh", "Function.", choices=("Linear", "ReLU", "Tanh"))
NAME = Param("path", "str", "", "A file.")


def message(spec: Param, value) -> str:
    with pytest.raises(ParamError) as info:
        spec.coerce(value)
    return str(info.value)


# ----- int ---------------------------------------------------------------------------------
@pytest.mark.parametrize("value, expected", [(1, 1), (8, 8), (4096, 4096), (3.0, 3), (64.0, 64)])
def test_int_accepts_whole_numbers(value, expected):
    result = UNITS.coerce(value)
    assert result == expected and type(result) is int


@pytest.mark.parametrize("value", [True, False])
def test_int_refuses_bools(value):
    # bool is a subclass of int in Python, but `true` in a file is not a unit count
    assert "whole number" in message(UNITS, value)


@pytest.mark.parametrize("value", ["8", None, [8], {"units": 8}, 2.5])
def test_int_refuses_other_types_and_fractions(value):
    assert message(UNITS, value).startswith("Units must be a whole number")


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_int_refuses_nan_and_infinity(value):
    assert "whole number" in message(UNITS, value)


def test_int_range_messages_name_the_bound():
    assert message(UNITS, 0) == "Units is 0 but must be at least 1"
    assert message(UNITS, 5000) == "Units is 5000 but must be at most 4096"


def test_int_far_too_large_is_refused_not_crashing():
    assert "far too large" in message(UNITS, 10**400)


# ----- float -------------------------------------------------------------------------------
@pytest.mark.parametrize("value, expected", [(0, 0.0), (0.25, 0.25), (0.95, 0.95), (0.0, 0.0)])
def test_float_accepts_numbers_and_ints(value, expected):
    result = RATE.coerce(value)
    assert result == expected and type(result) is float


@pytest.mark.parametrize("value", [True, False, "0.5", None, [0.5]])
def test_float_refuses_bools_and_other_types(value):
    assert message(RATE, value).startswith("Rate must be a number")


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_float_refuses_nan_and_infinity(value):
    assert "finite" in message(RATE, value)


def test_float_range():
    assert message(RATE, -0.1) == "Rate is -0.1 but must be at least 0"
    assert message(RATE, 0.96) == "Rate is 0.96 but must be at most 0.95"
    assert "far too large" in message(RATE, 10**400)


def test_unbounded_float_accepts_anything_finite():
    spec = Param("x", "float", 0.0, "Any number.")
    assert spec.coerce(-1e300) == -1e300
    assert spec.coerce(7) == 7.0


# ----- bool, choice, str -------------------------------------------------------------------
def test_bool_accepts_only_bools():
    assert FLAG.coerce(True) is True
    assert FLAG.coerce(False) is False
    for value in (1, 0, "true", None, 1.0):
        assert message(FLAG, value).startswith("Bias must be true or false")


def test_choice_accepts_an_option_and_lists_them_all_when_refusing():
    assert ACT.coerce("ReLU") == "ReLU"
    text = message(ACT, "relu")
    assert text == "Activation must be one of Linear, ReLU, Tanh; 'relu' is not"
    assert "Linear, ReLU, Tanh" in message(ACT, 3)
    assert "Linear, ReLU, Tanh" in message(ACT, ["ReLU"])  # unhashable: still a clean refusal


def test_str_accepts_text_only():
    assert NAME.coerce("data/my.csv") == "data/my.csv"
    assert NAME.coerce("") == ""
    for value in (3, None, True, ["a"]):
        assert message(NAME, value).startswith("Path must be text")


def test_unknown_kind_is_an_error():
    assert "unknown parameter kind" in message(Param("odd", "complex", 0, "?"), 1)


def test_title_uses_label_or_name():
    assert Param("batch_size", "int", 1, "").title == "Batch size"
    assert Param("lr", "float", 1, "", label="Learning rate").title == "Learning rate"


# ----- ParamSet ------------------------------------------------------------------------------
def test_paramset_defaults_get_and_iteration():
    group = params(UNITS, FLAG)
    assert len(group) == 2
    assert [p.name for p in group] == ["units", "bias"]
    assert group.get("bias") is FLAG and group.get("nope") is None
    assert group.defaults() == {"units": 8, "bias": True}


def test_complete_overlays_and_coerces_values():
    group = params(UNITS, RATE, FLAG)
    assert group.complete({"units": 16.0, "rate": 0}, "Dense") == {"units": 16, "rate": 0.0, "bias": True}
    assert group.complete(None, "Dense") == group.defaults()
    assert group.complete({}, "Dense") == group.defaults()


def test_complete_refuses_unknown_names_and_lists_the_known_ones():
    with pytest.raises(ParamError) as info:
        params(UNITS, FLAG).complete({"unit": 3}, "Dense")
    assert str(info.value) == "Dense has no parameter 'unit' (it has: units, bias)"
    with pytest.raises(ParamError) as info:
        ParamSet().complete({"x": 1}, "Flatten")
    assert "(it has: none)" in str(info.value)


def test_complete_refuses_bad_values():
    with pytest.raises(ParamError, match="at least 1"):
        params(UNITS).complete({"units": 0}, "Dense")


def test_complete_does_not_modify_the_defaults():
    group = params(UNITS)
    group.complete({"units": 99}, "Dense")
    assert group.defaults() == {"units": 8}


# ----- the catalogue's own specs are consistent --------------------------------------------
def _all_params():
    for spec in catalog.LAYERS.values():
        yield f"layer {spec.kind}", spec.params
    for spec in catalog.LOSSES.values():
        yield f"loss {spec.name}", spec.params
    for spec in catalog.OPTIMIZERS.values():
        yield f"optimizer {spec.name}", spec.params
    for spec in DATASETS.values():
        yield f"dataset {spec.name}", spec.params
    yield "training", catalog.TRAINING_PARAMS


@pytest.mark.parametrize("owner, group", list(_all_params()), ids=lambda v: v if isinstance(v, str) else "")
def test_every_catalogue_default_passes_its_own_check(owner, group):
    names = [p.name for p in group]
    assert len(names) == len(set(names)), f"{owner} repeats a parameter name"
    for p in group:
        assert p.kind in ("int", "float", "bool", "choice", "str", "points")
        assert p.help, f"{owner}.{p.name} has no help text"
        assert p.coerce(p.default) == p.default
        if p.kind == "choice":
            assert p.default in p.choices
        if p.minimum is not None and p.maximum is not None:
            assert p.minimum <= p.maximum

"""The drawn data sets ("drawn", "drawn_values"): the `points` option as a project file holds it,
checked, split by ratio and seed, and expanded into the chosen features."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from playground.core.datasets import DataError, data_shape, dataset
from playground.core.params import MAX_POINTS, ParamError
from playground.core.settings import SettingsError
from playground.core.shapes import analyse
from playground.engine.data import load_dataset
from playground.engine.data.drawn import bundle_points

from builders import chain_graph, dense

DRAWN = [[-1.0, 2.0, 0.0], [3.0, -4.0, 1.0], [0.5, 0.5, 1.0], [5.0, 5.0, 0.0], [-6.0, 6.0, 1.0]]


def test_points_split_by_ratio_and_seed_and_expand_into_features():
    values = {"points": DRAWN, "train_ratio": 0.6, "seed": 3, "feature_x1_sq": True}
    bundle = load_dataset("drawn", values)
    assert bundle.n_train == 3 and bundle.n_test == 2
    assert bundle.shape.input_shape == (3,) and bundle.features == ("x1", "x2", "x1_sq")
    np.testing.assert_array_equal(bundle.x_train[:, 2], bundle.points_train[:, 0] ** 2)
    both = sorted(map(tuple, np.concatenate([bundle.points_train, bundle.points_test]).tolist()))
    assert both == sorted((p[0], p[1]) for p in DRAWN)
    again = load_dataset("drawn", values)
    assert again.x_train.tobytes() == bundle.x_train.tobytes()
    assert load_dataset("drawn", {**values, "seed": 4}).x_train.tobytes() != bundle.x_train.tobytes()
    values_bundle = load_dataset("drawn_values", {"points": [[0.0, 0.0, -2.5], [1.0, 1.0, 3.0]]})
    assert values_bundle.y_train.dtype == np.float32 and values_bundle.y_train.shape == (1, 1)


def test_too_few_points_is_a_problem_but_the_plot_still_gets_them():
    shape = data_shape("drawn", {"points": [[1.0, 1.0, 0.0]]})
    assert shape.plane and shape.errors and "at least 2" in shape.errors[0]
    analysis = analyse(chain_graph(dense(2, "Linear"))[0], "drawn", {"points": [[1.0, 1.0, 0.0]]},
                       "cross_entropy")
    assert not analysis.ok and analysis.data is not None  # the views stay up to draw on
    bundle = load_dataset("drawn", {"points": [[1.0, 1.0, 0.0]]})
    assert bundle.n_train == 1 and bundle.n_test == 0


def test_a_class_beyond_the_classes_is_refused_in_words():
    with pytest.raises(DataError, match="Point 2 has the class 2, but there are 2 classes"):
        data_shape("drawn", {"points": [[0, 0, 1], [1, 1, 2]]})
    with pytest.raises(DataError, match="class 0.5"):
        data_shape("drawn", {"points": [[0, 0, 0.5]]})


def test_a_generated_set_becomes_drawn_points():
    blobs = load_dataset("blobs", {"samples": 30, "n_classes": 3})
    rows, k = bundle_points(blobs)
    assert k == 3 and len(rows) == 30
    drawn = load_dataset("drawn", {"points": rows, "n_classes": 3})
    assert drawn.n_train + drawn.n_test == 30
    plane_rows, k = bundle_points(load_dataset("plane", {"samples": 20}))
    assert k == 0 and len(plane_rows) == 20
    load_dataset("drawn_values", {"points": plane_rows})


coordinates = st.one_of(st.floats(-6, 6), st.integers(-6, 6))
anything = st.one_of(st.none(), st.booleans(), st.text(max_size=3), st.floats(allow_nan=True, allow_infinity=True),
                     st.integers(-10**400, 10**400), coordinates)
rows = st.one_of(
    st.tuples(coordinates, coordinates, st.integers(0, 3)).map(list),  # good, or a class too high
    st.lists(anything, max_size=4),  # wrong length or types
    anything,
)


@given(points=st.one_of(st.lists(rows, max_size=12), anything))
def test_any_points_value_loads_or_is_refused_in_words(points):
    """What a damaged project file may hold as `points`: never anything but a sentence."""
    spec = dataset("drawn").params.get("points")
    try:
        checked = spec.coerce(points)
    except ParamError as exc:
        assert str(exc)
        with pytest.raises(DataError):
            load_dataset("drawn", {"points": points})
        return
    assert all(len(r) == 3 and all(math.isfinite(v) for v in r) for r in checked)
    try:
        bundle = load_dataset("drawn", {"points": points, "n_classes": 3})
    except DataError as exc:
        assert "class" in str(exc)
        return
    assert bundle.n_train + bundle.n_test == len(checked)


def test_too_many_points_are_refused():
    spec = dataset("drawn").params.get("points")
    with pytest.raises(ParamError, match="at most"):
        spec.coerce([[0.0, 0.0, 0.0]] * (MAX_POINTS + 1))
    with pytest.raises(ParamError, match="outside the plane"):
        spec.coerce([[7.0, 0.0, 0.0]])


def test_settings_refuse_bad_points_before_any_undo_step():
    from playground.core.project import DataSettings

    settings = DataSettings("drawn", {})
    with pytest.raises(SettingsError):
        settings.set("points", [[0, 0]])
    settings.set("points", [[0, 0, 1]])
    assert settings.params["points"] == [[0.0, 0.0, 1.0]]

"""The reconstructions, code and predicted-vs-true widgets drawing payloads from real short runs:
the pictures, points, names and titles they show, checked against the payloads."""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pytest
import torch

from playground.core.project import Project, load_project
from playground.engine.payloads.reconstructions import ReconstructionsPayload
from playground.engine.probes import LIVE_EVAL_LIMIT, trainer_task
from playground.engine.trainer import Trainer
from playground.engine.views import probe_class
from playground.engine.views.base import ProbeContext
from playground.ui.plots import colors
from playground.ui.views.latent import label_color
from playground.ui.views.mosaic import GAP_FILL, sample_rgb, tile
from playground.ui.views.reconstructions import STRIP_ROWS, best_bands, pairs_picture

from view_kit import drawn, shown

EXAMPLES = "assets/examples"
CODE_NODE = 6  # digits_autoencoder.json's 8-unit bottleneck


def task_for(project: Project):
    return trainer_task(Trainer.from_project(project))


def example(name: str, **data_params) -> Project:
    project = load_project(f"{EXAMPLES}/{name}.json")
    project.training.device = "cpu"
    project.data.params.update(data_params)
    return project


def payloads(project: Project, name: str, steps: int = 30, count: int = 1) -> list:
    """`count` payloads of view `name`, `steps` training steps apart, as Probe.snapshot makes them."""
    torch.manual_seed(0)
    trainer = Trainer.from_project(project)
    probe = probe_class(name)(ProbeContext(trainer, trainer_task(trainer)))
    out = []
    for _ in range(count):
        trainer.run(steps=steps)
        trainer.evaluate(limit=LIVE_EVAL_LIMIT)
        out.append(probe.payload(0.0))
    return out




def ticks(plot_item, axis: str) -> list[tuple[float, str]]:
    return list(plot_item.getAxis(axis)._tickLevels[0])


def plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html).replace("&nbsp;", " ")


# ----- reconstructions ---------------------------------------------------------------------------
def test_reconstructions_draw_each_input_above_its_output_on_one_grey_scale(qtbot):
    project = example("digits_autoencoder", limit=400)
    (payload,) = payloads(project, "reconstructions")
    w = shown(qtbot, "reconstructions", task_for(project))
    drawn(w, payload)
    picture = w.mosaic.image.image
    originals = sample_rgb(payload.originals, payload.levels)
    outputs = sample_rgb(payload.reconstructions, payload.levels)
    expected, centres = pairs_picture(originals, outputs, w.bands)
    np.testing.assert_array_equal(picture, expected)
    # the first tile of the first band: a digit as ink on paper, as the predictions view draws
    # it (0 white, 1 black), and below it its reconstruction on the same scale (outside it clipped)
    def ink(image: np.ndarray) -> np.ndarray:
        return np.rint(np.clip(1.0 - image, 0.0, 1.0) * 255)

    np.testing.assert_array_equal(picture[:8, :8, 0], ink(payload.originals[0, 0]))
    np.testing.assert_array_equal(picture[9:17, :8, 1], ink(payload.reconstructions[0, 0]))
    assert picture[8, :8].tolist() == [[GAP_FILL] * 3] * 8  # a gap between an input and its output
    rows = ticks(w.mosaic.item, "left")
    assert [text for _, text in rows] == ["input", "output"] * w.bands
    assert [y for y, _ in rows] == centres
    title = plain(w.mosaic.item.titleLabel.text)
    assert title == f"Mean squared error per pixel: {payload.error:.4f}"
    assert f"mean over {payload.scored} test images" in w.note.text()


def test_reconstructions_fill_a_wide_strip_with_one_band_and_a_square_with_more(qtbot):
    assert best_bands(12, 8, 8, 1200, 100) == 1
    assert best_bands(12, 8, 8, 500, 300) == 2
    assert best_bands(12, 8, 8, 300, 400) >= 3
    project = example("digits_autoencoder", limit=400)
    (payload,) = payloads(project, "reconstructions", steps=5)
    w = shown(qtbot, "reconstructions", task_for(project), (1400, 220))
    drawn(w, payload)
    assert w.bands == 1 and w.mosaic.image.image.shape[:2] == (17, 12 * 8 + 11)
    w.resize(500, 500)  # a new shape: the same samples arranged again
    qtbot.waitUntil(lambda: w.bands > 1, timeout=2000)
    assert w.mosaic.image.image.shape[0] > 17
    w.clear()
    assert w.mosaic.image.image is None and not w.mosaic.item.titleLabel.isVisible()


def test_flat_samples_are_drawn_as_strips_stretched_to_the_plot(qtbot):
    project = example("digits_autoencoder", limit=400)
    rng = np.random.default_rng(0)
    x = rng.uniform(-1, 1, size=(6, 10)).astype(np.float32)
    payload = ReconstructionsPayload(x, 0.5 * x, (-1.0, 1.0), 0.1, 50, "test")
    w = shown(qtbot, "reconstructions", task_for(project))
    drawn(w, payload)
    picture = w.mosaic.image.image
    assert w.bands == 6 and picture.shape == (6 * (2 * STRIP_ROWS + 1) + 5 * 2, 10, 3)
    assert not w.mosaic.view.state["aspectLocked"]
    expected = sample_rgb(x[1:2], (-1.0, 1.0))[0, 0]  # the second sample's strip
    top = 2 * STRIP_ROWS + 1 + 2
    assert (picture[top:top + STRIP_ROWS] == expected).all()
    assert [text for _, text in ticks(w.mosaic.item, "left")] == ["input", "output"]
    assert plain(w.mosaic.item.titleLabel.text) == "Mean squared error per value: 0.1000"


def test_colour_images_stay_in_colour():
    images = np.zeros((2, 3, 4, 4), np.float32)
    images[0, 0] = 1.0  # red
    images[1, 2] = 0.5  # half blue
    rgb = sample_rgb(images, (0.0, 1.0))
    assert rgb.shape == (2, 4, 4, 3)
    assert rgb[0, 0, 0].tolist() == [255, 0, 0] and rgb[1, 0, 0].tolist() == [0, 0, 128]
    vectors = sample_rgb(np.array([[-1.0, 0.0, 3.0]]), (-1.0, 1.0))  # a flat sample: one strip, clipped
    assert vectors.shape == (1, 1, 3, 3) and vectors[0, 0, :, 0].tolist() == [255, 128, 0]
    grid = tile(np.zeros((2, 3, 2, 2, 3), np.uint8), [1], 2)
    assert grid.shape == (5, 10, 3) and grid[2].min() == GAP_FILL and grid[:, 2:4].min() == GAP_FILL


# ----- latent code -------------------------------------------------------------------------------
def test_the_code_plot_places_each_sample_coloured_by_its_digit(qtbot):
    project = example("digits_autoencoder", limit=400)
    first, second = payloads(project, "latent", count=2)
    w = shown(qtbot, "latent", task_for(project))
    drawn(w, first)
    drawn(w, second)
    x, y = w.scatter.getData()
    np.testing.assert_allclose(np.column_stack([x, y]), second.points)
    brushes = [b.color().getRgb()[:3] for b in w.scatter.data["brush"]]
    assert brushes == [label_color(k) for k in second.labels]
    assert set(w.names) == set(np.unique(second.labels).tolist())
    for k, item in w.names.items():  # each digit's name at the middle of its points
        np.testing.assert_allclose([item.pos().x(), item.pos().y()],
                                   np.median(second.points[second.labels == k], axis=0), rtol=1e-5)
        assert plain(item.textItem.toHtml()).strip().endswith(second.class_names[k])
    bottom = w.plot.getAxis("bottom").labelText
    assert bottom == f"PC 1 ({second.explained[0]:.0%})"
    assert w.title.text() == f"The code of {len(second.points)} test samples: 8 numbers each"
    assert not w.mosaic.isVisible()
    assert "principal components" in w.note.text()


def test_a_code_without_labels_is_drawn_in_one_colour_and_says_why(qtbot):
    project = example("digits_autoencoder", limit=400)
    (labelled,) = payloads(project, "latent", steps=5)
    w = shown(qtbot, "latent", task_for(project))
    drawn(w, labelled)
    unlabelled = replace(labelled, labels=None, class_names=[])
    drawn(w, unlabelled)
    assert {b.color().getRgb()[:3] for b in w.scatter.data["brush"]} == {colors.BLUE}
    assert w.names == {}
    assert "no class" in w.note.text()


def test_a_two_unit_code_shows_the_decoded_grid_beside_the_points(qtbot):
    project = example("digits_autoencoder", limit=400)
    project.graph.nodes[CODE_NODE].params["units"] = 2
    (payload,) = payloads(project, "latent")
    w = shown(qtbot, "latent", task_for(project))
    drawn(w, payload)
    assert w.mosaic.isVisible()
    picture = w.mosaic.image.image
    g = payload.grid
    assert picture.shape == (g * 8 + g - 1, g * 8 + g - 1, 3)
    # the top-left tile: the decoder's output at the lowest unit 1 and the highest unit 2, in ink
    np.testing.assert_array_equal(picture[:8, :8, 0], 255 - payload.manifold[0, 0])
    np.testing.assert_array_equal(picture[-8:, -8:, 2], 255 - payload.manifold[-1, 0])
    u1_lo, u1_hi, u2_lo, u2_hi = payload.extent
    side = picture.shape[0]
    assert ticks(w.mosaic.item, "bottom") == [(4, f"{u1_lo:.2g}"), (side - 4, f"{u1_hi:.2g}")]  # tile centres
    assert ticks(w.mosaic.item, "left") == [(4, f"{u2_hi:.2g}"), (side - 4, f"{u2_lo:.2g}")]
    assert w.plot.getAxis("left").labelText == "code unit 2"
    x, y = w.scatter.getData()
    np.testing.assert_allclose(np.column_stack([x, y]), payload.points)
    w.clear()
    assert not w.mosaic.isVisible() and w.names == {} and len(w.scatter.getData()[0]) == 0


# ----- predicted vs true -------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["function_sin", "plane_regression"])
def test_fit_draws_predictions_against_targets_with_the_y_equals_x_line(qtbot, name):
    project = example(name)
    (payload,) = payloads(project, "fit", steps=50)
    w = shown(qtbot, "fit", task_for(project), (420, 260))
    drawn(w, payload)
    x, y = w.scatter.getData()
    np.testing.assert_array_equal(x, payload.true)
    np.testing.assert_array_equal(y, payload.predicted)
    lx, ly = w.line.getData()
    both = np.concatenate([payload.true, payload.predicted])
    assert lx.tolist() == ly.tolist() == pytest.approx([both.min(), both.max()])
    assert plain(w.plot.titleLabel.text) == f"R\u00b2 = {payload.r2:.3f}  \u00b7  mean absolute error {payload.mae:.3g}"
    assert "dashed line" in w.note.text()
    w.clear()
    assert len(w.scatter.getData()[0]) == 0 and not w.plot.titleLabel.isVisible()


def test_fit_of_a_diverged_network_draws_no_points_and_says_so(qtbot):
    project = example("function_sin")
    (payload,) = payloads(project, "fit", steps=5)
    w = shown(qtbot, "fit", task_for(project))
    drawn(w, replace(payload, predicted=np.full_like(payload.predicted, np.nan), r2=np.nan, mae=np.nan))
    assert len(w.scatter.getData()[0]) == 0
    assert plain(w.plot.titleLabel.text) == "The network's output is not a number"

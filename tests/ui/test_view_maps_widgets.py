"""The feature-map, kernel and unit-weight widgets, fed payloads from a real short run: the
pictures they draw (pixel colours, where each layer goes) and the words beside them."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PySide6.QtCore import QRectF

from playground.engine.payloads.feature_maps import FeatureMapsPayload
from playground.engine.probes import trainer_task
from playground.engine.trainer import Trainer
from playground.engine.views import ProbeContext, probe_class
from playground.ui.plots.colors import BLUE, ORANGE, diverging_rgba
from playground.ui.views.kernels import BAND_GAP, arrange, breaks
from playground.ui.views.tiles import GAP_RGBA, MIN_TILE, Mosaic, Sheet, mosaic

from builders import chain_project
from view_kit import drawn, shown

SIZE = (640, 420)
DIGITS = {"limit": 200, "seed": 3}  # 160 training and 40 test images, 1 x 8 x 8


# more maps and filters than are shown (20, 18), more input channels than are shown (20)
CNN = [("Conv2D", {"filters": 20, "kernel_size": 3, "padding": "same", "activation": "ReLU"}),
       ("MaxPool2D", {"pool_size": 2}),
       ("Conv2D", {"filters": 18, "kernel_size": 3, "padding": "same", "activation": "Tanh"}),
       ("Flatten", {}), ("Dense", {"units": 10, "activation": "Linear"})]
MLP = [("Flatten", {}), ("Dense", {"units": 40, "activation": "ReLU"}), ("Dense", {"units": 10, "activation": "Linear"})]


def run(layers, steps: int = 4):
    torch.manual_seed(0)
    trainer = Trainer.from_project(chain_project(layers, "digits", DIGITS, loss="cross_entropy",
                                                 optimizer="adam", learning_rate=0.01, batch_size=16))
    trainer.run(steps=steps)
    return trainer, trainer_task(trainer)


@pytest.fixture(scope="module")
def cnn_run():
    return run(CNN)


@pytest.fixture(scope="module")
def mlp_run():
    return run(MLP)



def tile(picture: np.ndarray, unit: int, row: int, col: int) -> np.ndarray:
    """The pixels of one tile of a mosaic (inside its 1-pixel frame)."""
    return picture[row * unit + 1:(row + 1) * unit, col * unit + 1:(col + 1) * unit]


def grid_of(picture: np.ndarray, unit: int) -> tuple[int, int]:
    """A mosaic's rows and columns of tiles."""
    return (picture.shape[0] - 1) // unit, (picture.shape[1] - 1) // unit


def assert_maps_drawn(picture: np.ndarray, unit: int, maps: np.ndarray, rows: int) -> None:
    """Every map in its place (down a column, then on in the next), with its own pixels at its
    own full contrast; no tile past the last."""
    factor = (unit - 1) // maps.shape[1]
    for k, values in enumerate(maps):
        pixels = tile(picture, unit, k % rows, k // rows)[::factor, ::factor]
        scale = np.abs(values).max()
        np.testing.assert_array_equal(pixels, diverging_rgba(values / (scale if scale > 0 else 1.0)))
    cols = grid_of(picture, unit)[1]
    for k in range(len(maps), rows * cols):
        assert (tile(picture, unit, k % rows, k // rows)[..., 3] == 0).all()


def words(sheet: Sheet, key: str) -> str:
    return sheet.texts[key].toPlainText()


def left_edges(sheet: Sheet, keys: list[str]) -> list[float]:
    return [sheet.images[k].mapRectToParent(sheet.images[k].boundingRect()).left() for k in keys]


# ----- feature maps ---------------------------------------------------------------------------
def test_feature_maps_draw_each_layers_maps_left_to_right(qtbot, cnn_run):
    trainer, task = cnn_run
    probe = probe_class("feature_maps")(ProbeContext(trainer, task))
    probe.configure(sample=5)
    payload = probe.collect()
    w = drawn(shown(qtbot, "feature_maps", task), payload)
    sheet = w.sheet
    keys = [f"maps:{nid}" for nid in task.map_layers]
    assert set(sheet.images) == {"input", *keys}
    assert left_edges(sheet, ["input", *keys]) == sorted(left_edges(sheet, ["input", *keys]))

    first = payload.layers[0]  # 20 ReLU maps of 8 x 8: 16 shown, folded into columns
    picture = sheet.images[keys[0]].image
    unit = 3 * 8 + 1  # 8 x 8 maps enlarged 3 times to reach MIN_TILE, and their frame
    rows, cols = grid_of(picture, unit)
    assert cols > 1 and rows * cols >= 16 > rows * (cols - 1)
    assert_maps_drawn(picture, unit, first.maps, rows)
    # each map at full contrast: its strongest pixel is the full blue (ReLU maps are never negative)
    strongest = np.unravel_index(np.argmax(first.maps[0]), (8, 8))
    assert tuple(tile(picture, unit, 0, 0)[::3, ::3][strongest][:3]) == BLUE
    assert tuple(picture[0, 0]) == GAP_RGBA

    a, b, c = task.map_layers
    assert words(sheet, f"title:{a}").split("\n") == [f"Conv2D {a}", "20 maps", "8\u00d78"]
    assert words(sheet, f"title:{b}").split("\n") == [f"MaxPool2D {b}", "20 maps", "4\u00d74"]
    assert words(sheet, f"more:{a}") == "+4 more" and words(sheet, f"more:{c}") == "+2 more"
    assert words(sheet, "title:input").split("\n") == ["Input", "test image 6", "8\u00d78"]
    probs = payload.probabilities
    best = int(np.argmax(probs))
    prediction = words(sheet, "output").split("\n")
    assert prediction[:2] == [str(best), f"{probs[best]:.0%} sure"]
    verdict = "\u2713 right" if best == payload.label else f"\u2717 it is {payload.label}"
    assert prediction[2] == verdict
    assert w.picker.sample() == 5 and w.picker.maximum() == payload.n_samples

    # the input image, stretched to its own range: grey levels in order of the pixel values
    image = sheet.images["input"].image
    flat = payload.image[0].ravel()
    greys = tile(image, image.shape[1] - 1, 0, 0)[::3, ::3, 0].ravel()
    assert greys[np.argmax(flat)] == 255 and greys[np.argmin(flat)] == 0


# the digits CNN example's layers: 8 maps of 8 x 8, 8 of 4 x 4, 16 of 4 x 4, 16 of 2 x 2
EXAMPLE_CNN = [("Conv2D", {"filters": 8, "kernel_size": 3, "padding": "same", "activation": "ReLU"}),
               ("MaxPool2D", {"pool_size": 2}),
               ("Conv2D", {"filters": 16, "kernel_size": 3, "padding": "same", "activation": "ReLU"}),
               ("MaxPool2D", {"pool_size": 2}), ("Flatten", {}), ("Dense", {"units": 10, "activation": "Linear"})]


@pytest.fixture(scope="module")
def example_cnn_run():
    return run(EXAMPLE_CNN, steps=2)


def on_screen(sheet: Sheet, item) -> QRectF:
    """Where an item is drawn, in the sheet's pixels."""
    sheet.view.updateMatrix()  # the view box maps its items to its range lazily, when painted
    return sheet.mapFromScene(item.mapRectToScene(item.boundingRect())).boundingRect().toRectF()


@pytest.mark.parametrize("size", [(600, 380), (420, 260)])
def test_feature_maps_fold_into_columns_that_fill_a_wide_short_view(qtbot, example_cnn_run, size):
    trainer, task = example_cnn_run
    payload = probe_class("feature_maps")(ProbeContext(trainer, task)).collect()
    w = drawn(shown(qtbot, "feature_maps", task, size), payload)
    sheet = w.sheet
    room_w, room_h = sheet.room()
    unit = 3 * 8 + 1
    sides = []
    for layer in payload.layers:
        item = sheet.images[f"maps:{layer.node_id}"]
        rows, cols = grid_of(item.image, unit)
        assert rows * cols >= len(layer.maps) > rows * (cols - 1)  # no empty column
        assert_maps_drawn(item.image, unit, layer.maps, rows)  # every map, with its own pixels
        sides.append(on_screen(sheet, item).width() * unit / item.image.shape[1])  # a map and its frame
    # one size of tile for all the layers, several times what one column of 16 maps would allow
    assert max(sides) - min(sides) < 1.5 and min(sides) >= w.tile_pixels - 1
    assert w.tile_pixels > 1.5 * room_h / 16 and w.tile_pixels >= 18
    assert any(grid_of(sheet.images[f"maps:{l.node_id}"].image, unit)[1] > 1 for l in payload.layers)
    # the words stay readable: a title's line ~16 px (a 10.5 pt font) at 600 px wide
    title = sheet.texts[f"title:{payload.layers[0].node_id}"]
    line = on_screen(sheet, title).height() / 3
    assert line >= (15.5 if size[0] >= 600 else 10.0)
    # the whole picture is in sight, the layers left to right ending with the prediction
    keys = ["input", *(f"maps:{l.node_id}" for l in payload.layers)]
    lefts = [on_screen(sheet, sheet.images[k]).left() for k in keys] + [on_screen(sheet, sheet.texts["output"]).left()]
    assert lefts == sorted(lefts)
    for item in [*sheet.images.values(), *sheet.texts.values()]:
        rect = on_screen(sheet, item)
        assert rect.left() >= -1 and rect.top() >= -1 and rect.right() <= room_w + 1 and rect.bottom() <= room_h + 1


def test_feature_maps_fold_again_when_the_view_is_resized(qtbot, example_cnn_run):
    trainer, task = example_cnn_run
    payload = probe_class("feature_maps")(ProbeContext(trainer, task)).collect()
    w = drawn(shown(qtbot, "feature_maps", task, (600, 380)), payload)
    last = f"maps:{payload.layers[-1].node_id}"
    unit = 3 * 2 * 4 + 1  # 2 x 2 maps enlarged 12 times
    wide = grid_of(w.sheet.images[last].image, unit)
    w.resize(1000, 260)  # shorter and wider: fewer rows, more columns
    qtbot.waitUntil(lambda: grid_of(w.sheet.images[last].image, unit) != wide, timeout=2000)
    rows, cols = grid_of(w.sheet.images[last].image, unit)
    assert rows < wide[0] and cols > wide[1]
    assert_maps_drawn(w.sheet.images[last].image, unit, payload.layers[-1].maps, rows)


def test_feature_maps_picker_asks_the_probe_and_follows_its_sample(qtbot, cnn_run):
    trainer, task = cnn_run
    probe = probe_class("feature_maps")(ProbeContext(trainer, task))
    w = drawn(shown(qtbot, "feature_maps", task), probe.collect())
    asked = []
    w.configure.connect(lambda name, options: asked.append((name, options)))
    w.picker.pick(12)
    assert asked == [("feature_maps", {"sample": 12})]
    w.set_payload(probe.collect())  # made before the choice reached the probe: still sample 0
    w.draw()
    assert w.picker.sample() == 12
    probe.configure(**asked[-1][1])
    w.set_payload(probe.collect())
    w.draw()
    assert words(w.sheet, "title:input").startswith("Input\ntest image 13")
    probe.configure(sample=30)  # chosen elsewhere (a click in Predictions)
    w.set_payload(probe.collect())
    w.draw()
    assert w.picker.sample() == 30 and len(asked) == 1  # followed, not asked again


def test_feature_maps_of_an_autoencoder_show_its_output_image(qtbot):
    payload = FeatureMapsPayload(0, 1, np.linspace(0, 1, 64, dtype=np.float32).reshape(1, 8, 8),
                                 output=np.linspace(1, 0, 64, dtype=np.float32).reshape(1, 8, 8))
    w = drawn(shown(qtbot, "feature_maps", None), payload)
    out = w.sheet.images["output"].image
    greys = tile(out, out.shape[1] - 1, 0, 0)[::3, ::3, 0]
    assert greys[0, 0] == 255 and greys[-1, -1] == 0  # the output, brightest where it is largest
    assert words(w.sheet, "title:output") == "Output"


# ----- kernels --------------------------------------------------------------------------------
def test_kernels_draw_filters_as_columns_on_one_scale_per_layer(qtbot, cnn_run):
    trainer, task = cnn_run
    payload = probe_class("kernels")(ProbeContext(trainer, task)).collect()
    w = drawn(shown(qtbot, "kernels", task), payload)
    sheet = w.sheet
    first, second = task.conv_layers
    unit = 8 * 3 + 1  # 3 x 3 kernels enlarged 8 times to reach MIN_TILE, and their frame
    for nid, layer in zip((first, second), payload.layers):
        picture = sheet.images[f"kernels:{nid}"].image
        for f in range(16):  # every filter on every input channel shown, on the layer's scale
            for i in range(layer.weights.shape[1]):
                pixels = kernel_tile(picture, unit, layer.weights.shape[1], f, i)[::8, ::8]
                np.testing.assert_array_equal(pixels, diverging_rgba(layer.weights[f, i] / layer.scale))
        # the layer's largest |weight| takes the full colour: blue if positive, orange if negative
        f, i, r, c = np.unravel_index(np.argmax(np.abs(layer.weights)), layer.weights.shape)
        full = BLUE if layer.weights[f, i, r, c] > 0 else ORANGE
        assert tuple(kernel_tile(picture, unit, layer.weights.shape[1], f, i)[::8, ::8][r, c][:3]) == full
    assert words(sheet, f"title:{second}") == (f"Conv2D {second}\n18 filters of 3\u00d73, scale "
                                               f"\u00b1{layer.scale:.2g}")
    assert words(sheet, f"note:{second}") == "first 16 of 18 filters\nfirst 8 of 20 input channels"
    assert words(sheet, f"note:{first}") == "first 16 of 20 filters"


def kernel_tile(picture: np.ndarray, unit: int, inputs: int, f: int, i: int) -> np.ndarray:
    """Filter f's weights on input channel i in a layer's grid: filters across in bands as wide
    as the picture, a band's input channels down, bands apart when they are more than one row."""
    per = (picture.shape[1] - 1) // unit
    band, col = divmod(f, per)
    if inputs == 1:
        return tile(picture, unit, band, col)
    top = band * (inputs * unit + 1 + round(BAND_GAP * unit))
    return tile(picture[top:], unit, i, col)


def test_kernel_layers_go_side_by_side_when_wide_and_stack_when_narrow():
    blocks = [(8.0, 3.0), (16.0, 10.0)]
    assert (1, 1) in breaks(2) and (2,) in breaks(2) and len(breaks(3)) == 4
    wide, width, height = arrange(blocks, (2,), gap=1.0)
    assert wide == [(0.0, 0.0), (9.0, 0.0)] and (width, height) == (25.0, 10.0)
    tall, width, height = arrange(blocks, (1, 1), gap=1.0)
    assert tall == [(0.0, 0.0), (0.0, 4.0)] and (width, height) == (16.0, 14.0)


@pytest.mark.parametrize("size", [(600, 380), (420, 260)])
def test_a_layer_of_one_input_channel_is_folded_rather_than_a_strip(qtbot, size):
    """The digits CNN's first convolution (8 filters of 1 channel) beside or above a layer of 16
    filters of 8 channels: a grid of filters drawn larger than the wide layer's, not a thin row."""
    trainer, task = run([("Conv2D", {"filters": 8, "kernel_size": 3, "padding": "same"}), ("MaxPool2D", {"pool_size": 2}),
                         ("Conv2D", {"filters": 16, "kernel_size": 3, "padding": "same"}), ("Flatten", {}),
                         ("Dense", {"units": 10, "activation": "Linear"})], steps=1)
    payload = probe_class("kernels")(ProbeContext(trainer, task)).collect()
    w = drawn(shown(qtbot, "kernels", task, size), payload)
    first, second = task.conv_layers
    unit = 8 * 3 + 1
    rows, cols = grid_of(w.sheet.images[f"kernels:{first}"].image, unit)
    assert rows > 1 and cols < 8  # folded
    assert w.zoom[0] > 1.0 and w.zoom[1] == 1.0  # the small layer drawn larger, filling its place
    assert w.line_pixels >= (15.5 if size[0] >= 600 else 9.0)
    for nid, layer in zip((first, second), payload.layers):
        picture = w.sheet.images[f"kernels:{nid}"].image
        for f in range(layer.weights.shape[0]):
            pixels = kernel_tile(picture, unit, layer.weights.shape[1], f, 0)[::8, ::8]
            np.testing.assert_array_equal(pixels, diverging_rgba(layer.weights[f, 0] / layer.scale))


# ----- unit weights ---------------------------------------------------------------------------
def test_unit_weights_draw_each_unit_as_an_image(qtbot, mlp_run):
    trainer, task = mlp_run
    payload = probe_class("unit_weights")(ProbeContext(trainer, task)).collect()
    w = drawn(shown(qtbot, "unit_weights", task), payload)
    picture = w.sheet.images["units"].image
    unit = 3 * 8 + 1
    rows, cols = grid_of(picture, unit)  # 32 units, read row by row
    assert rows * cols >= 32 > (rows - 1) * cols
    for k in range(32):
        pixels = tile(picture, unit, k // cols, k % cols)[::3, ::3]
        np.testing.assert_array_equal(pixels, diverging_rgba(payload.weights[k] / payload.scale))
    k, r, c = np.unravel_index(np.argmax(np.abs(payload.weights)), payload.weights.shape)
    assert tuple(tile(picture, unit, k // cols, k % cols)[::3, ::3][r, c][:3]) in (BLUE, ORANGE)
    nid = task.image_dense
    assert words(w.sheet, "title") == f"Dense {nid}: the first 32 of 40 units, scale \u00b1{payload.scale:.2g}"
    assert "note" not in w.sheet.texts  # grey images: no channel means to explain


@pytest.mark.parametrize("size, cols", [((600, 260), range(9, 17)), ((300, 600), range(2, 6))])
def test_unit_weights_take_as_many_columns_as_fill_the_view(qtbot, mlp_run, size, cols):
    trainer, task = mlp_run
    payload = probe_class("unit_weights")(ProbeContext(trainer, task)).collect()
    w = drawn(shown(qtbot, "unit_weights", task, size), payload)
    picture = w.sheet.images["units"].image
    assert grid_of(picture, 3 * 8 + 1)[1] in cols  # 32 units: more across when wide, fewer when tall
    room_w, room_h = w.sheet.room()
    placed = on_screen(w.sheet, w.sheet.images["units"])
    assert placed.width() > 0.85 * room_w or placed.height() > 0.7 * room_h  # no wide white margins


def test_views_forget_the_run_on_clear(qtbot, cnn_run):
    trainer, task = cnn_run
    payload = probe_class("kernels")(ProbeContext(trainer, task)).collect()
    w = drawn(shown(qtbot, "kernels", task), payload)
    assert w.sheet.images
    w.clear()
    assert not w.sheet.images and not w.sheet.texts
    w.set_payload(payload)
    w.draw()
    assert len(w.sheet.images) == 2


def test_small_tiles_are_enlarged_and_framed():
    tiles = np.zeros((3, 2, 2, 4), np.uint8)
    tiles[..., 3] = 255
    tiles[1, ..., 0] = 200
    m = mosaic(tiles, 2)
    assert isinstance(m, Mosaic) and m.unit == MIN_TILE + 1 and (m.cols, m.rows) == (2, 2)
    assert m.rgba.shape == (2 * m.unit + 1, 2 * m.unit + 1, 4)
    assert (m.rgba[1:m.unit, m.unit + 1:2 * m.unit, 0] == 200).all()  # tile 1, every enlarged pixel
    assert (m.rgba[m.unit + 1:, m.unit + 1:] == 0).all()  # no fourth tile: transparent

"""The feature-map, kernel and unit-weight widgets, fed payloads from a real short run: the
pictures they draw (pixel colours, where each layer goes) and the words beside them."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from playground.core.graph import Graph
from playground.core.project import DataSettings, Project, TrainSettings
from playground.engine.payloads.feature_maps import FeatureMapsPayload
from playground.engine.probes import trainer_task
from playground.engine.trainer import Trainer
from playground.engine.views import ProbeContext, probe_class
from playground.ui.plots.colors import BLUE, ORANGE, diverging_rgba
from playground.ui.views import widget_class
from playground.ui.views.kernels import arrange
from playground.ui.views.tiles import GAP_RGBA, MIN_TILE, Mosaic, Sheet, mosaic

SIZE = (640, 420)
DIGITS = {"limit": 200, "seed": 3}  # 160 training and 40 test images, 1 x 8 x 8


def chain_project(layers, data_params: dict | None = None, **training) -> Project:
    graph = Graph()
    prev = graph.add_node("Input")
    for kind, params in layers:
        node = graph.add_node(kind, params)
        graph.connect(prev.id, node.id)
        prev = node
    out = graph.add_node("Output")
    graph.connect(prev.id, out.id)
    return Project(graph, DataSettings("digits", data_params or dict(DIGITS)), TrainSettings(device="cpu", **training))


# more maps and filters than are shown (20, 18), more input channels than are shown (20)
CNN = [("Conv2D", {"filters": 20, "kernel_size": 3, "padding": "same", "activation": "ReLU"}),
       ("MaxPool2D", {"pool_size": 2}),
       ("Conv2D", {"filters": 18, "kernel_size": 3, "padding": "same", "activation": "Tanh"}),
       ("Flatten", {}), ("Dense", {"units": 10, "activation": "Linear"})]
MLP = [("Flatten", {}), ("Dense", {"units": 40, "activation": "ReLU"}), ("Dense", {"units": 10, "activation": "Linear"})]


def run(layers, steps: int = 4):
    torch.manual_seed(0)
    trainer = Trainer.from_project(chain_project(layers, loss="cross_entropy", optimizer="adam",
                                                 learning_rate=0.01, batch_size=16))
    trainer.run(steps=steps)
    return trainer, trainer_task(trainer)


@pytest.fixture(scope="module")
def cnn_run():
    return run(CNN)


@pytest.fixture(scope="module")
def mlp_run():
    return run(MLP)


def shown(qtbot, name: str, task, payload):
    widget = widget_class(name)(task)
    qtbot.addWidget(widget)
    widget.resize(*SIZE)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_payload(payload)
    widget.draw()
    return widget


def tile(picture: np.ndarray, unit: int, row: int, col: int) -> np.ndarray:
    """The pixels of one tile of a mosaic (inside its 1-pixel frame)."""
    return picture[row * unit + 1:(row + 1) * unit, col * unit + 1:(col + 1) * unit]


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
    w = shown(qtbot, "feature_maps", task, payload)
    sheet = w.sheet
    keys = [f"maps:{nid}" for nid in task.map_layers]
    assert set(sheet.images) == {"input", *keys}
    assert left_edges(sheet, ["input", *keys]) == sorted(left_edges(sheet, ["input", *keys]))

    first = payload.layers[0]  # 20 ReLU maps of 8 x 8: 16 shown, in 2 columns of 8
    picture = sheet.images[keys[0]].image
    unit = 3 * 8 + 1  # 8 x 8 maps enlarged 3 times to reach MIN_TILE, and their frame
    assert picture.shape == (8 * unit + 1, 2 * unit + 1, 4)
    for k in (0, 9):  # map 9 is the second column's second map
        row, col = k % 8, k // 8
        drawn = tile(picture, unit, row, col)[::3, ::3]
        scale = np.abs(first.maps[k]).max()
        np.testing.assert_array_equal(drawn, diverging_rgba(first.maps[k] / (scale if scale > 0 else 1.0)))
    # each map at full contrast: its strongest pixel is the full blue (ReLU maps are never negative)
    strongest = np.unravel_index(np.argmax(first.maps[0]), (8, 8))
    assert tuple(tile(picture, unit, 0, 0)[::3, ::3][strongest][:3]) == BLUE
    assert tuple(picture[0, 0]) == GAP_RGBA

    a, b, c = task.map_layers
    assert words(sheet, f"title:{a}").split("\n") == [f"Conv2D {a}", "20 maps", "8\u00d78"]
    assert words(sheet, f"title:{b}").split("\n") == [f"MaxPool2D {b}", "20 maps", "4\u00d74"]
    assert words(sheet, f"more:{a}") == "+4 more" and words(sheet, f"more:{c}") == "+2 more"
    assert words(sheet, "title:input").split("\n") == ["Input", "sample 5", "8\u00d78"]
    probs = payload.probabilities
    best = int(np.argmax(probs))
    prediction = words(sheet, "output").split("\n")
    assert prediction[:2] == [str(best), f"{probs[best]:.0%} sure"]
    verdict = "\u2713 right" if best == payload.label else f"\u2717 it is {payload.label}"
    assert prediction[2] == verdict
    assert w.picker.value() == 5 and w.picker.maximum() == payload.n_samples - 1

    # the input image, stretched to its own range: grey levels in order of the pixel values
    image = sheet.images["input"].image
    flat = payload.image[0].ravel()
    greys = tile(image, image.shape[1] - 1, 0, 0)[::3, ::3, 0].ravel()
    assert greys[np.argmax(flat)] == 255 and greys[np.argmin(flat)] == 0


def test_feature_maps_picker_asks_the_probe_and_follows_its_sample(qtbot, cnn_run):
    trainer, task = cnn_run
    probe = probe_class("feature_maps")(ProbeContext(trainer, task))
    w = shown(qtbot, "feature_maps", task, probe.collect())
    asked = []
    w.configure.connect(lambda name, options: asked.append((name, options)))
    w.picker.setValue(12)
    assert asked == [("feature_maps", {"sample": 12})]
    w.set_payload(probe.collect())  # made before the choice reached the probe: still sample 0
    w.draw()
    assert w.picker.value() == 12
    probe.configure(**asked[-1][1])
    w.set_payload(probe.collect())
    w.draw()
    assert words(w.sheet, "title:input").startswith("Input\nsample 12")
    probe.configure(sample=30)  # chosen elsewhere (a click in Predictions)
    w.set_payload(probe.collect())
    w.draw()
    assert w.picker.value() == 30 and len(asked) == 1  # followed, not asked again


def test_feature_maps_of_an_autoencoder_show_its_output_image(qtbot):
    payload = FeatureMapsPayload(0, 1, np.linspace(0, 1, 64, dtype=np.float32).reshape(1, 8, 8),
                                 output=np.linspace(1, 0, 64, dtype=np.float32).reshape(1, 8, 8))
    w = shown(qtbot, "feature_maps", None, payload)
    out = w.sheet.images["output"].image
    greys = tile(out, out.shape[1] - 1, 0, 0)[::3, ::3, 0]
    assert greys[0, 0] == 255 and greys[-1, -1] == 0  # the output, brightest where it is largest
    assert words(w.sheet, "title:output") == "Output"


# ----- kernels --------------------------------------------------------------------------------
def test_kernels_draw_filters_as_columns_on_one_scale_per_layer(qtbot, cnn_run):
    trainer, task = cnn_run
    payload = probe_class("kernels")(ProbeContext(trainer, task)).collect()
    w = shown(qtbot, "kernels", task, payload)
    sheet = w.sheet
    first, second = task.conv_layers
    picture = sheet.images[f"kernels:{second}"].image
    unit = 8 * 3 + 1  # 3 x 3 kernels enlarged 8 times to reach MIN_TILE, and their frame
    assert picture.shape == (8 * unit + 1, 16 * unit + 1, 4)  # 8 input channels x 16 filters
    layer = payload.layers[1]
    for f, i in ((0, 0), (3, 5), (15, 7)):
        drawn = tile(picture, unit, i, f)[::8, ::8]
        np.testing.assert_array_equal(drawn, diverging_rgba(layer.weights[f, i] / layer.scale))
    # the layer's largest |weight| takes the full colour: blue if positive, orange if negative
    f, i, r, c = np.unravel_index(np.argmax(np.abs(layer.weights)), layer.weights.shape)
    full = BLUE if layer.weights[f, i, r, c] > 0 else ORANGE
    assert tuple(tile(picture, unit, i, f)[::8, ::8][r, c][:3]) == full
    assert words(sheet, f"title:{second}") == (f"Conv2D {second}\n18 filters of 3\u00d73, scale "
                                               f"\u00b1{layer.scale:.2g}")
    assert words(sheet, f"note:{second}") == "first 16 of 18 filters\nfirst 8 of 20 input channels"
    assert words(sheet, f"note:{first}") == "first 16 of 20 filters"
    assert sheet.images[f"kernels:{first}"].image.shape == (unit + 1, 16 * unit + 1, 4)


def test_kernel_layers_go_side_by_side_when_wide_and_stack_when_narrow():
    blocks = [(8.0, 3.0), (16.0, 10.0)]
    wide, width, height = arrange(blocks, aspect=6.0)
    assert wide == [(0.0, 0.0), (9.2, 0.0)] and height == 10.0
    tall, width, height = arrange(blocks, aspect=1.0)
    assert tall[1][0] == 0.0 and tall[1][1] > 3.0 and width == 16.0


# ----- unit weights ---------------------------------------------------------------------------
def test_unit_weights_draw_each_unit_as_an_image(qtbot, mlp_run):
    trainer, task = mlp_run
    payload = probe_class("unit_weights")(ProbeContext(trainer, task)).collect()
    w = shown(qtbot, "unit_weights", task, payload)
    picture = w.sheet.images["units"].image
    unit = 3 * 8 + 1
    assert picture.shape == (4 * unit + 1, 8 * unit + 1, 4)  # 32 units, 8 to a row
    for k in (0, 13, 31):
        drawn = tile(picture, unit, k // 8, k % 8)[::3, ::3]
        np.testing.assert_array_equal(drawn, diverging_rgba(payload.weights[k] / payload.scale))
    k, r, c = np.unravel_index(np.argmax(np.abs(payload.weights)), payload.weights.shape)
    assert tuple(tile(picture, unit, k // 8, k % 8)[::3, ::3][r, c][:3]) in (BLUE, ORANGE)
    nid = task.image_dense
    assert words(w.sheet, "title") == f"Dense {nid}: the first 32 of 40 units, scale \u00b1{payload.scale:.2g}"
    assert "note" not in w.sheet.texts  # grey images: no channel means to explain


def test_views_forget_the_run_on_clear(qtbot, cnn_run):
    trainer, task = cnn_run
    payload = probe_class("kernels")(ProbeContext(trainer, task)).collect()
    w = shown(qtbot, "kernels", task, payload)
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

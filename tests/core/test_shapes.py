"""Shape inference for every layer, merges, and every validation message a student can meet."""

from __future__ import annotations

import pytest

from playground.core import catalog
from playground.core.graph import Graph, Link
from playground.core.project import default_project
from playground.core.shapes import (ERROR, WARNING, Analysis, _ShapeProblem, analyse, check_output,
                                    format_shape, infer_node, summary)

from builders import chain_graph
from builders import dense as D  # short: the tables below list many

torch = pytest.importorskip("torch")  # only to compare parameter counts and output sizes
nn = torch.nn


def node_of(kind: str, **params):
    return Graph().add_node(kind, params)


def infer(kind: str, inputs, **params):
    return infer_node(node_of(kind, **params), list(inputs))


def problem_of(kind: str, inputs, **params) -> str:
    with pytest.raises(_ShapeProblem) as info:
        infer(kind, inputs, **params)
    return str(info.value)


def chain(*layers, dataset="circle", data=None, loss="bce") -> tuple[Graph, Analysis, dict]:
    """`chain_graph(*layers)` analysed on `dataset`: the graph, its analysis, its ids by position."""
    g, ids = chain_graph(*layers)
    return g, analyse(g, dataset, data or {}, loss), ids


def messages(analysis: Analysis, severity: str | None = ERROR) -> list[str]:
    return [p.message for p in analysis.problems if severity is None or p.severity == severity]


# ----- every layer kind in the catalogue -------------------------------------------------------
# kind -> [(params, input shapes, expected output shape, expected parameter count)]
CASES: dict[str, list] = {
    "Dense": [({"units": 8}, [(2,)], (8,), 24),
              ({"units": 3, "bias": False}, [(5,)], (3,), 15),
              ({"units": 4}, [(20, 6)], (20, 4), 28)],  # on a sequence: applied to every step
    "Dropout": [({"rate": 0.3}, [(8,)], (8,), 0), ({}, [(3, 8, 8)], (3, 8, 8), 0)],
    "Flatten": [({}, [(3, 8, 8)], (192,), 0), ({}, [(20, 2)], (40,), 0), ({}, [(5,)], (5,), 0)],
    "Conv2D": [({"filters": 8, "kernel_size": 3}, [(1, 8, 8)], (8, 8, 8), 80),
               ({"filters": 4, "kernel_size": 3, "padding": "valid"}, [(2, 8, 8)], (4, 6, 6), 76),
               ({"filters": 4, "kernel_size": 3, "stride": 2}, [(1, 8, 8)], (4, 4, 4), 40),
               ({"filters": 4, "kernel_size": 3, "stride": 2, "padding": "valid"}, [(1, 8, 8)],
                (4, 3, 3), 40),
               ({"filters": 2, "kernel_size": 5, "bias": False}, [(3, 32, 32)], (2, 32, 32), 150)],
    "MaxPool2D": [({"pool_size": 2}, [(8, 8, 8)], (8, 4, 4), 0), ({"pool_size": 3}, [(1, 8, 8)], (1, 2, 2), 0)],
    "AvgPool2D": [({"pool_size": 2}, [(3, 7, 9)], (3, 3, 4), 0)],
    "RNN": [({"hidden_size": 16}, [(20, 1)], (16,), 16 * 1 + 16 * 16 + 32),
            ({"hidden_size": 8, "return_sequences": True}, [(10, 3)], (10, 8), 8 * 3 + 64 + 16)],
    "LSTM": [({"hidden_size": 32}, [(20, 1)], (32,), 4 * (32 + 32 * 32 + 64)),
             ({"hidden_size": 4, "bidirectional": True, "return_sequences": True}, [(6, 2)], (6, 8),
              2 * 4 * (4 * 2 + 16 + 8))],
    "GRU": [({"hidden_size": 32}, [(20, 1)], (32,), 3 * (32 + 32 * 32 + 64)),
            ({"hidden_size": 5, "num_layers": 2}, [(7, 3)], (5,), 3 * (15 + 25 + 10) + 3 * (25 + 25 + 10))],
    "BatchNorm": [({}, [(8,)], (8,), 16), ({}, [(4, 6, 6)], (4, 6, 6), 8), ({}, [(20, 3)], (20, 3), 6)],
    "LayerNorm": [({}, [(8,)], (8,), 16), ({}, [(2, 4, 4)], (2, 4, 4), 64), ({}, [(20, 3)], (20, 3), 6)],
    "Add": [({}, [(8,), (8,)], (8,), 0), ({}, [(2, 4, 4)] * 3, (2, 4, 4), 0)],
    "Concat": [({}, [(8,), (4,)], (12,), 0), ({}, [(8, 5, 5), (2, 5, 5)], (10, 5, 5), 0),
               ({}, [(20, 8), (20, 4), (20, 1)], (20, 13), 0)],
    "Noise": [({"dim": 3}, [], (3,), 0), ({"dim": 1, "distribution": "uniform"}, [], (1,), 0)],
    "Generated": [({}, [(2,)], (2,), 0), ({}, [(64,)], (64,), 0)],  # core/gan.py gives it the sample's shape
}
for _act in catalog.ACTIVATIONS:
    CASES[_act] = [({}, [(8,)], (8,), 0), ({}, [(3, 8, 8)], (3, 8, 8), 0), ({}, [(20, 4)], (20, 4), 0)]
CASES["LeakyReLU"].append(({"negative_slope": 0.2}, [(5,)], (5,), 0))
CASES["ELU"].append(({"alpha": 0.5}, [(5,)], (5,), 0))


def test_the_cases_cover_every_layer_kind():
    assert set(CASES) | {"Input", "Output"} == set(catalog.LAYERS)


@pytest.mark.parametrize("kind", [k for k in catalog.LAYERS if k not in ("Input", "Output")])
def test_infer_every_layer_kind(kind):
    for params, inputs, shape, count in CASES[kind]:
        assert infer(kind, inputs, **params) == (shape, count), (kind, params, inputs)


def test_input_and_output_take_their_shapes_from_data_and_last_layer():
    g, a, ids = chain(D(3, "Linear"), dataset="blobs", data={"n_classes": 3}, loss="cross_entropy")
    assert a.ok, a.problems
    assert a.shapes[ids["Input"]] == (2,) and a.shapes[ids["Output"]] == (3,)
    assert a.param_counts.get(ids["Input"], 0) == 0 and a.param_counts.get(ids["Output"], 0) == 0
    assert (a.input_id, a.output_id) == (ids["Input"], ids["Output"])
    assert a.data.n_classes == 3


def test_every_data_set_family_feeds_the_input_its_shape():
    expected = {"circle": (2,), "function": (1,), "digits": (1, 8, 8), "sine_next": (20, 1),
                "wave_kind": (20, 1)}
    for dataset, shape in expected.items():
        _, a, ids = chain(dataset=dataset, loss="mse")
        assert a.shapes[ids["Input"]] == shape
    _, a, ids = chain(dataset="spiral", data={f"feature_{k}": True for k in ("x1_sq", "sin_x2")}, loss="mse")
    assert a.shapes[ids["Input"]] == (4,)  # x1 and x2 are on by default


# ----- parameter counts and output sizes against torch itself ----------------------------------
def torch_count(module) -> int:
    return sum(p.numel() for p in module.parameters())


@pytest.mark.parametrize("kind", ["RNN", "LSTM", "GRU"])
@pytest.mark.parametrize("layers", [1, 2, 3])
@pytest.mark.parametrize("bidirectional", [False, True])
def test_recurrent_layers_match_torch(kind, layers, bidirectional):
    module = getattr(nn, kind)(3, 12, num_layers=layers, bidirectional=bidirectional, batch_first=True)
    with torch.no_grad():
        out, _ = module(torch.zeros(1, 5, 3))
    for return_sequences in (False, True):
        params = {"hidden_size": 12, "num_layers": layers, "bidirectional": bidirectional,
                  "return_sequences": return_sequences}
        shape, count = infer(kind, [(5, 3)], **params)
        assert count == torch_count(module)
        assert shape == (tuple(out.shape[1:]) if return_sequences else (out.shape[-1],))


@pytest.mark.filterwarnings("ignore:Using padding='same' with even kernel")
@pytest.mark.parametrize("padding", ["same", "valid"])
@pytest.mark.parametrize("kernel", [1, 2, 3, 5])
@pytest.mark.parametrize("stride", [1, 2, 3])
@pytest.mark.parametrize("bias", [True, False])
def test_conv2d_matches_torch(padding, kernel, stride, bias):
    params = {"filters": 6, "kernel_size": kernel, "stride": stride, "padding": padding, "bias": bias}
    shape, count = infer("Conv2D", [(3, 9, 8)], **params)
    # the builder's rule: torch's own 'same' at stride 1, kernel // 2 of padding otherwise
    pad = ("same" if stride == 1 else kernel // 2) if padding == "same" else 0
    conv = nn.Conv2d(3, 6, kernel, stride=stride, padding=pad, bias=bias)
    assert count == torch_count(conv)
    assert shape == tuple(conv(torch.zeros(1, 3, 9, 8)).shape[1:])


@pytest.mark.parametrize("kind, module", [("MaxPool2D", nn.MaxPool2d), ("AvgPool2D", nn.AvgPool2d)])
@pytest.mark.parametrize("size", [1, 2, 3, 4])
def test_pools_match_torch(kind, module, size):
    shape, count = infer(kind, [(2, 9, 7)], pool_size=size)
    assert count == 0
    assert shape == tuple(module(size)(torch.zeros(1, 2, 9, 7)).shape[1:])


@pytest.mark.parametrize("inputs, units, bias", [((6,), 4, True), ((6,), 4, False), ((10, 6), 7, True)])
def test_dense_matches_torch(inputs, units, bias):
    shape, count = infer("Dense", [inputs], units=units, bias=bias)
    linear = nn.Linear(inputs[-1], units, bias=bias)
    assert count == torch_count(linear)
    assert shape == tuple(linear(torch.zeros(1, *inputs)).shape[1:])


def test_norms_match_torch():
    assert infer("BatchNorm", [(4, 6, 6)])[1] == torch_count(nn.BatchNorm2d(4))
    assert infer("BatchNorm", [(9,)])[1] == torch_count(nn.BatchNorm1d(9))
    assert infer("LayerNorm", [(9,)])[1] == torch_count(nn.LayerNorm(9))
    assert infer("LayerNorm", [(2, 4, 4)])[1] == torch_count(nn.LayerNorm((2, 4, 4)))


# ----- problems inside a layer --------------------------------------------------------------------
def test_layer_problem_messages():
    assert problem_of("Conv2D", [(8,)]) == ("Conv2D needs an image input (channels, height, width) but "
                                            "receives 8 features.")
    assert problem_of("MaxPool2D", [(20, 1)]) == ("MaxPool2D needs an image input (channels, height, "
                                                  "width) but receives a sequence of 20 steps x 1 features.")
    assert problem_of("Dense", [(1, 8, 8)]) == ("Dense needs features but receives an image of 1 channel, "
                                                "8x8: add a Flatten layer before it.")
    assert problem_of("RNN", [(2,)]) == "RNN needs a sequence (steps, features) but receives 2 features."
    assert problem_of("LSTM", [(1, 8, 8)]).startswith("LSTM needs a sequence")
    assert problem_of("Conv2D", [(1, 8, 8)], kernel_size=9, padding="valid") == (
        "Conv2D's 9x9 filter does not fit the 8x8 image it receives: use a smaller kernel or 'same' padding.")
    assert problem_of("AvgPool2D", [(1, 3, 3)], pool_size=4) == (
        "AvgPool2D's 4x4 window does not fit the 3x3 image it receives: use a smaller pool size or fewer "
        "pooling layers.")
    assert problem_of("Add", [(8,)]) == "Add needs at least two inputs to merge but has 1."
    assert problem_of("Concat", [(8,)]) == "Concat needs at least two inputs to merge but has 1."
    assert problem_of("Add", [(8,), (4,)]) == ("Add needs inputs of the same shape but receives 8 features "
                                               "and 4 features.")
    assert problem_of("Concat", [(8,), (1, 8, 8)]) == (
        "Concat can only join inputs of the same kind but receives 8 features and an image of 1 channel, 8x8.")
    assert problem_of("Concat", [(2, 8, 8), (2, 4, 4)]) == (
        "Concat joins along the channels, so the other sizes must agree, but it receives an image of "
        "2 channels, 8x8 and an image of 2 channels, 4x4.")
    assert problem_of("Concat", [(20, 4), (10, 4)]).startswith("Concat joins along the features, so")


# ----- whole networks: branches and merges ------------------------------------------------------
def branch_graph(merge: str, left, right, dataset="circle", data=None, loss="bce", after=(D(1, "Linear"),)):
    """Input -> {left, right} -> merge -> after -> Output."""
    g = Graph()
    inp = g.add_node("Input")
    ends = []
    for layers in (left, right):
        prev = inp
        for kind, params in layers:
            node = g.add_node(kind, params)
            g.connect(prev.id, node.id)
            prev = node
        ends.append(prev)
    m = g.add_node(merge)
    for end in ends:
        g.connect(end.id, m.id)
    prev = m
    for kind, params in after:
        node = g.add_node(kind, params)
        g.connect(prev.id, node.id)
        prev = node
    out = g.add_node("Output")
    g.connect(prev.id, out.id)
    return g, analyse(g, dataset, data or {}, loss), m.id


def test_residual_add_of_equal_shapes():
    g, a, m = branch_graph("Add", [D(8)], [D(4), D(8)])
    assert a.ok and a.problems == []
    assert a.shapes[m] == (8,)
    assert a.total_params == 24 + 12 + 40 + 9
    assert a.order.index(m) > max(a.order.index(l.source) for l in g.inputs_of(m))


def test_skip_connection_straight_from_the_input():
    g, a, m = branch_graph("Add", [], [D(2)])  # Input itself is one of the two inputs
    assert a.ok and a.shapes[m] == (2,)


def test_add_mismatch_is_reported_on_the_add_node():
    g, a, m = branch_graph("Add", [D(8)], [D(4)])
    assert not a.ok
    assert [(p.node_id, p.message) for p in a.errors] == [
        (m, "Add needs inputs of the same shape but receives 8 features and 4 features.")]
    assert m not in a.shapes


def test_concat_on_features_images_and_sequences():
    _, a, m = branch_graph("Concat", [D(8)], [D(4)])
    assert a.ok and a.shapes[m] == (12,)
    conv = ("Conv2D", {"filters": 4})
    _, a, m = branch_graph("Concat", [conv], [("Conv2D", {"filters": 6, "kernel_size": 5})],
                           dataset="digits", loss="cross_entropy", after=[("Flatten", {}), D(10, "Linear")])
    assert a.ok and a.shapes[m] == (10, 8, 8)
    lstm = ("LSTM", {"hidden_size": 8, "return_sequences": True})
    _, a, m = branch_graph("Concat", [lstm], [D(3)], dataset="sine_next", loss="mse",
                           after=[("Flatten", {}), D(1, "Linear")])
    assert a.ok, a.problems
    assert a.shapes[m] == (20, 11)


def test_concat_mismatch_is_reported_on_the_concat_node():
    _, a, m = branch_graph("Concat", [("Conv2D", {})], [("Conv2D", {"padding": "valid"})], dataset="digits",
                           loss="cross_entropy", after=[("Flatten", {}), D(10, "Linear")])
    assert [p.node_id for p in a.errors] == [m]
    assert a.errors[0].message.startswith("Concat joins along the channels")


def test_merge_with_one_input_in_a_network():
    _, a, ids = chain(D(4), "Add", D(1, "Linear"))
    assert [(p.node_id, p.message) for p in a.errors] == [
        (ids[1], "Add needs at least two inputs to merge but has 1.")]


def test_a_problem_upstream_is_reported_once():
    _, a, ids = chain(("Conv2D", {}), D(4), D(1, "Linear"))
    assert [p.node_id for p in a.errors] == [ids[0]]
    assert ids[1] not in a.shapes and ids["Output"] not in a.shapes


# ----- graph-level validation messages ---------------------------------------------------------
def analyse_graph(g: Graph, dataset="circle", data=None, loss="bce") -> Analysis:
    return analyse(g, dataset, data or {}, loss)


def test_no_input():
    g = Graph()
    d = g.add_node("Dense", {"units": 1})
    o = g.add_node("Output")
    g.connect(d.id, o.id)
    a = analyse_graph(g)
    assert "The network has no Input layer: drag one from 'Input / Output' onto the canvas." in messages(a)
    assert a.input_id is None and not a.ok


def test_two_inputs():
    g, _, ids = chain(D(1, "Linear"))
    extra = g.add_node("Input")
    a = analyse_graph(g)
    assert [(p.node_id, p.message) for p in a.errors] == [(extra.id, "Only one Input layer is allowed: delete "
                                                                     "this one.")]


def test_no_output():
    g = Graph()
    i = g.add_node("Input")
    d = g.add_node("Dense")
    g.connect(i.id, d.id)
    a = analyse_graph(g)
    assert messages(a)[0] == ("The network has no Output layer: drag one from 'Input / Output' and link the "
                              "last layer into it.")
    assert a.output_id is None


def test_two_outputs():
    g, _, ids = chain(D(1, "Linear"))
    extra = g.add_node("Output")
    g.connect(ids[0], extra.id)
    a = analyse_graph(g)
    assert [(p.node_id, p.message) for p in a.errors] == [(extra.id, "Only one Output layer is allowed: "
                                                                     "delete this one.")]


def test_an_empty_graph_names_both_missing_ends():
    a = analyse_graph(Graph())
    assert len(a.errors) == 2
    assert "no Input" in a.errors[0].message and "no Output" in a.errors[1].message


def test_cycle_from_a_file_is_reported_on_the_loop_nodes_only():
    g, _, ids = chain(D(8), "Add", D(8), D(1, "Linear"))
    # Dense(ids[2]) back into Add(ids[1]): connect() refuses loops, a loaded file may not
    g.links[100] = Link(100, ids[2], ids[1])
    a = analyse_graph(g)
    assert sorted((p.node_id, p.message) for p in a.errors) == [
        (ids[1], "This layer is part of a loop; networks here must flow one way."),
        (ids[2], "This layer is part of a loop; networks here must flow one way.")]
    assert a.order == [] and a.shapes == {}


def test_unconnected_input_of_a_layer_that_feeds_the_output():
    g = Graph()
    i = g.add_node("Input")
    d = g.add_node("Dense", {"units": 1})
    o = g.add_node("Output")
    g.connect(d.id, o.id)
    a = analyse_graph(g)
    assert [(p.node_id, p.message) for p in a.errors] == [
        (d.id, "Dense 2 has no input: link a layer's output into it."),
        (o.id, "The Input does not lead to the Output: link the layers into a chain from Input to Output.")]
    assert i.id not in a.order


def test_output_with_no_input():
    g = Graph()
    g.add_node("Input")
    o = g.add_node("Output")
    a = analyse_graph(g)
    assert (o.id, "Output 2 has no input: link a layer's output into it.") in [(p.node_id, p.message)
                                                                               for p in a.errors]


def test_nodes_not_connected_to_the_output_are_warnings_not_errors():
    g, _, ids = chain(D(8), D(1, "Linear"))
    stray = g.add_node("Dense", {"units": 3})
    dangling = g.add_node("Conv2D")  # would be wrong on features, but it is not used: only a warning
    g.connect(ids[0], dangling.id)
    a = analyse_graph(g)
    assert a.ok and a.errors == []
    warnings = [(p.node_id, p.severity, p.message) for p in a.problems]
    assert (stray.id, WARNING, f"Dense {stray.id} is not connected to the Output, so training ignores it.") \
        in warnings
    assert (dangling.id, WARNING, f"Conv2D {dangling.id} is not connected to the Output, so training ignores "
                                  "it.") in warnings
    assert (dangling.id, WARNING, "Conv2D needs an image input (channels, height, width) but receives 8 "
                                  "features.") in warnings
    assert stray.id not in a.order and dangling.id not in a.order
    assert a.total_params == 24 + 9  # the 2-8-1 chain only
    assert a.problems_for(stray.id)[0].severity == WARNING
    # shown with the layer's name in front, once
    located = [p.located(g) for p in a.problems_for(dangling.id)]
    assert f"Conv2D {dangling.id} is not connected to the Output, so training ignores it." in located
    assert f"Conv2D {dangling.id}: Conv2D needs an image input (channels, height, width) but receives 8 " \
           "features." in located


# ----- data set problems ------------------------------------------------------------------------
def test_no_feature_selected():
    _, a, _ = chain(D(1, "Linear"), data={"feature_x1": False, "feature_x2": False})
    assert [(p.node_id, p.message) for p in a.errors] == [
        (None, "No input feature is selected: tick at least one (for example X\u2081).")]
    assert a.data is None


def test_mnist_without_a_path():
    _, a, _ = chain("Flatten", D(10, "Linear"), dataset="mnist", loss="cross_entropy")
    assert a.first_error() == ("MNIST (local files) needs the folder that holds its files: choose one in the "
                               "data panel.")


def test_bad_data_set_value_and_unknown_data_set():
    _, a, _ = chain(D(1, "Linear"), data={"samples": 1})
    assert "at least 10" in a.first_error()
    _, a, _ = chain(D(1, "Linear"), dataset="imagenet")
    assert a.first_error().startswith("Unknown data set 'imagenet'")


def test_unknown_loss():
    _, a, _ = chain(D(1, "Linear"), loss="hinge")
    assert a.first_error() == "Unknown loss 'hinge'."


# ----- the output against the data and the loss ------------------------------------------------
def output_error(*layers, **kw) -> str:
    _, a, ids = chain(*layers, **kw)
    assert [p.node_id for p in a.errors] == [ids["Output"]], a.problems
    return a.errors[0].message


def test_cross_entropy_on_one_unit():
    assert output_error(D(1, "Linear"), loss="cross_entropy") == (
        "Cross-entropy needs one output unit per class (2 classes, so 2 units) but the network gives 1. "
        "Use binary cross-entropy for a single unit, or give the last Dense layer 2 units.")


def test_cross_entropy_with_the_wrong_number_of_classes():
    assert output_error(D(3, "Linear"), dataset="blobs", data={"n_classes": 4}, loss="cross_entropy") == (
        "Cross-entropy needs 4 output values per sample, one per class, but the network gives 3 features.")


def test_bce_with_three_classes():
    assert output_error(D(1, "Linear"), dataset="blobs", data={"n_classes": 3}, loss="bce") == (
        "Binary cross-entropy is for 2 classes, but this data set has 3: use cross-entropy with 3 output units.")


def test_bce_with_two_units():
    assert output_error(D(2, "Linear"), loss="bce") == (
        "Binary cross-entropy needs exactly 1 output unit (the probability of class 1) but the network "
        "gives 2 features.")


def test_regression_loss_on_classes():
    assert output_error(D(3, "Linear"), loss="mse") == (
        "Mean squared error on 2 classes needs 1 unit (or 2) but the network gives 3 features.")
    assert output_error(D(1, "Linear"), dataset="wave_kind", loss="huber").startswith(
        "Huber on 3 classes needs 3 units, one per class")
    for units in (1, 2):  # both readings of two classes are accepted
        assert chain(D(units, "Linear"), loss="mae")[1].ok
    assert chain(D(4, "Linear"), dataset="blobs", loss="mse")[1].ok


@pytest.mark.parametrize("loss, label", [("bce", "Binary cross-entropy"), ("cross_entropy", "Cross-entropy")])
def test_classification_loss_on_regression(loss, label):
    assert output_error(D(1, "Linear"), dataset="plane", loss=loss) == (
        f"{label} is for classes, but this data set asks for numbers (regression): use mean squared error, "
        "mean absolute error or Huber.")


def test_wrong_regression_target_size():
    assert output_error(D(2, "Linear"), dataset="function", loss="mse") == (
        "The data set's target is 1 feature but the network gives 2 features.")
    assert output_error(("LSTM", {"return_sequences": True}), D(1, "Linear"), dataset="sine_next",
                        loss="mse") == "The data set's target is 1 feature but the network gives a sequence " \
                                       "of 20 steps x 1 features."


def test_autoencoder_output_is_compared_by_element_count():
    layers = ["Flatten", D(32, "ReLU"), D(8, "ReLU"), D(32, "ReLU"), D(64, "Sigmoid")]
    _, a, ids = chain(*layers, dataset="digits", data={"target": "reconstruct"}, loss="mse")
    assert a.ok and a.problems == []
    assert a.data.target_shape == (1, 8, 8) and a.shapes[ids["Output"]] == (64,)
    # an image-shaped output fits too
    assert chain(("Conv2D", {"filters": 1}), dataset="digits", data={"target": "reconstruct"},
                 loss="mse")[1].ok
    assert output_error(*layers[:-1], D(63, "Sigmoid"), dataset="digits", data={"target": "reconstruct"},
                        loss="mse") == ("The data set's target is an image of 1 channel, 8x8 but the network "
                                        "gives 63 features.")


def test_check_output_directly():
    from playground.core.datasets import DataShape
    two = DataShape((2,), "classification", n_classes=2)
    assert check_output((1,), two, "bce") is None
    assert check_output((2,), two, "cross_entropy") is None
    assert check_output((1,), DataShape((1,), "regression"), "huber") is None


# ----- counts and the summary ------------------------------------------------------------------
def test_default_project_counts_105_parameters():
    p = default_project()
    a = analyse(p.graph, p.data.dataset, p.data.params, p.training.loss)
    assert a.ok and a.problems == []
    assert a.order == [1, 2, 3, 4, 5]
    assert a.param_counts == {2: 24, 3: 72, 4: 9}
    assert a.total_params == 105


def test_summary_text():
    p = default_project()
    a = analyse(p.graph, p.data.dataset, p.data.params, p.training.loss)
    assert summary(p.graph, a) == "\n".join([
        "Layer     Output shape  Params",
        "------------------------------",
        "Input 1   (2,)               0",
        "Dense 2   (8,)              24",
        "Dense 3   (8,)              72",
        "Dense 4   (1,)               9",
        "Output 5  (1,)               0",
        "------------------------------",
        "Total parameters: 105",
    ])


def test_summary_uses_thousands_separators_and_marks_unknown_shapes():
    g, a, _ = chain("Flatten", D(64, "ReLU"), D(10, "Linear"), dataset="digits", loss="cross_entropy")
    text = summary(g, a)
    assert "(1, 8, 8)" in text and "4,160" in text and text.endswith("Total parameters: 4,810")
    g, a, _ = chain(("Conv2D", {}), D(1, "Linear"))
    assert "?" in summary(g, a)


def test_format_shape():
    assert format_shape((8,)) == "(8,)"
    assert format_shape((1, 8, 8)) == "(1, 8, 8)"
    assert format_shape(()) == "()"

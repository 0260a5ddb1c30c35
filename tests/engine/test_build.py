"""Graph -> torch module: shapes and parameter counts agree with shape inference, merges and
recurrent layers compute what they say, the output activation is read correctly."""

from __future__ import annotations

import pytest
import torch
from torch import nn

from playground.core import catalog
from playground.core.graph import Graph
from playground.core.project import default_project
from playground.core.shapes import analyse
from playground.engine.build import BuildError, GraphModule, Recurrent, count_parameters, output_activation
from playground.engine.objective import Objective

from builders import chain_graph

SAMPLE_INPUTS = {"circle": (2,), "blobs": (2,), "plane": (2,), "digits": (1, 8, 8), "sine_next": (20, 1)}


def build(graph: Graph, dataset: str, loss: str, data_values: dict | None = None):
    analysis = analyse(graph, dataset, data_values or {}, loss)
    assert analysis.ok, analysis.first_error()
    torch.manual_seed(0)
    return GraphModule(graph, analysis), analysis


def node_outputs(model: GraphModule, x: torch.Tensor) -> dict[int, torch.Tensor]:
    """Every node's output, computed layer by layer with the model's own modules."""
    values = {model.input_id: x}
    for step in model.steps[1:]:
        values[step.node_id] = model.layers[step.key](*[values[s] for s in step.sources])
    return values


def sample(dataset: str, n: int = 5) -> torch.Tensor:
    torch.manual_seed(1)
    return torch.randn(n, *SAMPLE_INPUTS[dataset])


# ----- chains and merges ------------------------------------------------------------------------
def test_default_chain_builds_a_flat_sequential_with_the_inferred_shapes():
    project = default_project()
    model, analysis = build(project.graph, "circle", "bce")
    assert model.sequential is not None
    # the chain runs its leaves directly: no nested Sequentials, no identities
    assert [type(m) for m in model.sequential] == [nn.Linear, nn.Tanh, nn.Linear, nn.Tanh, nn.Linear]
    x = sample("circle", 7)
    out = model(x)
    assert tuple(out.shape) == (7, *analysis.shapes[analysis.output_id]) == (7, 1)
    values = node_outputs(model, x)
    for nid, shape in analysis.shapes.items():
        assert tuple(values[nid].shape) == (7, *shape), nid
    assert torch.equal(out, values[analysis.output_id])
    assert count_parameters(model) == analysis.total_params == 2 * 8 + 8 + 8 * 8 + 8 + 8 + 1


def test_skip_connection_and_concat_graph():
    graph = Graph()
    inp = graph.add_node("Input")
    a = graph.add_node("Dense", {"units": 8, "activation": "Tanh"})
    b = graph.add_node("Dense", {"units": 8, "activation": "ReLU"})
    add = graph.add_node("Add")
    cat = graph.add_node("Concat")
    last = graph.add_node("Dense", {"units": 1, "activation": "Linear"})
    out = graph.add_node("Output")
    for src, dst in ((inp, a), (a, b), (a, add), (b, add), (add, cat), (inp, cat), (cat, last), (last, out)):
        graph.connect(src.id, dst.id)
    model, analysis = build(graph, "circle", "bce")
    assert model.sequential is None
    assert analysis.shapes[add.id] == (8,) and analysis.shapes[cat.id] == (10,)
    x = sample("circle", 6)
    y = model(x)
    assert tuple(y.shape) == (6, 1)
    # the same numbers by hand: add = a + b, concat = [add, input] in link order
    layers = model.layers
    ha = layers[str(a.id)](x)
    hb = layers[str(b.id)](ha)
    expected = layers[str(last.id)](torch.cat([ha + hb, x], dim=-1))
    torch.testing.assert_close(y, expected)
    values = node_outputs(model, x)
    for nid, shape in analysis.shapes.items():
        assert tuple(values[nid].shape) == (6, *shape)


def test_image_concat_joins_channels():
    graph = Graph()
    inp = graph.add_node("Input")
    c1 = graph.add_node("Conv2D", {"filters": 4})
    c2 = graph.add_node("Conv2D", {"filters": 6})
    cat = graph.add_node("Concat")
    flat = graph.add_node("Flatten")
    dense = graph.add_node("Dense", {"units": 10, "activation": "Linear"})
    out = graph.add_node("Output")
    for src, dst in ((inp, c1), (c1, c2), (c1, cat), (c2, cat), (cat, flat), (flat, dense), (dense, out)):
        graph.connect(src.id, dst.id)
    model, analysis = build(graph, "digits", "cross_entropy")
    assert analysis.shapes[cat.id] == (10, 8, 8)
    values = node_outputs(model, sample("digits", 3))
    assert tuple(values[cat.id].shape) == (3, 10, 8, 8)
    torch.testing.assert_close(values[cat.id][:, :4], values[c1.id])
    torch.testing.assert_close(values[cat.id][:, 4:], values[c2.id])
    assert tuple(model(sample("digits", 3)).shape) == (3, 10)


def test_unchecked_graph_is_refused():
    graph, _ = chain_graph(("Dense", {"units": 3}))  # bce needs one output unit
    analysis = analyse(graph, "circle", {}, "bce")
    assert not analysis.ok
    with pytest.raises(BuildError, match="exactly 1 output unit"):
        GraphModule(graph, analysis)


# ----- every layer kind ------------------------------------------------------------------------------
# (case id, data set, loss, layers: the kind under test is the one marked with a leading '*')
DENSE_1 = ("Dense", {"units": 1, "activation": "Linear"})
DENSE_10 = ("Dense", {"units": 10, "activation": "Linear"})
FLAT = ("Flatten", {})
LAYER_CASES = [
    ("Dense", "circle", "bce", [("*Dense", {"units": 5, "activation": "ReLU"}), DENSE_1]),
    ("Dense-nobias", "circle", "bce", [("*Dense", {"units": 5, "bias": False, "init": "xavier_uniform"}),
                                       DENSE_1]),
    ("Dropout", "circle", "bce", [("*Dropout", {"rate": 0.3}), DENSE_1]),
    ("Flatten", "digits", "cross_entropy", [("*Flatten", {}), DENSE_10]),
    ("Conv2D", "digits", "cross_entropy", [("*Conv2D", {"filters": 3, "kernel_size": 3}), FLAT, DENSE_10]),
    ("Conv2D-valid-stride", "digits", "cross_entropy",
     [("*Conv2D", {"filters": 2, "kernel_size": 3, "stride": 2, "padding": "valid", "init": "kaiming_normal"}),
      FLAT, DENSE_10]),
    ("Conv2D-same-stride", "digits", "cross_entropy",
     [("*Conv2D", {"filters": 2, "kernel_size": 3, "stride": 2, "padding": "same"}), FLAT, DENSE_10]),
    ("MaxPool2D", "digits", "cross_entropy", [("*MaxPool2D", {"pool_size": 2}), FLAT, DENSE_10]),
    ("AvgPool2D", "digits", "cross_entropy", [("*AvgPool2D", {"pool_size": 3}), FLAT, DENSE_10]),
    ("RNN", "sine_next", "mse", [("*RNN", {"hidden_size": 6}), DENSE_1]),
    ("LSTM", "sine_next", "mse", [("*LSTM", {"hidden_size": 6, "num_layers": 2}), DENSE_1]),
    ("GRU", "sine_next", "mse", [("*GRU", {"hidden_size": 6, "bidirectional": True}), DENSE_1]),
    ("LSTM-seq-bi", "sine_next", "mse",
     [("*LSTM", {"hidden_size": 4, "return_sequences": True, "bidirectional": True, "num_layers": 2}),
      FLAT, DENSE_1]),
    ("BatchNorm", "circle", "bce", [("*BatchNorm", {}), DENSE_1]),
    ("BatchNorm-image", "digits", "cross_entropy", [("*BatchNorm", {}), FLAT, DENSE_10]),
    ("BatchNorm-seq", "sine_next", "mse", [("*BatchNorm", {}), FLAT, DENSE_1]),
    ("LayerNorm", "circle", "bce", [("*LayerNorm", {}), DENSE_1]),
    ("LayerNorm-image", "digits", "cross_entropy", [("*LayerNorm", {}), FLAT, DENSE_10]),
    ("LayerNorm-seq", "sine_next", "mse", [("*LayerNorm", {}), FLAT, DENSE_1]),
] + [(name, "circle", "bce", [("*" + name, {}), DENSE_1]) for name in catalog.ACTIVATIONS]
MERGE_KINDS = ["Add", "Concat"]
GAN_KINDS = ["Noise", "Generated"]  # built into G and D: tests/engine/test_gan_trainer.py


def test_every_catalogue_layer_is_covered():
    covered = {layers[0][0].lstrip("*") for _, _, _, layers in LAYER_CASES} | set(MERGE_KINDS) | set(GAN_KINDS)
    assert covered == set(catalog.LAYERS) - {"Input", "Output"}


@pytest.mark.parametrize("case", LAYER_CASES, ids=[c[0] for c in LAYER_CASES])
def test_layer_builds_with_inferred_shape_and_parameter_count(case):
    _, dataset, loss, layers = case
    graph, ids = chain_graph(*[(kind.lstrip("*"), params) for kind, params in layers])
    model, analysis = build(graph, dataset, loss)
    model.eval()  # dropout off, batch norm on its running statistics
    nid = ids[0]
    module = model.layers[str(nid)]
    assert count_parameters(module) == analysis.param_counts[nid]
    x = sample(dataset)
    values = node_outputs(model, x)
    assert tuple(values[nid].shape) == (len(x), *analysis.shapes[nid])
    out = model(x)
    torch.testing.assert_close(out, values[analysis.output_id])  # the flat chain = layer by layer
    assert torch.isfinite(out).all()
    model.train()
    model(x).sum().backward()  # trains: every parameter gets a gradient
    assert all(p.grad is not None for p in model.parameters())


@pytest.mark.parametrize("kind", MERGE_KINDS)
def test_merge_layers_build(kind):
    graph = Graph()
    inp = graph.add_node("Input")
    a = graph.add_node("Dense", {"units": 4})
    b = graph.add_node("Dense", {"units": 4})
    merge = graph.add_node(kind)
    last = graph.add_node("Dense", {"units": 1, "activation": "Linear"})
    out = graph.add_node("Output")
    for src, dst in ((inp, a), (inp, b), (a, merge), (b, merge), (merge, last), (last, out)):
        graph.connect(src.id, dst.id)
    model, analysis = build(graph, "circle", "bce")
    assert count_parameters(model.layers[str(merge.id)]) == analysis.param_counts[merge.id] == 0
    values = node_outputs(model, sample("circle"))
    assert tuple(values[merge.id].shape) == (5, *analysis.shapes[merge.id])
    assert analysis.shapes[merge.id] == ((4,) if kind == "Add" else (8,))
    assert count_parameters(model) == analysis.total_params


@pytest.mark.parametrize("scheme", ["zeros", "normal", "xavier_normal", "kaiming_uniform"])
def test_initialisers_apply(scheme):
    graph, ids = chain_graph(("Dense", {"units": 16, "init": scheme, "activation": "ReLU"}), DENSE_1)
    model, _ = build(graph, "circle", "bce")
    linear = model.layers[str(ids[0])][0]
    assert torch.count_nonzero(linear.bias) == 0  # every scheme but 'default' zeroes the bias
    if scheme == "zeros":
        assert torch.count_nonzero(linear.weight) == 0
    elif scheme == "normal":
        assert 0.03 < linear.weight.std().item() < 0.2


# ----- output activation -------------------------------------------------------------------------
@pytest.mark.parametrize("layers, expected", [
    ([("Dense", {"units": 8}), DENSE_1], "Linear"),
    ([("Dense", {"units": 1, "activation": "Sigmoid"})], "Sigmoid"),
    ([("Dense", {"units": 1, "activation": "Sigmoid"}), ("Dropout", {})], "Sigmoid"),
    ([DENSE_1, ("Sigmoid", {})], "Sigmoid"),
    ([("Dense", {"units": 1, "activation": "Tanh"}), ("BatchNorm", {})], "Linear"),
])
def test_output_activation_binary(layers, expected):
    graph, _ = chain_graph(*layers)
    analysis = analyse(graph, "circle", {}, "bce")
    assert analysis.ok
    assert output_activation(graph, analysis) == expected


def test_output_activation_softmax_and_the_objective_reading_it():
    graph, _ = chain_graph(("Dense", {"units": 4, "activation": "Softmax"}))
    model, analysis = build(graph, "blobs", "cross_entropy")
    assert output_activation(graph, analysis) == "Softmax"
    objective = Objective("cross_entropy", analysis.data, "Softmax")
    out = model(sample("blobs", 8))
    torch.testing.assert_close(out.sum(-1), torch.ones(8))
    probs = objective.probabilities(out)
    torch.testing.assert_close(probs, out)  # already probabilities: not softmaxed twice
    y = torch.arange(8) % 4
    torch.testing.assert_close(objective(out, y), nn.functional.nll_loss(out.log(), y))
    # the same network read as logits would apply softmax again
    logits = Objective("cross_entropy", analysis.data, "Linear")
    torch.testing.assert_close(logits.probabilities(out), torch.softmax(out, -1))

    graph2, _ = chain_graph(("Dense", {"units": 4, "activation": "Linear"}), ("Softmax", {}))
    assert output_activation(graph2, analyse(graph2, "blobs", {}, "cross_entropy")) == "Softmax"


@pytest.mark.parametrize("loss, dataset, units, activation", [
    ("bce", "circle", 1, "Linear"), ("bce", "circle", 1, "Sigmoid"), ("mse", "circle", 1, "Tanh"),
    ("cross_entropy", "blobs", 4, "Linear"), ("cross_entropy", "blobs", 4, "Softmax"),
    ("huber", "plane", 1, "Linear"), ("mae", "plane", 1, "Linear"),
])
def test_the_training_hot_path_computes_the_same_loss(loss, dataset, units, activation):
    """Objective.training_loss (one torch call where it can be) agrees with the general loss."""
    graph, _ = chain_graph(("Dense", {"units": units, "activation": activation}))
    model, analysis = build(graph, dataset, loss)
    objective = Objective(loss, analysis.data, activation)
    out = model(sample(dataset, 16))
    if analysis.data.task == "classification":
        y = torch.arange(16) % (2 if units == 1 else units)
    else:
        y = torch.linspace(-1, 1, 16)
    fast = objective.training_loss()(out, objective.training_targets(y))
    torch.testing.assert_close(fast, objective(out, y))


# ----- recurrent layers ------------------------------------------------------------------------------
def rnn_params(**overrides) -> dict:
    return {"hidden_size": 5, "num_layers": 1, "return_sequences": False, "bidirectional": False, **overrides}


@pytest.mark.parametrize("kind", ["RNN", "LSTM", "GRU"])
def test_recurrent_returns_last_state(kind):
    torch.manual_seed(0)
    layer = Recurrent(kind, 1, rnn_params())
    x = torch.randn(3, 7, 1)
    last = layer(x)
    assert tuple(last.shape) == (3, 5)
    seq, _ = layer.rnn(x)
    torch.testing.assert_close(last, seq[:, -1])


@pytest.mark.parametrize("kind", ["RNN", "LSTM", "GRU"])
def test_recurrent_bidirectional_joins_both_directions(kind):
    torch.manual_seed(0)
    layer = Recurrent(kind, 2, rnn_params(bidirectional=True, num_layers=2))
    x = torch.randn(4, 6, 2)
    last = layer(x)
    assert tuple(last.shape) == (4, 10)
    seq, _ = layer.rnn(x)
    # the forward direction ends at the last step, the backward one at the first
    torch.testing.assert_close(last[:, :5], seq[:, -1, :5])
    torch.testing.assert_close(last[:, 5:], seq[:, 0, 5:])


def test_recurrent_returns_sequences():
    torch.manual_seed(0)
    layer = Recurrent("LSTM", 1, rnn_params(return_sequences=True, bidirectional=True))
    x = torch.randn(2, 9, 1)
    out = layer(x)
    assert tuple(out.shape) == (2, 9, 10)
    torch.testing.assert_close(out, layer.rnn(x)[0])

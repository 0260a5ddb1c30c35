"""What a run is about: the one answer to "what is the task" and "which layers show what".

The views, the canvas and the inspector all ask these questions; they read a `Task` made once
per analysis instead of each working it out from the data family and the layer kinds.
Pure Python: the engine's probes and the UI's widgets both read the same Task.
"""

from __future__ import annotations

from dataclasses import dataclass

from playground.core import catalog
from playground.core.datasets import DATASETS, DataShape
from playground.core.gan import is_gan
from playground.core.graph import Graph, Node
from playground.core.shapes import Analysis

# Dense layers up to this many units show their neurons (over the plane, on the canvas), and
# links into a layer whose inputs are at most this many draw one line per weight.
SMALL_LAYER = 16

RECURRENT_KINDS = ("RNN", "LSTM", "GRU")
MAP_KINDS = ("Conv2D", "MaxPool2D", "AvgPool2D")  # layers whose output is a stack of feature maps

# input kinds
PLANE, CURVE, IMAGE, SEQUENCE, TABLE = "plane", "curve", "image", "sequence", "table"
# targets
CLASSES, VALUES, RECONSTRUCT = "classes", "values", "reconstruct"
GENERATE = "generate"  # a GAN: G learns to make samples like the data's, D to tell them apart


def shows_neurons(node: Node) -> bool:
    """Whether a layer is small enough to draw each of its units (on a 2-D data set's canvas)."""
    return node.kind == "Dense" and node.params.get("units", 0) <= SMALL_LAYER


@dataclass(frozen=True)
class Task:
    """The data a network learns and the layers that can be looked into, by node id."""

    dataset: str
    family: str  # the data set's family ("2d-classification", "image", "sequence", ...)
    input_kind: str  # PLANE | CURVE | IMAGE | SEQUENCE | TABLE
    target: str  # CLASSES | VALUES | RECONSTRUCT | GENERATE
    data: DataShape
    # layers, in build order
    neuron_layers: tuple[int, ...] = ()  # small Dense layers: their units drawn on the canvas
    weight_layers: tuple[int, ...] = ()  # small Dense layers fed by few inputs: weights as lines
    map_layers: tuple[int, ...] = ()  # Conv2D and pooling layers: feature maps
    conv_layers: tuple[int, ...] = ()  # Conv2D layers: learned kernels
    recurrent_layers: tuple[int, ...] = ()  # RNN / LSTM / GRU: hidden states over time
    image_dense: int | None = None  # the first Dense fed straight by an image: weights as images
    bottleneck: int | None = None  # autoencoders: the narrowest flat layer, the code
    bottleneck_units: int = 0

    @property
    def classification(self) -> bool:
        return self.target == CLASSES

    @property
    def regression(self) -> bool:
        return self.target == VALUES

    @property
    def autoencoder(self) -> bool:
        return self.target == RECONSTRUCT

    @property
    def gan(self) -> bool:
        return self.target == GENERATE

    @property
    def n_classes(self) -> int:
        return self.data.n_classes if self.classification else 0

    @property
    def plane(self) -> bool:
        return self.input_kind == PLANE

    @property
    def neuron_maps(self) -> bool:
        """Whether small Dense layers' cards show each neuron's output over the plane: one network
        on plane data (a GAN's layers get no such maps)."""
        return self.plane and not self.gan

    @property
    def curve(self) -> bool:
        return self.input_kind == CURVE


def _input_kind(family: str, data: DataShape) -> str:
    if data.plane:
        return PLANE
    if data.curve:
        return CURVE
    if family == "image" or len(data.input_shape) == 3:
        return IMAGE
    if family == "sequence" or len(data.input_shape) == 2:
        return SEQUENCE
    return TABLE


def _target(data: DataShape) -> str:
    if data.task == "classification":
        return CLASSES
    if data.target_shape == data.input_shape and _size(data.input_shape) > 1:
        return RECONSTRUCT  # the output is asked to give back the input
    return VALUES


def _feeds_from_image(graph: Graph, analysis: Analysis, node_id: int) -> bool:
    """Whether the layer's input is an image flattened with nothing learned in between."""
    links = graph.inputs_of(node_id)
    while len(links) == 1:
        source = links[0].source
        node = graph.nodes[source]
        if node.kind == "Input":
            return len(analysis.shapes.get(source, ())) == 3
        if node.kind not in ("Flatten", "Dropout"):
            return False
        links = graph.inputs_of(source)
    return False


def task_of(graph: Graph, analysis: Analysis, dataset: str) -> Task | None:
    """The task of a checked graph, or None while the data set itself has a problem."""
    data = analysis.data
    if data is None or dataset not in DATASETS:
        return None
    family = DATASETS[dataset].family
    input_kind = _input_kind(family, data)
    if is_gan(graph):  # a graph with a Noise source; the layer views of one network do not apply
        return Task(dataset, family, input_kind, GENERATE, data)
    target = _target(data)
    neuron, weight, maps, conv, recurrent = [], [], [], [], []
    image_dense = None
    flat: list[tuple[int, int]] = []  # (units, node id) of flat layers between Input and Output
    for nid in analysis.order:
        node = graph.nodes[nid]
        shape = analysis.shapes.get(nid, ())
        if node.kind == "Dense":
            units = node.params.get("units", 0)
            if shows_neurons(node) and input_kind == PLANE:
                neuron.append(nid)
            sources = graph.inputs_of(nid)
            fan_in = analysis.shapes.get(sources[0].source, (0,))[-1] if len(sources) == 1 else 0
            if units <= SMALL_LAYER and 0 < fan_in <= SMALL_LAYER:
                weight.append(nid)
            if image_dense is None and input_kind == IMAGE and _feeds_from_image(graph, analysis, nid):
                image_dense = nid
            if nid != analysis.output_id and len(shape) == 1:
                flat.append((shape[0], nid))
        elif node.kind in MAP_KINDS and len(shape) == 3:
            maps.append(nid)
            if node.kind == "Conv2D":
                conv.append(nid)
        elif node.kind in RECURRENT_KINDS:
            recurrent.append(nid)
    bottleneck, units = None, 0
    if target == RECONSTRUCT and flat:
        units, bottleneck = min(flat, key=lambda f: f[0])  # ties: the first, on the encoder side
        if units >= _size(data.input_shape):
            bottleneck, units = None, 0  # no narrowing: nothing is compressed
    return Task(dataset, family, input_kind, target, data, tuple(neuron), tuple(weight), tuple(maps),
                tuple(conv), tuple(recurrent), image_dense, bottleneck, units)


def _size(shape: tuple[int, ...]) -> int:
    total = 1
    for s in shape:
        total *= s
    return total


def output_activation(graph: Graph, analysis: Analysis) -> str:
    """The activation that produces the network's output: decides how losses read it.

    Cross-entropy after a Softmax, or BCE after a Sigmoid, reads probabilities (Keras'
    from_logits=False); otherwise the output is taken as logits.
    """
    if analysis.output_id is None:
        return "Linear"
    links = graph.inputs_of(analysis.output_id)
    while links:
        node = graph.nodes[links[0].source]
        if catalog.is_activation(node.kind):
            return node.kind
        if node.kind in ("Dense", "Conv2D"):
            return node.params["activation"]
        if node.kind in ("Dropout", "Flatten") and graph.inputs_of(node.id):
            links = graph.inputs_of(node.id)
            continue
        return "Linear"
    return "Linear"

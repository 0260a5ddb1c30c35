"""A GAN on the canvas: the graph split into its generator (G) and its discriminator (D).

A graph with a Noise source is a GAN. G runs from the Noise to the Generated marker, whose input
must give as many values as one data sample has (the marker puts them into the sample's shape, so
G may end in a Dense layer even for images); D runs from the marker to the Output and gives one
score per sample. The Input, when there is one, links into the marker: D reads real samples where
it reads fake ones. Pure Python: the canvas checks a GAN on every edit like any other network.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from playground.core import catalog
from playground.core.datasets import DATASETS, DataShape, describe_shape, selected_features
from playground.core.fixes import Fix, SetParam, last_dense
from playground.core.graph import Graph, Node
from playground.core.i18n import translate
from playground.core.kinds import Shape
from playground.core.kinds.gan import GENERATED, NOISE
from playground.core.settings import TrainSettings
from playground.core.shapes import (ERROR, NO_OUTPUT, Analysis, Problem, _ancestors, infer_layer,
                                    loops_and_loose_ends, one_of_each, read_data)

# data families a GAN can learn to imitate: points on the plane and images
GAN_FAMILIES = ("2d-classification", "2d-distribution", "2d-regression", "image")


@dataclass(frozen=True)
class GanSplit:
    """The two networks of a checked GAN, as node ids in build order."""

    noise_id: int
    marker_id: int
    output_id: int
    input_id: int | None  # the Input linked into the marker, if any (the trainer feeds real data anyway)
    generator: tuple[int, ...]  # the Noise first, the marker last
    discriminator: tuple[int, ...]  # the marker first, the Output last
    noise_dim: int
    distribution: str  # "uniform" | "gaussian"
    sample_shape: Shape


def is_gan(graph: Graph) -> bool:
    return bool(graph.nodes_of_kind(NOISE))


def gan_data_problem(dataset: str, values: dict, data: DataShape) -> str | None:
    """Why the data set cannot be imitated by a GAN, or None (`values` are valid: `data` was made of them)."""
    spec = DATASETS[dataset]
    if spec.family not in GAN_FAMILIES:
        return translate("gan", "A GAN cannot learn {dataset}: it learns to make samples like a 2-D distribution's "
                         "points (Ring, Two Gaussians, ...) or images (the 8x8 digits). Choose one of those in the "
                         "data panel.").format(dataset=translate("datasets", spec.label))
    if spec.family.startswith("2d") and selected_features(spec.params.complete(values, spec.label)) != ["x1", "x2"]:
        return translate("gan", "A GAN learns to make the points themselves: tick only the features X\u2081 and "
                         "X\u2082 in the data panel.")
    return None


def _sample_problem(given: Shape, data: DataShape, dataset: str) -> str:
    size = math.prod(data.input_shape)
    return translate("gan", "The generator gives {given} but one sample of {dataset} is {sample}: give G's last "
                     "layer {n} units.").format(given=describe_shape(given), dataset=translate("datasets", DATASETS[dataset].label),
                                                sample=describe_shape(data.input_shape), n=size)


SHAPE_KEEPING = ("Dropout", "BatchNorm", "LayerNorm")  # besides the activations


def _units_fix(graph: Graph, dense: Node | None, units: int) -> Fix | None:
    """The quick fix that gives `dense` `units` units, when there is such a layer to change."""
    if dense is None:
        return None
    label = (translate("gan", "Give {layer} {n} unit") if units == 1 else translate("gan", "Give {layer} {n} units"))
    return Fix(label.format(layer=dense.label, n=units), (SetParam(dense.id, "units", units),))


def _descendants(graph: Graph, node_id: int) -> set[int]:
    seen, stack = set(), [node_id]
    while stack:
        current = stack.pop()
        if current not in seen:
            seen.add(current)
            stack.extend(l.target for l in graph.outputs_of(current))
    return seen


def analyse_gan(graph: Graph, dataset: str, data_values: dict) -> Analysis:
    """Check a GAN against its data set (called by shapes.analyse); never raises for a bad graph.

    The analysis covers both networks (`order` is the build order of every layer that counts);
    `gan` holds the split when nothing is wrong.
    """
    result = Analysis()
    add = result.problems.append
    read_data(result, dataset, data_values)
    data = result.data
    if data is not None:
        message = gan_data_problem(dataset, data_values, data)
        if message:
            add(Problem(message))
            data = None
    noise = one_of_each(graph, result, NOISE, None)
    marker = one_of_each(graph, result, GENERATED,
                         translate("gan", "The generator has no end: add a Generated layer (from 'Input / Output'), "
                                   "link G's last layer into it, and link it into D's first layer."))
    out = one_of_each(graph, result, "Output", NO_OUTPUT)
    inp = one_of_each(graph, result, "Input", None)
    result.output_id = out.id if out else None
    result.input_id = inp.id if inp else None

    looped, used = loops_and_loose_ends(graph, result)
    if looped or noise is None:
        return result
    fed_by_g = _ancestors(graph, marker.id) if marker else set()
    after_marker = _descendants(graph, marker.id) if marker else set()
    for nid in graph.topological_order():
        node = graph.nodes[nid]
        if node.kind == "Input":
            if data is not None:
                result.shapes[nid] = data.input_shape
            for link in graph.outputs_of(nid):
                if graph.nodes[link.target].kind != GENERATED:
                    add(Problem(translate("gan", "In a GAN the Input (the real samples) links only into Generated, "
                                          "where D reads real and fake samples alike."), nid))
            continue
        if node.kind == NOISE:
            result.shapes[nid] = (node.params["dim"],)
            continue
        if nid in after_marker and nid != marker.id:
            for link in graph.inputs_of(nid):
                if link.source not in after_marker:
                    add(Problem(translate("gan", "{layer} takes values from {source}, which is not part of D: D may "
                                          "only see samples, through Generated.").format(
                                              layer=node.label, source=graph.nodes[link.source].label), nid))
        in_shapes = infer_layer(graph, result, node, used)
        if in_shapes is None:
            continue
        if node.kind == GENERATED:
            _check_marker(graph, result, nid, data, dataset)
        elif node.kind == "Output":
            (shape,) = in_shapes
            result.shapes[nid] = shape
            if math.prod(shape) != 1:
                add(Problem(translate("gan", "The discriminator must give one number per sample (its score: real or "
                                      "fake) but gives {shape}: end D with a Dense layer of 1 unit.").format(
                                          shape=describe_shape(shape)), nid,
                            fix=_units_fix(graph, last_dense(graph, nid), 1)))
    if marker is not None and out is not None:
        if noise.id not in fed_by_g:
            add(Problem(translate("gan", "The Noise does not reach Generated: link it into G's first layer, and G's "
                                  "layers into a chain that ends in Generated."), noise.id))
        if marker.id not in used:
            add(Problem(translate("gan", "D does not reach the Output: link Generated into D's first layer, and D's "
                                  "layers into a chain that ends in the Output."), marker.id))
    result.order = [nid for nid in graph.topological_order() if nid in used]
    if result.ok and marker is not None and out is not None and data is not None:
        generator = tuple(n for n in result.order if n in fed_by_g and graph.nodes[n].kind != "Input")
        discriminator = tuple(n for n in result.order if n in after_marker)
        real = inp.id if inp is not None and inp.id in fed_by_g else None
        result.gan = GanSplit(noise.id, marker.id, out.id, real, generator, discriminator,
                              noise.params["dim"], noise.params["distribution"], data.input_shape)
    return result


def _check_marker(graph: Graph, result: Analysis, nid: int, data: DataShape | None, dataset: str) -> None:
    """The marker's inputs: one from G that gives a sample's worth of values, and maybe the Input."""
    sources = [l.source for l in graph.inputs_of(nid) if graph.nodes[l.source].kind != "Input"]
    if len(sources) != 1:
        result.problems.append(Problem(
            translate("gan", "Generated takes the generator's last layer (and the Input's real samples), but {n} "
                      "layers of G are linked into it: keep one.").format(n=len(sources)), nid, ERROR))
        return
    given = result.shapes[sources[0]]
    if data is None:
        result.shapes[nid] = given
        return
    if math.prod(given) != math.prod(data.input_shape):
        source = graph.nodes[sources[0]]
        # G's last Dense, right before the marker or behind layers that keep its shape
        dense = source if source.kind == "Dense" else (
            last_dense(graph, source.id) if source.kind in SHAPE_KEEPING or source.spec.group == "Activations"
            else None)
        result.problems.append(Problem(_sample_problem(given, data, dataset), nid, ERROR,
                                       _units_fix(graph, dense, math.prod(data.input_shape))))
        return
    result.shapes[nid] = data.input_shape  # the marker puts G's values into a sample's shape


def nothing_to_learn(analysis: Analysis) -> str | None:
    """Why a checked GAN cannot train because one of its networks has no weights, or None."""
    split = analysis.gan
    for ids, message in (
            (split.generator, lambda: translate("gan", "G has nothing to learn: add a layer with weights (Dense, ...) "
                                                "to G, between the Noise and Generated.")),
            (split.discriminator, lambda: translate("gan", "D has nothing to learn: add a layer with weights (Dense, "
                                                    "...) to D, between Generated and the Output."))):
        if not sum(analysis.param_counts.get(n, 0) for n in ids):
            return message()
    return None


def training_line(s: TrainSettings) -> str:
    """A GAN's training settings in one line (`playground check`)."""
    return (f"GAN, {catalog.GAN_LOSSES[s.gan_loss].lower()} loss; D: {s.d_optimizer}, learning rate "
            f"{s.d_learning_rate:g}, {s.d_steps} step(s); G: {s.g_optimizer}, learning rate {s.g_learning_rate:g}, "
            f"{s.g_steps} step(s) per round")


def network_of(split: GanSplit, node_id: int) -> str:
    """"G" or "D": the network a layer of the split belongs to (the marker ends G), "" for neither."""
    if node_id in split.generator:
        return "G"
    return "D" if node_id in split.discriminator else ""


__all__ = ["GAN_FAMILIES", "GanSplit", "analyse_gan", "gan_data_problem", "is_gan", "network_of",
           "nothing_to_learn", "training_line"]

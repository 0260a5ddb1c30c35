"""Which views a task gets: the one list both the engine's probes and the UI's widgets follow.

A view is a pair: a probe in the engine (`playground/engine/views/`) that turns the live model
into a plain numpy payload when a snapshot is published, and a widget in the UI
(`playground/ui/views/`) that draws it; both are found by the view's name. Adding a view is a
`ViewSpec` here, a probe and a widget: no other view and not the main window changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from playground.core.i18n import translate, translate_later
from playground.core.task import Task

TOP, TAB, CANVAS = "top", "tab", "canvas"  # where a view's widget goes


@dataclass(frozen=True)
class ViewSpec:
    name: str
    title: str  # its tab's title
    help: str  # a sentence for the tab's tooltip
    applies: Callable[[Task], bool]
    place: str = TAB  # TOP: the large area above the curves; TAB: beside the curves; CANVAS: on it

    def shown_title(self) -> str:
        """The tab's title in the app's language (`title` stays the English key)."""
        return translate("views", self.title)

    def shown_help(self) -> str:
        """The tab's tooltip in the app's language."""
        return translate("views", self.help)


def _image_classes(t: Task) -> bool:
    return t.input_kind == "image" and t.classification


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec("gan_plane", translate_later("views", "Real and fake"),
             translate_later("views", "Real samples and G's samples on the plane, D's score as the "
             "background (blue: D says real, orange: fake), arrows along which G's samples would look more real, "
             "and G's manifold: a lattice of noise carried through G."), lambda t: t.gan and t.plane, TOP),
    ViewSpec("gan_samples", translate_later("views", "Generated"),
             translate_later("views", "Images G makes from the same noise all run long, beside real ones."),
             lambda t: t.gan and t.input_kind == "image", TOP),
    ViewSpec("gan_scores", translate_later("views", "GAN curves"),
             translate_later("views", "D's and G's losses, D's score on real and on fake samples, and on "
             "the plane how far G's samples are from the data (JS divergence)."), lambda t: t.gan, TAB),
    ViewSpec("plane", translate_later("views", "Decision boundary"),
             translate_later("views", "The network's output over the input plane, with the data."),
             lambda t: t.plane and not t.gan, TOP),
    ViewSpec("curve", translate_later("views", "Prediction"),
             translate_later("views", "What the network predicts for each x, over the data."),
             lambda t: t.curve, TOP),
    ViewSpec("link_weights", translate_later("views", "Weights"),
             translate_later("views", "Each small layer's weights, drawn as the lines between neurons."),
             lambda t: bool(t.weight_layers), CANVAS),
    ViewSpec("predictions", translate_later("views", "Predictions"),
             translate_later("views", "Test images with the class the network predicts and how sure "
             "it is; wrong ones are marked."), _image_classes, TOP),
    ViewSpec("feature_maps", translate_later("views", "Feature maps"),
             translate_later("views", "What each convolution and pooling layer makes of one "
             "test image: click an image to choose it."), lambda t: bool(t.map_layers), TOP),
    ViewSpec("kernels", translate_later("views", "Kernels"),
             translate_later("views", "The filters each convolution layer has learned."),
             lambda t: bool(t.conv_layers)),
    ViewSpec("unit_weights", translate_later("views", "Unit weights"),
             translate_later("views", "Each unit of the first Dense layer weighs the pixels: its "
             "weights drawn as an image."), lambda t: t.image_dense is not None),
    ViewSpec("series", translate_later("views", "Series"),
             translate_later("views", "Held-out sequences with the next values the network predicts."),
             lambda t: t.input_kind == "sequence" and t.regression, TOP),
    ViewSpec("sequence_samples", translate_later("views", "Sequences"),
             translate_later("views", "Held-out sequences with the class the network gives each."),
             lambda t: t.input_kind == "sequence" and t.classification, TOP),
    ViewSpec("hidden_states", translate_later("views", "Hidden states"),
             translate_later("views", "Each recurrent layer's hidden state over the steps of one "
             "held-out sequence."), lambda t: bool(t.recurrent_layers)),
    ViewSpec("reconstructions", translate_later("views", "Reconstructions"),
             translate_later("views", "Test samples above what the network gives back."),
             lambda t: t.autoencoder, TOP),
    ViewSpec("latent", translate_later("views", "Code"),
             translate_later("views", "The bottleneck's code of each test sample, coloured by its label."),
             lambda t: t.autoencoder and t.bottleneck is not None),
    ViewSpec("confusion", translate_later("views", "Confusion"),
             translate_later("views", "How often each true class (rows) is predicted as each class "
             "(columns) on the test set, with each class's accuracy."), lambda t: t.classification),
    ViewSpec("fit", translate_later("views", "Predicted vs true"),
             translate_later("views", "Each test sample's prediction against its true value, with the "
             "y = x line and R\u00b2."), lambda t: t.regression),
    ViewSpec("explain", translate_later("views", "Explain"),
             translate_later("views", "How one neuron (or feature-map pixel) computes its value for one "
             "sample: inputs times weights, plus the bias, then the activation, with the run's numbers."),
             lambda t: not t.gan),  # one network's layers: a GAN's two are not explained yet
    ViewSpec("results", translate_later("views", "Results"),
             translate_later("views", "The run's loss and metrics on the training and test sets, per class "
             "where there are classes (like Keras' evaluate)."), lambda t: not t.gan),
)
VIEW_SPECS: dict[str, ViewSpec] = {v.name: v for v in VIEWS}


def views_for(task: Task | None) -> list[ViewSpec]:
    """The views that fit `task`, in display order; none without a task."""
    if task is None:
        return []
    return [v for v in VIEWS if v.applies(task)]

"""Every component a user can pick: layers, activations, losses, optimizers, initialisers.

The palette, the inspector, shape inference, the project loader and the torch builder all
read this one table. A layer kind is described once, in its family module under core/kinds
(and its torch builder under engine/kinds); this table lists those specs by name.
"""

from __future__ import annotations

from dataclasses import dataclass

from playground.core.i18n import translate, translate_later
from playground.core.kinds import KINDS, KindSpec
from playground.core.kinds.activations import ACTIVATION_HELP, ACTIVATIONS
from playground.core.kinds.base import INITIALISERS
from playground.core.params import Param, ParamSet, params

# The palette's headings. They are keys too (KindSpec.group, the cards' colours), so they stay
# English in the code and are translated where shown: group_label().
GROUPS: tuple[str, ...] = (translate_later("catalog", "Input / Output"), translate_later("catalog", "Layers"),
                           translate_later("catalog", "Convolution"), translate_later("catalog", "Recurrent"),
                           translate_later("catalog", "Normalization"), translate_later("catalog", "Merge"),
                           translate_later("catalog", "Activations"))

LayerSpec = KindSpec  # the name callers knew before each kind became one spec in core/kinds
LAYERS: dict[str, LayerSpec] = KINDS


def layer(kind: str) -> LayerSpec:
    try:
        return LAYERS[kind]
    except KeyError:
        raise KeyError(f"unknown layer kind {kind!r}") from None


def is_activation(kind: str) -> bool:
    return kind in ACTIVATION_HELP


@dataclass(frozen=True)
class LossSpec:
    name: str
    label: str
    help: str
    params: ParamSet
    task: str  # "classification" | "regression" | "any"


LOSSES: dict[str, LossSpec] = {s.name: s for s in [
    LossSpec("mse", translate_later("catalog", "Mean squared error"),
             translate_later("catalog", "Average of squared differences; the usual regression loss."),
             params(), "any"),
    LossSpec("mae", translate_later("catalog", "Mean absolute error"),
             translate_later("catalog", "Average of absolute differences; less hurt by outliers."),
             params(), "any"),
    LossSpec("huber", translate_later("catalog", "Huber"),
             translate_later("catalog", "Squared error for small differences, absolute error for large ones."),
             params(Param("delta", "float", 1.0,
                          translate_later("catalog", "Where the loss changes from squared to absolute."),
                          1e-4, 100.0, label=translate_later("catalog", "Delta"))), "any"),
    LossSpec("bce", translate_later("catalog", "Binary cross-entropy"),
             translate_later("catalog", "For two classes with one output unit: the unit's sigmoid is the "
                             "probability of class 1."), params(), "classification"),
    LossSpec("cross_entropy", translate_later("catalog", "Cross-entropy"),
             translate_later("catalog", "For K classes with K output units: softmax gives the class "
                             "probabilities."), params(), "classification"),
]}


@dataclass(frozen=True)
class OptimizerSpec:
    name: str
    label: str
    help: str
    params: ParamSet


_BETA1 = Param("beta1", "float", 0.9, translate_later("catalog", "Decay of the running mean of gradients."),
               0.0, 0.9999, decimals=4, label=translate_later("catalog", "Beta1"))
_BETA2 = Param("beta2", "float", 0.999, translate_later("catalog", "Decay of the running mean of squared gradients."),
               0.0, 0.9999, decimals=4, label=translate_later("catalog", "Beta2"))
OPTIMIZERS: dict[str, OptimizerSpec] = {s.name: s for s in [
    OptimizerSpec("sgd", translate_later("catalog", "SGD"),
                  translate_later("catalog", "Stochastic gradient descent, optionally with momentum."), params(
        Param("momentum", "float", 0.0, translate_later("catalog", "Fraction of the previous step kept (0 = plain SGD)."),
              0.0, 0.999, label=translate_later("catalog", "Momentum")),
        Param("nesterov", "bool", False, translate_later("catalog", "Nesterov momentum: look ahead before stepping "
                                                         "(needs momentum > 0)."),
              label=translate_later("catalog", "Nesterov")))),
    OptimizerSpec("adam", translate_later("catalog", "Adam"),
                  translate_later("catalog", "Adaptive moments: a robust default for most networks."), params(
        _BETA1, _BETA2,
        Param("eps", "float", 1e-8, translate_later("catalog", "Small number that avoids dividing by zero."),
              1e-12, 1.0, decimals=10, label=translate_later("catalog", "Eps")))),
    OptimizerSpec("adamw", translate_later("catalog", "AdamW"),
                  translate_later("catalog", "Adam with decoupled weight decay."), params(
        _BETA1, _BETA2,
        Param("weight_decay", "float", 0.01, translate_later("catalog", "Decoupled shrinking of the weights at each step."),
              0.0, 1.0, decimals=5, label=translate_later("catalog", "Weight decay")))),
    OptimizerSpec("rmsprop", translate_later("catalog", "RMSprop"),
                  translate_later("catalog", "Divides each step by a running average of squared gradients."), params(
        Param("alpha", "float", 0.99, translate_later("catalog", "Decay of the squared-gradient average."), 0.0, 0.9999,
              decimals=4, label=translate_later("catalog", "Alpha")),
        Param("momentum", "float", 0.0, translate_later("catalog", "Fraction of the previous step kept."), 0.0, 0.999,
              label=translate_later("catalog", "Momentum")))),
    OptimizerSpec("adagrad", translate_later("catalog", "Adagrad"),
                  translate_later("catalog", "Per-weight steps that shrink as gradients accumulate."), params(
        Param("lr_decay", "float", 0.0, translate_later("catalog", "Learning-rate decay per step."), 0.0, 1.0,
              decimals=5, label=translate_later("catalog", "Lr decay")))),
]}

REGULARIZATIONS: tuple[str, ...] = ("none", "l1", "l2")
REGULARIZATION_LABELS: dict[str, str] = {"none": translate_later("catalog", "None"), "l1": "L1", "l2": "L2"}
DEVICES: tuple[str, ...] = ("auto", "cpu", "cuda", "mps")

# The training settings that are not tied to one optimizer.
TRAINING_PARAMS = params(
    Param("learning_rate", "float", 0.03, translate_later("catalog", "Size of each step down the gradient."),
          1e-6, 100.0, log_scale=True, decimals=6, label=translate_later("catalog", "Learning rate")),
    Param("batch_size", "int", 10, translate_later("catalog", "Samples per training step."), 1, 65536,
          label=translate_later("catalog", "Batch size")),
    Param("regularization", "choice", "none", translate_later("catalog", "Penalty on large weights added to the loss."),
          choices=REGULARIZATIONS, label=translate_later("catalog", "Regularization")),
    Param("regularization_rate", "float", 0.001, translate_later("catalog", "Strength of the weight penalty."),
          0.0, 10.0, decimals=5, label=translate_later("catalog", "Regularization rate")),
    Param("epochs", "int", 0, translate_later("catalog", "Stop after this many epochs (0 = keep going)."),
          0, 1_000_000, label=translate_later("catalog", "Epoch limit")),
    Param("device", "choice", "auto",
          translate_later("catalog", "Where training runs: auto picks a GPU when there is one."),
          choices=DEVICES, label=translate_later("catalog", "Device")),
    Param("weight_seed", "int", 1, translate_later("catalog", "Seed of the initial weights (and dropout)."),
          0, 2**31 - 1, label=translate_later("catalog", "Weight seed")),
)


# A GAN's training: its own loss, and an optimizer and a learning rate for each of its two networks.
GAN_LOSSES: dict[str, str] = {
    "minimax": translate_later("catalog", "Minimax (original)"),
    "non_saturating": translate_later("catalog", "Non-saturating"),
    "least_squares": translate_later("catalog", "Least squares"),
}
GAN_PARAMS = params(
    Param("gan_loss", "choice", "non_saturating",
          translate_later("catalog", "The game G and D play. Minimax: G lowers D's log-probability of being right "
                          "(the original, whose G learns slowly while D wins); non-saturating: G raises D's "
                          "log-probability of being fooled (same goal, strong gradients early); least squares: "
                          "D's score is pulled to 1 for real and 0 for fake by squared errors."),
          choices=tuple(GAN_LOSSES), label=translate_later("catalog", "GAN loss")),
    Param("d_optimizer", "choice", "adam",
          translate_later("catalog", "How the discriminator (D) updates its weights."),
          choices=tuple(OPTIMIZERS), label=translate_later("catalog", "D optimizer")),
    Param("d_learning_rate", "float", 0.003, translate_later("catalog", "Size of D's steps."), 1e-6, 100.0,
          log_scale=True, decimals=6, label=translate_later("catalog", "D learning rate")),
    Param("g_optimizer", "choice", "adam",
          translate_later("catalog", "How the generator (G) updates its weights."),
          choices=tuple(OPTIMIZERS), label=translate_later("catalog", "G optimizer")),
    Param("g_learning_rate", "float", 0.003, translate_later("catalog", "Size of G's steps."), 1e-6, 100.0,
          log_scale=True, decimals=6, label=translate_later("catalog", "G learning rate")),
    Param("d_steps", "int", 1,
          translate_later("catalog", "Updates of D in each round, on fresh real and fake batches (GAN Lab's k)."),
          1, 100, label=translate_later("catalog", "D steps per round")),
    Param("g_steps", "int", 1, translate_later("catalog", "Updates of G in each round, after D's."), 1, 100,
          label=translate_later("catalog", "G steps per round")),
)


# The choices of the parameters above and of the layer kinds' parameters, marked for translation:
# the stored value is the English text, and Param.shown_choice translates it where it is shown
# (context "catalog"). Activation, optimizer and device names are API names and read the same in
# every language, so they are not listed.
CHOICES_SHOWN: tuple[str, ...] = (
    translate_later("catalog", "none"),
    translate_later("catalog", "auto"),
    translate_later("catalog", "same"),
    translate_later("catalog", "valid"),
    translate_later("catalog", "uniform"),
    translate_later("catalog", "gaussian"),
    translate_later("catalog", "default"),
    translate_later("catalog", "xavier_uniform"),
    translate_later("catalog", "xavier_normal"),
    translate_later("catalog", "kaiming_uniform"),
    translate_later("catalog", "kaiming_normal"),
    translate_later("catalog", "normal"),
    translate_later("catalog", "zeros"),
    translate_later("catalog", "minimax"),
    translate_later("catalog", "non_saturating"),
    translate_later("catalog", "least_squares"),
)


# ----- what the window shows: the tables above in the app's language ------------------------------
def group_label(group: str) -> str:
    """A palette heading (one of GROUPS) as shown."""
    return translate("catalog", group)


def kind_help(spec: KindSpec) -> str:
    """A layer kind's help text as shown (palette, inspector, card tooltips)."""
    return translate("catalog", spec.help)


def loss_label(spec: LossSpec) -> str:
    return translate("catalog", spec.label)


def loss_help(spec: LossSpec) -> str:
    return translate("catalog", spec.help)


def optimizer_label(spec: OptimizerSpec) -> str:
    return translate("catalog", spec.label)


def optimizer_help(spec: OptimizerSpec) -> str:
    return translate("catalog", spec.help)


def gan_loss_label(name: str) -> str:
    """A GAN game's name (a key of GAN_LOSSES) as shown."""
    return translate("catalog", GAN_LOSSES[name])




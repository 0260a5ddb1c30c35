"""Every component a user can pick: layers, activations, losses, optimizers, initialisers.

The palette, the inspector, shape inference, the project loader and the torch builder all
read this one table. A layer kind is described once, in its family module under core/kinds
(and its torch builder under engine/kinds); this table lists those specs by name.
"""

from __future__ import annotations

from dataclasses import dataclass

from playground.core.kinds import KINDS, KindSpec
from playground.core.kinds.activations import ACTIVATION_HELP, ACTIVATIONS
from playground.core.kinds.base import INITIALISERS
from playground.core.params import Param, ParamSet, params

GROUPS: tuple[str, ...] = ("Input / Output", "Layers", "Convolution", "Recurrent", "Normalization",
                           "Merge", "Activations")

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
    LossSpec("mse", "Mean squared error", "Average of squared differences; the usual regression loss.",
             params(), "any"),
    LossSpec("mae", "Mean absolute error", "Average of absolute differences; less hurt by outliers.",
             params(), "any"),
    LossSpec("huber", "Huber", "Squared error for small differences, absolute error for large ones.",
             params(Param("delta", "float", 1.0, "Where the loss changes from squared to absolute.",
                          1e-4, 100.0)), "any"),
    LossSpec("bce", "Binary cross-entropy", "For two classes with one output unit: the unit's sigmoid "
             "is the probability of class 1.", params(), "classification"),
    LossSpec("cross_entropy", "Cross-entropy", "For K classes with K output units: softmax gives the "
             "class probabilities.", params(), "classification"),
]}


@dataclass(frozen=True)
class OptimizerSpec:
    name: str
    label: str
    help: str
    params: ParamSet


_WEIGHT_DECAY = Param("weight_decay", "float", 0.0, "Decoupled shrinking of the weights at each step.",
                      0.0, 1.0, decimals=5)
OPTIMIZERS: dict[str, OptimizerSpec] = {s.name: s for s in [
    OptimizerSpec("sgd", "SGD", "Stochastic gradient descent, optionally with momentum.", params(
        Param("momentum", "float", 0.0, "Fraction of the previous step kept (0 = plain SGD).", 0.0, 0.999),
        Param("nesterov", "bool", False, "Nesterov momentum: look ahead before stepping (needs "
              "momentum > 0)."))),
    OptimizerSpec("adam", "Adam", "Adaptive moments: a robust default for most networks.", params(
        Param("beta1", "float", 0.9, "Decay of the running mean of gradients.", 0.0, 0.9999, decimals=4),
        Param("beta2", "float", 0.999, "Decay of the running mean of squared gradients.", 0.0, 0.9999,
              decimals=4),
        Param("eps", "float", 1e-8, "Small number that avoids dividing by zero.", 1e-12, 1.0,
              decimals=10))),
    OptimizerSpec("adamw", "AdamW", "Adam with decoupled weight decay.", params(
        Param("beta1", "float", 0.9, "Decay of the running mean of gradients.", 0.0, 0.9999, decimals=4),
        Param("beta2", "float", 0.999, "Decay of the running mean of squared gradients.", 0.0, 0.9999,
              decimals=4),
        Param("weight_decay", "float", 0.01, "Decoupled shrinking of the weights at each step.", 0.0, 1.0,
              decimals=5))),
    OptimizerSpec("rmsprop", "RMSprop", "Divides each step by a running average of squared gradients.",
                  params(
                      Param("alpha", "float", 0.99, "Decay of the squared-gradient average.", 0.0, 0.9999,
                            decimals=4),
                      Param("momentum", "float", 0.0, "Fraction of the previous step kept.", 0.0, 0.999))),
    OptimizerSpec("adagrad", "Adagrad", "Per-weight steps that shrink as gradients accumulate.", params(
        Param("lr_decay", "float", 0.0, "Learning-rate decay per step.", 0.0, 1.0, decimals=5))),
]}

REGULARIZATIONS: tuple[str, ...] = ("none", "l1", "l2")
REGULARIZATION_LABELS: dict[str, str] = {"none": "None", "l1": "L1", "l2": "L2"}
DEVICES: tuple[str, ...] = ("auto", "cpu", "cuda", "mps")

# The training settings that are not tied to one optimizer.
TRAINING_PARAMS = params(
    Param("learning_rate", "float", 0.03, "Size of each step down the gradient.", 1e-6, 100.0,
          log_scale=True, decimals=6, label="Learning rate"),
    Param("batch_size", "int", 10, "Samples per training step.", 1, 65536, label="Batch size"),
    Param("regularization", "choice", "none", "Penalty on large weights added to the loss.",
          choices=REGULARIZATIONS),
    Param("regularization_rate", "float", 0.001, "Strength of the weight penalty.", 0.0, 10.0,
          decimals=5, label="Regularization rate"),
    Param("epochs", "int", 0, "Stop after this many epochs (0 = keep going).", 0, 1_000_000,
          label="Epoch limit"),
    Param("device", "choice", "auto", "Where training runs: auto picks a GPU when there is one.",
          choices=DEVICES),
    Param("weight_seed", "int", 1, "Seed of the initial weights (and dropout).", 0, 2**31 - 1,
          label="Weight seed"),
)


# A GAN's training: its own loss, and an optimizer and a learning rate for each of its two networks.
GAN_LOSSES: dict[str, str] = {
    "minimax": "Minimax (original)",
    "non_saturating": "Non-saturating",
    "least_squares": "Least squares",
}
GAN_PARAMS = params(
    Param("gan_loss", "choice", "non_saturating", "The game G and D play. Minimax: G lowers D's log-"
          "probability of being right (the original, whose G learns slowly while D wins); non-saturating: G "
          "raises D's log-probability of being fooled (same goal, strong gradients early); least squares: "
          "D's score is pulled to 1 for real and 0 for fake by squared errors.",
          choices=tuple(GAN_LOSSES), label="GAN loss"),
    Param("d_optimizer", "choice", "adam", "How the discriminator (D) updates its weights.",
          choices=tuple(OPTIMIZERS), label="D optimizer"),
    Param("d_learning_rate", "float", 0.003, "Size of D's steps.", 1e-6, 100.0, log_scale=True, decimals=6,
          label="D learning rate"),
    Param("g_optimizer", "choice", "adam", "How the generator (G) updates its weights.",
          choices=tuple(OPTIMIZERS), label="G optimizer"),
    Param("g_learning_rate", "float", 0.003, "Size of G's steps.", 1e-6, 100.0, log_scale=True, decimals=6,
          label="G learning rate"),
    Param("d_steps", "int", 1, "Updates of D in each round, on fresh real and fake batches (GAN Lab's k).",
          1, 100, label="D steps per round"),
    Param("g_steps", "int", 1, "Updates of G in each round, after D's.", 1, 100, label="G steps per round"),
)

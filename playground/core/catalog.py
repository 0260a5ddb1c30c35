"""Every component a user can pick: layers, activations, losses, optimizers, initialisers.

The palette, the inspector, shape inference, the project loader and the torch builder all
read this one table; adding a component starts here.
"""

from __future__ import annotations

from dataclasses import dataclass

from playground.core.params import Param, ParamSet, params

ACTIVATIONS: tuple[str, ...] = (
    "Linear", "ReLU", "LeakyReLU", "ELU", "GELU", "SiLU", "Tanh", "Sigmoid", "Softplus", "Softmax",
)
ACTIVATION_HELP: dict[str, str] = {
    "Linear": "Identity: passes values through unchanged.",
    "ReLU": "max(0, x): fast and the usual default for hidden layers.",
    "LeakyReLU": "Like ReLU but lets a small slope through for negative inputs.",
    "ELU": "Smooth ReLU that goes slightly negative, which centres outputs.",
    "GELU": "Smooth ReLU used by transformers: x weighted by its Gaussian probability.",
    "SiLU": "Swish: x * sigmoid(x), smooth and self-gated.",
    "Tanh": "Squashes to (-1, 1); zero-centred, the classic playground choice.",
    "Sigmoid": "Squashes to (0, 1); saturates, so gradients can vanish in deep nets.",
    "Softplus": "log(1 + e^x): a smooth version of ReLU.",
    "Softmax": "Turns a vector into probabilities that sum to 1 (for class outputs).",
}
INITIALISERS: tuple[str, ...] = (
    "default", "xavier_uniform", "xavier_normal", "kaiming_uniform", "kaiming_normal", "normal", "zeros",
)

GROUPS: tuple[str, ...] = ("Input / Output", "Layers", "Convolution", "Recurrent", "Normalization",
                           "Merge", "Activations")


@dataclass(frozen=True)
class LayerSpec:
    kind: str
    group: str
    help: str
    params: ParamSet
    has_input: bool = True
    has_output: bool = True
    multi_input: bool = False  # Add and Concat take two or more links on their input port

    @property
    def title(self) -> str:
        return self.kind


def _activation_param(default: str) -> Param:
    return Param("activation", "choice", default, "Function applied to this layer's output.",
                 choices=ACTIVATIONS)


def _init_param() -> Param:
    return Param("init", "choice", "default",
                 "How the weights start: 'default' is torch's, xavier suits tanh/sigmoid, "
                 "kaiming suits ReLU.", choices=INITIALISERS, label="Weight init")


def _bias_param() -> Param:
    return Param("bias", "bool", True, "Add a learnable bias to each output.")


_RNN_PARAMS = params(
    Param("hidden_size", "int", 32, "Size of the hidden state (and of each output step).", 1, 1024),
    Param("num_layers", "int", 1, "Recurrent layers stacked on top of each other.", 1, 4),
    Param("return_sequences", "bool", False,
          "Output every time step (T, hidden) instead of only the last one (hidden)."),
    Param("bidirectional", "bool", False, "Also read the sequence backwards; doubles the output size."),
)

_LAYERS: list[LayerSpec] = [
    LayerSpec("Input", "Input / Output", "Where the data set's samples enter the network; its shape "
              "comes from the data set.", params(), has_input=False),
    LayerSpec("Output", "Input / Output", "The network's prediction, compared with the target by the "
              "loss. It must match the data set: one unit per class for cross-entropy, one unit for "
              "binary cross-entropy.", params(), has_output=False),
    LayerSpec("Dense", "Layers", "Fully connected layer: every output unit sees every input feature.",
              params(
                  Param("units", "int", 8, "Number of output units (neurons).", 1, 4096),
                  _activation_param("Tanh"), _bias_param(), _init_param())),
    LayerSpec("Dropout", "Layers", "During training, zeroes a random fraction of values to fight "
              "over-fitting; does nothing at test time.",
              params(Param("rate", "float", 0.5, "Fraction of values dropped while training.", 0.0, 0.95,
                           decimals=2))),
    LayerSpec("Flatten", "Layers", "Turns an image or a sequence into one long feature vector.", params()),
    LayerSpec("Conv2D", "Convolution", "Slides small learned filters over an image; each filter "
              "makes one output channel.",
              params(
                  Param("filters", "int", 8, "Number of filters (output channels).", 1, 512),
                  Param("kernel_size", "int", 3, "Width and height of each filter.", 1, 11),
                  Param("stride", "int", 1, "Step between filter positions.", 1, 5),
                  Param("padding", "choice", "same",
                        "'same' pads so the image keeps its size (at stride 1); 'valid' does not pad.",
                        choices=("same", "valid")),
                  _activation_param("ReLU"), _bias_param(), _init_param())),
    LayerSpec("MaxPool2D", "Convolution", "Keeps the largest value in each window, shrinking the image.",
              params(Param("pool_size", "int", 2, "Window size (and step).", 1, 8))),
    LayerSpec("AvgPool2D", "Convolution", "Averages each window, shrinking the image.",
              params(Param("pool_size", "int", 2, "Window size (and step).", 1, 8))),
    LayerSpec("RNN", "Recurrent", "Simple recurrent layer: reads a sequence step by step with a tanh "
              "hidden state.", _RNN_PARAMS),
    LayerSpec("LSTM", "Recurrent", "Long short-term memory: a recurrent layer with gates that keep "
              "information over long sequences.", _RNN_PARAMS),
    LayerSpec("GRU", "Recurrent", "Gated recurrent unit: a lighter LSTM.", _RNN_PARAMS),
    LayerSpec("BatchNorm", "Normalization", "Normalizes each feature or channel over the batch, "
              "which often speeds training up.",
              params(Param("momentum", "float", 0.1, "How fast the running statistics follow the "
                           "batches.", 0.0, 1.0, decimals=2))),
    LayerSpec("LayerNorm", "Normalization", "Normalizes each sample over its features.",
              params(Param("eps", "float", 1e-5, "Small number added to the variance for stability.",
                           1e-12, 1.0, decimals=6))),
    LayerSpec("Add", "Merge", "Adds its inputs element by element (a residual or skip connection); "
              "all inputs must have the same shape.", params(), multi_input=True),
    LayerSpec("Concat", "Merge", "Joins its inputs along the features (or channels) axis.", params(),
              multi_input=True),
]

for _name in ACTIVATIONS:
    _extra: tuple[Param, ...] = ()
    if _name == "LeakyReLU":
        _extra = (Param("negative_slope", "float", 0.01, "Slope used for negative inputs.", 0.0, 1.0),)
    elif _name == "ELU":
        _extra = (Param("alpha", "float", 1.0, "Value approached for very negative inputs.", 0.0, 10.0),)
    _LAYERS.append(LayerSpec(_name, "Activations", ACTIVATION_HELP[_name], ParamSet(_extra)))

LAYERS: dict[str, LayerSpec] = {spec.kind: spec for spec in _LAYERS}


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

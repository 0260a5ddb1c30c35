"""The lines each layer kind contributes to an exported script, found by the kind's name.

The script's model builds every layer as `engine/kinds/BUILDERS` does, module for module, in the
same order: the same seed then gives the same starting weights, and a state dict saved by the app
loads into the script once its keys carry the script's names (`weights.py`). Pure Python (the
window writes scripts without torch); `tests/engine/test_export_script.py` checks the match.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from playground.core.i18n import translate, translate_later
from playground.core.kinds.activations import ACTIVATIONS
from playground.core.kinds.base import Shape, Values, registry
from playground.engine.export.source import ExportError

RECURRENT_KINDS = ("RNN", "LSTM", "GRU")


@dataclass(frozen=True)
class LayerCode:
    """One layer in the script: how its module is made and what forward() computes with it.

    In `module`, `setup` and `output`, `{self}` stands for the layer's attribute (`self.dense_2`);
    in `output`, `{0}`, `{1}`... for the variables holding its inputs.
    """

    module: str | None  # an expression making the layer's nn.Module; None for a layer without one
    output: str = "{self}({0})"
    setup: tuple[str, ...] = ()  # statements run right after the module is made (weight init)
    helpers: tuple[tuple[str, str], ...] = ()  # (app module, name) copied into the script


Exporter = Callable[[str, Values, Sequence[Shape]], LayerCode]

_PLAIN_ACTIVATIONS = {"Linear": "Identity", "ReLU": "ReLU", "GELU": "GELU", "SiLU": "SiLU", "Tanh": "Tanh",
                      "Sigmoid": "Sigmoid", "Softplus": "Softplus"}
_INIT = ("playground.engine.kinds.weights", "initialise")


def activation_code(name: str, p: Values | None = None) -> str:
    """The module of an activation, as engine/kinds/activations.activation_module makes it."""
    p = p or {}
    if name == "LeakyReLU":
        return f"nn.LeakyReLU({p.get('negative_slope', 0.01)!r})"
    if name == "ELU":
        return f"nn.ELU({p.get('alpha', 1.0)!r})"
    if name == "Softmax":
        return "nn.Softmax(dim=-1)"
    return f"nn.{_PLAIN_ACTIVATIONS[name]}()"


def _weighted(layer: str, p: Values) -> LayerCode:
    """A Dense or Conv2D block: the layer, initialised, then its activation (engine weighted_block)."""
    module = f"nn.Sequential({layer}, {activation_code(p['activation'])})"
    if p["init"] == "default":
        return LayerCode(module)
    return LayerCode(module, setup=(f"initialise({{self}}[0], {p['init']!r}, {p['activation']!r})",),
                     helpers=(_INIT,))


def _dense(kind: str, p: Values, in_shapes: Sequence[Shape]) -> LayerCode:
    return _weighted(f"nn.Linear({in_shapes[0][-1]}, {p['units']}, bias={p['bias']})", p)


def _conv2d(kind: str, p: Values, in_shapes: Sequence[Shape]) -> LayerCode:
    k, s = p["kernel_size"], p["stride"]
    padding = ("'same'" if s == 1 else k // 2) if p["padding"] == "same" else 0
    return _weighted(f"nn.Conv2d({in_shapes[0][0]}, {p['filters']}, {k}, stride={s}, padding={padding}, "
                     f"bias={p['bias']})", p)


def _batch_norm(kind: str, p: Values, in_shapes: Sequence[Shape]) -> LayerCode:
    shape = in_shapes[0]
    if len(shape) == 3:
        return LayerCode(f"nn.BatchNorm2d({shape[0]}, momentum={p['momentum']!r})")
    if len(shape) == 2:
        return LayerCode(f"SequenceBatchNorm({shape[-1]}, {p['momentum']!r})",
                         helpers=(("playground.engine.kinds.norm", "SequenceBatchNorm"),))
    return LayerCode(f"nn.BatchNorm1d({shape[-1]}, momentum={p['momentum']!r})")


def _layer_norm(kind: str, p: Values, in_shapes: Sequence[Shape]) -> LayerCode:
    shape = in_shapes[0]
    normalized = tuple(shape) if len(shape) == 3 else shape[-1]
    return LayerCode(f"nn.LayerNorm({normalized!r}, eps={p['eps']!r})")


def _recurrent(kind: str, p: Values, in_shapes: Sequence[Shape]) -> LayerCode:
    options = ", ".join(f"{name}={p[name]!r}" for name in
                        ("hidden_size", "num_layers", "bidirectional", "return_sequences"))
    return LayerCode(f"Recurrent({kind!r}, {in_shapes[0][-1]}, dict({options}))",
                     helpers=(("playground.engine.kinds.recurrent", "Recurrent"),))


def _add(kind: str, p: Values, in_shapes: Sequence[Shape]) -> LayerCode:
    return LayerCode(None, " + ".join(f"{{{i}}}" for i in range(len(in_shapes))))


def _concat(kind: str, p: Values, in_shapes: Sequence[Shape]) -> LayerCode:
    dim = 1 if len(in_shapes[0]) == 3 else -1  # an image's channels come after the batch axis
    inputs = ", ".join(f"{{{i}}}" for i in range(len(in_shapes)))
    return LayerCode(None, f"torch.cat([{inputs}], dim={dim})")


def _module(code: str) -> Exporter:
    def exporter(kind: str, p: Values, in_shapes: Sequence[Shape]) -> LayerCode:
        return LayerCode(code.format(**p))
    return exporter


def _activation(kind: str, p: Values, in_shapes: Sequence[Shape]) -> LayerCode:
    return LayerCode(activation_code(kind, p))


def _passed_on(kind: str, p: Values, in_shapes: Sequence[Shape]) -> LayerCode:
    """Input and Output: forward() hands their value on (the Input's is the batch `x`)."""
    return LayerCode(None, "{0}")


# The script trains one network with one loss; a GAN is two trained against each other.
GAN_REFUSED = translate_later("export", "A GAN cannot be exported yet: the exported script trains one network "
                              "with one loss, and a GAN is two networks trained against each other. Train it in "
                              "the app or with `playground train`.")


def gan_refused() -> ExportError:
    """The refusal, in the app's language (`playground export` prints GAN_REFUSED in English)."""
    return ExportError(translate("export", GAN_REFUSED))


def _gan_part(kind: str, p: Values, in_shapes: Sequence[Shape]) -> LayerCode:
    """Noise and Generated belong to GANs, which the script does not train (checked_analysis says so first)."""
    raise gan_refused()


EXPORTERS: dict[str, Exporter] = registry((
    ("Input", _passed_on), ("Output", _passed_on), ("Noise", _gan_part), ("Generated", _gan_part),
    ("Dense", _dense), ("Dropout", _module("nn.Dropout({rate!r})")), ("Flatten", _module("nn.Flatten()")),
    ("Conv2D", _conv2d), ("MaxPool2D", _module("nn.MaxPool2d({pool_size})")),
    ("AvgPool2D", _module("nn.AvgPool2d({pool_size})")),
    *((kind, _recurrent) for kind in RECURRENT_KINDS),
    ("BatchNorm", _batch_norm), ("LayerNorm", _layer_norm), ("Add", _add), ("Concat", _concat),
    *((name, _activation) for name in ACTIVATIONS),
), "script exporter")

__all__ = ["EXPORTERS", "Exporter", "LayerCode", "activation_code"]

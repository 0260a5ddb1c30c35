"""The two kinds that make a graph a GAN: the Noise source that feeds the generator, and the
marker where the generator ends and the discriminator begins.

A graph with a Noise source is a GAN (core/gan.py splits it into G and D): Noise -> ... ->
Generated is the generator; Generated -> ... -> Output is the discriminator, which the trainer
feeds generated samples and real ones (the Input, when there is one, links into the marker).
"""

from __future__ import annotations

from collections.abc import Sequence

from playground.core.i18n import translate, translate_later
from playground.core.kinds.base import KindSpec, Shape, ShapeProblem, Values, fixed_text
from playground.core.params import Param, params

NOISE, GENERATED = "Noise", "Generated"
DISTRIBUTIONS = ("uniform", "gaussian")


def _noise(kind: str, p: Values, inputs: Sequence[Shape]) -> tuple[Shape, int]:
    return (p["dim"],), 0


def _noise_text(kind: str, p: Values, n_inputs: int) -> str:
    text = (translate("kinds", "{dim} random number, {distribution}") if p["dim"] == 1
            else translate("kinds", "{dim} random numbers, {distribution}"))
    return text.format(dim=p["dim"], distribution=translate("catalog", p["distribution"]))


def _generated(kind: str, p: Values, inputs: Sequence[Shape]) -> tuple[Shape, int]:
    # The sample shape is the data set's, which a kind does not know: core/gan.py checks the
    # generator's output against it and gives the marker that shape.
    if not inputs:
        raise ShapeProblem(translate("kinds", "Generated needs the generator's last layer linked into it."))
    return inputs[0], 0


SPECS: tuple[KindSpec, ...] = (
    KindSpec(NOISE, "Input / Output",
             translate_later("catalog", "Random numbers that the generator (G) turns into fake samples: its start "
                             "in a GAN. A graph with a Noise source trains as a GAN."),
             params(Param("dim", "int", 2, translate_later("catalog", "How many random numbers each fake sample "
                                                           "starts from."), 1, 1024,
                          label=translate_later("catalog", "Dimension")),
                    Param("distribution", "choice", "gaussian",
                          translate_later("catalog", "'uniform' draws between -1 and 1; 'gaussian' draws around 0 "
                                          "with spread 1."),
                          choices=DISTRIBUTIONS, label=translate_later("catalog", "Distribution"))),
             _noise, _noise_text, has_input=False),
    KindSpec(GENERATED, "Input / Output",
             translate_later("catalog", "Where the generator (G) ends and the discriminator (D) begins: its input "
                             "must give one data sample (as many values as a sample has). D scores these fake "
                             "samples and the real ones from the Input, which links here too."),
             params(), _generated, fixed_text(translate_later("kinds", "G \u2192 fake samples \u2192 D")),
             multi_input=True),
)

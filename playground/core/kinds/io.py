"""Where samples enter the network and where its prediction leaves for the loss."""

from __future__ import annotations

from playground.core.i18n import translate_later
from playground.core.kinds.base import KindSpec, fixed_text, same_shape
from playground.core.params import params

# Both pass their sample through unchanged: analyse() feeds the Input the data set's sample shape
# and checks the Output's shape against the loss, so neither needs a rule of its own.
SPECS: tuple[KindSpec, ...] = (
    KindSpec("Input", "Input / Output",
             translate_later("catalog", "Where the data set's samples enter the network; its shape comes from "
                             "the data set."),
             params(), same_shape, fixed_text(translate_later("kinds", "from the data set")), has_input=False),
    KindSpec("Output", "Input / Output",
             translate_later("catalog", "The network's prediction, compared with the target by the loss. It must "
                             "match the data set: one unit per class for cross-entropy, one unit for binary "
                             "cross-entropy."),
             params(), same_shape, fixed_text(translate_later("kinds", "prediction \u2192 loss")),
             has_output=False),
)

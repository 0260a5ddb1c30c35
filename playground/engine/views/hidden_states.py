"""The hidden-states probe: each recurrent layer's hidden state at every step of one test sequence.

The torch RNN inside a recurrent layer returns every step's hidden state whatever the layer
passes on (its last state or all steps), so one forward pass of a single sequence, hooked there,
gives them all.
"""

from __future__ import annotations

import torch

from playground.core.i18n import translate
from playground.engine.payloads.hidden_states import MAX_UNITS, HiddenStatesPayload, LayerStates
from playground.engine.views.base import ProbeContext, ViewProbe, to_numpy
from playground.engine.views.sequence_samples import first_feature


class HiddenStatesProbe(ViewProbe):
    name = "hidden_states"
    interval = 0.25

    def __init__(self, context: ProbeContext):
        super().__init__(context)
        self.sample = 0
        t = self.trainer.tensors
        self.n_samples = len(t.x_test) or len(t.x_train)  # test_samples' own fallback
        self.is_test = len(t.x_test) > 0
        self._rnns = {nid: context.module(nid).rnn for nid in self.task.recurrent_layers}

    def configure(self, sample: int | None = None, **_: object) -> None:
        if sample is not None:
            self.sample = int(sample)

    def collect(self) -> HiddenStatesPayload:
        i = min(max(self.sample, 0), self.n_samples - 1)
        xs, ys = self.context.test_samples(i + 1)
        x, y = xs[i:i + 1], ys[i:i + 1]
        out, captured = self.context.capture(x, list(self._rnns), inner=True)
        layers = [self._layer(nid, captured[nid][0][0]) for nid in self._rnns if nid in captured]
        truth, prediction = self._describe(out, y)
        return HiddenStatesPayload(i, self.n_samples, first_feature(x)[0], truth, prediction, layers,
                                   self.is_test)

    def _layer(self, nid: int, steps: torch.Tensor) -> LayerStates:
        """`steps`: (steps, directions * hidden), the top torch layer's output at every step."""
        rnn = self._rnns[nid]
        hidden, directions = rnn.hidden_size, 2 if rnn.bidirectional else 1
        shown = min(hidden, MAX_UNITS // directions)
        rows = torch.cat([steps[:, d * hidden:d * hidden + shown] for d in range(directions)], dim=1)
        return LayerStates(nid, self.trainer.model.labels[nid], type(rnn).__name__,
                           to_numpy(rows.t()).copy(), hidden, directions, rnn.num_layers, shown)

    def _describe(self, out: torch.Tensor, y: torch.Tensor) -> tuple[str, str]:
        """The sequence's target and the network's answer, as a student reads them."""
        objective = self.trainer.objective
        if not objective.classification:
            return _values(y), _values(out)
        p, k = objective.probabilities(out)[0].max(dim=-1)
        return self._class_name(int(y[0])), f"{self._class_name(int(k))} ({float(p):.0%})"

    def _class_name(self, k: int) -> str:
        names = self.trainer.data.class_names
        return names[k] if k < len(names) else translate("hidden_states", "class {k}").format(k=k)


def _values(t: torch.Tensor) -> str:
    """A regression target or output, rounded for reading (the first few values of a wide one)."""
    return ", ".join(f"{v:.2f}" for v in t.reshape(-1)[:4].tolist())

PROBE = HiddenStatesProbe

"""The series probe: a few test sequences, their true next value and the network's.

No forward pass of its own: the snapshot's evaluation already predicted these sequences.
Only the one next step the network is trained for is shown; feeding its own predictions back
for a longer roll-out would show something it never learned to do.
"""

from __future__ import annotations

from playground.engine.payloads.series import SeriesPayload
from playground.engine.views.base import ViewProbe, to_numpy
from playground.engine.views.sequence_samples import first_feature, held_out

N_SERIES = 3  # drawn on one plot: more waves than this tangle


class SeriesProbe(ViewProbe):
    name = "series"
    interval = 0.2

    def collect(self) -> SeriesPayload:
        part = held_out(self.context, N_SERIES)
        n = len(part.x)
        scored = len(part.scored_out)
        error = (part.scored_out.reshape(scored, -1) - part.scored_y.reshape(scored, -1)).abs()
        return SeriesPayload(
            inputs=first_feature(part.x),
            target=to_numpy(part.y.reshape(n, -1)[:, 0]).copy(),
            predicted=to_numpy(part.out.reshape(n, -1)[:, 0]).copy(),
            mean_error=float(error[:, 0].mean()) if scored else float("nan"),
            n_scored=scored,
            held_out=part.is_test)


PROBE = SeriesProbe

"""The worker's set_weight command: one weight of the live model set, the paused run republished
with it; a weight that is not there is a sentence, not a crash."""

from __future__ import annotations

from playground.engine.runner import READY, RunError, RunStatus
from playground.engine.snapshot import Snapshot

from builders import default_on, inspectable_thread_runner

TIMEOUT = 30.0



def test_set_weight_changes_the_live_model_and_republishes():
    runner = inspectable_thread_runner()
    try:
        runner.start()
        runner.wait_for(lambda m: isinstance(m, RunStatus) and m.state == READY, TIMEOUT)
        runner.load(default_on())
        runner.wait_for(lambda m: isinstance(m, Snapshot), TIMEOUT)
        runner.set_weight(3, 2, 5, 0.625)  # Dense 3: unit 3, from Dense 2's sixth neuron
        seen = runner.wait_for(lambda m: isinstance(m, Snapshot), TIMEOUT)
        snap = [m for m in seen if isinstance(m, Snapshot)][-1]
        assert float(runner.loop.trainer.model.layers["3"][0].weight.detach()[2, 5]) == 0.625
        assert snap.views["link_weights"].weights[3][2, 5] == 0.625
        runner.set_weight(3, 99, 0, 1.0)
        errors = [m for m in runner.wait_for(lambda m: isinstance(m, RunError), TIMEOUT) if isinstance(m, RunError)]
        assert "not in this run" in errors[0].message and "Traceback" not in errors[0].message
        runner.step(1)  # the run goes on
        assert runner.wait_for(lambda m: isinstance(m, Snapshot) and m.step == 1, TIMEOUT)
    finally:
        runner.close()

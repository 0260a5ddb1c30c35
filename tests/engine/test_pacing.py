"""The speed control: the worker trains at most N steps a second, measured in steps over a fake
clock (no sleeps, no wall-clock time), changeable while it runs; and the Pacer's own arithmetic."""

from __future__ import annotations

import pytest

from playground.engine.pacing import MAX_BACKLOG_S, Pacer
from playground.engine.runner import THREAD_MAX_PUBLISH_INTERVAL, WorkerLoop
from playground.engine.snapshot import Snapshot

from builders import default_on


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class ScriptedChannel:
    """A worker's transport on a fake clock: waiting for a command moves the clock on by the wait,
    and the commands of the script arrive when their (fake) time has come."""

    def __init__(self, clock: FakeClock, script: list[tuple[float, tuple]]):
        self.clock, self.script, self.sent = clock, sorted(script, key=lambda e: e[0]), []
        self.waits: list[float] = []

    def _arrived(self) -> list[tuple]:
        ready = [c for t, c in self.script if t <= self.clock.now]
        self.script = [(t, c) for t, c in self.script if t > self.clock.now]
        return ready

    def receive(self, timeout):
        ready = self._arrived()
        if ready or not timeout:
            return ready
        self.waits.append(timeout)
        # the wait ends early when a command arrives, as a real pipe poll does
        next_at = self.script[0][0] if self.script else float("inf")
        self.clock.now = min(self.clock.now + timeout, max(self.clock.now, next_at))
        return self._arrived()

    def send(self, message) -> None:
        self.sent.append((self.clock.now, message))

    def interrupted(self) -> bool:
        return bool(self.script) and self.script[0][0] <= self.clock.now

    def caller_alive(self) -> bool:
        return True


def serve(script: list[tuple[float, tuple]], project=None) -> tuple[WorkerLoop, ScriptedChannel]:
    clock = FakeClock()
    start = clock.now
    channel = ScriptedChannel(clock, [(start + t, c) for t, c in script])
    loop = WorkerLoop(channel, clock=clock)
    project = project or default_on("circle", batch_size=10, epochs=0)
    # no warm-up: the loop is driven from its first command
    for command in [("load", project.to_dict(), "cpu")]:
        loop.handle(command)
    while True:
        if loop.state == "running":
            commands = channel.receive(loop._train_for_a_while())
        else:
            commands = channel.receive(0.5)
        if any(not loop.handle(c) for c in commands):
            return loop, channel


def steps_at(channel: ScriptedChannel, t: float) -> int:
    """The step of the last snapshot sent by fake time `t` (seconds after the start)."""
    start = 1000.0
    snaps = [m for when, m in channel.sent if isinstance(m, Snapshot) and when <= start + t]
    return snaps[-1].step if snaps else 0


@pytest.mark.parametrize("rate", [1.0, 3.0, 10.0, 30.0])
def test_the_worker_trains_at_the_set_speed(rate):
    loop, channel = serve([(0.0, ("speed", rate)), (0.0, ("play",)), (10.0, ("quit",))])
    # steps 0 .. 10 s at `rate` a second: the first is due at once
    assert loop.trainer.step_count == pytest.approx(10 * rate + 1, abs=1)
    assert not any(w < 0 for w in channel.waits)
    # every step of a slow run is shown: one snapshot a step
    if rate <= 10:
        steps = [m.step for _, m in channel.sent if isinstance(m, Snapshot)]
        assert steps[-int(rate * 5):] == list(range(steps[-1] - int(rate * 5) + 1, steps[-1] + 1))
    # the readout measures the pace too
    last = [m for _, m in channel.sent if isinstance(m, Snapshot)][-1]
    assert last.steps_per_second == pytest.approx(rate, rel=0.2)


def test_the_speed_changes_while_it_runs_and_max_lifts_the_limit():
    loop, channel = serve([(0.0, ("speed", 10.0)), (0.0, ("play",)), (5.0, ("speed", 2.0)),
                           (10.0, ("speed", None)), (10.0, ("pause",)), (11.0, ("quit",))])
    at_5, at_10 = steps_at(channel, 5.0), loop.trainer.step_count
    assert at_5 == pytest.approx(51, abs=2)
    assert at_10 - at_5 == pytest.approx(10, abs=2)
    assert loop.pacer.unlimited


def test_a_paused_paced_run_does_not_train_and_play_does_not_burst():
    loop, channel = serve([(0.0, ("speed", 3.0)), (0.0, ("play",)), (2.0, ("pause",)), (30.0, ("play",)),
                           (32.0, ("quit",))])
    # 2 s at 3/s twice, and nothing (no catching up) for the 28 s paused between
    assert loop.trainer.step_count == pytest.approx(2 * (2 * 3 + 1), abs=2)


def test_a_bad_speed_is_a_sentence_and_the_old_speed_stays():
    loop, channel = serve([(0.0, ("speed", 5.0)), (0.0, ("speed", -1.0)), (0.0, ("quit",))])
    errors = [m for _, m in channel.sent if type(m).__name__ == "RunError"]
    assert errors and "speed" in errors[0].message
    assert loop.pacer.rate == 5.0


# ----- the Pacer alone ----------------------------------------------------------------------------
def test_pacer_counts_due_steps_and_waits_between_them():
    pacer = Pacer()
    assert pacer.unlimited and pacer.due(0.0) == 1 and pacer.wait(0.0) == 0.0
    pacer.set_rate(4.0)
    assert pacer.due(10.0) == 1
    pacer.took(1)
    assert pacer.due(10.1) == 0
    assert pacer.wait(10.1) == pytest.approx(0.15)
    assert pacer.due(10.25) == 1
    assert pacer.due(10.5) == 2  # two came due while a slow step ran
    pacer.took(2)
    assert pacer.wait(10.5) == pytest.approx(0.25)


def test_pacer_restarts_after_a_long_stall_instead_of_bursting():
    pacer = Pacer(rate=100.0)
    assert pacer.due(0.0) == 1
    pacer.took(1)
    assert pacer.due(MAX_BACKLOG_S + 5.0) == 1


@pytest.mark.parametrize("bad", [0, -3, float("nan"), float("inf")])
def test_pacer_refuses_a_speed_that_is_not_a_positive_number(bad):
    with pytest.raises(ValueError):
        Pacer().set_rate(bad)


class SteppingClock(FakeClock):
    """A fake clock that moves on by `tick` at every reading: each snapshot seems to cost `tick`."""

    def __init__(self, tick: float) -> None:
        super().__init__()
        self.tick = tick

    def __call__(self) -> float:
        self.now += self.tick
        return self.now


@pytest.mark.parametrize("tick, bound, interval", [(0.001, None, 0.03), (0.02, None, 0.4), (0.2, None, 1.0),
                                                   (0.2, THREAD_MAX_PUBLISH_INTERVAL, 0.25)])
def test_a_costly_snapshot_is_published_less_often_but_at_least_once_a_second(tick, bound, interval):
    """Snapshots take at most 5 % of the worker's time (a costly one waits longer for the next)
    within 30 ms and the bound: a second in a worker process, 0.25 s on a thread."""
    clock = SteppingClock(tick)
    channel = ScriptedChannel(clock, [])
    loop = WorkerLoop(channel, clock=clock) if bound is None else WorkerLoop(channel, clock=clock, max_interval=bound)
    loop.handle(("load", default_on("circle").to_dict(), "cpu"))
    assert isinstance(channel.sent[-1][1], Snapshot)
    assert loop.interval == pytest.approx(interval)

"""Both runners, one interface: commands in, snapshots out, errors as sentences, and no worker
outlives its runner (the root conftest fails a test that leaks one).

No sleeps: every wait polls the runner (Runner.wait_for) or waits on the process itself.
A 'barrier' (see `sync`) proves the worker has handled every command sent before it.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import select
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from playground.core.project import Project
from playground.engine.runner import (READY, ProcessRunner, Runner, ThreadRunner, WorkerInfo, WorkerLoop,
                                      make_runner)
from playground.engine.snapshot import DIVERGED, FINISHED, PAUSED, RUNNING, RunError, RunStatus, Snapshot
from playground.engine.trainer import CHECK_EVERY

from builders import default_on

REPO = Path(__file__).resolve().parents[2]
START_TIMEOUT = 90.0  # a spawned worker imports torch: seconds on a busy 2-core machine
TIMEOUT = 30.0
KINDS = ["thread", "process"]


class InspectableThreadRunner(ThreadRunner):
    """A ThreadRunner that keeps its WorkerLoop, so a test can look at the live trainer."""

    loop: WorkerLoop | None = None

    def _main(self, channel) -> None:
        self.loop = WorkerLoop(channel)
        self.loop.serve()


def new_runner(kind: str) -> Runner:
    return InspectableThreadRunner() if kind == "thread" else ProcessRunner()


def start(runner: Runner) -> list:
    runner.start()
    return runner.wait_for(lambda m: isinstance(m, RunStatus) and m.state == READY, START_TIMEOUT)


_barriers = itertools.count()


def sync(runner: Runner) -> list:
    """Every message the worker sent before it handled a barrier command sent now.

    The barrier is a setting no trainer knows: the worker answers it with a RunError naming it,
    after every command sent before. Only for a loaded, paused run (a RunError pauses a run).
    """
    token = f"barrier_{next(_barriers)}"
    runner.set(**{token: 0})
    seen = runner.wait_for(lambda m: isinstance(m, RunError) and token in m.message, TIMEOUT)
    return [m for m in seen if not (isinstance(m, RunError) and token in m.message)]


def snapshots(messages: list) -> list[Snapshot]:
    return [m for m in messages if isinstance(m, Snapshot)]


def fresh(runner: Runner, project: Project | None = None) -> Snapshot:
    """Load `project` (the default one) and return its first snapshot; older messages are dropped."""
    runner.load(project or default_on())
    first = snapshots(sync(runner))[-1]  # the load publishes once, just before the barrier
    assert (first.step, first.epoch, first.state) == (0, 0.0, PAUSED)
    return first


def next_snapshot(runner: Runner, predicate=lambda s: True) -> Snapshot:
    seen = runner.wait_for(lambda m: isinstance(m, Snapshot) and predicate(m), TIMEOUT)
    return [s for s in snapshots(seen) if predicate(s)][0]


def invalid_project() -> Project:
    project = default_on()
    last = max(n.id for n in project.graph.nodes_of_kind("Dense"))
    project.graph.set_param(last, "units", 3)  # BCE needs exactly one output unit
    return project


@pytest.fixture(scope="module", params=KINDS)
def warm(request):
    """One started runner of each kind, shared by the tests that load their own run."""
    runner = new_runner(request.param)
    runner.kind = request.param
    runner.startup = start(runner)
    yield runner
    runner.close()
    assert not runner.alive


@pytest.fixture(params=KINDS)
def kind(request) -> str:
    return request.param


# ----- the shared runner -------------------------------------------------------------------------
def test_worker_says_it_is_ready(warm):
    kinds = [type(m).__name__ for m in warm.startup]
    assert kinds == ["WorkerInfo", "RunStatus"], warm.startup
    info = warm.startup[0]
    assert isinstance(info, WorkerInfo) and "cpu" in info.devices and info.warmup_seconds > 0
    assert warm.alive


def test_load_publishes_a_paused_first_snapshot(warm):
    first = fresh(warm)
    assert first.steps_per_epoch == 25 and first.device == "cpu"
    assert first.layer_names == ["Dense 2", "Dense 3", "Dense 4"]
    assert first.views["plane"].grid.shape == (100, 100, 2) and first.is_classification


def test_play_streams_snapshots_and_pause_stops(warm):
    fresh(warm)
    warm.play()
    running = itertools.count(1)
    seen = warm.wait_for(lambda m: isinstance(m, Snapshot) and m.state == RUNNING and next(running) == 3,
                         TIMEOUT)
    assert any(isinstance(m, RunStatus) and m.state == RUNNING for m in seen)
    steps = [s.step for s in snapshots(seen)]
    assert len(steps) == 3 and steps == sorted(set(steps)) and steps[0] > 0  # strictly increasing
    warm.pause()
    paused = next_snapshot(warm, lambda s: s.state == PAUSED)
    assert paused.step >= steps[-1]
    for _ in range(2):  # two later polls, each after the worker handled one more command
        later = snapshots(sync(warm))
        assert all(s.step == paused.step and s.state == PAUSED for s in later)
    if warm.kind == "thread":
        assert warm.loop.state == PAUSED and warm.loop.trainer.step_count == paused.step


def test_step_and_step_epoch(warm):
    fresh(warm)
    warm.step(5)
    snap = next_snapshot(warm)
    assert (snap.step, snap.state) == (5, PAUSED) and snap.epoch == pytest.approx(0.2)
    warm.step(5)
    assert next_snapshot(warm).step == 10
    warm.step_epoch()  # completes the epoch under way
    snap = next_snapshot(warm)
    assert (snap.step, snap.epoch) == (25, 1.0)
    warm.step_epoch()  # and then a whole one
    snap = next_snapshot(warm)
    assert (snap.step, snap.epoch, snap.state) == (50, 2.0, PAUSED)
    assert snapshots(sync(warm)) == []  # nothing trains on its own


def test_live_learning_rate_change_is_applied(warm):
    fresh(warm, default_on(loss="mse"))
    warm.step(3)
    next_snapshot(warm)
    warm.set(learning_rate=0.125)
    sync(warm)
    if warm.kind == "thread":  # the live trainer's optimizer, not just the settings
        trainer = warm.loop.trainer
        assert [g["lr"] for g in trainer.optimizer.param_groups] == [0.125]
        assert trainer.project.training.learning_rate == 0.125
    # seen from outside: a huge rate set mid-run makes the next steps diverge, and the message
    # names the new rate
    warm.set(learning_rate=100.0)
    warm.step(CHECK_EVERY)
    snap = next_snapshot(warm)
    assert snap.state == DIVERGED and "learning rate (100)" in snap.message, snap.message
    assert snap.step < 3 + CHECK_EVERY  # the guard stopped the steps, not the end of the request
    # a rate the catalogue refuses is a message, not a crash
    warm.set(learning_rate=-1.0)
    error = [m for m in warm.wait_for(lambda m: isinstance(m, RunError), TIMEOUT) if isinstance(m, RunError)]
    assert "Learning rate" in error[0].message and "Traceback" not in error[0].message
    # a lower rate: stepping on continues from the restored weights
    warm.set(learning_rate=0.03)
    warm.step(20)
    snap = next_snapshot(warm)
    assert snap.state == PAUSED and snap.message == ""
    assert snap.train_loss == snap.train_loss and snap.train_loss < 1.0  # finite, not NaN


def test_reset_starts_the_run_again(warm):
    first = fresh(warm)
    warm.step(7)
    assert next_snapshot(warm).step == 7
    warm.reset()
    again = next_snapshot(warm)
    assert (again.step, again.epoch, again.state) == (0, 0.0, PAUSED)
    assert again.train_loss == first.train_loss  # same seeds: the very same initial weights


def test_invalid_project_is_a_sentence_not_a_traceback(warm):
    warm.load(invalid_project())
    errors = [m for m in warm.wait_for(lambda m: isinstance(m, RunError), TIMEOUT) if isinstance(m, RunError)]
    message = errors[0].message
    assert "exactly 1 output unit" in message and "Traceback" not in message
    warm.play()
    errors = [m for m in warm.wait_for(lambda m: isinstance(m, RunError), TIMEOUT) if isinstance(m, RunError)]
    assert "no network to train" in errors[0].message
    assert warm.alive
    fresh(warm)  # the worker is still fine


def test_epoch_limit_finishes_the_run(warm):
    fresh(warm, default_on(epochs=2))
    warm.play()
    done = next_snapshot(warm, lambda s: s.state == FINISHED)
    assert (done.step, done.epoch) == (50, 2.0)
    assert "limit of 2 epochs" in done.message
    warm.play()  # at the limit: nothing more is trained
    again = next_snapshot(warm, lambda s: s.state == FINISHED)
    assert again.step == 50
    warm.set(epochs=3)  # a higher limit lets it go on
    warm.play()
    done = next_snapshot(warm, lambda s: s.state == FINISHED)
    assert (done.step, done.epoch) == (75, 3.0)


# ----- runners of their own --------------------------------------------------------------------------
def test_close_during_training_returns_promptly_and_leaves_nothing(kind):
    runner = new_runner(kind)
    start(runner)
    fresh(runner)
    runner.play()
    next_snapshot(runner, lambda s: s.state == RUNNING and s.step > 0)
    worker = runner._thread if kind == "thread" else runner._process
    pid = runner.pid if kind == "process" else None
    began = time.perf_counter()
    runner.close()
    assert time.perf_counter() - began < 1.0
    assert not runner.alive
    if kind == "thread":
        assert not worker.is_alive() and worker not in threading.enumerate()
    else:
        assert worker not in multiprocessing.active_children()
        assert _wait_for_exit(pid, 0.0)  # gone already, not merely orphaned
    runner.close()  # twice is harmless


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")  # the planted crash
def test_a_dead_worker_is_reported(kind, monkeypatch):
    runner = new_runner(kind)
    try:
        start(runner)
        fresh(runner)
        if kind == "thread":
            def crash():  # WorkerLoop catches Exception; this escapes it and ends the thread
                raise SystemExit("worker thread killed")

            monkeypatch.setattr(runner.loop.trainer, "step", crash)
            runner.play()
        else:
            runner.play()
            next_snapshot(runner, lambda s: s.state == RUNNING)
            os.kill(runner.pid, signal.SIGKILL)
        seen = runner.wait_for(lambda m: isinstance(m, RunError) and "stopped unexpectedly" in m.message,
                               TIMEOUT)
        error = seen[-1]
        assert "Reset" in error.message
        if kind == "process":
            assert "exit code -9" in error.message
        assert not runner.alive
        assert not [m for m in runner.poll() if isinstance(m, RunError)]  # reported once
        # what the window does next: start a new worker and load the run again
        start(runner)
        fresh(runner)
        runner.step(3)
        assert next_snapshot(runner).step == 3
    finally:
        runner.close()


def _wait_for_exit(pid: int, timeout: float) -> bool:
    """True once process `pid` (not our child) has ended, waiting on a pidfd; False on timeout."""
    if not hasattr(os, "pidfd_open"):  # not Linux: poll the pid
        end = time.monotonic() + timeout
        while True:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return True
            if time.monotonic() >= end:
                return False
            time.sleep(0.02)
    try:
        fd = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        readable, _, _ = select.select([fd], [], [], timeout)
        return bool(readable)
    finally:
        os.close(fd)


CALLER_SCRIPT = textwrap.dedent("""
    import os, sys
    from playground.core.project import default_project
    from playground.engine.runner import READY, ProcessRunner
    from playground.engine.snapshot import RunStatus, Snapshot

    if __name__ == "__main__":
        runner = ProcessRunner()
        runner.start()
        runner.wait_for(lambda m: isinstance(m, RunStatus) and m.state == READY, 90)
        project = default_project()
        project.training.device = "cpu"
        runner.load(project)
        runner.play()
        runner.wait_for(lambda m: isinstance(m, Snapshot) and m.state == "running" and m.step > 0, 30)
        with open(sys.argv[1], "w") as f:
            f.write(str(runner.pid))
        os._exit(0)  # gone without closing anything, like a crashed window
""")


def test_worker_process_ends_when_its_caller_vanishes(tmp_path):
    script = tmp_path / "caller.py"
    script.write_text(CALLER_SCRIPT)
    pid_file = tmp_path / "worker.pid"
    result = subprocess.run([sys.executable, str(script), str(pid_file)], cwd=REPO, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    pid = int(pid_file.read_text())
    ended = _wait_for_exit(pid, 10.0)
    if not ended:
        os.kill(pid, signal.SIGKILL)
    assert ended, "the training worker kept running after its caller died"


# ----- no start needed ---------------------------------------------------------------------------------
def test_make_runner(monkeypatch):
    assert isinstance(make_runner("thread"), ThreadRunner)
    assert isinstance(make_runner("process"), ProcessRunner)
    monkeypatch.setenv("PLAYGROUND_RUNNER", "thread")
    assert isinstance(make_runner(), ThreadRunner)
    monkeypatch.delenv("PLAYGROUND_RUNNER")
    assert isinstance(make_runner(), ProcessRunner)
    with pytest.raises(ValueError, match="unknown runner"):
        make_runner("gpu")


def test_wait_for_gives_up():
    runner = ThreadRunner()  # never started: nothing ever arrives
    with pytest.raises(TimeoutError):
        runner.wait_for(lambda m: True, timeout=0.05)
    assert runner.poll() == [] and not runner.alive
    runner.close()


def _loaded_modules(code: str) -> set[str]:
    full = code + "\nimport json, sys\nprint(json.dumps(sorted({n.split('.')[0] for n in sys.modules})))\n"
    result = subprocess.run([sys.executable, "-c", full], cwd=REPO, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout.splitlines()[-1]))


def test_engine_imports_no_qt():
    loaded = _loaded_modules("import playground.engine.build, playground.engine.trainer, "
                             "playground.engine.runner, playground.engine.probes, playground.engine.headless")
    assert "torch" in loaded
    assert not loaded & {"PySide6", "pyqtgraph", "shiboken6"}


def test_runner_and_snapshot_import_no_torch():
    """The GUI process imports these to drive the worker: it must never pay for torch."""
    loaded = _loaded_modules("import playground.engine.runner, playground.engine.snapshot")
    assert not loaded & {"torch", "PySide6", "pyqtgraph"}


def test_loss_blow_up_rule():
    from playground.engine.snapshot import loss_blew_up

    assert loss_blew_up(0.69, 40.0)
    assert not loss_blew_up(0.69, 3.0)  # above 20x but a loss this small is no alarm
    assert not loss_blew_up(20.0, 300.0)  # 15x: noisy, not diverging
    assert not loss_blew_up(None, 100.0) and not loss_blew_up(0.69, float("nan"))

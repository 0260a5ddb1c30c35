"""Engine-level fixtures shared by every test: no test may leave a training worker behind, and a
module can ask for steady single-threaded torch timings (`one_torch_thread`).

Builders of layer chains, projects and short runs are in `builders.py` beside this file.

A training worker (a 'playground-trainer' thread, or a child process) that outlives its test
keeps burning a core and can answer the next test's commands: such a test fails here, the way
napari's `_dangling_qthreads` fixture fails tests that leak QThreads.
"""

from __future__ import annotations

import multiprocessing
import threading
import time

import os

import pytest
from hypothesis import HealthCheck, settings

# Property-based tests: "ci" (the default) is seeded and small so the suite stays within minutes;
# "nightly" tries many more inputs: HYPOTHESIS_PROFILE=nightly bash scripts/run_tests.sh
settings.register_profile("ci", max_examples=40, derandomize=True, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow,
                                                 HealthCheck.function_scoped_fixture])
settings.register_profile("nightly", max_examples=2000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow,
                                                 HealthCheck.function_scoped_fixture])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

WORKER_THREAD = "playground-trainer"
GRACE_SECONDS = 2.0  # a worker told to stop gets this long to finish before it counts as leaked


def _worker_threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if t.name == WORKER_THREAD and t.is_alive()}


def _children() -> set:
    return {p for p in multiprocessing.active_children() if p.is_alive()}  # also reaps the finished


@pytest.fixture(autouse=True)
def no_leaked_workers():
    """Fail the test that leaves a trainer thread or a child process running.

    Workers that existed before the test (a module-scoped runner) are not its leaks. A leaked
    child process is killed after the failure is recorded, so one leak does not spread to the
    tests after it; a thread cannot be killed, so it is only reported.
    """
    threads_before, children_before = _worker_threads(), _children()
    yield
    deadline = time.monotonic() + GRACE_SECONDS
    while True:
        threads = _worker_threads() - threads_before
        children = _children() - children_before
        if not (threads or children) or time.monotonic() >= deadline:
            break
        for t in threads:
            t.join(0.05)
        for p in children:
            p.join(0.05)
    for p in children:
        p.kill()
        p.join(1.0)
    if threads or children:
        leaked = [f"thread {t.name!r}" for t in threads] + [f"process {p.name!r} (pid {p.pid})"
                                                              for p in children]
        pytest.fail("the test left training workers running: " + ", ".join(leaked), pytrace=False)


@pytest.fixture(scope="module")
def one_torch_thread():
    """torch on one intra-op thread for a whole module; a module opts in with
    `pytestmark = pytest.mark.usefixtures("one_torch_thread")`.

    Tiny nets gain nothing from a second intra-op thread, and lose up to 8x when another process
    holds the other core (measured on a 2-core machine): this keeps a module's timings steady.
    """
    import torch  # here, so that the tests that need no torch do not import it

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)

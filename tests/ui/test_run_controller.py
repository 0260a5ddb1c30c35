"""The run controller without a window: it loads runs, notices when the network no longer fits
the trained run, sends live settings to the worker, and pauses a run whose loss blows up."""

from __future__ import annotations

import pytest

from playground.core.project import default_project
from playground.engine.runner import make_runner
from playground.engine.snapshot import PAUSED, RUNNING, Snapshot
from playground.ui.document import Document
from playground.ui.run_controller import NEW_RUN, RESET, RunController
from playground.ui.training import TrainingController

TIMEOUT_MS = 60_000


@pytest.fixture
def run(qtbot):
    document = Document(default_project())
    worker = TrainingController(make_runner("thread"))
    controller = RunController(document, worker)
    notices: list[tuple[str, str, str]] = []
    controller.notice.connect(lambda *notice: notices.append(notice))
    controller.notice_cleared.connect(notices.clear)
    controller.notices = notices
    controller.start()
    qtbot.waitUntil(lambda: worker.snapshot is not None, timeout=TIMEOUT_MS)
    yield controller
    worker.close()


def trained(qtbot, run: RunController, steps: int = 50) -> int:
    run.toggle_play()
    qtbot.waitUntil(lambda: run.worker.snapshot.step >= steps, timeout=TIMEOUT_MS)
    run.toggle_play()
    qtbot.waitUntil(lambda: run.worker.snapshot.state == PAUSED, timeout=TIMEOUT_MS)
    return run.worker.snapshot.step


def test_the_first_run_fits_the_document(run):
    assert run.fits and not run.stale
    assert run.worker.loaded_signature == run.document.run_signature()
    assert run.worker.snapshot.step == 0 and run.notices == []


def test_an_untrained_run_is_rebuilt_when_the_network_changes(run, qtbot):
    dense = run.document.project.graph.nodes_of_kind("Dense")[0]
    before = run.worker.loaded_signature
    run.document.project.graph.set_param(dense.id, "units", 5)  # the document announces it
    assert run.fits and run.worker.loaded_signature != before and run.notices == []


def test_a_trained_run_is_kept_until_the_user_chooses_and_undo_brings_it_back(run, qtbot):
    step = trained(qtbot, run)
    dense = run.document.project.graph.nodes_of_kind("Dense")[0]
    old = dense.params["units"]
    run.document.project.graph.set_param(dense.id, "units", 5)
    assert run.stale and not run.fits
    text, kind, action = run.notices[-1]
    assert f"({step:,} steps) no longer fits" in text and kind == "info" and action == NEW_RUN
    run.document.project.graph.set_param(dense.id, "units", old)  # as Undo would
    assert not run.stale and run.fits and run.notices == []
    run.document.project.graph.set_param(dense.id, "units", 5)
    run.toggle_play()  # Play on the changed network starts it from scratch
    assert run.fits and run.worker.state == RUNNING
    qtbot.waitUntil(lambda: run.worker.snapshot is not None and run.worker.snapshot.step < step,
                    timeout=TIMEOUT_MS)


def test_live_settings_reach_the_worker_and_others_rebuild(run, qtbot):
    run.document.set_setting("training", "learning_rate", 0.125)
    run.toggle_play()
    qtbot.waitUntil(lambda: run.worker.snapshot.learning_rate == 0.125, timeout=TIMEOUT_MS)
    run.toggle_play()
    signature = run.worker.loaded_signature
    run.document.set_setting("training", "learning_rate", 0.25)  # live: the same run goes on
    assert run.worker.loaded_signature == signature and run.fits
    run.document.set_setting("training", "weight_seed", 7)  # not live: the trained run no longer fits
    assert run.stale and run.notices[-1][2] == NEW_RUN


def test_playing_a_broken_network_says_why(run):
    graph = run.document.project.graph
    graph.remove_node(graph.nodes_of_kind("Output")[0].id)
    assert not run.document.analysis.ok
    reason = run.toggle_play()
    assert reason == run.document.analysis.first_error() and "Output" in reason
    assert run.worker.state != RUNNING and run.worker.loaded_signature is None


def test_a_loss_that_blows_up_pauses_the_run_with_a_reset(run, qtbot):
    run.toggle_play()
    qtbot.waitUntil(lambda: run.start_loss is not None, timeout=TIMEOUT_MS)
    start = run.start_loss
    base = run.worker.snapshot
    blown = Snapshot(step=base.step + 10, epoch=1.0, steps_per_epoch=base.steps_per_epoch,
                     train_loss=start * 100 + 10, test_loss=start * 100, train_accuracy=0.5,
                     test_accuracy=0.5, state=RUNNING)
    run.worker.latest.emit(blown)  # as the worker's poll delivers it
    assert run.worker.state == PAUSED
    text, kind, action = run.notices[-1]
    assert "diverging" in text and kind == "warning" and action == RESET
    run.reset()
    assert run.start_loss is None and run.notices == []

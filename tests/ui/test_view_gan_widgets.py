"""The GAN views draw cheaply (bench section 9): the curves at most `max_rate` times a second, the
latest payload drawn when its time comes; their two plots in two event-loop turns; and a payload
drawn already is not drawn again."""

from __future__ import annotations

import time

import numpy as np
import pytest
from builders import gan_project
from view_kit import shown

from playground.engine.payloads.gan_scores import GanScoresPayload
from playground.engine.probes import Probe, trainer_task
from playground.engine.trainer import Trainer
from playground.ui.views.gan_plane import GanPlaneView
from playground.ui.views.gan_scores import GanScoresView

pytestmark = pytest.mark.usefixtures("one_torch_thread")


@pytest.fixture(scope="module")
def task():
    return trainer_task(Trainer.from_project(gan_project("ring")))


def payload(step: int) -> GanScoresPayload:
    return GanScoresPayload(step, 1.0 + step / 100, 0.7, 0.5 + step / 1000, 0.4, js=0.3)


def test_the_curves_draw_at_most_max_rate_a_second_and_the_latest_payload_last(qtbot, task):
    view = shown(qtbot, "gan_scores", task)
    assert isinstance(view, GanScoresView) and view.max_rate <= 20  # curves: what the eye follows
    view.dirty.connect(view.draw)  # as the views area does, through the frame scheduler
    started = time.monotonic()
    for step in range(1, 41):  # 40 payloads as fast as they come
        view.set_payload(payload(step))
        view.draw()
    elapsed = time.monotonic() - started
    qtbot.waitUntil(lambda: view._drawn is view.payload and view.payload.step == 40)
    assert view.rendered <= 2 + elapsed * view.max_rate  # not 40
    steps, d_loss = view.lines["d_loss"].getData()
    assert list(steps) == list(range(1, 41))  # every payload joined the curves all the same
    assert d_loss[-1] == pytest.approx(1.4)
    rendered = view.rendered
    view.draw()  # nothing new: nothing drawn
    assert view.rendered == rendered


def test_the_two_plots_are_drawn_in_two_turns(qtbot, task):
    view = shown(qtbot, "gan_scores", task)
    view.set_payload(payload(1))
    view.draw()  # the first turn: the losses' plot
    assert view._drawn is None
    assert list(view.lines["d_loss"].getData()[0]) == [1]
    assert view.lines["d_real"].getData()[0] is None or len(view.lines["d_real"].getData()[0]) == 0
    view.draw()  # the next turn: the scores' plot
    assert list(view.lines["d_real"].getData()[0]) == [1] and view.lines["d_real"].getData()[1][0] == 0.501
    view.draw()  # the render has nothing left: the payload is drawn whole
    assert view._drawn is view.payload
    view.set_payload(payload(2))
    view.draw()
    view.clear()  # a new run part-way through a render: nothing of it is left to draw
    assert view._drawn is None and view._slices is None
    assert not view.history["step"]


def test_the_plane_is_throttled_too_and_catches_up(qtbot, task):
    trainer = Trainer.from_project(gan_project("ring"))
    probe = Probe(trainer)
    snaps = []
    for _ in range(3):
        trainer.run(steps=2)
        snaps.append(probe.snapshot(state="paused").views["gan_plane"])
    view = shown(qtbot, "gan_plane", task)
    assert isinstance(view, GanPlaneView) and view.max_rate <= 20
    view.set_data(trainer.data)
    view.dirty.connect(view.draw)
    started = time.monotonic()
    for snap in snaps:
        view.set_payload(snap)
        view.draw()
    elapsed = time.monotonic() - started
    qtbot.waitUntil(lambda: view._drawn is snaps[-1])
    assert np.array_equal(view.fake.getData()[0], snaps[-1].fake[:, 0])
    assert view.rendered <= 2 + elapsed * view.max_rate


def test_the_round_axis_grows_in_a_few_round_steps_not_every_draw(qtbot, task):
    from playground.ui.views.gan_scores import x_end

    ends = [x_end(step) for step in range(0, 20_001)]
    assert all(end > step for step, end in enumerate(ends)) and ends == sorted(ends)
    assert len(set(ends)) <= 8 * 4 + 1  # a few a decade: the axes are laid out again at these only
    assert all(step / end >= 2 / 3 for step, end in enumerate(ends) if step >= 10)  # the curves fill the plot
    view = shown(qtbot, "gan_scores", task)
    for step in (1, 2, 30):
        view.set_payload(payload(step))
        view._last_draw = -float("inf")  # as if its time had come: this test is about the axis
        view.draw(), view.draw(), view.draw()
    (left, right), _ = view.losses.viewRange()
    assert left == 0 and right == x_end(30) and view.scores.viewRange()[0] == [left, right]

"""Every shipped lesson's goal is met by a scripted run of its intended answer (a headless Trainer,
the answer's edits applied to the project) and not by the untrained network. Seeds and epoch counts
are the lessons' own: all of them together train in well under a minute on two shared cores."""

from __future__ import annotations

import pytest

from playground.core.lessons import find_lessons, load_lesson
from playground.engine.lesson_run import run_answer

pytestmark = pytest.mark.usefixtures("one_torch_thread")

SHIPPED = find_lessons()


@pytest.mark.parametrize("info", SHIPPED, ids=[info.name for info in SHIPPED])
def test_the_intended_answer_meets_the_goal_and_the_untrained_network_does_not(info):
    lesson = load_lesson(info.path)
    untrained = run_answer(lesson, script=[])
    assert not untrained.met, f"{info.name}: met before any training"
    check = run_answer(lesson)
    assert check.met, f"{info.name}: the answer missed the goal: {check.parts}"
    assert check.met_at.epoch > 0


def test_the_learning_rate_lesson_needs_the_blow_up_first():
    """Training at a good learning rate from the start reaches a low loss, but not the goal."""
    lesson = load_lesson(next(info.path for info in SHIPPED if info.name == "learning_rate"))
    check = run_answer(lesson, script=[{"set": {"learning_rate": 0.1}}, {"train": 22}])
    assert not check.met
    assert check.parts[0][0].startswith("the loss blows up")

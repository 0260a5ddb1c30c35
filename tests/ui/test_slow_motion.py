"""Slow motion in the window: F6 shows one step phase by phase on the canvas (each layer it
concerns outlined, its numbers under the card, a caption saying what happens), the weights move
only at the last phase, and a normal step, Play or a new run put the canvas back as it was.
(The numbers themselves are checked against torch in tests/engine/test_phased_step.py.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsTextItem

from playground.engine.phases import PHASES
from playground.engine.runner import make_runner
from playground.engine.snapshot import PAUSED, RUNNING
from playground.ui.slow_motion import phase_lines

from builders import main_window

TIMEOUT_MS = 90_000


def f6(window, qtbot, name: str) -> None:
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: window.slow_motion.phase is not None and window.slow_motion.phase.name == name,
                    timeout=TIMEOUT_MS)


def drawn_texts(window) -> list[str]:
    return [item.toPlainText() for item in window.scene.items() if isinstance(item, QGraphicsTextItem)]


def test_f6_walks_one_step_through_its_four_phases_on_the_canvas(qtbot, tmp_path):
    window = main_window(tmp_path, make_runner("thread"))
    try:
        qtbot.waitUntil(lambda: window.controller.snapshot is not None, timeout=TIMEOUT_MS)
        graph = window.document.project.graph
        dense = sorted(n.id for n in graph.nodes.values() if n.kind == "Dense")
        output = next(n.id for n in graph.nodes.values() if n.kind == "Output")
        slow = window.slow_motion

        f6(window, qtbot, "forward")
        texts = slow.overlay_texts()
        assert set(dense) <= set(texts) and output in texts and all("out:" in texts[n] for n in dense)
        assert len(slow.overlay_rects()) == len(texts)
        assert sum("out:" in t for t in drawn_texts(window)) == len(texts)  # drawn on the canvas
        assert slow.caption.isVisible() and "Forward pass" in slow.caption.text()
        assert window.controller.snapshot.step == 0

        f6(window, qtbot, "loss")
        assert list(slow.overlay_texts()) == [output] and "loss" in slow.overlay_texts()[output]
        assert "Loss" in slow.caption.text()

        f6(window, qtbot, "backward")
        assert sorted(slow.overlay_texts()) == dense
        assert all("gradient size" in t for t in slow.overlay_texts().values())
        assert window.controller.snapshot.step == 0  # nothing has moved yet

        f6(window, qtbot, "update")
        assert all("weights moved" in t for t in slow.overlay_texts().values())
        qtbot.waitUntil(lambda: window.controller.snapshot.step == 1, timeout=TIMEOUT_MS)
        assert slow.phase is not None and slow.caption.isVisible()  # the result stays in view
        # what is drawn is the phase's own numbers
        phase = slow.phase
        assert slow.overlay_texts()[dense[0]] == "\n".join(phase_lines(phase, dense[0], False))

        window.step()  # a normal step puts the canvas back
        qtbot.waitUntil(lambda: window.controller.snapshot.step == 2, timeout=TIMEOUT_MS)
        assert slow.phase is None and not slow.overlay_rects() and not slow.caption.isVisible()
        assert not any("out:" in t for t in drawn_texts(window))

        # while it trains, F6 pauses and starts slow motion; Play leaves it
        window.toggle_play()
        assert window.controller.state == RUNNING
        f6(window, qtbot, "forward")
        assert window.controller.state == PAUSED
        window.toggle_play()
        assert slow.phase is None and not slow.overlay_rects()
        window.toggle_play()
    finally:
        window.document.undo_stack.setClean()
        window.close()


def test_the_numbers_are_large_in_presenter_mode(qtbot, tmp_path):
    window = main_window(tmp_path, make_runner("thread"))
    try:
        qtbot.waitUntil(lambda: window.controller.snapshot is not None, timeout=TIMEOUT_MS)
        f6(window, qtbot, "forward")
        normal = max(i.font().pointSizeF() for i in window.scene.items() if isinstance(i, QGraphicsTextItem))
        window.presenter.enter()
        f6(window, qtbot, "loss")
        large = max(i.font().pointSizeF() for i in window.scene.items() if isinstance(i, QGraphicsTextItem))
        assert large >= 1.5 * normal
        window.presenter.leave()
    finally:
        window.document.undo_stack.setClean()
        window.close()


def test_every_phase_has_a_caption_naming_the_next_key():
    from playground.engine.phases import Phase
    from playground.ui.slow_motion import caption

    for name in PHASES:
        text = caption(Phase(name, 4, 10, loss=0.5, learning_rate=0.03))
        assert text.startswith("Slow step 5, ") and "F6" in text

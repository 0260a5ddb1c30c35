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
        assert "GAN" not in window.slow_action.toolTip()

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


def test_f6_walks_a_gan_round_through_ds_steps_then_gs_on_the_canvas(qtbot, tmp_path):
    from playground.engine.phases import GAN_PHASES
    from playground.ui.main_window import EXAMPLES

    window = main_window(tmp_path, make_runner("thread"))
    try:
        window.open_example(EXAMPLES / "gan_ring.json")
        window.document.set_setting("training", "d_steps", 2)
        qtbot.waitUntil(lambda: window.controller.snapshot is not None
                        and window.controller.loaded_signature == window.document.run_signature(), timeout=TIMEOUT_MS)
        assert window.slow_action.isEnabled() and "GAN round" in window.slow_action.toolTip()
        split = window.document.analysis.gan
        g_layers = [n for n in split.generator[1:-1] if window.document.project.graph.nodes[n].kind == "Dense"]
        d_layers = [n for n in split.discriminator[1:-1] if window.document.project.graph.nodes[n].kind == "Dense"]
        assert g_layers and d_layers
        slow = window.slow_motion
        expected = [("D", 1, name) for name in GAN_PHASES] + [("D", 2, name) for name in GAN_PHASES] \
            + [("G", 1, name) for name in GAN_PHASES]
        for i, (network, turn, name) in enumerate(expected):
            window.view.setFocus()
            QTest.keyClick(window.view, Qt.Key.Key_F6)
            qtbot.waitUntil(lambda: slow.phase is not None and slow.phase.index == i, timeout=TIMEOUT_MS)
            phase, texts, text = slow.phase, slow.overlay_texts(), slow.caption.text()
            assert (phase.network, phase.turn, phase.name) == (network, turn, name)
            assert text.startswith(f"Slow round 1, {i + 1}/15 \u00b7 {network} step {turn} of {phase.turns}"), text
            assert len(slow.overlay_rects()) == len(texts)
            if name == "generate":  # G's cards light up, none of D's
                assert set(texts) == set(split.generator) and all("out:" in texts[n] for n in g_layers)
            elif name == "score":
                assert set(d_layers) <= set(texts) and not set(g_layers) & set(texts)
                assert f"fake: mean score {phase.fake_score:.3g}" in texts[split.output_id]
                assert ("real: mean score" in texts[split.output_id]) == (network == "D")
            elif name == "loss":
                assert list(texts) == [split.output_id] and texts[split.output_id].startswith(f"{network}'s loss")
            else:
                mine = d_layers if network == "D" else g_layers
                assert sorted(texts) == sorted(mine)
                word = "gradient size" if name == "backward" else "weights moved"
                assert all(word in t for t in texts.values())
            assert texts[next(iter(texts))] == "\n".join(phase_lines(phase, next(iter(texts)),
                                                                     next(iter(texts)) == split.output_id))
            if not phase.last:  # the round is not over: the views still show step 0
                assert window.controller.snapshot.step == 0
        qtbot.waitUntil(lambda: window.controller.snapshot.step == 1, timeout=TIMEOUT_MS)
        assert slow.phase is not None and slow.phase.last and "next round" in slow.caption.text()
        window.step()  # a normal step puts the canvas back
        qtbot.waitUntil(lambda: window.controller.snapshot.step == 2, timeout=TIMEOUT_MS)
        assert slow.phase is None and not slow.overlay_rects() and not slow.caption.isVisible()
    finally:
        window.document.undo_stack.setClean()
        window.close()


def test_every_gan_phase_has_a_caption_saying_whose_step_and_the_next_key():
    from playground.engine.phases import GAN_PHASES, Phase
    from playground.ui.slow_motion import caption

    length = len(GAN_PHASES) * 3  # D steps 1 and 2, then G's one
    at = 0
    for network, turns in (("D", 2), ("G", 1)):
        for turn in range(1, turns + 1):
            for name in GAN_PHASES:
                phase = Phase(name, 4, 64, loss=0.5, learning_rate=0.003, network=network, turn=turn, turns=turns,
                              round_index=at, round_length=length, real_score=0.7, fake_score=0.2)
                text = caption(phase)
                assert text.startswith(f"Slow round 5, {at + 1}/{length} \u00b7 {network} step {turn} of {turns}")
                assert "F6" in text and "{" not in text, text  # every placeholder filled
                at += 1
    assert "the next D step" in caption(Phase("update", 0, 8, network="D", turn=1, turns=2, round_length=15))
    assert "G's turn" in caption(Phase("update", 0, 8, network="D", turn=2, turns=2, round_length=15))
    assert "next round" in caption(Phase("update", 0, 8, network="G", turn=1, turns=1, round_index=14,
                                         round_length=15))

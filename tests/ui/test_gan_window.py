"""A GAN example opens in the real window and trains with every GAN view drawn from its own payloads;
the Training panel shows the GAN settings, and a live change of one reaches the worker."""

from __future__ import annotations

import numpy as np
import pytest
from test_main_window import _pause, _train_until, window  # noqa: F401 (the fixture)
from view_kit import every_view_drawn

from playground.ui.main_window import EXAMPLES
from playground.ui.views import widget_views


@pytest.mark.parametrize("name, top", [("gan_ring", ["gan_plane"]), ("gan_digits", ["gan_samples"])])
def test_a_gan_example_trains_in_the_window_with_its_views_drawn(window, qtbot, name, top):  # noqa: F811
    window.open_example(EXAMPLES / f"{name}.json")
    assert window.document.analysis.ok, window.document.analysis.first_error()
    qtbot.waitUntil(lambda: window.controller.snapshot is not None
                    and window.controller.loaded_signature == window.document.run_signature(), timeout=30_000)
    tabs = window.views.top_tabs
    assert [tabs.widget(i).name for i in range(tabs.count())] == top
    expected = [spec.name for spec in widget_views(window.task)]
    assert window.views.names() == expected == [*top, "gan_scores"]
    assert window.training_panel.gan_box.isVisibleTo(window.training_panel)
    assert window.plot_tabs.tabText(window.plot_tabs.indexOf(window.curves)) == "Loss"  # no accuracy in a GAN
    # no empty neuron squares on a GAN's cards (its layers get no maps over the plane): compact cards
    assert not window.scene.neuron_placeholders
    assert {item.card_height() for item in window.scene.node_items.values() if item.kind == "Dense"} \
        == {item.card_height() for item in window.scene.node_items.values() if item.kind == "Input"}
    window.play_action.trigger()
    _train_until(qtbot, window, lambda s: s.step >= 30)
    window.document.set_setting("training", "d_steps", 2)  # live: the run goes on
    _train_until(qtbot, window, lambda s: s.step >= 60)
    _pause(qtbot, window)
    snap = window.controller.snapshot
    assert set(expected) <= set(snap.views)
    every_view_drawn(qtbot, window, snap)
    scores = window.views.widgets["gan_scores"]
    steps, d_loss = scores.lines["d_loss"].getData()
    assert steps[-1] == snap.step and d_loss[-1] == pytest.approx(snap.views["gan_scores"].d_loss)
    assert scores.losses.titleLabel.text.startswith(f"D {snap.views['gan_scores'].d_loss:.3f} \u00b7 G ")
    lines = window.curves.latest_text().splitlines()  # the Loss tab names D's and G's losses too
    assert lines[0].startswith("D: loss") and lines[1].startswith("G: loss"), lines
    if name == "gan_ring":
        plane = window.views.widgets["gan_plane"]
        assert len(plane.real.data) == 1000  # every real sample
        assert np.array_equal(plane.fake.getData()[0], snap.views["gan_plane"].fake[:, 0])
        assert plane.image.image.shape[:2] == snap.views["gan_plane"].scores.shape
        plane.toggles["arrows"].setChecked(False)
        assert not plane.arrows.isVisible() and plane.fake.isVisible()
    else:
        samples = window.views.widgets["gan_samples"]
        assert samples.picture.image.image.shape[0] > samples.picture.image.image.shape[1]  # 6 rows + a real row

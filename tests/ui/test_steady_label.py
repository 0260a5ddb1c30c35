"""Read-out labels that change with every snapshot must not re-lay out the window around them."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from playground.ui.steady_label import LabelStrip, SteadyLabel


def _settled(qtbot, widget: QWidget, layout_requests):
    qtbot.addWidget(widget)
    widget.show()
    QApplication.processEvents()
    return layout_requests(widget)


def test_a_steady_label_grows_in_steps_and_keeps_its_row_still(qtbot, layout_requests):
    row = QWidget()
    layout = QHBoxLayout(row)
    label = SteadyLabel("Step 9")
    neighbour = QLabel("next")
    layout.addWidget(label)
    layout.addWidget(neighbour)
    requests = _settled(qtbot, row, layout_requests)

    widths = set()
    for step in (10, 11, 99, 100, 101, 999):  # a counter: one digit more now and then
        label.setText(f"Step {step}")
        QApplication.processEvents()
        assert label.sizeHint().width() <= label.width()  # the text always fits
        widths.add(label.width())
    assert len(widths) == 1 and requests.count == 0  # room to spare: the row never moved

    label.setText("Step 1,000,000 · 6,400 steps/s · lr 0.03")  # much longer: it widens once
    QApplication.processEvents()
    assert label.sizeHint().width() <= label.width() and requests.count == 1
    label.setText("Step 0")  # much shorter: it narrows again
    QApplication.processEvents()
    assert label.width() < min(widths) + label.fontMetrics().horizontalAdvance("0000") * 2


def test_a_label_strip_follows_its_panel_width_and_changes_text_without_a_layout_pass(qtbot, layout_requests):
    panel = QWidget()
    layout = QVBoxLayout(panel)
    strip = LabelStrip(QLabel("train: loss 0.693"))
    layout.addWidget(strip)
    layout.addWidget(QLabel("below"))
    panel.resize(300, 200)
    requests = _settled(qtbot, panel, layout_requests)

    assert strip.label.width() == strip.width() > 0
    for loss in ("0.512", "0.4", "0.0031"):
        strip.set_text(f"train: loss {loss}")
        QApplication.processEvents()
    assert requests.count == 0 and strip.label.text() == "train: loss 0.0031"

    strip.set_text("train: loss 0.0031<br>test: loss 0.0040")  # a second line: taller, once
    QApplication.processEvents()
    assert requests.count == 1 and strip.label.height() == strip.height() >= 2 * strip.fontMetrics().height()
    strip.set_text("train: loss 0.0029")  # and back to one line
    QApplication.processEvents()
    assert requests.count == 2 and strip.label.height() == strip.height() < 2 * strip.fontMetrics().height()

    panel.resize(180, 200)  # a narrower panel: the strip and its label follow
    QApplication.processEvents()
    assert strip.width() < 300 and strip.label.width() == strip.width()

"""Read-out labels that change with every snapshot must not re-lay out the window around them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from playground.ui.steady_label import LabelStrip, SteadyLabel


class LayoutRequests(QObject):
    """Counts the layout passes a widget is asked for."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def _settled(qtbot, widget: QWidget) -> LayoutRequests:
    qtbot.addWidget(widget)
    widget.show()
    QApplication.processEvents()
    return LayoutRequests(widget)


def test_a_steady_label_grows_in_steps_and_keeps_its_row_still(qtbot):
    row = QWidget()
    layout = QHBoxLayout(row)
    label = SteadyLabel("Step 9")
    neighbour = QLabel("next")
    layout.addWidget(label)
    layout.addWidget(neighbour)
    requests = _settled(qtbot, row)

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


def test_a_label_strip_follows_its_panel_width_and_changes_text_without_a_layout_pass(qtbot):
    panel = QWidget()
    layout = QVBoxLayout(panel)
    strip = LabelStrip(QLabel("train: loss 0.693"))
    layout.addWidget(strip)
    layout.addWidget(QLabel("below"))
    panel.resize(300, 200)
    requests = _settled(qtbot, panel)

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

"""The inspector and the generic parameter editors it is built from."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLineEdit, QSpinBox

from playground.core import catalog
from playground.core.graph import Graph
from playground.core.params import Param, params
from playground.core.shapes import analyse
from playground.ui import commands
from playground.ui.inspector import Inspector
from playground.ui.param_editors import ParamForm, make_editor


@pytest.fixture
def inspector(qtbot, graph, stack):
    widget = Inspector(graph, stack)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.detach()


def _spin(inspector: Inspector, name: str):
    return inspector.form.editor(name).widget


# ----- the inspector -------------------------------------------------------------------------------------
def test_nothing_selected_shows_a_hint(inspector):
    assert inspector.hint.isVisible()
    assert not inspector.form.isVisible() and not inspector.title.isVisible()


def test_follows_the_canvas_selection(canvas, inspector):
    canvas.scene.current_node_changed.connect(inspector.set_node)
    canvas.scene.select_nodes([2])
    assert inspector.node_id == 2
    assert "Dense" in inspector.title.text() and inspector.help.text() == catalog.layer("Dense").help
    assert _spin(inspector, "units").value() == 8
    assert inspector.form.editor("activation").widget.currentText() == "Tanh"
    assert not inspector.hint.isVisible()
    canvas.scene.select_nodes([1, 2])  # several: nothing to edit
    assert inspector.node_id is None and inspector.hint.isVisible()
    canvas.scene.select_nodes([1])
    assert inspector.no_settings.isVisible()  # Input has no parameters


def test_typing_a_value_goes_through_undo(inspector, graph, stack, qtbot):
    inspector.set_node(3)
    spin = _spin(inspector, "units")
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin, "12")
    assert graph.nodes[3].params["units"] == 8  # nothing is committed while typing
    QTest.keyClick(spin, Qt.Key.Key_Return)
    assert graph.nodes[3].params["units"] == 12
    assert stack.count() == 1 and stack.undoText() == "Set Dense 3 units to 12"
    stack.undo()
    assert graph.nodes[3].params["units"] == 8 and spin.value() == 8  # the editor follows the undo
    stack.redo()
    assert spin.value() == 12


def test_consecutive_steps_of_one_param_merge(inspector, graph, stack):
    inspector.set_node(2)
    spin = _spin(inspector, "units")
    for _ in range(5):
        spin.stepUp()  # arrow clicks
    assert graph.nodes[2].params["units"] == 13
    assert stack.count() == 1
    inspector.form.editor("activation").widget.setCurrentText("ReLU")
    inspector.form.editor("activation").widget.setCurrentText("GELU")
    assert stack.count() == 3  # choices are separate steps
    stack.undo()
    stack.undo()
    stack.undo()
    assert graph.nodes[2].params == {"units": 8, "activation": "Tanh", "bias": True, "init": "default"}
    assert _spin(inspector, "units").value() == 8
    assert inspector.form.editor("activation").widget.currentText() == "Tanh"


def test_stepping_back_to_the_start_leaves_no_undo_step(inspector, stack):
    inspector.set_node(2)
    spin = _spin(inspector, "units")
    spin.stepUp()
    spin.stepDown()
    assert stack.count() == 0


def test_refused_value_is_reported_and_not_pushed(inspector, graph, stack):
    messages = []
    inspector.status_message.connect(messages.append)
    inspector.set_node(2)
    inspector._edited("units", 0)
    assert stack.count() == 0 and graph.nodes[2].params["units"] == 8
    assert "at least 1" in messages[-1]
    with pytest.raises(ValueError):
        commands.SetParam(graph, 2, "units", 5000)


def test_removed_node_and_reset_clear_the_inspector(inspector, graph, stack):
    inspector.set_node(3)
    stack.push(commands.RemoveItems(graph, [3]))
    assert inspector.node_id is None and inspector.hint.isVisible()
    stack.undo()
    inspector.set_node(3)
    graph.replace_with(Graph())
    assert inspector.node_id is None


def test_shape_and_problems_in_words(inspector, graph, project):
    inspector.set_node(2)
    inspector.set_analysis(analyse(graph, project.data.dataset, project.data.params, project.training.loss))
    assert "(8,)" in inspector.shape.text() and "8 features" in inspector.shape.text()
    assert "24" in inspector.shape.text()  # 2 inputs x 8 units + 8 biases
    assert not inspector.problems.isVisible()
    graph.set_param(4, "units", 2)
    inspector.set_node(5)
    inspector.set_analysis(analyse(graph, project.data.dataset, project.data.params, project.training.loss))
    assert inspector.problems.isVisible()
    assert "exactly 1 output unit" in inspector.problem_text()
    assert "exactly 1 output unit" in inspector.problems.text()


# ----- the generic editors ---------------------------------------------------------------------------------
def test_editor_kinds_ranges_and_tooltips(qtbot):
    form = ParamForm(params(
        Param("n", "int", 3, "How many.", 1, 10),
        Param("rate", "float", 0.5, "A rate.", 0.0, 0.95, decimals=2),
        Param("flag", "bool", True, "A switch."),
        Param("mode", "choice", "b", "A choice.", choices=("a", "b")),
        Param("name", "str", "x", "A name."),
    ))
    qtbot.addWidget(form)
    widgets = {name: e.widget for name, e in form.editors.items()}
    assert isinstance(widgets["n"], QSpinBox) and (widgets["n"].minimum(), widgets["n"].maximum()) == (1, 10)
    assert isinstance(widgets["rate"], QDoubleSpinBox) and widgets["rate"].decimals() == 2
    assert widgets["rate"].maximum() == pytest.approx(0.95)
    assert isinstance(widgets["flag"], QCheckBox) and widgets["flag"].isChecked()
    assert isinstance(widgets["mode"], QComboBox) and widgets["mode"].currentText() == "b"
    assert isinstance(widgets["name"], QLineEdit) and widgets["name"].text() == "x"
    assert widgets["rate"].toolTip() == "A rate."
    assert form.values() == {"n": 3, "rate": 0.5, "flag": True, "mode": "b", "name": "x"}


def test_callbacks_fire_on_user_edits_only(qtbot):
    seen = []
    form = ParamForm(catalog.layer("Dense").params, on_change=lambda n, v: seen.append((n, v)))
    qtbot.addWidget(form)
    signalled = []
    form.edited.connect(lambda n, v: signalled.append((n, v)))
    form.set_values({"units": 20, "activation": "ReLU", "bias": False})
    assert seen == [] and signalled == []
    assert form.values()["units"] == 20
    form.show()
    QTest.keyClick(form.editor("bias").widget, Qt.Key.Key_Space)
    assert seen == [("bias", True)] and signalled == seen


def test_text_commits_on_editing_finished(qtbot):
    seen = []
    editor = make_editor(Param("path", "str", "", "A file."), lambda n, v: seen.append(v))
    qtbot.addWidget(editor.widget)
    QTest.keyClicks(editor.widget, "data.csv")
    assert seen == []
    QTest.keyClick(editor.widget, Qt.Key.Key_Return)
    assert seen == ["data.csv"]
    editor.widget.editingFinished.emit()  # focus leaving without a change reports nothing new
    assert seen == ["data.csv"]


def test_log_scale_steps_by_orders_of_magnitude(qtbot):
    lr = catalog.TRAINING_PARAMS.get("learning_rate")
    seen = []
    editor = make_editor(lr, lambda n, v: seen.append(v))
    qtbot.addWidget(editor.widget)
    editor.set_value(0.03)
    box = editor.widget
    assert box.text() == "0.03"  # no trailing zeros
    box.stepBy(1)
    assert box.value() == pytest.approx(0.1)
    box.stepBy(2)
    assert box.value() == pytest.approx(1.0)
    box.stepBy(-3)
    assert box.value() == pytest.approx(0.03)
    assert seen[-1] == pytest.approx(0.03) and len(seen) == 3
    editor.set_value(1e-6)
    box.stepBy(-1)
    assert box.value() == pytest.approx(1e-6)  # clamped at the minimum


def test_tiny_minimum_keeps_enough_decimals(qtbot):
    eps = catalog.OPTIMIZERS["adam"].params.get("eps")
    editor = make_editor(eps)
    qtbot.addWidget(editor.widget)
    editor.set_value(1e-8)
    assert editor.value() == pytest.approx(1e-8)
    assert editor.widget.minimum() > 0  # 0 would be refused by the parameter


def test_zero_that_means_something_is_shown_in_words(qtbot):
    epochs = make_editor(catalog.TRAINING_PARAMS.get("epochs"))
    qtbot.addWidget(epochs.widget)
    epochs.set_value(0)
    assert epochs.widget.text() == "keep going" and epochs.value() == 0  # "(0 = keep going)"
    epochs.set_value(5)
    assert epochs.widget.text() == "5"
    seed = make_editor(catalog.TRAINING_PARAMS.get("weight_seed"))
    qtbot.addWidget(seed.widget)
    assert seed.widget.specialValueText() == ""  # seed 0 is just a seed


def test_neurons_note_only_for_cards_that_show_neurons(inspector, graph):
    inspector.set_node(2)
    assert inspector.neurons_note.isVisible()
    assert "orange = negative" in inspector.neurons_note.text()
    graph.set_param(2, "units", 64)  # too many to draw
    assert not inspector.neurons_note.isVisible()
    inspector.set_node(1)
    assert not inspector.neurons_note.isVisible()


# ----- the Data and Training panels ------------------------------------------------------------------------
def test_training_panel_is_one_aligned_form_that_fits_a_narrow_dock(qtbot, project):
    from PySide6.QtWidgets import QFormLayout, QScrollArea

    from playground.ui.document import Document
    from playground.ui.settings_panel import TrainingPanel

    document = Document(project)
    panel = TrainingPanel(document)
    qtbot.addWidget(panel)
    form = panel.general.layout()
    fields = [form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget() for row in range(form.rowCount())]
    assert fields[:2] == [panel.loss, panel.optimizer] and fields[-1] is panel.device
    area = panel.findChild(QScrollArea)
    assert area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    panel.resize(240, 600)
    panel.show()
    assert panel.general.width() <= 240  # nothing cut off at the right
    rate = panel.general.editor("regularization_rate").widget
    assert not rate.isEnabled()  # regularization "none": the rate does nothing
    document.set_setting("training", "regularization", "l2")
    assert rate.isEnabled()
    document.undo_stack.setClean()  # else the stack's teardown signals a deleted Document

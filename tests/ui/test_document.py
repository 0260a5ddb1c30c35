"""The Document: setting changes go through the undo stack, and the core's setting events (from
an undo as much as an edit) reach the Qt signals the window listens to."""

from __future__ import annotations

import pytest

from playground.core import settings as core_settings
from playground.core.project import Project, default_project
from playground.core.settings import SettingsError
from playground.ui import commands
from playground.ui.document import LIVE_SETTINGS, Document


@pytest.fixture
def document(qtbot, project: Project):
    doc = Document(project)
    yield doc
    doc.undo_stack.setClean()  # no save state left to signal while the Document goes


def test_the_live_settings_named_by_the_document_are_cores():
    assert LIVE_SETTINGS is core_settings.LIVE_SETTINGS


def test_a_training_change_is_one_undo_step_and_each_way_signals(qtbot, document):
    seen: list[tuple[str, object]] = []
    document.training_changed.connect(lambda name, value: seen.append((name, value)))
    document.set_setting("training", "batch_size", 25)
    assert document.project.training.batch_size == 25 and document.modified
    assert document.undo_stack.undoText() == "Change batch size"
    document.undo_stack.undo()
    assert document.project.training.batch_size == 10 and not document.modified
    assert seen == [("batch_size", 25), ("batch_size", 10)]


def test_a_change_made_in_core_reaches_the_signals_too(qtbot, document):
    with qtbot.waitSignal(document.training_changed) as signal:
        document.project.training.set("epochs", 4)
    assert signal.args == ["epochs", 4]
    with qtbot.waitSignal(document.data_changed):
        document.project.data.set("noise", 0.2)


def test_data_and_loss_changes_are_reanalysed(qtbot, document):
    with qtbot.waitSignals([document.analysis_changed, document.data_changed], order="strict"):
        document.set_setting("data", "dataset", "spirals")
    assert document.analysis.data is not None and document.analysis.data.n_classes == 3
    with qtbot.waitSignal(document.analysis_changed):
        document.set_setting("training", "loss", "mse")
    with qtbot.assertNotEmitted(document.analysis_changed):
        document.set_setting("training", "learning_rate", 0.5)  # changes no shape


def test_a_bad_value_is_refused_before_anything_is_pushed(document):
    with pytest.raises(SettingsError, match="Batch size is 0"):
        document.set_setting("training", "batch_size", 0)
    with pytest.raises(SettingsError, match="no 'graph' settings"):
        document.set_setting("graph", "units", 3)  # type: ignore[arg-type]
    assert document.undo_stack.count() == 0


def test_the_value_it_has_pushes_nothing(document):
    document.set_setting("training", "learning_rate", 0.03)
    document.set_setting("data", "dataset", document.project.data.dataset)
    assert document.undo_stack.count() == 0


def test_consecutive_edits_of_one_setting_merge_and_drop_out_when_undone_by_hand(document):
    stack = document.undo_stack
    for rate in (0.05, 0.1, 0.2):
        document.set_setting("training", "learning_rate", rate)
    assert stack.count() == 1
    stack.undo()
    assert document.project.training.learning_rate == 0.03
    stack.redo()
    document.set_setting("training", "learning_rate", 0.03)  # back where it started
    assert stack.count() == 0 and not document.modified
    document.set_setting("training", "learning_rate", 0.05)
    document.set_setting("training", "batch_size", 20)
    document.set_setting("training", "learning_rate", 0.1)
    assert stack.count() == 3  # another setting in between: separate steps


def test_choices_that_clear_options_are_a_step_each(document):
    document.set_setting("data", "noise", 0.3)
    document.set_setting("data", "dataset", "xor")
    document.set_setting("data", "dataset", "spirals")
    document.set_setting("training", "optimizer", "adam")
    document.set_setting("training", "optimizer", "rmsprop")
    assert document.undo_stack.count() == 5
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.project.training.optimizer == "sgd"
    document.undo_stack.undo()
    document.undo_stack.undo()  # the choice of xor undone: circle with the noise it cleared
    assert (document.project.data.dataset, document.project.data.params) == ("circle", {"noise": 0.3})
    document.undo_stack.undo()
    assert document.project.data.params == {}


def test_a_layer_edit_and_a_setting_edit_never_merge(document):
    graph, stack = document.project.graph, document.undo_stack
    dense = graph.nodes_of_kind("Dense")[0].id
    stack.push(commands.SetParam(graph, dense, "units", 5))
    document.set_setting("training", "batch_size", 5)
    stack.push(commands.SetParam(graph, dense, "units", 6))
    assert stack.count() == 3
    stack.undo()
    assert graph.nodes[dense].params["units"] == 5 and document.project.training.batch_size == 5


def test_after_new_or_open_the_settings_still_signal(qtbot, document):
    order: list[str] = []
    document.project_replaced.connect(lambda: order.append("replaced"))
    document.data_changed.connect(lambda: order.append("data"))
    document.training_changed.connect(lambda name, _value: order.append(name))
    other = default_project()
    other.training.learning_rate = 0.5
    document.replace(other, None)
    assert order == ["replaced", "data"]  # the settings' resets are the Document's to announce
    assert document.project.training.learning_rate == 0.5
    assert document.project.training is not other.training
    document.set_setting("training", "epochs", 2)
    assert order[-1] == "epochs"

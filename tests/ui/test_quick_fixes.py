"""Quick fixes: each listed fix makes the problem go away in one undoable step, and the first
network a newcomer builds by hand trains after one click."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest

from playground.core.fixes import InsertOnLink, SetParam, SetTraining
from playground.core.shapes import analyse
from playground.ui import commands
from playground.ui.main_window import MainWindow

from builders import chain_project, dense


def analysis_of(project):
    return analyse(project.graph, project.data.dataset, project.data.params, project.training.loss)


def fixed_in_steps(project, stack: QUndoStack) -> list[str]:
    """Apply the first listed fix until none is left; the labels applied, in order."""
    labels = []
    for _ in range(5):
        fixes = [p.fix for p in analysis_of(project).problems if p.fix is not None]
        if not fixes:
            break
        commands.apply_fix(stack, project.graph, project.training, fixes[0])
        labels.append(fixes[0].label)
    return labels


CASES = {
    # the first network by hand: Dense keeps its default 8 units under binary cross-entropy
    "bce_units": (chain_project([dense(8)], "circle", loss="bce"), ["Give Dense 2 one unit"]),
    "mse_units": (chain_project([dense(8)], "circle", loss="mse"), ["Give Dense 2 one unit"]),
    "ten_classes_bce": (chain_project(["Flatten", dense(8)], "digits", loss="bce"),
                        ["Use cross-entropy and give Dense 4 10 units"]),
    "ce_units": (chain_project(["Flatten", dense(4), ("ReLU", {}), ("Dropout", {})], "digits",
                               loss="cross_entropy"), ["Give Dense 4 10 units"]),
    "dense_on_images": (chain_project([dense(8)], "digits", loss="cross_entropy"),
                        ["Insert a Flatten before Dense 2", "Give Dense 2 10 units"]),
    "images_into_dense": (chain_project([("Conv2D", {}), dense(10)], "digits", loss="cross_entropy"),
                          ["Insert a Flatten before Dense 4"]),
    "no_dense_at_the_end": (chain_project(["Flatten"], "digits", loss="cross_entropy"),
                            ["Add a Dense layer of 10 units before the Output"]),
    "classes_loss_on_numbers": (chain_project([dense(1)], "plane", loss="bce"), ["Use mean squared error"]),
}


@pytest.mark.parametrize("name", CASES)
def test_each_fix_solves_its_problem_in_one_undoable_step(qapp, name):
    project, expected = CASES[name]
    project = project.copy()
    before = project.to_dict()
    stack = QUndoStack()
    assert not analysis_of(project).ok
    assert fixed_in_steps(project, stack) == expected
    assert analysis_of(project).ok, analysis_of(project).problems
    after = project.to_dict()
    assert stack.count() == len(expected)  # one step per fix, however many edits it made
    while stack.canUndo():
        stack.undo()
    assert project.to_dict() == before
    while stack.canRedo():
        stack.redo()
    assert project.to_dict() == after


def test_the_fixes_name_the_edits_they_make():
    project = chain_project(["Flatten", dense(8)], "digits", loss="bce")
    (problem,) = [p for p in analysis_of(project).problems if p.fix]
    assert problem.fix.edits == (SetTraining("loss", "cross_entropy"), SetParam(4, "units", 10))
    project = chain_project([("Conv2D", {}), dense(10)], "digits", loss="cross_entropy")
    (problem,) = [p for p in analysis_of(project).problems if p.fix]
    assert problem.node_id == 4 and problem.fix.edits == (InsertOnLink(5, "Flatten"),)


def test_a_fix_that_no_longer_applies_changes_nothing(qapp):
    from playground.core.graph import GraphError

    project = chain_project([("Conv2D", {}), dense(10)], "digits", loss="cross_entropy")
    (fix,) = [p.fix for p in analysis_of(project).problems if p.fix]
    project.graph.disconnect(5)  # the link the fix would split is gone
    before, stack = project.to_dict(), QUndoStack()
    with pytest.raises(GraphError):
        commands.apply_fix(stack, project.graph, project.training, fix)
    assert project.to_dict() == before


@pytest.fixture
def window(qtbot, tmp_path):
    # not qtbot.addWidget: pytest-qt would close it before the teardown marks the work saved,
    # and the "save your changes?" box would wait forever
    window = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window.show()
    yield window
    window.document.undo_stack.setClean()  # no save prompt on close
    window.close()


def test_the_first_hand_built_network_trains_after_one_click(window):
    window.new_project()
    graph = window.document.project.graph
    window.scene.select_all()  # an empty canvas, as a newcomer starts
    window.scene.delete_selection()
    assert not graph.nodes
    scene, view = window.scene, window.view
    ids = [scene.add_layer(kind, view.mapToScene(x, 100)) for kind, x in
           (("Input", 60), ("Dense", 260), ("Output", 460))]
    for source, target in zip(ids, ids[1:]):
        window.document.undo_stack.push(commands.Connect(graph, source, target))
    assert not window.document.analysis.ok
    rows = window.problems.fix_rows()
    assert list(rows.values())[0].label.startswith("Give Dense")
    row = next(iter(rows))
    item = window.problems.item(row)
    assert "Quick fix" in item.text()
    QTest.mouseClick(window.problems.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.problems.visualItemRect(item).center())
    assert window.document.analysis.ok
    assert window.play_action.isEnabled()
    assert "ready to train" in window.problems.item(0).text()
    window.document.undo_stack.undo()  # one Ctrl+Z takes the fix back
    assert not window.document.analysis.ok

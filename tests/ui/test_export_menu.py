"""File > Export in the window: a script written from the canvas, the trained run's weights and
ONNX file written by the worker, and every refusal said in a message box."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import torch
from test_main_window import _window

from playground.engine.export import onnx as onnx_export
from playground.ui.main_window import EXAMPLES


@pytest.fixture
def window(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    qtbot.waitUntil(lambda: window.controller.snapshot is not None, timeout=30_000)  # the run is built
    yield window
    window.document.undo_stack.setClean()  # no save prompt on close
    window.close()


@pytest.fixture
def answers(monkeypatch, tmp_path):
    """The file dialog answers with the next path given; message boxes are recorded, not shown."""
    state = {"path": "", "warnings": []}
    monkeypatch.setattr("playground.ui.export_dialog.QFileDialog.getSaveFileName",
                        lambda *a, **k: (state["path"], ""))
    monkeypatch.setattr("playground.ui.export_dialog.QMessageBox.warning",
                        lambda parent, title, text: state["warnings"].append(text))
    return state


def test_the_export_menu_sits_in_the_file_menu(window):
    file_menu = window.menuBar().actions()[0].menu()
    assert window.export_menu.menu.menuAction() in file_menu.actions()
    # then the run's curves and plots (tests/ui/test_plot_export.py)
    assert [a.text() for a in window.export_menu.menu.actions()][:3] == ["PyTorch &Script...", "&ONNX...", "&Weights..."]


def test_a_script_is_written_from_the_canvas(window, answers, tmp_path):
    answers["path"] = str(tmp_path / "mine")  # the suffix is added
    window.export_menu.actions["script"].trigger()
    script = tmp_path / "mine.py"
    assert answers["warnings"] == []
    compile(script.read_text(), str(script), "exec")
    assert str(script) in window.statusBar().currentMessage()


def test_a_network_with_problems_is_refused_in_words(window, answers, tmp_path):
    graph = window.document.project.graph
    graph.set_param(max(n.id for n in graph.nodes_of_kind("Dense")), "units", 3)
    answers["path"] = str(tmp_path / "net.py")
    window.export_menu.actions["script"].trigger()
    assert len(answers["warnings"]) == 1 and "problems to fix" in answers["warnings"][0]
    assert not (tmp_path / "net.py").exists()


def test_the_trained_runs_weights_are_saved_by_the_worker(window, answers, qtbot, tmp_path):
    window.run.step()
    qtbot.waitUntil(lambda: window.controller.snapshot.step >= 1, timeout=30_000)
    answers["path"] = str(tmp_path / "w.pt")
    window.export_menu.actions["weights"].trigger()
    qtbot.waitUntil(lambda: "w.pt" in window.statusBar().currentMessage(), timeout=30_000)
    saved = torch.load(tmp_path / "w.pt", weights_only=True)
    assert all(key.startswith("dense_") for key in saved)  # the canvas's names, as the script has them


def test_onnx_without_the_extra_names_the_pip_command(window, answers, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(onnx_export, "onnx_available", lambda: False)  # the thread worker shares this process
    answers["path"] = str(tmp_path / "net.onnx")
    window.export_menu.actions["onnx"].trigger()
    qtbot.waitUntil(lambda: bool(answers["warnings"]), timeout=30_000)
    assert "pip install" in answers["warnings"][0]
    assert not (tmp_path / "net.onnx").exists()


def test_the_runs_network_is_written_as_onnx_and_keeps_training(window, answers, qtbot, tmp_path):
    pytest.importorskip("onnxscript")
    answers["path"] = str(tmp_path / "net.onnx")
    window.export_menu.actions["onnx"].trigger()
    qtbot.waitUntil(lambda: "net.onnx" in window.statusBar().currentMessage(), timeout=60_000)
    assert answers["warnings"] == [] and (tmp_path / "net.onnx").stat().st_size > 0
    start = window.controller.snapshot.step
    window.run.step()
    qtbot.waitUntil(lambda: window.controller.snapshot.step > start, timeout=30_000)


def test_weights_saved_beside_a_project_start_its_run_when_it_is_opened(window, answers, qtbot, tmp_path):
    project_file = tmp_path / "net.json"
    window.document.save(project_file)
    window.run.step_epoch()
    # the snapshot published at the epoch's end (those under way show the weights of earlier steps)
    qtbot.waitUntil(lambda: window.controller.snapshot.step == window.controller.snapshot.steps_per_epoch,
                    timeout=30_000)
    trained = window.controller.snapshot
    answers["path"] = str(tmp_path / "net.pt")  # where the dialog proposes it: beside the project
    window.export_menu.actions["weights"].trigger()
    qtbot.waitUntil(lambda: "net.pt" in window.statusBar().currentMessage(), timeout=30_000)
    window.open_example(EXAMPLES / "xor.json")  # another network, not trained: opening replaces its run
    qtbot.waitUntil(lambda: window.controller.snapshot is not None, timeout=30_000)
    notices = []
    window.run.notice.connect(lambda text, kind, button: notices.append(text))
    window.document.open(project_file)  # as File > Open does
    qtbot.waitUntil(lambda: window.controller.snapshot is not None and window.controller.snapshot.step == 0,
                    timeout=30_000)
    assert window.controller.snapshot.train_loss == pytest.approx(trained.train_loss, rel=1e-5)
    assert any("net.pt" in text for text in notices)
    assert not any("another network" in text for text in notices)
    window.run.reset()  # new weights: the saved ones start one run only
    qtbot.waitUntil(lambda: window.controller.snapshot is not None and window.controller.snapshot.step == 0,
                    timeout=30_000)
    assert window.controller.snapshot.train_loss != pytest.approx(trained.train_loss, rel=1e-3)


def test_the_window_still_imports_no_torch():
    code = "import sys, playground.ui.main_window, playground.ui.export_dialog; print('torch' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.stdout.strip() == "False", result.stderr

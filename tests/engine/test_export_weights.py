"""Weights files: the app's trained weights under the exported script's names, loaded both ways,
never unpickling objects, and refused in plain words when they belong to another network."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest
import torch
from builders import chain_project, default_on, dense, trained

from playground.cli import _load
from playground.engine.export.script import export_script
from playground.engine.export.source import ExportError
from playground.engine.export.weights import exported_state, load_weights, save_weights
from playground.engine.runner import Exported, ProcessRunner, ThreadRunner
from playground.engine.snapshot import RunError, Snapshot
from playground.engine.trainer import Trainer

pytestmark = pytest.mark.usefixtures("one_torch_thread")

EXAMPLES = Path(__file__).resolve().parents[2] / "assets" / "examples"


def test_the_script_loads_the_apps_trained_weights_and_computes_the_same(tmp_path):
    project = _load(str(EXAMPLES / "residual_add.json"))
    project.training.device = "cpu"
    trainer = trained(project, epochs=2)
    save_weights(trainer.model, project.graph, tmp_path / "w.pt")
    (tmp_path / "net.py").write_text(export_script(project))
    net = runpy.run_path(str(tmp_path / "net.py"), run_name="exported_net")["Net"]()
    net.load_state_dict(torch.load(tmp_path / "w.pt", weights_only=True))
    x = trainer.tensors.x_test[:9]
    torch.testing.assert_close(net.eval()(x), trainer.predict(x))


def test_weights_go_back_into_a_fresh_app_model(tmp_path):
    project = chain_project([dense(6), ("BatchNorm", {}), dense(1)], "circle")
    first = trained(project, epochs=1)
    save_weights(first.model, project.graph, tmp_path / "w.pt")
    project.training.weight_seed = 7  # other starting weights
    second = Trainer.from_project(project)
    load_weights(second.model, project.graph, tmp_path / "w.pt")
    for key, value in exported_state(first.model, project.graph).items():
        torch.testing.assert_close(exported_state(second.model, project.graph)[key], value)


def test_weights_of_another_network_are_refused(tmp_path):
    small = chain_project([dense(3), dense(1)], "circle")
    save_weights(trained(small, epochs=1).model, small.graph, tmp_path / "w.pt")
    wide = chain_project([dense(5), dense(1)], "circle")
    with pytest.raises(ExportError, match="another network"):
        load_weights(Trainer.from_project(wide).model, wide.graph, tmp_path / "w.pt")


class Payload:
    """Stands for any object a hostile file could pickle."""


def test_a_file_holding_objects_is_not_unpickled(tmp_path):
    torch.save({"payload": Payload()}, tmp_path / "evil.pt")
    project = chain_project([dense(3), dense(1)], "circle")
    with pytest.raises(ExportError, match="not a weights file"):
        load_weights(Trainer.from_project(project).model, project.graph, tmp_path / "evil.pt")
    with pytest.raises(ExportError, match="no weights file"):
        load_weights(Trainer.from_project(project).model, project.graph, tmp_path / "missing.pt")


def test_the_app_worker_process_saves_its_runs_weights(tmp_path):
    """File > Export > Weights asks the worker process, which holds the trained network."""
    runner = ProcessRunner()
    try:
        runner.start()
        runner.export("weights", str(tmp_path / "none.pt"))  # before any run: a sentence, no file
        (refused,) = [m for m in runner.wait_for(lambda m: isinstance(m, Exported), 90) if isinstance(m, Exported)]
        assert "no network to export" in refused.error
        project = default_on()
        runner.load(project)
        runner.step(5)
        runner.export("weights", str(tmp_path / "w.pt"))
        (done,) = [m for m in runner.wait_for(lambda m: isinstance(m, Exported), 90) if isinstance(m, Exported)]
    finally:
        runner.close()
    assert (done.kind, done.path, done.error) == ("weights", str(tmp_path / "w.pt"), "")
    fresh = Trainer.from_project(project)
    load_weights(fresh.model, project.graph, tmp_path / "w.pt")  # the canvas's network, moved by 5 steps
    assert not torch.equal(fresh.model.state_dict()["layers.2.0.weight"],
                           Trainer.from_project(project).model.state_dict()["layers.2.0.weight"])


def test_a_run_loaded_with_weights_of_another_network_says_so_and_starts_fresh(tmp_path):
    small = chain_project([dense(3), dense(1)], "circle")
    save_weights(trained(small, epochs=1).model, small.graph, tmp_path / "w.pt")
    runner = ThreadRunner()
    try:
        runner.start()
        runner.load(chain_project([dense(5), dense(1)], "circle"), weights=str(tmp_path / "w.pt"))
        seen = runner.wait_for(lambda m: isinstance(m, Snapshot), 60)
    finally:
        runner.close()
    errors = [m.message for m in seen if isinstance(m, RunError)]
    assert len(errors) == 1 and "another network" in errors[0] and "new weights" in errors[0]

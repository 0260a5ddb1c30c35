"""Training on an NVIDIA GPU: skipped (not faked) where torch sees none."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from playground.core.project import default_project
from playground.engine.probes import Probe
from playground.engine.runner import READY, ThreadRunner
from playground.engine.snapshot import PAUSED, RunStatus, Snapshot
from playground.engine.trainer import Trainer, available_devices

pytestmark = pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU visible to torch")


def gpu_project(device: str = "cuda"):
    project = default_project()
    project.training.device = device
    return project


def test_training_runs_on_the_gpu():
    trainer = Trainer.from_project(gpu_project())
    assert trainer.device.type == "cuda"
    trainer.run(steps=40)
    assert trainer.step_count == 40 and not trainer.diverged
    assert all(p.device.type == "cuda" for p in trainer.model.parameters())
    assert all(t.device.type == "cuda" for t in vars(trainer.tensors).values())
    metrics = trainer.evaluate()
    assert np.isfinite(metrics.test_loss) and 0.0 <= metrics.test_accuracy <= 1.0


def test_gpu_and_cpu_learn_alike():
    gpu = Trainer.from_project(gpu_project())
    cpu = Trainer.from_project(gpu_project("cpu"))
    for a, b in zip(gpu.model.parameters(), cpu.model.parameters()):  # same seed, same start
        torch.testing.assert_close(a.cpu(), b)
    gpu.run(epochs=60)
    cpu.run(epochs=60)
    assert all(p.device.type == "cuda" for p in gpu.model.parameters())
    gpu_acc, cpu_acc = gpu.evaluate().test_accuracy, cpu.evaluate().test_accuracy
    assert gpu_acc >= 0.9  # float sums differ on the GPU: close to the CPU run, not bit for bit
    assert abs(gpu_acc - cpu_acc) <= 0.1


def test_auto_picks_the_gpu_and_devices_list_it():
    assert "cuda:0" in available_devices()
    assert Trainer.from_project(gpu_project("auto")).device.type == "cuda"


def test_snapshot_of_a_gpu_run_is_plain_numpy():
    trainer = Trainer.from_project(gpu_project())
    trainer.run(steps=20)
    snap = Probe(trainer).snapshot()
    assert snap.device.startswith("cuda")
    plane = snap.views["plane"]
    assert isinstance(plane.grid, np.ndarray) and plane.grid.shape == (100, 100, 2)
    assert isinstance(snap.grad_norms, np.ndarray) and (snap.grad_norms > 0).all()
    assert all(isinstance(m, np.ndarray) for m in plane.neuron_maps.values())


def test_runner_trains_on_the_gpu():
    runner = ThreadRunner()
    try:
        runner.start()
        runner.wait_for(lambda m: isinstance(m, RunStatus) and m.state == READY, 90)
        runner.load(gpu_project(), device="cuda")
        first = [m for m in runner.wait_for(lambda m: isinstance(m, Snapshot), 30) if isinstance(m, Snapshot)][0]
        assert first.device.startswith("cuda") and first.state == PAUSED
        runner.step(10)
        snap = [m for m in runner.wait_for(lambda m: isinstance(m, Snapshot) and m.step == 10, 30)
                if isinstance(m, Snapshot)][-1]
        assert snap.device.startswith("cuda") and np.isfinite(snap.train_loss)
    finally:
        runner.close()

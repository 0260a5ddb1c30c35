"""Exported scripts run as a student runs them: `python net.py` for every shipped example, and
`torchrun --nproc_per_node=2 net.py` on CPU (gloo, DistributedDataParallel)."""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import torch

from builders import single_networks, with_user_files

from playground.cli import _load
from playground.engine.export.script import write_script

EXAMPLES = single_networks(sorted((Path(__file__).resolve().parents[2] / "assets" / "examples").glob("*.json")))
TIMEOUT = 120  # seconds for one script: ~3 s each on a quiet 2-core machine


def _run(command: list[str], folder: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("WORLD_SIZE", "RANK", "LOCAL_RANK")}
    return subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=TIMEOUT,
                          env={**env, "OMP_NUM_THREADS": "1"})


def test_every_example_exports_to_a_script_that_trains_one_epoch(tmp_path):
    scripts = [write_script(with_user_files(_load(str(path)), path.stem, tmp_path / path.stem), tmp_path / f"{path.stem}.py")
               for path in EXAMPLES]
    # two at a time: the machine has two cores, and each run is mostly torch's import
    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = list(pool.map(lambda s: _run([sys.executable, str(s), "--epochs", "1", "--device", "cpu"], tmp_path),
                             scripts))
    for script, run in zip(scripts, runs):
        assert run.returncode == 0, f"{script.name}:\n{run.stderr}"
        assert "epoch 1/1" in run.stdout and "test loss" in run.stdout, f"{script.name}:\n{run.stdout}"
        assert script.with_suffix(".pt").is_file(), script.name


def test_a_script_runs_under_torchrun_on_two_cpu_processes(tmp_path):
    script = write_script(_load(str(EXAMPLES[0].with_name("concat_branches.json"))), tmp_path / "net.py")
    run = _run([sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node=2", str(script),
                "--epochs", "2", "--device", "cpu"], tmp_path)
    assert run.returncode == 0, run.stderr
    assert "2 processes on cpu" in run.stdout
    assert run.stdout.count("epoch 2/2") == 1  # rank 0 alone prints
    assert "test accuracy" in run.stdout
    saved = torch.load(tmp_path / "net.pt", weights_only=True)
    assert all(not k.startswith("module.") for k in saved)  # the plain Net's names, not DDP's

"""`python -m playground train`: trains a saved project headless and prints its metrics.

Every case is a real subprocess, two at a time (each imports torch, which is most of their
time); each test reads its own result.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from playground.core.project import default_project

REPO = Path(__file__).resolve().parents[1]


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


def _project_files(folder: Path) -> dict[str, Path]:
    files = {}
    good = default_project()
    good.training.device = "cpu"
    files["default"] = folder / "default.json"
    good.save(files["default"])

    invalid = default_project()
    invalid.graph.set_param(max(n.id for n in invalid.graph.nodes_of_kind("Dense")), "units", 2)
    files["invalid"] = folder / "invalid.json"
    invalid.save(files["invalid"])

    diverging = default_project()
    diverging.training.loss, diverging.training.learning_rate = "mse", 100.0
    files["diverging"] = folder / "diverging.json"
    diverging.save(files["diverging"])

    blowing_up = default_project()  # tanh saturates: the loss explodes but stays finite
    blowing_up.training.device, blowing_up.training.learning_rate = "cpu", 100.0
    files["blowing_up"] = folder / "blowing_up.json"
    blowing_up.save(files["blowing_up"])

    files["not_json"] = folder / "not_json.json"
    files["not_json"].write_text("{ this is not a project", encoding="utf-8")
    files["missing"] = folder / "missing.json"
    return files


CASES = {
    "epochs": ("default", ["--epochs", "60"]),
    "steps_cpu": ("default", ["--steps", "7", "--device", "cpu", "--quiet"]),
    "invalid": ("invalid", ["--epochs", "1"]),
    "not_json": ("not_json", ["--epochs", "1"]),
    "missing": ("missing", ["--epochs", "1"]),
    "diverging": ("diverging", ["--epochs", "20"]),
    "blowing_up": ("blowing_up", ["--epochs", "20"]),
}


PARALLEL = 2  # more at once only fight over the cores (each run has torch's threads)


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, Result]:
    files = _project_files(tmp_path_factory.mktemp("cli"))
    waiting = list(CASES.items())
    running: dict[str, subprocess.Popen] = {}
    results: dict[str, Result] = {}
    try:
        while waiting or running:
            while waiting and len(running) < PARALLEL:
                name, (key, args) = waiting.pop(0)
                running[name] = subprocess.Popen(
                    [sys.executable, "-m", "playground", "train", str(files[key]), *args],
                    cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            name = next(iter(running))  # oldest first
            proc = running.pop(name)
            out, err = proc.communicate(timeout=180)
            results[name] = Result(proc.returncode, out, err)
    finally:
        for proc in running.values():
            proc.kill()
            proc.communicate()
    return results


def test_train_prints_losses_and_accuracies(runs):
    r = runs["epochs"]
    assert r.returncode == 0, r.stderr
    assert "1500 steps, 60.0 epochs" in r.stdout
    metrics = re.search(r"train loss (\d+\.\d+)\s+test loss (\d+\.\d+)\s+train accuracy (\d+\.\d)%\s+"
                        r"test accuracy (\d+\.\d)%", r.stdout)
    assert metrics, r.stdout
    train_loss, test_loss, train_acc, test_acc = map(float, metrics.groups())
    assert test_acc >= 95.0 and train_acc >= 95.0
    assert test_loss < 0.3
    assert "on cpu" in r.stderr  # the header line goes to stderr, results to stdout
    assert "Traceback" not in r.stderr


def test_steps_and_device(runs):
    r = runs["steps_cpu"]
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("7 steps, 0.3 epochs")
    assert "train loss" in r.stdout and "test accuracy" in r.stdout
    assert "on cpu: 7 steps" in r.stderr


def test_an_invalid_network_exits_1_with_the_reason(runs):
    r = runs["invalid"]
    assert r.returncode == 1
    assert "exactly 1 output unit" in r.stderr and "Traceback" not in r.stderr
    assert r.stdout == ""


@pytest.mark.parametrize("case, words", [("not_json", "not valid JSON"), ("missing", "There is no file")])
def test_a_bad_file_exits_2(runs, case, words):
    r = runs[case]
    assert r.returncode == 2
    assert words in r.stderr and "Traceback" not in r.stderr


def test_a_diverging_run_says_so(runs):
    r = runs["diverging"]
    assert r.returncode == 3
    assert "diverged" in r.stderr and "learning rate (100)" in r.stderr
    assert "train loss" in r.stdout  # the restored weights are still measured


def test_a_loss_that_explodes_but_stays_finite_stops_the_run_too(runs):
    r = runs["blowing_up"]
    assert r.returncode == 3, r.stderr
    assert "the run is diverging" in r.stderr and "learning rate (100)" in r.stderr
    grew = re.search(r"the loss grew from (\d+\.?\d*) to (\d+\.?\d*)", r.stderr)
    assert grew and float(grew.group(2)) > 20 * float(grew.group(1)), r.stderr
    assert "train loss" in r.stdout and "Traceback" not in r.stderr

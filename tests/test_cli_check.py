"""`python -m playground check FILE`: exit codes and what it prints, on good, invalid and broken files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from playground.core.project import default_project

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((REPO / "assets" / "examples").glob("*.json"))
NEEDS_LOCAL_FILES = {"csv", "mnist", "cifar10"}  # data sets that read a user's files


def check(path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "playground", "check", str(path)], cwd=REPO,
                          capture_output=True, text=True, timeout=60)


def test_good_file(tmp_path):
    path = tmp_path / "good.json"
    default_project().save(path)
    result = check(path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Untitled: data set circle, loss bce, optimizer sgd\n")
    assert "Dense 2   (8,)              24" in result.stdout
    assert "Total parameters: 105" in result.stdout
    assert result.stderr == ""


def test_invalid_network_prints_the_node_and_its_problem(tmp_path):
    project = default_project()
    project.graph.set_param(4, "units", 3)  # three units, but BCE wants one
    path = tmp_path / "bad_net.json"
    project.save(path)
    result = check(path)
    assert result.returncode == 1
    assert "error: Output 5: Binary cross-entropy needs exactly 1 output unit" in result.stderr
    assert f"{path}: 1 problem(s) to fix before training." in result.stderr
    assert "Total parameters" not in result.stdout


def test_warnings_alone_pass(tmp_path):
    project = default_project()
    project.graph.add_node("Dense", node_id=40)
    path = tmp_path / "warn.json"
    project.save(path)
    result = check(path)
    assert result.returncode == 0
    assert "warning: Dense 40 is not connected to the Output" in result.stderr  # named once
    assert "Total parameters: 105" in result.stdout


def test_broken_file_prints_the_location(tmp_path):
    data = default_project().to_dict()
    data["graph"]["nodes"][1]["params"]["units"] = 0
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data))
    result = check(path)
    assert result.returncode == 2
    assert result.stderr.strip() == f"{path}: graph.nodes[1].params: Units is 0 but must be at least 1"


def test_not_json_prints_line_and_column(tmp_path):
    path = tmp_path / "garbage.json"
    path.write_text("{\n  oops\n}")
    result = check(path)
    assert result.returncode == 2
    assert "not valid JSON (line 2, column 3" in result.stderr


def test_missing_file(tmp_path):
    result = check(tmp_path / "missing.json")
    assert result.returncode == 2
    assert "There is no file" in result.stderr


def test_there_are_examples():
    assert len(EXAMPLES) >= 10


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_example_passes_check(path):
    dataset = json.loads(path.read_text())["data"]["dataset"]
    if dataset in NEEDS_LOCAL_FILES:
        pytest.skip(f"{path.name} needs local files ({dataset})")
    result = check(path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == "", "an example should not even have warnings"
    assert "Total parameters" in result.stdout

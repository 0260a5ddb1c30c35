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


def check(path, cwd=REPO) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "playground", "check", str(path)], cwd=cwd,
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
    result = check(path)  # an example that reads a file ships it (the CSV example: assets/iris.csv)
    assert result.returncode == 0, result.stderr
    assert result.stderr == "", "an example should not even have warnings"
    assert "Total parameters" in result.stdout


def test_a_relative_data_path_is_read_beside_the_project_from_any_folder(tmp_path):
    """`check` reads a project's relative CSV path as the window and `train` do: beside the file."""
    folder = tmp_path / "proj"
    folder.mkdir()
    (folder / "data.csv").write_text("a,b,label\n" + "".join(f"{i},{i % 5},{i % 2}\n" for i in range(30)))
    project = json.loads((REPO / "assets" / "examples" / "iris_table.json").read_text())
    project["data"]["params"] = {"path": "data.csv"}
    project["graph"]["nodes"][2]["params"]["units"] = 2  # two classes in this table
    (folder / "p.json").write_text(json.dumps(project))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = check(Path("..") / "proj" / "p.json", cwd=elsewhere)
    assert result.returncode == 0, result.stderr
    assert "data set csv" in result.stdout

"""`python -m playground check FILE`: exit codes and what it prints, on good, invalid and broken files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from playground.core.graph import Graph
from playground.core.project import DataSettings, Project, TrainSettings, default_project

from builders import USER_FOLDER_EXAMPLES, make_cifar, make_mnist

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
    assert "  quick fix: Give Dense 4 one unit\n" in result.stderr  # what the app offers as one click
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
    if path.stem in USER_FOLDER_EXAMPLES:  # MNIST, CIFAR-10: until the user chooses their folder
        assert result.returncode == 1 and "choose one in the data panel" in result.stderr, result.stderr
        return
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


# ----- in-process: damaged files and data files give a sentence and an exit code, never a traceback
def run_check(capsys, path, command: str = "check") -> tuple[int, str, str]:
    from playground.cli import main

    code = main([command, str(path)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def write_text_variant(tmp_path, old: str, new: str) -> Path:
    text = default_project().to_json()
    assert old in text
    path = tmp_path / "p.json"
    path.write_text(text.replace(old, new, 1))
    return path


@pytest.mark.parametrize("old, new, words", [
    ('"weight_seed": 1', '"weight_seed": 1' + "0" * 4400, "a number thousands of digits long"),
    ('"x": 220.0', '"x": 1' + "0" * 4400, "a number thousands of digits long"),
    ('"x": 220.0', '"x": 1' + "0" * 400, "graph.nodes[1].x: the number is far too large"),
])
@pytest.mark.parametrize("command", ["check", "train"])
def test_huge_numbers_are_a_plain_message(tmp_path, capsys, old, new, words, command):
    code, out, err = run_check(capsys, write_text_variant(tmp_path, old, new), command)
    assert code == 2 and words in err and out == ""


def test_a_lone_surrogate_in_the_title_prints(tmp_path, capsys):
    code, out, err = run_check(capsys, write_text_variant(tmp_path, '"title": "Untitled"',
                                                          '"title": "\\ud800XOR"'))
    assert code == 0 and out.startswith("\ufffdXOR: data set circle")


def mnist_project(tmp_path, path: str) -> Path:
    project = json.loads((REPO / "assets" / "examples" / "digits_mlp.json").read_text())
    project["data"] = {"dataset": "mnist", "params": {"path": path}}
    file = tmp_path / "mnist.json"
    file.write_text(json.dumps(project))
    return file


def test_check_reads_the_mnist_files_that_train_reads(tmp_path, capsys):
    make_mnist(tmp_path / "digits")
    code, out, err = run_check(capsys, mnist_project(tmp_path, "digits"))  # beside the project
    assert code == 0, err
    assert "data set mnist" in out


def test_a_missing_mnist_folder_is_refused_beside_the_project(tmp_path, capsys):
    code, out, err = run_check(capsys, mnist_project(tmp_path, "nowhere"))
    assert code == 1 and out == ""
    assert f"The folder '{tmp_path / 'nowhere'}' does not exist" in err


@pytest.mark.parametrize("damage, words", [
    (lambda b: b[:-3], "is truncated"),
    (lambda b: b"\x00\x00\x08\x07" + b[4:], "magic number is 0x00000807"),
    (lambda b: b[:4] + (2**32 - 1).to_bytes(4, "big") + b[8:], "announces 4294967295x28x28 values"),
])
def test_damaged_idx_files_are_refused_with_the_loaders_sentence(tmp_path, capsys, damage, words):
    make_mnist(tmp_path / "digits")
    images = tmp_path / "digits" / "train-images-idx3-ubyte"
    images.write_bytes(damage(images.read_bytes()))
    code, out, err = run_check(capsys, mnist_project(tmp_path, "digits"))
    assert code == 1 and out == ""
    assert words in err and "train-images-idx3-ubyte" in err


def test_a_missing_cifar_batch_is_refused(tmp_path, capsys):
    make_cifar(tmp_path / "c")
    (tmp_path / "c" / "data_batch_3.bin").unlink()
    project = json.loads((REPO / "assets" / "examples" / "digits_mlp.json").read_text())
    project["data"] = {"dataset": "cifar10", "params": {"path": str(tmp_path / "c")}}
    file = tmp_path / "c.json"
    file.write_text(json.dumps(project))
    code, out, err = run_check(capsys, file)
    assert code == 1 and "has no data_batch_3.bin" in err


def test_a_network_without_weights_is_refused_as_train_refuses_it(tmp_path, capsys):
    graph = Graph()
    graph.connect(graph.add_node("Input").id, graph.add_node("Output").id)
    path = tmp_path / "bare.json"
    Project(graph, DataSettings("plane", {"feature_x2": False}), TrainSettings(loss="mse")).save(path)
    code, out, err = run_check(capsys, path)
    assert code == 1 and "The network has nothing to learn" in err


def test_check_reads_the_data_without_importing_torch(tmp_path):
    make_mnist(tmp_path / "digits")
    path = mnist_project(tmp_path, "digits")
    code = ("import sys; from playground.cli import main; rc = main(['check', sys.argv[1]]); "
            "sys.exit(rc if 'torch' not in sys.modules else 9)")
    result = subprocess.run([sys.executable, "-c", code, str(path)], cwd=REPO, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr

"""`playground train --csv FILE` and `--tensorboard DIR`: the run's curves and metrics out of the
command line, in-process through `playground.cli.main`; a file that cannot be written is a
sentence and exit code 5 (the run still trains), a missing tensorboard package a 2 before any
training."""

from __future__ import annotations

import csv
import errno
import json
import math
import sys
from pathlib import Path

import pytest

from playground.cli import main
from playground.core import exit_codes
from playground.core.curves_csv import columns
from playground.core.project import default_project, load_project
from playground.core.resources import examples_dir

STEPS, EVERY = 30, 10


@pytest.fixture(scope="module")
def projects(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("curves")
    made = {"classifier": folder / "classifier.json", "regression": folder / "regression.json"}
    project = default_project()
    project.training.device = "cpu"
    project.save(made["classifier"])
    regression = load_project(examples_dir() / "function_sin.json")
    regression.training.device = "cpu"
    regression.save(made["regression"])
    return made


def run_cli(argv: list[str], capsys) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = 0 if exc.code is None else exc.code
    out, err = capsys.readouterr()
    return code, out, err


def train(project: Path, capsys, *options: str) -> tuple[int, str, str]:
    return run_cli(["train", str(project), "--steps", str(STEPS), "--quiet", "--log-every", str(EVERY),
                    *options], capsys)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_the_csv_has_a_row_per_point_then_the_final_metrics_of_json(projects, tmp_path, capsys):
    out_file = tmp_path / "curves.csv"
    code, out, err = train(projects["classifier"], capsys, "--csv", str(out_file), "--json")
    assert code == exit_codes.OK, err
    result = json.loads(out)  # still the one object on stdout
    rows = read_csv(out_file)
    assert list(rows[0]) == columns(classification=True)
    points, final = rows[:-1], rows[-1]
    assert [r["record"] for r in points] == ["curve"] * len(points) and final["record"] == "final"
    assert [int(r["step"]) for r in points] == list(range(0, STEPS + 1, EVERY))
    for row in points:
        assert 0 <= float(row["train_accuracy"]) <= 1 and math.isfinite(float(row["train_loss"]))
        assert float(row["learning_rate"]) == pytest.approx(0.03)
    assert int(final["step"]) == result["steps"] == STEPS
    for name in ("train_loss", "test_loss", "train_accuracy", "test_accuracy"):
        assert float(final[name]) == result[name]
    assert "curves saved to" in err


def test_a_regression_s_csv_ends_with_its_error_and_r2(projects, tmp_path, capsys):
    out_file = tmp_path / "fit.csv"
    code, _, err = train(projects["regression"], capsys, "--csv", str(out_file))
    assert code == exit_codes.OK, err
    rows = read_csv(out_file)
    assert list(rows[0]) == columns(classification=False)
    assert "train_accuracy" not in rows[0]
    final = rows[-1]
    assert final["record"] == "final"
    assert float(final["train_mae"]) > 0 and float(final["test_r2"]) <= 1
    assert rows[0]["train_mae"] == ""  # the live curves record the loss only


def test_tensorboard_reads_the_scalars_and_histograms_back(projects, tmp_path, capsys):
    pytest.importorskip("tensorboard")
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    logs, out_file = tmp_path / "runs" / "first", tmp_path / "curves.csv"
    code, _, err = train(projects["classifier"], capsys, "--tensorboard", str(logs), "--csv", str(out_file))
    assert code == exit_codes.OK, err
    events = EventAccumulator(str(logs), size_guidance={"scalars": 0, "histograms": 0})
    events.Reload()
    tags = events.Tags()
    assert {"loss/train", "loss/test", "accuracy/train", "accuracy/test", "learning_rate"} <= set(tags["scalars"])
    points = [r for r in read_csv(out_file) if r["record"] == "curve"]
    scalars = events.Scalars("loss/train")
    assert [s.step for s in scalars] == [int(r["step"]) for r in points]
    assert [s.value for s in scalars] == pytest.approx([float(r["train_loss"]) for r in points], rel=1e-6)
    layers = [n.label for n in load_project(projects["classifier"]).graph.nodes_of_kind("Dense")]
    for layer in layers:
        assert f"weights/{layer}/weight" in tags["histograms"]
        assert f"gradients/{layer}/bias" in tags["histograms"]
    weights = events.Histograms(f"weights/{layers[0]}/weight")
    assert [h.step for h in weights] == [int(r["step"]) for r in points]
    assert weights[-1].histogram_value.num > 0
    # no gradients before the first step
    assert [h.step for h in events.Histograms(f"gradients/{layers[0]}/weight")][0] == EVERY


def test_without_tensorboard_installed_the_command_names_the_pip_command(projects, tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "tensorboard", None)  # import tensorboard raises ImportError
    code, out, err = train(projects["classifier"], capsys, "--tensorboard", str(tmp_path / "logs"))
    assert code == exit_codes.UNUSABLE
    assert 'pip install "neural-playground[tensorboard]"' in err and "Traceback" not in err
    assert "Training" not in err and out == ""  # refused before training
    assert not (tmp_path / "logs").exists()


def _permission_denied(*args, **kwargs):
    raise PermissionError(errno.EACCES, "Permission denied")


@pytest.mark.parametrize("fault", ["no folder", "no permission", "a folder"])
def test_a_csv_that_cannot_be_written_is_a_sentence_and_code_5_after_training(
        projects, tmp_path, capsys, monkeypatch, fault):
    target = tmp_path / "missing" / "curves.csv"
    if fault == "no permission":  # tests may run as root, whom no mode stops
        target = tmp_path / "curves.csv"
        monkeypatch.setattr("playground.core.atomic_file.os.open", _permission_denied)
    elif fault == "a folder":
        target = tmp_path
    code, out, err = train(projects["classifier"], capsys, "--csv", str(target))
    assert code == exit_codes.UNSAVED
    assert "test accuracy" in out  # it trained and said how it went
    expected = {"no folder": f"the folder {tmp_path / 'missing'} does not exist",
                "no permission": "you are not allowed to write there",
                "a folder": f"{tmp_path} is a folder"}[fault]
    assert "The curves could not be saved" in err and expected in err and "Traceback" not in err


@pytest.mark.parametrize("fault", ["a file", "no permission"])
def test_tensorboard_logs_that_cannot_be_written_are_said_at_once_and_code_5(
        projects, tmp_path, capsys, monkeypatch, fault):
    pytest.importorskip("tensorboard")
    target = tmp_path / "logs"
    if fault == "a file":
        target.write_text("not a folder")
    else:
        monkeypatch.setattr(Path, "mkdir", _permission_denied)
    out_file = tmp_path / "curves.csv"
    code, out, err = train(projects["classifier"], capsys, "--tensorboard", str(target), "--csv", str(out_file))
    assert code == exit_codes.UNSAVED
    assert err.index("TensorBoard logs could not be written") < err.index("Training goes on")
    assert ("is a file, not a folder" if fault == "a file" else "not allowed to write there") in err
    assert read_csv(out_file)[-1]["record"] == "final"  # the other outputs are still written

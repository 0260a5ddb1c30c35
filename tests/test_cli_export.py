"""`playground export` and `playground train --save-weights`, through the command's main()."""

from __future__ import annotations

from pathlib import Path

import pytest

from playground.cli import main
from playground.core.project import default_project

EXAMPLES = Path(__file__).resolve().parents[1] / "assets" / "examples"
pytestmark = pytest.mark.usefixtures("one_torch_thread")


def test_export_to_a_script(tmp_path, capsys):
    out = tmp_path / "net.py"
    assert main(["export", str(EXAMPLES / "xor.json"), "--to", "script", "-o", str(out)]) == 0
    assert f"script written to {out}" in capsys.readouterr().out
    compile(out.read_text(), str(out), "exec")


def test_the_default_output_is_the_projects_name_in_this_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["export", str(EXAMPLES / "spiral.json"), "--to", "script"]) == 0
    assert (tmp_path / "spiral.py").is_file()


def test_export_a_trained_network_to_onnx(tmp_path, capsys):
    pytest.importorskip("onnxscript")
    weights, out = tmp_path / "w.pt", tmp_path / "xor.onnx"
    assert main(["train", str(EXAMPLES / "xor.json"), "--epochs", "1", "--device", "cpu", "--quiet",
                 "--save-weights", str(weights)]) == 0
    assert f"weights saved to {weights}" in capsys.readouterr().out
    assert main(["export", str(EXAMPLES / "xor.json"), "--to", "onnx", "--weights", str(weights), "-o", str(out)]) == 0
    assert out.stat().st_size > 0


def test_weights_are_explained_not_exported(capsys):
    assert main(["export", str(EXAMPLES / "xor.json"), "--to", "weights"]) == 1
    assert "--save-weights" in capsys.readouterr().err


def test_problems_and_unreadable_files_are_said_in_plain_words(tmp_path, capsys):
    broken = default_project()
    broken.graph.set_param(max(n.id for n in broken.graph.nodes_of_kind("Dense")), "units", 2)
    broken.save(tmp_path / "broken.json")
    assert main(["export", str(tmp_path / "broken.json"), "--to", "script", "-o", str(tmp_path / "x.py")]) == 1
    err = capsys.readouterr().err
    assert "problems to fix" in err and "Traceback" not in err
    assert not (tmp_path / "x.py").exists()
    (tmp_path / "bad.json").write_text("{")
    assert main(["export", str(tmp_path / "bad.json"), "--to", "script"]) == 2


def test_onnx_weights_of_another_network_are_refused(tmp_path, capsys):
    pytest.importorskip("onnxscript")
    (tmp_path / "w.pt").write_bytes(b"not a weights file")
    code = main(["export", str(EXAMPLES / "xor.json"), "--to", "onnx", "--weights", str(tmp_path / "w.pt"),
                 "-o", str(tmp_path / "x.onnx")])
    assert code == 1
    assert "not a weights file" in capsys.readouterr().err

"""`playground check`, `train` and `export` on GAN projects, in-process through `main`: the check
names each layer's network and the GAN's settings, train prints D's and G's losses, export refuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from builders import dense, gan_project

from playground.cli import main
from playground.core import exit_codes
from playground.engine.export.kinds import GAN_REFUSED

pytestmark = pytest.mark.usefixtures("one_torch_thread")

EXAMPLES = Path(__file__).resolve().parents[1] / "assets" / "examples"


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_check_shows_g_and_d_and_the_gan_settings(capsys):
    code, out, err = run(capsys, "check", EXAMPLES / "gan_digits.json")
    assert code == exit_codes.OK, err
    assert "GAN, non-saturating loss; D: adam, learning rate 0.001, 1 step(s); G: adam" in out
    assert "G Dense 6      (64,)" in out and "G Generated 8  (1, 8, 8)" in out and "D Flatten 12   (64,)" in out


def test_check_refuses_a_generator_without_weights(tmp_path, capsys):
    path = tmp_path / "g.json"
    gan_project("ring", ["Tanh"]).save(path)
    code, _, err = run(capsys, "check", path)
    assert code == exit_codes.PROBLEMS
    assert "G has nothing to learn: add a layer with weights (Dense, ...) to G, between the Noise and Generated." in err


def test_check_names_a_gan_problem(tmp_path, capsys):
    path = tmp_path / "bad.json"
    gan_project("ring", [dense(5, "Linear")]).save(path)
    code, _, err = run(capsys, "check", path)
    assert code == exit_codes.PROBLEMS
    assert "The generator gives 5 features but one sample of Ring is 2 features: give G's last layer 2 units." in err


def test_train_prints_d_and_g_losses(tmp_path, capsys):
    path = tmp_path / "ring.json"
    gan_project("ring", batch_size=32).save(path)
    code, out, err = run(capsys, "train", path, "--steps", 20)
    assert code == exit_codes.OK, err
    assert "20 steps" in out
    last = out.strip().splitlines()[-1]
    assert last.startswith("D loss ") and " G loss " in last and " D(real) " in last and " D(fake) " in last
    code, out, _ = run(capsys, "train", path, "--steps", 5, "--json")
    result = json.loads(out)
    assert code == exit_codes.OK and result["steps"] == 5
    assert result["d_loss"] == result["train_loss"] and result["g_loss"] == result["test_loss"]
    assert 0 < result["d_real"] < 1 and 0 < result["d_fake"] < 1


@pytest.mark.parametrize("to", ["script", "onnx", "weights"])
def test_export_refuses_a_gan_in_words(tmp_path, capsys, to):
    code, _, err = run(capsys, "export", EXAMPLES / "gan_ring.json", "--to", to, "-o", tmp_path / "out")
    assert code == exit_codes.PROBLEMS
    assert GAN_REFUSED in err
    assert not (tmp_path / "out").exists()

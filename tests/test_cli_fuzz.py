"""Property-based: `playground check` and `playground train` on damaged project files, in-process.

Each answers with an exit code and sentences, never a traceback: check 0, 1 or 2; train also 3
(a diverging run). And check is the one gate: a file check passes is never refused by train.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from playground.cli import main
from playground.engine.data.images import MNIST_FILES

from builders import make_mnist
from mutants import EXAMPLES_DIR, READABLE_DAMAGE, idx_mutants, project_mutants

EXAMPLE_MLP = EXAMPLES_DIR / "digits_mlp.json"

EXIT_CODES = {0: "passes", 1: "problems", 2: "unreadable", 3: "diverged"}


def run(capsys, argv: list[str]) -> tuple[int, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, err


def write(tmp_path_factory, text: str):
    path = tmp_path_factory.mktemp("fuzz") / "p.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    return path


@settings(max_examples=settings().max_examples * 3)  # ~10 ms each, the data loaded included
@given(st.one_of(project_mutants(), project_mutants(ops=READABLE_DAMAGE)))
def test_check_answers_every_mutant_with_an_exit_code(tmp_path_factory, capsys, mutant):
    _, text = mutant
    code, err = run(capsys, ["check", str(write(tmp_path_factory, text))])
    assert code in (0, 1, 2)
    assert code == 0 or err.strip()  # a refusal says why
    event(f"check: {EXIT_CODES[code]}")


@pytest.mark.usefixtures("one_torch_thread")
@settings(max_examples=max(4, settings().max_examples // 4))  # a run builds torch modules: slow
@given(project_mutants(max_mutations=2, ops=READABLE_DAMAGE))
def test_train_answers_as_check_said(tmp_path_factory, capsys, mutant):
    _, text = mutant
    path = str(write(tmp_path_factory, text))
    checked, _ = run(capsys, ["check", path])
    code, err = run(capsys, ["train", path, "--steps", "2", "--quiet", "--device", "cpu"])
    assert code in (0, 1, 2, 3)
    event(f"train: {EXIT_CODES[code]}")
    if checked == 0:
        assert code in (0, 3), f"check passed the file but train refused it: {err}"
    else:
        assert code == checked, err


def mnist_project_text(folder) -> str:
    project = json.loads(EXAMPLE_MLP.read_text())
    project["data"] = {"dataset": "mnist", "params": {"path": str(folder), "limit": 0}}
    return json.dumps(project)


@pytest.mark.usefixtures("one_torch_thread")
@settings(max_examples=max(4, settings().max_examples // 4))
@given(idx_mutants())
def test_check_and_train_agree_on_a_damaged_mnist_folder(tmp_path_factory, capsys, mutant):
    ndim, raw, gz = mutant
    folder = tmp_path_factory.mktemp("mnist")
    make_mnist(folder)
    name = MNIST_FILES["train images" if ndim == 3 else "train labels"]
    (folder / name).unlink()
    (folder / (name + (".gz" if gz else ""))).write_bytes(raw)
    path = str(write(tmp_path_factory, mnist_project_text(folder)))
    checked, why = run(capsys, ["check", path])
    event(f"check: {EXIT_CODES[checked]}")
    assert checked in (0, 1) and (checked == 0 or name in why)
    code, err = run(capsys, ["train", path, "--steps", "2", "--quiet", "--device", "cpu"])
    assert code == checked or (checked == 0 and code == 3), err

"""The `playground` command's arguments, run in-process through `playground.cli.main`: counts
must be positive, a missing device has its own exit code, `--json` prints one JSON object and
nothing else, and whatever the arguments, the exit code is a documented one and no traceback
is shown.

Training is capped at a few steps here (`Trainer.run` is wrapped), so a huge count that the
command rightly accepts does not make the test train for hours.
"""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from playground.cli import main
from playground.core import exit_codes
from playground.core.project import default_project

MAX_STEPS = 3
README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("args")
    good = default_project()
    good.training.device = "cpu"
    invalid = default_project()
    invalid.graph.set_param(max(n.id for n in invalid.graph.nodes_of_kind("Dense")), "units", 2)
    made = {"good": folder / "good.json", "invalid": folder / "invalid.json",
            "not_json": folder / "not_json.json", "empty": folder / "empty.json",
            "missing": folder / "missing.json", "folder": folder}
    good.save(made["good"])
    invalid.save(made["invalid"])
    made["not_json"].write_text("{ this is not a project", encoding="utf-8")
    made["empty"].write_text("", encoding="utf-8")
    return made


@pytest.fixture
def short_runs(monkeypatch):
    from playground.engine.trainer import Trainer

    run = Trainer.run

    def capped(self, steps=None, epochs=None, **kwargs):  # at most MAX_STEPS in all, per trainer
        return run(self, steps=max(0, min(steps or MAX_STEPS, MAX_STEPS - self.step_count)), **kwargs)

    monkeypatch.setattr(Trainer, "run", capped)


def run_cli(argv: list[str], capsys) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse: usage errors (2) and --help (0)
        code = 0 if exc.code is None else exc.code
    out, err = capsys.readouterr()
    return code, out, err


# ----- the faults of issue #12 ----------------------------------------------------------------


@pytest.mark.parametrize("count", ["-1", "0", "-25", "2.5", "ten", ""])
@pytest.mark.parametrize("option", ["--epochs", "--steps"])
def test_a_count_that_is_not_positive_is_refused_with_the_reason(files, capsys, option, count):
    code, out, err = run_cli(["train", str(files["good"]), option, count], capsys)
    assert code == exit_codes.UNUSABLE
    assert f"argument {option}:" in err and ("1 or more" in err or "not a whole number" in err), err
    assert out == "" and "Training" not in err


def test_a_missing_device_has_its_own_exit_code(files, capsys, short_runs):
    import torch

    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA: the run would train")
    code, out, err = run_cli(["train", str(files["good"]), "--device", "cuda"], capsys)
    assert code == exit_codes.NO_DEVICE != exit_codes.PROBLEMS
    assert "no usable NVIDIA GPU" in err and "--device cpu" in err
    assert out == ""


def test_json_prints_the_final_metrics_alone(files, capsys, short_runs):
    code, out, err = run_cli(["train", str(files["good"]), "--steps", "2", "--json"], capsys)
    assert code == exit_codes.OK, err
    result = json.loads(out)  # the whole of stdout is one JSON object
    assert result["steps"] == 2 and result["device"] == "cpu" and result["stopped"] is None
    assert 0 <= result["test_accuracy"] <= 1 and result["train_loss"] > 0
    assert "on cpu: 2 steps" in err  # the header still goes to stderr


def test_without_json_the_metrics_are_plain_lines(files, capsys, short_runs):
    code, out, err = run_cli(["train", str(files["good"]), "--epochs", "1", "--quiet"], capsys)
    assert code == exit_codes.OK, err
    assert out.startswith(f"{MAX_STEPS} steps,") and "test accuracy" in out


def test_the_readme_lists_every_exit_code():
    listed = {int(code) for code in re.findall(r"^\| (\d+) \| ", README.read_text(encoding="utf-8"), re.M)}
    assert listed == set(exit_codes.ALL)


class Terminal(io.StringIO):
    """A stderr that says it is a terminal, as the progress bar wants."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("quiet", [False, True])
def test_a_progress_bar_with_loss_and_accuracy_on_a_terminal_unless_quiet(files, monkeypatch, short_runs, quiet):
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    code = main(["train", str(files["good"]), "--steps", str(MAX_STEPS), *(["--quiet"] if quiet else [])])
    assert code == exit_codes.OK, terminal.getvalue()
    bar = terminal.getvalue().split("\n", 1)[1]  # after the header line
    if quiet:
        assert bar == ""
    else:
        assert f"{MAX_STEPS}/{MAX_STEPS}" in bar and "step/s" in bar
        assert "loss" in bar and "test loss" in bar and "test accuracy" in bar


# ----- any arguments ----------------------------------------------------------------------------

FILE_KEYS = ("good", "invalid", "not_json", "empty", "missing", "folder")
# what an operating system can hand a program as arguments: no NUL, no lone surrogates
WORDS = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12)
NUMBERS = st.one_of(st.integers().map(str), st.integers(1, 1000).map(str), st.integers(-10**40, 10**40).map(str),
                    st.floats().map(repr), st.sampled_from(["0", "-0", "+5", "1_000", " 7 ", "0x10", "1e3"]))
FLAGS = st.sampled_from(["--steps", "--epochs", "--device", "--quiet", "--json", "-v", "--verbose",
                         "--bogus", "-x", "--", "-h", "--quick"])
DEVICES = st.sampled_from(["cpu", "cuda", "mps", "auto", "cuda:0", "tpu"])
LANGUAGES = st.one_of(st.sampled_from(["en", "zh_CN", "zh", "fr", ""]), WORDS)  # the window's --language
COMMANDS = st.one_of(st.sampled_from(["check", "train"]),
                     # an unknown command (never `bench`, `open` or a lone file name: those start work
                     # or the window, which this test does not mean to run)
                     WORDS.filter(lambda w: w not in ("bench", "open") and not w.startswith("-")
                                  and not w.endswith(".json")))


FILES = st.sampled_from(range(len(FILE_KEYS)))  # an int stands for a file the `files` fixture made
OPTIONS = st.one_of(st.tuples(st.sampled_from(["--steps", "--epochs"]), NUMBERS),
                    st.tuples(st.just("--device"), DEVICES),
                    st.tuples(st.sampled_from(["--quiet", "--json"])))


@st.composite
def shuffled_argvs(draw) -> list[str | int]:
    """Any tokens after a command: mostly usage errors."""
    token = st.one_of(NUMBERS, WORDS, FLAGS, DEVICES, FILES)
    first = draw(st.one_of(st.sampled_from([[], ["-v"]]), st.tuples(st.just("--language"), LANGUAGES).map(list)))
    return [*first, draw(COMMANDS), *draw(st.lists(token, max_size=6))]


@st.composite
def command_argvs(draw) -> list[str | int]:
    """`check` or `train`, a file, and options with values of any kind: these reach the work."""
    options = [t for option in draw(st.lists(OPTIONS, max_size=3)) for t in option]
    return [draw(st.sampled_from(["check", "train"])), draw(FILES), *options]


argvs = st.one_of(shuffled_argvs(), command_argvs())


@given(argv=argvs)
def test_any_arguments_end_with_a_documented_exit_code_and_no_traceback(files, capsys, short_runs, argv):
    argv = [str(files[FILE_KEYS[t]]) if isinstance(t, int) else t for t in argv]
    code, out, err = run_cli(argv, capsys)
    event(f"exit code {code}")  # --hypothesis-show-statistics: how often each outcome was reached
    assert code in exit_codes.ALL, (argv, code, err)
    assert "Traceback" not in err and "Traceback" not in out, argv
    command = argv[2] if argv[0] == "--language" else argv[1] if argv[0] == "-v" else argv[0]
    asked_help = out.startswith("usage:")  # -h, or an abbreviation of --help such as --he
    if command == "train" and "--json" in argv and code in (exit_codes.OK, exit_codes.DIVERGED) and not asked_help:
        assert isinstance(json.loads(out), dict), (argv, out)

"""`playground check` and `playground train` on generated and broken CSV files, in process:
an exit code, plain sentences on stderr, never a traceback or a log line."""

from __future__ import annotations

import re

import pytest
from builders import chain_project, dense
from hypothesis import event, given, settings
from hypothesis import strategies as st
from table_strategies import MUTATIONS, csv_files

from playground.cli import main
from playground.core.datasets import DataError
from playground.core.table import clear_table_cache, load_table

LOG_LINE = re.compile(r"^(DEBUG|INFO|WARNING|ERROR|CRITICAL) playground", re.MULTILINE)


@pytest.fixture(autouse=True)
def _fresh_cache():
    clear_table_cache()
    yield
    clear_table_cache()


def project_for(folder, raw: bytes) -> tuple[str, str]:
    """A project reading `raw` as its CSV, with an output that fits the table (when it is one),
    and what parsing the table alone says: "" for a good table, else its DataError."""
    csv_path = folder / "data.csv"
    csv_path.write_bytes(raw)
    try:
        table = load_table(str(csv_path))
    except DataError as exc:
        expected, head = str(exc), (dense(2, "Linear"), "cross_entropy")
    else:
        expected = ""
        k = len(table.class_names)
        head = (dense(k, "Linear"), "cross_entropy") if k else (dense(1, "Linear"), "mse")
    clear_table_cache()  # the command parses it for itself
    project = chain_project([dense(4), head[0]], "csv", {"path": str(csv_path)}, loss=head[1])
    project_path = folder / "project.json"
    project.save(project_path)
    return str(project_path), expected


def run(capsys, argv: list[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert not LOG_LINE.search(err), err
    return code, out, err


@pytest.mark.parametrize("kind", MUTATIONS)
@given(data=st.data())
def test_check_answers_every_file_in_sentences(tmp_path_factory, capsys, kind, data):
    _, raw = data.draw(csv_files(kind, min_rows=2, min_cols=2))
    project, expected = project_for(tmp_path_factory.mktemp("check"), raw)
    code, out, err = run(capsys, ["check", project])
    assert code in (0, 1, 2)
    if expected:
        event("refused")
        assert code == 1 and expected in err
    else:
        event("checked")
        assert code == 0 and "Total parameters" in out, err
        assert all(line.startswith("warning: ") for line in err.splitlines())


@settings(max_examples=8)  # each run builds a trainer: few, but every kind of file can come
@given(data=st.data(), kind=st.sampled_from(("valid",) * 4 + MUTATIONS))  # tables that train, too
def test_train_two_steps_answers_every_file_in_sentences(tmp_path_factory, capsys, data, kind):
    _, raw = data.draw(csv_files(kind, min_rows=2, min_cols=2))
    project, expected = project_for(tmp_path_factory.mktemp("train"), raw)
    code, out, err = run(capsys, ["train", "--steps", "2", "--quiet", "--device", "cpu", project])
    assert code in (0, 1, 2)
    event(f"{kind}: exit {code}")
    if expected:
        assert code == 1 and expected in err
    else:
        assert code == 0 and "2 steps" in out, err


def test_a_latin1_file_is_a_warning_sentence_for_check_and_train(tmp_path, capsys):
    raw = ("h\u00f6he,gr\u00f6\u00dfe\n" + "".join(f"{i},{i % 2}\n" for i in range(20))).encode("latin-1")
    project, expected = project_for(tmp_path, raw)
    assert expected == ""
    warning = ("warning: 'data.csv' is not saved as UTF-8, so it was read as Latin-1 (Western "
               "European): accented letters may look wrong. To be sure, save it from the "
               "spreadsheet as 'CSV UTF-8'.")
    code, out, err = run(capsys, ["check", project])
    assert code == 0 and err.splitlines() == [warning]
    clear_table_cache()
    code, out, err = run(capsys, ["train", "--steps", "2", "--quiet", "--device", "cpu", project])
    assert code == 0 and warning in err.splitlines()


def test_train_parses_the_csv_once(tmp_path, capsys, monkeypatch):
    from playground.core import table as table_mod

    raw = ("x1,x2,y\n" + "".join(f"{i},{i % 7},{i % 2}\n" for i in range(40))).encode()
    project, _ = project_for(tmp_path, raw)
    parses = []
    real = table_mod._convert
    monkeypatch.setattr(table_mod, "_convert", lambda *a: parses.append(1) or real(*a))
    code, out, err = run(capsys, ["train", "--steps", "2", "--quiet", "--device", "cpu", project])
    assert code == 0 and len(parses) == 1  # shape inference, then the data: one read

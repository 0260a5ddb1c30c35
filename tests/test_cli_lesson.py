"""`playground lesson`: --list prints every shipped lesson, an unknown name says which exist, a
lesson file is checked by running its scripted answer, and NAME opens the app on the lesson."""

from __future__ import annotations

import json

import pytest

from playground import cli
from playground.core.lessons import LESSONS, find_lessons


def test_list_prints_name_title_and_summary(capsys):
    assert cli.main(["lesson", "--list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    shipped = find_lessons()
    assert len(lines) == len(shipped) >= 10
    for line, info in zip(lines, shipped):
        assert line.split()[0] == info.name
        assert f"{info.title}: {info.summary}" in line


def test_an_unknown_lesson_is_refused_with_the_names(capsys):
    assert cli.main(["lesson", "no_such_lesson"]) == cli.UNREADABLE
    err = capsys.readouterr().err
    assert "There is no lesson 'no_such_lesson'" in err and "single_neuron" in err


def test_no_name_says_how_to_list(capsys):
    assert cli.main(["lesson"]) == cli.UNREADABLE
    assert "playground lesson --list" in capsys.readouterr().err


@pytest.mark.usefixtures("one_torch_thread")
def test_check_runs_the_scripted_answer(tmp_path, capsys):
    assert cli.main(["lesson", "optimizers", "--check"]) == 0
    out = capsys.readouterr().out
    assert "meets the goal at epoch" in out and "met: test accuracy \u2265 95 % within 10 epochs" in out
    # the same lesson with an answer that changes nothing: the goal is missed, and it says so
    data = json.loads((LESSONS / "optimizers.json").read_text())
    data["script"] = [{"train": 2}]
    (tmp_path / "lazy.json").write_text(json.dumps(data))
    assert cli.main(["lesson", str(tmp_path / "lazy.json"), "--check"]) == 1
    assert "does not meet the goal" in capsys.readouterr().err


def test_a_broken_lesson_file_is_refused_in_words(tmp_path, capsys):
    (tmp_path / "broken.json").write_text('{"format": "neural-playground-lesson", "version": 1}')
    assert cli.main(["lesson", str(tmp_path / "broken.json")]) == cli.UNREADABLE
    assert "goal: the field is missing" in capsys.readouterr().err


def test_name_opens_the_app_on_the_lesson(monkeypatch):
    opened = {}

    def app_main(argv, lesson=None, language=None):
        opened["argv"], opened["lesson"], opened["language"] = argv, lesson, language
        return 0

    monkeypatch.setattr("playground.app.main", app_main)
    assert cli.main(["lesson", "xor_hidden_layer"]) == 0
    assert opened["lesson"] == LESSONS / "xor_hidden_layer.json"
    assert opened["language"] is None  # the one chosen in the window's Language menu
    assert cli.main(["--language", "zh_CN", "lesson", "xor_hidden_layer"]) == 0
    assert opened["language"] == "zh_CN"

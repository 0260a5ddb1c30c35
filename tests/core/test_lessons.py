"""Lesson files and goals: every shipped lesson reads and validates, a lesson round-trips with its
hidden and locked controls and its data file, goals are checked from plain run values, and a
mutated lesson file gives a clear error, never a traceback."""

from __future__ import annotations

import copy
import json
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from builders import chain_project, dense
from playground.core import i18n
from playground.core.goals import Facts, GoalCheck, GoalError, RunHistory, RunPoint, describe_goal, parse_goal
from playground.core.lessons import (LESSONS, PANELS, SETTING_CONTROLS, Controls, Lesson, LessonError,
                                     LessonText, LessonWords, apply_edit, find_lessons, lesson_from_dict,
                                     lesson_path, load_lesson)
from playground.core.shapes import analyse

SHIPPED = find_lessons()
JSON_SMALL = st.none() | st.booleans() | st.integers(-5, 5) | st.text(max_size=8) | st.lists(st.integers(), max_size=2)
COURSE_DATA = {"gauss", "xor", "circle", "digits", "csv"}


def _point(epoch: float, **values) -> RunPoint:
    fields = {"train_loss": 0.5, "test_loss": 0.5, "train_accuracy": 0.5, "test_accuracy": 0.5, **values}
    training = fields.pop("training", {"learning_rate": 0.03, "batch_size": 10})
    return RunPoint(int(epoch * 10), epoch, diverged=fields.pop("diverged", False), training=training, **fields)


def _history(project, *points: RunPoint) -> RunHistory:
    history = RunHistory(project)
    for point in points:
        history.add(point)
    return history


# ----- the shipped lessons ------------------------------------------------------------------------
def test_at_least_ten_lessons_ship_in_course_order():
    assert len(SHIPPED) >= 10
    assert [info.order for info in SHIPPED] == sorted(info.order for info in SHIPPED)
    assert {load_lesson(info.path).project.data.dataset for info in SHIPPED} >= COURSE_DATA


@pytest.mark.parametrize("info", SHIPPED, ids=[info.name for info in SHIPPED])
def test_a_shipped_lesson_reads_and_its_network_is_valid(info):
    lesson = load_lesson(info.path)
    project = lesson.project
    analysis = analyse(project.graph, project.data.dataset, project.data.params, project.training.loss)
    assert analysis.ok, analysis.first_error()
    assert lesson.title and lesson.summary and lesson.text.try_this and lesson.text.goal
    assert lesson.text.hints and lesson.text.answer
    assert describe_goal(lesson.goal)
    assert any("train" in step for step in lesson.script), "the intended answer trains"
    assert lesson_path(info.name) == info.path


def test_the_tabular_lesson_ships_its_synthetic_csv_beside_it():
    lesson = load_lesson(lesson_path("tabular_classifier"))
    csv = Path(lesson.project.data.params["path"])
    assert csv.parent == LESSONS and csv.is_file()
    header = csv.read_text().splitlines()[0].split(",")
    assert len(header) == 9 and header[-1] == "outcome"  # 8 features and the 0/1 target
    assert "synthetic" in lesson.text.try_this


def test_an_unknown_lesson_name_lists_the_lessons():
    with pytest.raises(LessonError, match="single_neuron"):
        lesson_path("no_such_lesson")


# ----- files ------------------------------------------------------------------------------------
def _lesson(project=None, **controls) -> Lesson:
    project = project or chain_project([dense(4), dense(1, "Linear")], "circle", {"noise": 0.1})
    return Lesson("mine", "My lesson", "One line.", project, {"metric": "test_accuracy", "at_least": 0.9},
                  LessonText("Try this.\n\nThen that.", "Get 90 %.", ["first", "second"], "The answer."),
                  Controls(**controls), 3, [{"train": 2}])


def test_a_lesson_round_trips_with_its_hidden_and_locked_controls(tmp_path):
    lesson = _lesson(hidden=["layers", "data.noise"], locked=["learning_rate", "dataset"])
    lesson.save(tmp_path / "mine.json")
    again = load_lesson(tmp_path / "mine.json")
    assert again.to_dict() == lesson.to_dict()
    assert again.controls == Controls(["layers", "data.noise"], ["learning_rate", "dataset"])


def test_a_saved_lesson_carries_its_csv_and_opens_on_another_machine(tmp_path):
    source = tmp_path / "teacher" / "data"
    source.mkdir(parents=True)
    shutil.copy(LESSONS / "diabetes_synthetic.csv", source / "table.csv")
    project = chain_project([dense(10, "ReLU"), dense(1, "Sigmoid")], "csv",
                            {"path": str(source / "table.csv"), "target_column": "outcome"})
    lesson = _lesson(project, locked=["data.path"])
    (tmp_path / "teacher" / "lessons").mkdir()
    lesson.save(tmp_path / "teacher" / "lessons" / "mine.json")
    saved = json.loads((tmp_path / "teacher" / "lessons" / "mine.json").read_text())
    assert saved["project"]["data"]["params"]["path"] == "table.csv"  # beside the lesson, by name
    # another machine: the lesson folder alone, somewhere else; the teacher's files are gone
    shutil.copytree(tmp_path / "teacher" / "lessons", tmp_path / "student")
    shutil.rmtree(tmp_path / "teacher")
    opened = load_lesson(tmp_path / "student" / "mine.json")
    assert Path(opened.project.data.params["path"]) == tmp_path / "student" / "table.csv"
    p = opened.project
    assert analyse(p.graph, p.data.dataset, p.data.params, p.training.loss).ok


@pytest.mark.parametrize("mutate, words", [
    (lambda d: d.pop("goal"), "goal: the field is missing"),
    (lambda d: d.update(goal={"metric": "speed", "at_least": 1}), "unknown metric 'speed'"),
    (lambda d: d.update(goal={"metric": "test_loss"}), "at_least' or 'at_most"),
    (lambda d: d["controls"].update(hidden=["toolbar"]), "unknown control 'toolbar'"),
    (lambda d: d["controls"].update(locked=["layers"]), "unknown control 'layers'"),
    (lambda d: d.update(format="neural-playground-project"), "not a Neural Playground lesson"),
    (lambda d: d.update(version=9), "newer than this app"),
    (lambda d: d["project"]["graph"]["nodes"][1].update(kind="Dense3D"), "project: graph.nodes\\[1\\].kind"),
    (lambda d: d["text"].update(hints="one hint"), "text.hints"),
    (lambda d: d.update(translations=["zh_CN"]), "translations: expected an object"),
    (lambda d: d.update(translations={"Chinese!": {}}), "not a language code"),
    (lambda d: d.update(translations={"zh_CN": "你好"}), "translations.zh_CN: expected an object"),
    (lambda d: d.update(translations={"zh_CN": {"title": 3}}), "translations.zh_CN.title: expected text"),
    (lambda d: d.update(translations={"zh_CN": {"text": {"hints": "一条"}}}), "translations.zh_CN.text.hints"),
    (lambda d: d.update(translations={"zh_CN": {"text": {"answer": None}}}), "translations.zh_CN.text.answer"),
])
def test_a_broken_lesson_file_says_where_in_words(mutate, words):
    data = _lesson().to_dict()
    mutate(data)
    with pytest.raises(LessonError, match=words):
        lesson_from_dict(data, "mine")


# ----- the lessons' words in other languages -------------------------------------------------------
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
CHINESE_CHARACTER = re.compile(r"[\u4e00-\u9fff]")


def _fields(words: LessonWords) -> list[str]:
    text = words.text
    return [words.title, words.summary, text.try_this, text.goal, *text.hints, text.answer]


@pytest.mark.parametrize("info", SHIPPED, ids=[info.name for info in SHIPPED])
def test_every_shipped_lesson_has_a_complete_chinese_text(info):
    """Every field translated (in Chinese characters), a hint for each hint, and the same numbers
    as the English: a translation that drops or changes a number misleads the student."""
    lesson = load_lesson(info.path)
    assert "zh_CN" in lesson.translations, "add the lesson's Chinese under translations.zh_CN"
    english, chinese = lesson.words("en"), lesson.translations["zh_CN"]
    assert len(chinese.text.hints) == len(english.text.hints)
    for en, zh in zip(_fields(english), _fields(chinese), strict=True):
        assert zh and CHINESE_CHARACTER.search(zh), (info.name, en)
        assert sorted(NUMBER.findall(zh)) == sorted(NUMBER.findall(en)), (info.name, en, zh)
    assert lesson.words("zh_CN") == chinese  # complete: nothing falls back to English


def test_the_words_follow_the_language_field_by_field(monkeypatch):
    lesson = _lesson()
    lesson.translations["zh_CN"] = LessonWords("我的课程", "", LessonText("试试这个。", "", [], "答案。"))
    assert lesson.words("en") == LessonWords("My lesson", "One line.", lesson.text)
    chinese = lesson.words("zh_CN")
    assert (chinese.title, chinese.summary) == ("我的课程", "One line.")  # a field left out: the file's own
    assert chinese.text == LessonText("试试这个。", "Get 90 %.", ["first", "second"], "答案。")
    assert lesson.words("fr") == lesson.words("en")  # a language the file does not carry
    monkeypatch.setattr(i18n, "_language", "zh_CN")  # the app's language is the default
    assert lesson.words().title == "我的课程"


def test_a_lesson_round_trips_with_its_translations(tmp_path):
    lesson = _lesson()
    assert "translations" not in lesson.to_dict()  # a lesson without them is written as before
    text = LessonText("试试。", "目标。", ["一", "二"], "答案。")
    lesson.translations["zh_CN"] = LessonWords("我的课程", "一行。", text)
    lesson.save(tmp_path / "mine.json")
    again = load_lesson(tmp_path / "mine.json")
    assert again.to_dict() == lesson.to_dict()
    assert again.translations == lesson.translations


def test_find_lessons_titles_them_in_the_apps_language(monkeypatch):
    english = {info.name: info.title for info in find_lessons()}
    monkeypatch.setattr(i18n, "_language", "zh_CN")
    chinese = {info.name: info for info in find_lessons()}
    for name, title in english.items():
        words = load_lesson(chinese[name].path).translations["zh_CN"]
        assert (chinese[name].title, chinese[name].summary) == (words.title, words.summary) != (title, "")


WORDS = st.fixed_dictionaries({}, optional={
    "title": JSON_SMALL, "summary": JSON_SMALL,
    "text": JSON_SMALL | st.fixed_dictionaries({}, optional={k: JSON_SMALL | st.lists(st.text(max_size=6), max_size=3)
                                                           for k in ("try", "goal", "hints", "answer")}),
})


@given(st.dictionaries(st.text(max_size=6) | st.sampled_from(["zh_CN", "en", "pt-BR"]),
                       WORDS | JSON_SMALL, max_size=3) | JSON_SMALL)
def test_a_mutated_translations_object_gives_a_clear_error_or_whole_words(translations):
    data = _lesson().to_dict()
    data["translations"] = translations
    try:
        lesson = lesson_from_dict(data, "mutated")
    except LessonError as exc:
        assert str(exc) and "Traceback" not in str(exc)
        return
    for code in lesson.translations:  # read: every language gives a whole lesson, all text
        words = lesson.words(code)
        assert all(isinstance(field, str) for field in _fields(words)) and words.title


def test_a_file_that_is_not_a_lesson(tmp_path):
    (tmp_path / "bad.json").write_text("{ not json")
    with pytest.raises(LessonError, match="not valid JSON"):
        load_lesson(tmp_path / "bad.json")
    with pytest.raises(LessonError, match="There is no file"):
        load_lesson(tmp_path / "gone.json")


JSON = st.recursive(st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=True)
                    | st.text(max_size=12),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
                    max_leaves=8)
BASE = json.loads((LESSONS / "learning_rate.json").read_text())  # with its translations: mutated too
assert "translations" in BASE


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _paths(item, (*prefix, i))


PATHS = [p for p in _paths(BASE) if p]


@given(st.lists(st.tuples(st.sampled_from(PATHS), st.booleans(), JSON), min_size=1, max_size=3))
def test_a_mutated_lesson_file_gives_a_clear_error_never_a_traceback(mutations):
    data = copy.deepcopy(BASE)
    for path, delete, value in mutations:
        parent = data
        try:
            for key in path[:-1]:
                parent = parent[key]
            if delete and isinstance(parent, dict):
                parent.pop(path[-1], None)
            else:
                parent[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed or replaced this place
    try:
        lesson = lesson_from_dict(data, "mutated")
    except LessonError as exc:
        assert str(exc) and "Traceback" not in str(exc)
        return
    # it still reads: its goal can be followed over a run without an error either
    check = GoalCheck(lesson.goal)
    check.update(_history(lesson.project, _point(1.0), _point(2.0, diverged=True)))


# ----- goals ------------------------------------------------------------------------------------
def test_a_threshold_with_a_network_limit():
    goal = {"all": [{"metric": "test_accuracy", "at_least": 0.95}, {"count": "hidden_neurons", "at_most": 6}]}
    small = chain_project([dense(4), dense(1, "Linear")], "circle")
    large = chain_project([dense(8), dense(1, "Linear")], "circle")
    for project, met in ((small, True), (large, False)):
        check = GoalCheck(goal)
        check.update(_history(project, _point(0, test_accuracy=0.5), _point(5, test_accuracy=0.97)))
        assert check.met is met
        assert check.parts == [("test accuracy \u2265 95 %", True), ("at most 6 hidden neurons", met)]


def test_a_met_goal_stays_met_for_the_run():
    check = GoalCheck({"metric": "test_loss", "at_most": 0.1})
    history = _history(chain_project([dense(2), dense(1, "Linear")], "circle"), _point(3, test_loss=0.05))
    check.update(history)
    history.add(_point(4, test_loss=0.3))
    check.update(history)
    assert check.met and check.met_at.epoch == 3
    assert check.parts == [("test loss \u2264 0.1", False)]  # the part shows now; the goal stays met
    check.update(RunHistory(history.project))  # another run (another network): checked afresh
    assert not check.met


def test_diverged_then_recovered_changing_only_the_learning_rate():
    goal = {"then": [{"diverged": True}, {"metric": "train_loss", "at_most": 0.1}],
            "changing_only": ["learning_rate"]}
    project = chain_project([dense(8), dense(1, "Linear")], "circle")
    high = {"learning_rate": 100.0, "batch_size": 10}
    low = {"learning_rate": 0.1, "batch_size": 10}
    check = GoalCheck(goal)
    check.update(_history(project, _point(1, train_loss=0.05, training=low)))
    assert not check.met, "a low loss alone is not the goal"
    check = GoalCheck(goal)
    check.update(_history(project, _point(1, train_loss=40, diverged=True, training=high),
                          _point(2, train_loss=0.05, training=low)))
    assert check.met
    check = GoalCheck(goal)  # the batch size changed too: that is not the lesson
    check.update(_history(project, _point(1, train_loss=40, diverged=True, training=high),
                          _point(2, train_loss=0.05, training={**low, "batch_size": 1})))
    assert not check.met


def test_within_epochs_and_the_settings_and_graph_facts():
    project = chain_project([dense(6, "Sigmoid"), ("BatchNorm", {}), dense(6, "ReLU"), dense(1, "Linear")],
                            "circle", {"feature_x1_sq": True}, optimizer="adam")
    facts = Facts.of(project)
    assert facts.counts["hidden_layers"] == 2 and facts.counts["hidden_neurons"] == 12
    assert facts.counts["features"] == 3 and facts.counts["narrowest_layer"] == 6
    assert facts.counts["parameters"] == (3 * 6 + 6) + 12 + (6 * 6 + 6) + 7
    point = _point(9, test_accuracy=0.92)
    holds = {
        '{"within_epochs": 10, "goal": {"metric": "test_accuracy", "at_least": 0.9}}': True,
        '{"within_epochs": 5, "goal": {"metric": "test_accuracy", "at_least": 0.9}}': False,
        '{"setting": "optimizer", "is_not": "sgd"}': True,
        '{"setting": "data.noise", "at_most": 0}': True,
        '{"setting": "learning_rate", "at_most": 0.01}': False,
        '{"layer": "BatchNorm"}': True, '{"activation": "Tanh"}': False,
        '{"any": [{"activation": "ReLU"}, {"layer": "Add"}]}': True,
        '{"not": {"features": ["x1", "x2"]}}': True,
    }
    for text, expected in holds.items():
        assert parse_goal(json.loads(text)).check(point, facts) is expected, text


def test_a_goal_in_words_and_its_mistakes():
    assert describe_goal({"count": "hidden_layers", "at_least": 1}) == "at least 1 hidden layers"
    for goal, words in (({"metric": "test_loss", "at_least": "low"}, "expected a number"),
                        ({"then": []}, "expected a list of conditions"),
                        ({"features": ["x3"]}, "feature names"), ({"within_epochs": 5}, "needs the 'goal'"),
                        ({"setting": "speed", "is": 1}, "unknown setting"),
                        ({"then": [{"diverged": True}], "changing_only": ["graph"]}, "changing_only"),
                        ({"not": {"not": {"not": {"not": {"not": {"not": {"not": {"not": {"not": {}}}}}}}}}},
                         "nested")):
        with pytest.raises(GoalError, match=words):
            parse_goal(goal)


def test_the_answer_script_edits():
    project = chain_project([dense(1, "Linear")], "xor")
    apply_edit(project, {"insert": {"after": 1, "kind": "Dense", "params": {"units": 4}}})
    assert apply_edit(project, {"set": {"learning_rate": 0.1, "data.noise": 0.2}}) == ["learning_rate", ""]
    assert [n.kind for n in project.graph.nodes.values()].count("Dense") == 2
    assert project.training.learning_rate == 0.1 and project.data.params["noise"] == 0.2
    with pytest.raises(LessonError, match="cannot be applied"):
        apply_edit(project, {"layer": 99, "params": {"units": 3}})
    with pytest.raises(LessonError, match="unknown step"):
        apply_edit(project, {"jump": 1})


def test_every_control_name_is_a_panel_or_a_setting():
    assert set(PANELS) == {"layers", "inspector", "data", "training"}
    assert {"learning_rate", "optimizer", "dataset", "data.noise", "data.feature_x1"} <= set(SETTING_CONTROLS)

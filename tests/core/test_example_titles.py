"""The examples' names in File > Open Example and their projects' titles: one entry per shipped
example, the English exactly as before (the file stem with spaces; the file's own title), and each
translated in the shipped Chinese catalog."""

from __future__ import annotations

import json
import re

import pytest

from playground.core import i18n
from playground.core.example_titles import EXAMPLE_NAMES, EXAMPLE_TITLES, example_name, example_title
from playground.core.resources import example_paths

CHINESE_CHARACTER = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def chinese():
    i18n.install_catalog(i18n.CHINESE)
    yield
    i18n.install(None)


def test_every_example_has_a_name_and_its_title_in_english_as_before():
    paths = example_paths()
    assert set(EXAMPLE_NAMES) == set(EXAMPLE_TITLES) == {p.stem for p in paths}
    for path in paths:
        assert example_name(path) == path.stem.replace("_", " ")
        title = json.loads(path.read_text(encoding="utf-8"))["title"]
        assert EXAMPLE_TITLES[path.stem] == title, "the table's English must be the file's title"
        assert example_title(path, title) == title


def test_every_example_is_named_and_titled_in_chinese(chinese):
    for path in example_paths():
        title = json.loads(path.read_text(encoding="utf-8"))["title"]
        name, chinese_title = example_name(path), example_title(path, title)
        assert CHINESE_CHARACTER.search(name) or name == "XOR", name
        assert CHINESE_CHARACTER.search(chinese_title), chinese_title
    digits = next(p for p in example_paths() if p.stem == "digits_mlp")
    assert example_name(digits) == "数字：多层感知机"
    assert example_title(digits, "My own digits") == "My own digits"  # a title the table does not know stays


def test_an_example_without_an_entry_keeps_its_stem(tmp_path):
    assert example_name(tmp_path / "my_new_example.json") == "my new example"

"""The translations a worker process reads without Qt (core/i18n.py): the shipped .ts, and what
happens when the file is missing or damaged (English, never an exception: a message in English
beats no message)."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

import pytest
from hypothesis import given
from hypothesis import strategies as st

from playground.core import i18n
from playground.core.i18n import Catalog, install_catalog, translate
from playground.core.resources import translation_file


@pytest.fixture(autouse=True)
def english_after():
    yield
    i18n.install(None)


def test_the_shipped_catalog_answers_in_chinese_and_english_comes_back():
    install_catalog(i18n.CHINESE)
    assert i18n.current_language() == i18n.CHINESE
    assert translate("MainWindow", "&File") == "文件(&F)"
    assert translate("MainWindow", "no such string") == "no such string"  # untranslated: as written
    install_catalog(i18n.ENGLISH)
    assert translate("MainWindow", "&File") == "&File" and i18n.current_language() == i18n.ENGLISH


def test_unfinished_and_obsolete_translations_are_not_used(tmp_path):
    path = tmp_path / "t.ts"
    path.write_text('<?xml version="1.0" encoding="utf-8"?><TS version="2.1"><context><name>C</name>'
                    '<message><source>done</source><translation>完成</translation></message>'
                    '<message><source>todo</source><translation type="unfinished">待办</translation></message>'
                    '<message><source>old</source><translation type="vanished">旧</translation></message>'
                    '</context></TS>', encoding="utf-8")
    catalog = Catalog.from_ts(path)
    assert (catalog("C", "done"), catalog("C", "todo"), catalog("C", "old")) == ("完成", "todo", "old")
    assert len(catalog) == 1


@pytest.mark.parametrize("content", [None, b"", b"<TS><context>", b"\xff\xfe not xml", b"<html></html>"])
def test_a_missing_or_damaged_file_leaves_english(tmp_path, monkeypatch, content):
    path = tmp_path / "playground_zh_CN.ts"
    if content is not None:
        path.write_bytes(content)
    monkeypatch.setattr("playground.core.resources.translation_file", lambda language, suffix: path)
    install_catalog(i18n.CHINESE)
    assert translate("MainWindow", "&File") == "&File"


@given(st.binary(max_size=400) | st.text(max_size=200).map(lambda t: t.encode("utf-8")))
def test_any_bytes_as_a_ts_file_give_a_catalog_or_a_parse_error(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("ts") / "any.ts"
    path.write_bytes(data)
    try:
        catalog = Catalog.from_ts(path)
    except ElementTree.ParseError:
        return
    assert catalog("C", "text") in ("text", *dict(catalog.items()).values())


def test_the_shipped_file_is_found():
    assert translation_file(i18n.CHINESE, ".ts").is_file()
    assert translation_file(i18n.CHINESE, ".qm").is_file()

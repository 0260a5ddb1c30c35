"""core/atomic_file.py: the target holds the old text or the new one, and no temporary file stays."""

from __future__ import annotations

import os

import pytest

from playground.core.atomic_file import TEMP_SUFFIX, write_text_atomically


def test_it_writes_and_replaces_leaving_only_the_target(tmp_path):
    target = tmp_path / "copy.json"
    write_text_atomically(target, "first")
    write_text_atomically(target, "second, longer than the first é")
    assert target.read_text(encoding="utf-8") == "second, longer than the first é"
    assert os.listdir(tmp_path) == ["copy.json"]


def test_a_failed_replace_keeps_the_target_and_removes_the_temporary_file(tmp_path):
    target = tmp_path / "taken"
    target.mkdir()  # a folder where the file should go: os.replace refuses
    (target / "inside").write_text("kept", encoding="utf-8")
    with pytest.raises(OSError):
        write_text_atomically(target, "new")
    assert (target / "inside").read_text(encoding="utf-8") == "kept"
    assert not [name for name in os.listdir(tmp_path) if name.endswith(TEMP_SUFFIX)]


def test_a_missing_folder_is_an_os_error_with_nothing_written(tmp_path):
    with pytest.raises(FileNotFoundError):
        write_text_atomically(tmp_path / "absent" / "copy.json", "text")
    assert os.listdir(tmp_path) == []

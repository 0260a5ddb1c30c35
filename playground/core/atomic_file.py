"""Write a file so that a reader (or the next start after a crash) sees the old content or the new
one, never half of each: the text goes to a temporary file in the same folder, which then replaces
the target in one step (os.replace is atomic within one file system)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

TEMP_SUFFIX = ".tmp"  # what a temporary file ends with, so a folder scan can pass over it


def write_text_atomically(path: str | Path, text: str) -> None:
    """Replace `path` with `text` (UTF-8) in one step; raises OSError (the target untouched)."""
    path = Path(path)
    # a unique name, created only if new: two writers of one target never share a temporary file
    # (not tempfile.mkstemp: importing tempfile costs the window ~5 ms of its start-up)
    temp = path.with_name(f".{path.name}.{os.getpid()}-{os.urandom(4).hex()}{TEMP_SUFFIX}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())  # the bytes are on disk before the name points at them
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise

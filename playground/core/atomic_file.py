"""Write a file so that a reader (or the next start after a crash) sees the old content or the new
one, never half of each: the text goes to a temporary file in the same folder, reaches the disk,
and then replaces the target in one step (os.replace is atomic within one file system).

Project files (`Project.save`) and the autosave's copies are written this way."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

TEMP_SUFFIX = ".tmp"  # what a temporary file ends with, so a folder scan can pass over it


def write_text_atomically(path: str | Path, text: str, mode: int = 0o666) -> None:
    """Replace `path` with `text` (UTF-8) in one step; raises OSError (the target untouched).

    A new file gets `mode` less the umask; a file that exists keeps its mode. A crash or a full
    disk at any point leaves the old file whole and, at worst, a stray temporary file."""
    # encoded before any file exists: text that cannot be encoded fails here
    write_bytes_atomically(path, text.encode("utf-8"), mode)


def write_bytes_atomically(path: str | Path, data: bytes, mode: int = 0o666) -> None:
    """`write_text_atomically` for bytes (exported pictures)."""
    path = Path(path)
    # a unique name, created only if new: two writers of one target never share a temporary file
    # (not tempfile.mkstemp: importing tempfile costs the window ~5 ms of its start-up)
    temp = path.with_name(f".{path.name}.{os.getpid()}-{os.urandom(4).hex()}{TEMP_SUFFIX}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())  # the bytes are on disk before the name points at them
        if path.exists():
            os.chmod(temp, stat.S_IMODE(os.stat(path).st_mode))
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); folders cannot be opened this way on Windows."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

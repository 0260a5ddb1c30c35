"""A file the user asked for that could not be written, said in words a student can act on.

The exported pictures and curves in the window, and `playground train --csv/--tensorboard`, all
name the same few causes the same way: a folder that does not exist, one the user may not
write to, a name that is a folder."""

from __future__ import annotations

from pathlib import Path


def write_error(what: str, path: str | Path, exc: OSError) -> str:
    """The sentence for `exc`, raised while writing `what` ("The plot", "The curves") to `path`."""
    path = Path(path)
    folder = path.parent
    if isinstance(exc, IsADirectoryError) or path.is_dir():
        return f"{what} could not be saved: {path} is a folder. Give a file name."
    if isinstance(exc, FileNotFoundError) and not folder.is_dir():
        return f"{what} could not be saved: the folder {folder} does not exist. Choose another folder."
    if isinstance(exc, PermissionError):
        return (f"{what} could not be saved to {path}: you are not allowed to write there. "
                "Choose another folder.")
    return f"{what} could not be saved to {path}: {exc.strerror or exc}."

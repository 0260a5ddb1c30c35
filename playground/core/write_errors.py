"""A file the user asked for that could not be written, said in words a student can act on.

The exported pictures and curves in the window, and `playground train --csv/--tensorboard`, all
name the same few causes the same way: a folder that does not exist, one the user may not
write to, a name that is a folder."""

from __future__ import annotations

from pathlib import Path

from playground.core.i18n import translate


def write_error(what: str, path: str | Path, exc: OSError) -> str:
    """The sentence for `exc`, raised while writing `what` ("The plot", "The curves") to `path`.

    `what` comes translated (the caller's own context): it fills the sentence's subject."""
    path = Path(path)
    folder = path.parent
    if isinstance(exc, IsADirectoryError) or path.is_dir():
        return translate("write_errors", "{what} could not be saved: {path} is a folder. Give a file name.").format(
            what=what, path=path)
    if isinstance(exc, FileNotFoundError) and not folder.is_dir():
        return translate("write_errors", "{what} could not be saved: the folder {folder} does not exist. Choose "
                                         "another folder.").format(what=what, folder=folder)
    if isinstance(exc, PermissionError):
        return translate("write_errors", "{what} could not be saved to {path}: you are not allowed to write there. "
                                         "Choose another folder.").format(what=what, path=path)
    return translate("write_errors", "{what} could not be saved to {path}: {why}.").format(
        what=what, path=path, why=exc.strerror or exc)

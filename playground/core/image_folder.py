"""An image folder as a data set: one sub-folder per class holding PNG or JPEG files.

The layout Keras' `image_dataset_from_directory` and torchvision's `ImageFolder` read: the
sub-folder's name is the class, images in folders nested inside it belong to it too, classes are
in the sorted order of their names. Pure Python (no Pillow): this side lists the files and looks
at each one's first and last bytes, which finds empty, truncated and non-image files, so shape
inference (on every edit in the window) names them without decoding anything. The engine decodes
the files (`engine/data/image_folder.py`) and names any that still fail.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from playground.core.data_cache import DataCache
from playground.core.datasets import DataError
from playground.core.i18n import translate

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
# a side longer than this is refused before decoding (a 20,000 x 20,000 photo is 1.2 GB of
# pixels): a training image is resized to at most 128 pixels anyway
MAX_SIDE = 8192
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_END = b"IEND\xaeB`\x82"  # the last chunk's type and CRC, the last 8 bytes of a whole PNG
_JPEG_START = b"\xff\xd8\xff"
_JPEG_END = b"\xff\xd9"
_NAMED = 5  # skipped files named in one warning; the rest are counted


@dataclass(frozen=True)
class FolderListing:
    """The usable files of an image folder and what was left out, as sentences for the user."""

    classes: tuple[str, ...]  # the class folders that hold at least one usable file, sorted
    files: tuple[tuple[str, int], ...]  # (path, class index), class by class, sorted by path
    warnings: tuple[str, ...]


def checked_image_folder(path: str) -> Path:
    if not path or not path.strip():
        raise DataError(translate("image_folder", "No image folder is chosen: choose a folder that holds one "
                                                  "sub-folder of images per class."))
    folder = Path(path.strip()).expanduser()
    if not folder.exists():
        raise DataError(translate("image_folder", "The folder '{folder}' does not exist: check the name or choose "
                                                  "it again.").format(folder=folder))
    if not folder.is_dir():
        raise DataError(translate("image_folder", "'{folder}' is a file, not a folder: choose the folder that holds "
                                                  "one sub-folder of images per class.").format(folder=folder))
    return folder


def _entries(folder: Path) -> list[os.DirEntry]:
    try:
        with os.scandir(folder) as it:
            return sorted(it, key=lambda e: e.name)
    except OSError as exc:
        raise DataError(unreadable_folder(folder, exc)) from None


def unreadable_folder(folder: Path, exc: OSError) -> str:
    return translate("image_folder", "The folder '{folder}' cannot be read: {why}.").format(
        folder=folder, why=exc.strerror or exc)


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _walk(folder: Path, depth: int = 0) -> list[Path]:
    """Every file under `folder`, sorted; hidden entries and unreadable sub-folders left out
    (a folder nested 32 deep, or a link loop, stops there)."""
    files: list[Path] = []
    try:
        entries = _entries(folder)
    except DataError:
        return files
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if _is_dir(entry):
            if depth < 32:
                files.extend(_walk(Path(entry.path), depth + 1))
        else:
            files.append(Path(entry.path))
    return files


def file_fault(path: Path) -> str | None:
    """Why `path` cannot be an image, from its first and last bytes; None when it may be one."""
    try:
        with open(path, "rb") as f:
            head = f.read(32)
            f.seek(0, os.SEEK_END)
            size = f.tell()
            f.seek(max(size - 16, 0))
            tail = f.read()
    except OSError as exc:
        return translate("image_folder", "cannot be read ({why})").format(why=exc.strerror or exc)
    if size == 0:
        return translate("image_folder", "is empty (0 bytes)")
    if head.startswith(_PNG_SIGNATURE):
        if len(head) < 24 or head[12:16] != b"IHDR":
            return translate("image_folder", "is a damaged PNG file")
        width, height = int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
        if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE):
            return too_large(width, height)
        if not tail.endswith(_PNG_END):
            return translate("image_folder", "is a truncated PNG file")
        return None
    if head.startswith(_JPEG_START):
        # a few cameras write bytes after the end marker: look for it near the end
        if _JPEG_END not in tail:
            return translate("image_folder", "is a truncated JPEG file")
        return None
    return translate("image_folder", "is not a PNG or JPEG image")


def too_large(width: int, height: int) -> str:
    """Why an image is refused before decoding, said after its name ("a.png is ...")."""
    return translate("image_folder", "is {width}x{height} pixels (at most {most} a side)").format(
        width=width, height=height, most=MAX_SIDE)


def named_files(files: list[str]) -> str:
    """The first few of `files`, and how many more ("a.png, b.png and 3 more")."""
    shown = ", ".join(files[:_NAMED])
    if len(files) > _NAMED:
        return translate("image_folder", "{files} and {n} more").format(files=shown, n=len(files) - _NAMED)
    return shown


def list_image_folder(path: str) -> FolderListing:
    """The classes and usable files of the image folder `path`; DataError when none is usable."""
    folder = checked_image_folder(path)
    classes: list[str] = []
    files: list[tuple[str, int]] = []
    empty: list[str] = []
    faults: list[str] = []
    other: list[str] = []
    loose: list[str] = []
    for entry in _entries(folder):
        if entry.name.startswith("."):
            continue
        if not _is_dir(entry):
            loose.append(entry.name)
            continue
        found = []
        for file in _walk(Path(entry.path)):
            name = str(file.relative_to(folder))
            if file.suffix.lower() not in IMAGE_SUFFIXES:
                other.append(name)
            elif (fault := file_fault(file)) is not None:
                faults.append(translate("image_folder", "{name} {fault}").format(name=name, fault=fault))
            else:
                found.append(str(file))
        if found:
            files.extend((f, len(classes)) for f in found)
            classes.append(entry.name)
        else:
            empty.append(entry.name)
    warnings = []
    if faults:
        warnings.append(translate("image_folder", "{n} file(s) of the image folder were skipped: {files}.").format(
            n=len(faults), files=named_files(faults)))
    if other:
        warnings.append(translate("image_folder", "{n} file(s) of the image folder are not PNG or JPEG images and "
                                                  "were left out: {files}.").format(n=len(other), files=named_files(other)))
    if empty and classes:
        warnings.append(translate("image_folder", "{n} class folder(s) hold no usable image and are left out: "
                                                  "{files}.").format(n=len(empty), files=named_files(empty)))
    if loose and classes:
        warnings.append(translate("image_folder", "{n} file(s) lie beside the class folders, not in one, and were "
                                                  "left out: {files}.").format(n=len(loose), files=named_files(loose)))
    if not classes:
        if empty:
            message = translate("image_folder", "The folder '{folder}' holds no usable PNG or JPEG image. Its "
                                                "sub-folders hold no usable image: {files}.")
        else:
            message = translate("image_folder", "The folder '{folder}' holds no usable PNG or JPEG image. It has no "
                                                "sub-folder: put the images of each class in a sub-folder named "
                                                "after it.")
        message = message.format(folder=folder, files=named_files(empty))
        if faults:  # the one warning that says why (which files were skipped)
            message = translate("image_folder", "{message} {detail}").format(message=message, detail=warnings[0])
        raise DataError(message)
    return FolderListing(tuple(classes), tuple(files), tuple(warnings))


# --- Cached for shape inference -----------------------------------------------------------------

_listings: DataCache[FolderListing] = DataCache(8)


def _folder_key(path: str) -> tuple:
    """Changes when a file or class folder is added, removed or renamed (a folder's mtime does);
    a file edited in place keeps the key (each run decodes every file again anyway)."""
    folder = checked_image_folder(path)
    try:
        stamps = [(folder.name, folder.stat().st_mtime_ns)]
        stamps += [(e.name, e.stat().st_mtime_ns) for e in _entries(folder) if _is_dir(e)]
    except OSError as exc:
        raise DataError(unreadable_folder(folder, exc)) from None
    return (str(folder.resolve()), tuple(stamps))


def cached_listing(path: str) -> FolderListing:
    """`list_image_folder`, listed again only when the folder changes (errors are cached too)."""
    return _listings.get(_folder_key(path), lambda: list_image_folder(path))


def clear_listing_cache() -> None:
    _listings.clear()


# ----- making an image folder (the drawing pad) ------------------------------------------------
_UNSAFE_IN_NAMES = set('/\\:*?"<>|') | {chr(c) for c in range(32)}
MAX_CLASS_NAME = 40


def class_folder_name(text: str) -> str:
    """`text` as the name of a class folder, or DataError saying why it cannot be one.

    The name becomes a folder on disk and the class's label in every view: no path separators,
    no characters Windows refuses, not '.' or '..', not empty, short enough to show."""
    name = text.strip()
    if not name:
        raise DataError(translate("image_folder", "Give the class a name (it becomes the folder its drawings go "
                                                  "in)."))
    if name in (".", "..") or any(ch in _UNSAFE_IN_NAMES for ch in name):
        raise DataError(translate("image_folder", "A class name cannot hold / \\ : * ? \" < > | or be '.' or '..': "
                                                  "{name!r} cannot be a folder's name.").format(name=name))
    if len(name) > MAX_CLASS_NAME:
        raise DataError(translate("image_folder", "Keep a class name to {most} characters (it is shown under every "
                                                  "image of the class).").format(most=MAX_CLASS_NAME))
    return name


def next_drawing_path(folder: Path, class_name: str) -> Path:
    """Where the next drawing of `class_name` goes: `folder/class/NNNN.png`, after the last one."""
    numbers = [int(p.stem) for p in (folder / class_name).glob("*.png") if p.stem.isdigit()]
    return folder / class_name / f"{max(numbers, default=0) + 1:04d}.png"


def drawings_per_class(folder: Path) -> dict[str, int]:
    """How many images each class folder of `folder` holds (the pad's tally); {} for no folder."""
    if not folder.is_dir():
        return {}
    return {entry.name: sum(1 for p in entry.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
            for entry in sorted(folder.iterdir(), key=lambda p: p.name) if entry.is_dir()}

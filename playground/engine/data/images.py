"""Image data sets: the bundled 8x8 digits, and MNIST / CIFAR-10 from files the user downloaded.

Split: for every image set the official train and test parts (if any) are pooled, shuffled
with `seed`, cut to `limit` samples (0 = all), then split by `train_ratio`. One rule for all
three sets, and `train_ratio` means the same thing everywhere in the app; the price is that
results are not comparable with published MNIST/CIFAR test accuracies.

Only raw binary formats are read (IDX, CIFAR-10 binary), never pickle: a pickle file from the
internet can run any code when loaded.
"""

from __future__ import annotations

import gzip
import logging
import math
import os
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, NoReturn

import numpy as np

from playground.core.datasets import IMAGE_SHAPES, DataError, data_shape
from playground.core.i18n import translate, translate_later
from playground.core.resources import asset
from playground.engine.data.bundle import DataBundle
from playground.engine.data.split import train_count

log = logging.getLogger(__name__)

DIGITS_FILE = asset("digits.npz")

DIGIT_NAMES = [str(d) for d in range(10)]
CIFAR10_NAMES = [  # class names shown in the views, in the app's language where the bundle is made
    translate_later("images", "airplane"), translate_later("images", "automobile"), translate_later("images", "bird"),
    translate_later("images", "cat"), translate_later("images", "deer"), translate_later("images", "dog"),
    translate_later("images", "frog"), translate_later("images", "horse"), translate_later("images", "ship"),
    translate_later("images", "truck"),
]


@dataclass
class ImageSource:
    """Images of one file (or pair of files): uint8 (n, C, H, W) and labels uint8 (n,)."""

    images: np.ndarray
    labels: np.ndarray


# --- Pooling, limiting and splitting ---------------------------------------------------------


def pooled_images(values: dict, sources: list[ImageSource],
                  max_pixel: float) -> tuple[np.ndarray, np.ndarray, int]:
    """The pixels of the chosen images in [0, 1] (float32), their labels (int64), and how many of
    them train (the first ones). Exported scripts carry this function as it is.

    Empties `sources` as it goes: each file's images are copied straight into the float array, a
    few hundred at a time, and the file then let go, so the peak is the float array and the files'
    bytes, not a second copy of every image (on CIFAR-10 a pooled uint8 copy, 180 MB, and the
    float32 copy of a whole file that a single assignment makes on the way, 120 MB)."""
    total = sum(len(s.labels) for s in sources)
    rng = np.random.default_rng(values["seed"])
    order = rng.permutation(total)
    if values["limit"]:
        order = order[:values["limit"]]
    n = len(order)
    k = train_count(n, values["train_ratio"])
    x = np.empty((n, *sources[0].images.shape[1:]), dtype=np.float32)
    labels = np.empty(n, dtype=np.int64)
    start = 0
    while sources:
        src = sources.pop(0)
        stop = start + len(src.labels)
        pick = (order >= start) & (order < stop)
        rows, picked = np.flatnonzero(pick), order[pick] - start
        for i in range(0, len(rows), 256):  # each assignment converts its block to float32 first
            x[rows[i:i + 256]] = src.images[picked[i:i + 256]]
        labels[rows] = src.labels[picked]
        start = stop
        del src
    x /= np.float32(max_pixel)
    return x, labels, k


def pooled_bundle(name: str, values: dict, sources: list[ImageSource], max_pixel: float,
                  class_names: list[str]) -> DataBundle:
    """Shuffle all sources together, keep `limit`, split, and scale pixels to [0, 1] float32.

    Only the chosen images are copied and converted, so a limit of 1,000 out of 60,000 CIFAR
    images never builds the full float array.
    """
    shape = data_shape(name, values)
    x, labels, k = pooled_images(values, sources, max_pixel)
    if values["target"] == "reconstruct":
        # the autoencoder's target is its input (same array, never modified); the classes stay
        # as labels, for the views that colour the samples by them
        return DataBundle(x_train=x[:k], y_train=x[:k], x_test=x[k:], y_test=x[k:], shape=shape,
                          class_names=[], labels_train=labels[:k], labels_test=labels[k:],
                          label_names=list(class_names))
    return DataBundle(x_train=x[:k], y_train=labels[:k], x_test=x[k:], y_test=labels[k:],
                      shape=shape, class_names=class_names)


# --- Digits (bundled) --------------------------------------------------------------------------


def load_digits(name: str, values: dict) -> DataBundle:
    try:
        with np.load(DIGITS_FILE) as f:
            images, labels = f["images"], f["labels"]
    except (OSError, KeyError, ValueError, zlib.error) as exc:
        raise DataError(translate("images", "The bundled digits file {file} is missing or damaged ({why}): "
                                            "reinstall the app.").format(file=DIGITS_FILE, why=exc)) from None
    source = ImageSource(images.reshape(-1, *IMAGE_SHAPES["digits"]), labels)
    return pooled_bundle(name, values, [source], 16.0, DIGIT_NAMES)


# --- Folders -------------------------------------------------------------------------------------


def checked_folder(path: str, label: str) -> Path:
    folder = Path(path.strip()).expanduser()
    if not folder.exists():
        raise DataError(translate("images", "The folder '{folder}' does not exist: choose the folder that holds "
                                            "the {name} files.").format(folder=folder, name=label))
    if not folder.is_dir():
        raise DataError(translate("images", "'{folder}' is a file, not a folder: choose the folder that holds the "
                                            "{name} files.").format(folder=folder, name=label))
    return folder


def _listing(folder: Path) -> list[Path]:
    """The folder's entries; a folder the user may not read is a DataError, not a crash."""
    try:
        return list(folder.iterdir())
    except OSError as exc:
        raise DataError(translate("images", "The folder '{folder}' cannot be read: {why}.").format(
            folder=folder, why=exc.strerror or exc)) from None


def _search_dirs(folder: Path, preferred: tuple[str, ...]) -> list[Path]:
    """The folder, the usual sub-folders, then any sub-folder two levels down (sorted)."""
    dirs = [folder] + [folder / p for p in preferred if (folder / p).is_dir()]
    for sub in sorted(p for p in _listing(folder) if p.is_dir()):
        dirs.append(sub)
        try:
            dirs.extend(sorted(p for p in sub.iterdir() if p.is_dir()))
        except OSError:
            continue
    seen, unique = set(), []
    for d in dirs:
        if d not in seen:
            seen.add(d)
            unique.append(d)
    return unique


def _find(dirs: list[Path], names: list[str]) -> Path | None:
    for d in dirs:
        for name in names:
            if (d / name).is_file():
                return d / name
    return None


def _archive_hint(folder: Path) -> str:
    archives = sorted(p.name for p in _listing(folder)
                      if p.name.endswith((".tar.gz", ".tgz", ".tar", ".zip")))
    return translate("images", " The folder holds {archive}: extract it first.").format(archive=archives[0]) \
        if archives else ""


@contextmanager
def _opened(path: Path) -> Iterator[BinaryIO]:
    """The file to read, un-gzipped as it is read when it ends in .gz; any failure to open or
    read it inside the block becomes a DataError that names it."""
    try:
        with (gzip.open(path, "rb") if path.suffix == ".gz" else open(path, "rb")) as f:
            yield f
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        raise DataError(translate("images", "'{name}' is not a complete gzip file ({why}): download it again.")
                        .format(name=path.name, why=exc)) from None
    except OSError as exc:
        raise DataError(translate("images", "'{path}' cannot be read: {why}.").format(
            path=path, why=exc.strerror or exc)) from None


# --- MNIST (IDX files) ---------------------------------------------------------------------------

MNIST_FILES = {
    "train images": "train-images-idx3-ubyte", "train labels": "train-labels-idx1-ubyte",
    "test images": "t10k-images-idx3-ubyte", "test labels": "t10k-labels-idx1-ubyte",
}
_IDX_UBYTE = 0x08


def _idx_names(base: str) -> list[str]:
    dotted = base.replace("-idx", ".idx")  # 'train-images.idx3-ubyte', a common spelling
    return [n + ext for n in (base, dotted) for ext in ("", ".gz")]


def read_idx(path: Path, ndim: int) -> np.ndarray:
    """An IDX file of unsigned bytes with `ndim` dimensions, checked against its header.

    The size the header announces is checked against the file's size before the values are
    read, so a damaged header that announces terabytes allocates nothing.
    """
    header_size = 4 + 4 * ndim
    with _opened(path) as f:
        header = f.read(header_size)
        if len(header) < header_size:
            raise DataError(translate("images", "'{name}' is too short to be an IDX file ({size} bytes): download "
                                                "it again.").format(name=path.name, size=len(header)))
        zero, dtype, dims = int.from_bytes(header[0:2], "big"), header[2], header[3]
        if zero != 0 or dtype != _IDX_UBYTE or dims != ndim:
            magic = int.from_bytes(header[0:4], "big")
            expected = (_IDX_UBYTE << 8) | ndim
            raise DataError(translate("images", "'{name}' is not an IDX file of {ndim}-D images/labels: its magic "
                                                "number is 0x{magic:08x}, expected 0x{expected:08x}. Is it the "
                                                "right file?").format(name=path.name, ndim=ndim, magic=magic,
                                                                      expected=expected))
        shape = tuple(int.from_bytes(header[4 + 4 * i: 8 + 4 * i], "big") for i in range(ndim))
        declared = math.prod(shape)  # Python ints: four 32-bit sizes cannot overflow
        size = os.fstat(f.fileno()).st_size  # on disk: compressed, for a .gz file
        if path.suffix != ".gz":
            if size != header_size + declared:
                _wrong_size(path, shape, header_size + declared, size)
        elif declared > _GZIP_MAX_RATIO * size:
            raise DataError(translate("images", "'{name}' announces {dims} values, more than a gzip file of {size:,} "
                                                "bytes can hold: it is damaged. Download it again.").format(
                name=path.name, dims=_dims(shape), size=size))
        body = f.read(declared + 1)  # one byte more shows a file longer than announced
    if len(body) != declared:
        _wrong_size(path, shape, header_size + declared, header_size + len(body))
    return np.frombuffer(body, dtype=np.uint8).reshape(shape)


# deflate compresses at most about 1032:1, so a .gz file cannot hold more than this many times its
# own size: an IDX header announcing more is damaged, and is refused before anything is read
_GZIP_MAX_RATIO = 1100


def _dims(shape: tuple[int, ...]) -> str:
    return "x".join(map(str, shape))


def _wrong_size(path: Path, shape: tuple[int, ...], expected: int, found: int) -> NoReturn:
    if found < expected:
        template = translate("images", "'{name}' is truncated: its header announces {dims} values ({expected:,} "
                                       "bytes) but it has {found:,} bytes. Download it again.")
    else:
        template = translate("images", "'{name}' is longer than its header says: its header announces {dims} "
                                       "values ({expected:,} bytes) but it has {found:,} bytes. Download it again.")
    raise DataError(template.format(name=path.name, dims=_dims(shape), expected=expected, found=found))


def read_mnist(path: str) -> list[ImageSource]:
    folder = checked_folder(path, "MNIST")
    dirs = _search_dirs(folder, ("MNIST/raw", "raw"))
    found = {part: _find(dirs, _idx_names(base)) for part, base in MNIST_FILES.items()}
    missing = [MNIST_FILES[part] for part, p in found.items() if p is None]
    if missing:
        raise DataError(translate("images", "The folder '{folder}' has no {missing}. MNIST needs the four IDX "
                                            "files {files} (each may end in .gz).{hint}").format(
            folder=folder, missing=", ".join(missing), files=", ".join(MNIST_FILES.values()),
            hint=_archive_hint(folder)))
    _, h, w = IMAGE_SHAPES["mnist"]
    sources = []
    for split in ("train", "test"):
        img_path, lbl_path = found[f"{split} images"], found[f"{split} labels"]
        images = read_idx(img_path, 3)
        labels = read_idx(lbl_path, 1)
        if images.shape[1:] != (h, w):
            raise DataError(translate("images", "'{name}' holds {height}x{width} images; MNIST images are {h}x{w}.")
                            .format(name=img_path.name, height=images.shape[1], width=images.shape[2], h=h, w=w))
        if len(labels) != len(images):
            raise DataError(translate("images", "'{images}' holds {n_images} images but '{labels}' holds {n_labels} "
                                                "labels: the files do not belong together.").format(
                images=img_path.name, n_images=len(images), labels=lbl_path.name, n_labels=len(labels)))
        if labels.size and labels.max() > 9:
            raise DataError(translate("images", "'{name}' holds the label {label}; MNIST labels are 0 to 9.").format(
                name=lbl_path.name, label=labels.max()))
        sources.append(ImageSource(images.reshape(-1, 1, h, w), labels))
    log.debug("MNIST from %s: %s", folder, [len(s.labels) for s in sources])
    return sources


def load_mnist(name: str, values: dict) -> DataBundle:
    data_shape(name, values)  # refuses an empty path with the same sentence as shape inference
    return pooled_bundle(name, values, read_mnist(values["path"]), 255.0, DIGIT_NAMES)


# --- CIFAR-10 (binary version) -----------------------------------------------------------------

CIFAR10_FILES = [f"data_batch_{i}.bin" for i in range(1, 6)] + ["test_batch.bin"]
_CIFAR_RECORD = 1 + 3 * 32 * 32  # one label byte, then the red, green and blue 32x32 planes
_CIFAR_MAX_BYTES = 60_000 * _CIFAR_RECORD  # all of CIFAR-10 in one file: a batch holds a sixth


def read_cifar_batch(path: Path) -> ImageSource:
    with _opened(path) as f:
        size = os.fstat(f.fileno()).st_size
        if size > _CIFAR_MAX_BYTES:  # refused before it is read into memory
            raise DataError(translate("images", "'{name}' has {size:,} bytes, more than all 60,000 CIFAR-10 images: "
                                                "it is not a CIFAR-10 binary batch.").format(name=path.name, size=size))
        data = f.read()
    if not data or len(data) % _CIFAR_RECORD:
        raise DataError(translate("images", "'{name}' has {size} bytes, not a whole number of CIFAR-10 records "
                                            "({record} bytes each): it is truncated or not a CIFAR-10 binary batch. "
                                            "Download it again.").format(name=path.name, size=len(data),
                                                                         record=_CIFAR_RECORD))
    records = np.frombuffer(data, dtype=np.uint8).reshape(-1, _CIFAR_RECORD)
    labels = records[:, 0]
    if labels.max() > 9:
        bad = int(np.argmax(labels > 9))
        raise DataError(translate("images", "Record {n} of '{name}' has the label {label}; CIFAR-10 labels are 0 to "
                                            "9. Is this the CIFAR-100 binary version?").format(
            n=bad + 1, name=path.name, label=labels[bad]))
    return ImageSource(records[:, 1:].reshape(-1, *IMAGE_SHAPES["cifar10"]), labels)


def read_cifar10(path: str) -> list[ImageSource]:
    folder = checked_folder(path, "CIFAR-10")
    dirs = _search_dirs(folder, ("cifar-10-batches-bin",))
    found = {name: _find(dirs, [name]) for name in CIFAR10_FILES}
    missing = [name for name, p in found.items() if p is None]
    if missing:
        hint = _archive_hint(folder)
        if _find(dirs, ["data_batch_1"]) is not None:
            hint = translate("images", " This looks like the Python version of CIFAR-10 (pickle files, which the "
                                       "app does not open for safety): download the binary version, "
                                       "cifar-10-binary.tar.gz.")
        raise DataError(translate("images", "The folder '{folder}' has no {missing}. CIFAR-10 needs the binary "
                                            "batches {files}.{hint}").format(
            folder=folder, missing=", ".join(missing), files=", ".join(CIFAR10_FILES), hint=hint))
    return [read_cifar_batch(found[name]) for name in CIFAR10_FILES]


def load_cifar10(name: str, values: dict) -> DataBundle:
    data_shape(name, values)
    return pooled_bundle(name, values, read_cifar10(values["path"]), 255.0,
                         [translate("images", n) for n in CIFAR10_NAMES])


IMAGE_LOADERS = {"digits": load_digits, "mnist": load_mnist, "cifar10": load_cifar10}


def load_images(name: str, values: dict) -> DataBundle:
    if name == "image_folder":  # imports Pillow: only for the user's own images
        from playground.engine.data.image_folder import load_image_folder

        return load_image_folder(name, values)
    return IMAGE_LOADERS[name](name, values)

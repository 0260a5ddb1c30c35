"""The user's own images: a folder with one sub-folder of PNG or JPEG files per class.

The folder is listed by `core/image_folder.py` (which already left out empty, truncated and
non-image files); here each file is decoded with Pillow, composited onto white when it has
transparency (a drawing on a transparent background), made grey or RGB, and squeezed to a
`size` x `size` square (the aspect ratio is not kept, as in Keras' default). A file Pillow still
cannot decode is skipped and named in the data's warnings. The images then go through the same
pool, shuffle, limit and split as every image set (`images.pooled_bundle`).
"""

from __future__ import annotations

import dataclasses
import logging

import numpy as np
from PIL import Image

from playground.core.datasets import DataError, data_shape
from playground.core.i18n import translate
from playground.core.image_folder import MAX_SIDE, list_image_folder, named_files, too_large
from playground.engine.data.bundle import DataBundle
from playground.engine.data.images import ImageSource, pooled_bundle

log = logging.getLogger(__name__)


def decoded_image(path: str, size: int, colour: bool) -> np.ndarray:
    """The image at `path` as uint8 (C, size, size); any failure to decode raises (see below)."""
    with Image.open(path) as im:
        width, height = im.size
        if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE):
            raise ValueError(too_large(width, height))
        im.draft("RGB" if colour else "L", (size, size))  # JPEG: decode at a reduced scale
        if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
            rgba = im.convert("RGBA")
            im = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
            im.alpha_composite(rgba)
        im = im.convert("RGB" if colour else "L").resize((size, size), Image.Resampling.BILINEAR)
        pixels = np.asarray(im, dtype=np.uint8)
    return pixels.transpose(2, 0, 1) if colour else pixels[None]


def read_image_folder(values: dict) -> tuple[ImageSource, list[str], list[str]]:
    """The decodable images of the folder, their class names, and a warning per skipped file.

    Exported scripts carry this function as it is."""
    listing = list_image_folder(values["path"])
    size, colour = values["size"], values["colour"] == "colour"
    images = np.empty((len(listing.files), 3 if colour else 1, size, size), dtype=np.uint8)
    labels = np.empty(len(listing.files), dtype=np.uint8)
    kept, failed = 0, []
    for path, label in listing.files:
        try:
            images[kept] = decoded_image(path, size, colour)
        # Pillow's decoders raise many kinds for a damaged file (OSError, ValueError,
        # SyntaxError, struct.error, EOFError, DecompressionBombError...): any of them means
        # "this file cannot be used", and one bad file must never stop the others
        except Exception as exc:  # noqa: BLE001
            failed.append(f"{path} ({exc})")
            continue
        labels[kept] = label
        kept += 1
    if kept == 0:
        raise DataError(translate("image_folder", "None of the {n} image(s) in '{folder}' could be decoded, for "
                                                  "example {file}.").format(n=len(listing.files), folder=values["path"],
                                                                            file=failed[0]))
    warnings = list(listing.warnings)
    if failed:
        warnings.append(translate("image_folder", "{n} image(s) could not be decoded and were skipped: {files}.")
                        .format(n=len(failed), files=named_files(failed)))
    return ImageSource(images[:kept], labels[:kept]), list(listing.classes), warnings


def load_image_folder(name: str, values: dict) -> DataBundle:
    data_shape(name, values)  # refuses an empty path or a single class with the shape's sentence
    source, classes, warnings = read_image_folder(values)
    bundle = pooled_bundle(name, values, [source], 255.0, classes)
    log.debug("image folder %s: %d images of %d classes", values["path"], len(source.labels),
              len(classes))
    # the listing's warnings plus the files only decoding found out
    bundle.shape = dataclasses.replace(bundle.shape, warnings=tuple(warnings))
    return bundle

"""Data sets as numpy arrays: 2-D toy sets, a 1-D function, images, sequences, CSV tables.

numpy only: the GUI process imports this package to plot the points, and must stay free of
torch and Qt. Every generated set is deterministic: the same values give byte-identical arrays.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from playground.core.datasets import DataError, dataset, owner
from playground.core.params import ParamError
from playground.engine.data.bundle import DataBundle, check_bundle
from playground.engine.data.drawn import load_drawn
from playground.engine.data.features import expand_features
from playground.engine.data.function import load_function
from playground.engine.data.images import load_images
from playground.engine.data.sequences import load_sequences
from playground.engine.data.tables import load_csv
from playground.engine.data.toy import load_plane

__all__ = ["DataBundle", "DataError", "expand_features", "load_dataset"]

log = logging.getLogger(__name__)

_LOADERS: dict[str, Callable[[str, dict], DataBundle]] = {
    "2d-classification": load_plane,
    "2d-distribution": load_plane,
    "2d-regression": load_plane,
    "function": load_function,
    "image": load_images,
    "sequence": load_sequences,
    "table": load_csv,
}

# data sets with a loader of their own within a family
_NAMED_LOADERS: dict[str, Callable[[str, dict], DataBundle]] = {
    "drawn": load_drawn, "drawn_values": load_drawn,
}


def load_dataset(name: str, values: dict) -> DataBundle:
    """Generate or load data set `name`; `values` may be partial (defaults fill the rest).

    Raises DataError with a sentence a student can act on.
    """
    spec = dataset(name)
    try:
        values = spec.params.complete(values, owner(spec))
    except ParamError as exc:
        raise DataError(str(exc)) from None
    bundle = _NAMED_LOADERS.get(name, _LOADERS[spec.family])(name, values)
    check_bundle(bundle)
    log.debug("data set %s: %d train, %d test, %s", name, bundle.n_train, bundle.n_test,
              bundle.shape)
    return bundle

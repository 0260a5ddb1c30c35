"""numpy's BLAS (OpenBLAS in numpy's wheels) on as many threads as torch's intra-op pool.

OpenBLAS starts one thread per core, and its threads spin-wait for each other: beside a busy
process (the window painting, another program) a Dense layer's matrix product on two threads was
measured 4-8x slower than on one, the very effect that makes the worker run torch on
`worker_threads()` (engine/runner.py). The fused path's products go through numpy, so it gives
numpy's BLAS the thread count torch was given. numpy has no call for this: the library's own
`openblas_set_num_threads` is called through ctypes, found among the loaded libraries; where it
cannot be found (another BLAS, an unusual build) nothing changes.
"""

from __future__ import annotations

import ctypes
import functools
import glob
import logging
import os
from collections.abc import Callable

import numpy as np

log = logging.getLogger(__name__)

_SET = ("scipy_openblas_set_num_threads64_", "scipy_openblas_set_num_threads", "openblas_set_num_threads64_",
        "openblas_set_num_threads")
_GET = tuple(name.replace("set_num", "get_num") for name in _SET)


def _candidates() -> list[str]:
    """Paths of the OpenBLAS libraries this process has loaded (Linux), or that numpy ships."""
    found: list[str] = []
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            found = [line.split()[-1] for line in maps if "openblas" in line.lower() and "/" in line]
    except OSError:
        pass
    here = os.path.dirname(np.__file__)
    for pattern in ("../numpy.libs/*openblas*", ".dylibs/*openblas*"):
        found += glob.glob(os.path.join(here, pattern))
    return list(dict.fromkeys(found))


@functools.cache
def _functions() -> tuple[Callable[[int], None], Callable[[], int]] | None:
    for path in _candidates():
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for set_name, get_name in zip(_SET, _GET):
            setter, getter = getattr(lib, set_name, None), getattr(lib, get_name, None)
            if setter is not None and getter is not None:
                setter.argtypes, getter.restype = [ctypes.c_int], ctypes.c_int
                return setter, getter
    log.info("numpy's BLAS threads cannot be set here (no OpenBLAS found)")
    return None


def blas_threads() -> int | None:
    """The threads numpy's BLAS uses, or None when they cannot be read."""
    functions = _functions()
    return None if functions is None else int(functions[1]())


def set_blas_threads(threads: int) -> bool:
    """Run numpy's BLAS on `threads` threads; False when it cannot be set."""
    functions = _functions()
    if functions is None:
        return False
    functions[0](max(1, threads))
    return True

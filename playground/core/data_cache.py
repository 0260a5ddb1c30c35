"""A small thread-safe cache of what reading a data file gave: its result, or its DataError.

Shape inference runs on every edit in the window; a CSV file or an image folder is read again
only when its key (path, modification times, settings) changes, and a broken one is not read
again on every edit either: the error is cached too.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

from playground.core.datasets import DataError

T = TypeVar("T")


class DataCache(Generic[T]):
    """The last `size` results by key, least recently used dropped first."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._items: OrderedDict[tuple, T | DataError] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple, compute: Callable[[], T]) -> T:
        """The cached result for `key`, computed (outside the lock) when missing; a cached
        DataError is raised again, as a fresh exception."""
        with self._lock:
            hit = self._items.get(key)
            if hit is not None:
                self._items.move_to_end(key)
        if hit is None:
            try:
                hit = compute()
            except DataError as exc:
                hit = exc
            with self._lock:
                self._items[key] = hit
                while len(self._items) > self._size:
                    self._items.popitem(last=False)
        if isinstance(hit, DataError):
            raise DataError(str(hit))
        return hit

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

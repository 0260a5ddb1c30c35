"""Announcing changes to listeners: the one mechanism the graph and the settings share.

The core changes a project only through methods that check and then announce an event; the
window, the document and the run controller follow the events (docs/ARCHITECTURE.md, "Data flow").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Generic, TypeVar

Event = TypeVar("Event")


@dataclass
class Announcer(Generic[Event]):
    """Holds listeners and calls each with every event; listeners are never copied or compared."""

    _listeners: list[Callable[[Event], None]] = field(default_factory=list, init=False, repr=False,
                                                      compare=False)

    def subscribe(self, listener: Callable[[Event], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Event], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _emit(self, event: Event) -> None:
        for listener in list(self._listeners):  # a listener may unsubscribe while called
            listener(event)

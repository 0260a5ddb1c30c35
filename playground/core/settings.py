"""The project's data and training settings, and the events their changes send.

Like the Graph, settings change through one method, `set()`, which refuses a bad value before
anything changes and then tells the listeners: the panels, the analysis and the running trainer
follow every change (an undo included) without the editor that made it knowing about them.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field, fields
from enum import Enum
from typing import Any, Callable, ClassVar, Iterable, Literal, Self

from playground.core import catalog
from playground.core.datasets import DATASETS, DataError, owner
from playground.core.events import Announcer
from playground.core.i18n import translate, translate_later
from playground.core.params import Param, ParamError

Section = Literal["data", "training"]

# Training settings that the trainer takes between steps; a change of any other setting (the
# graph and the data included) means a new run. The UI, the engine and the run signature all
# ask this one set.
LIVE_SETTINGS: frozenset[str] = frozenset({"learning_rate", "batch_size", "regularization",
                                           "regularization_rate", "epochs", "optimizer",
                                           "optimizer_params", *(p.name for p in catalog.GAN_PARAMS)})

# The device list offers each GPU by its index, which the catalogue's device choices do not name.
_GPU_BY_INDEX = re.compile(r"cuda:\d+")


class SettingsError(ValueError):
    """A setting that does not exist, or a value it cannot take (refused, nothing changed)."""


class SettingEventType(Enum):
    CHANGED = "changed"
    RESET = "reset"  # every setting of the section was replaced (New / Open)


@dataclass(frozen=True)
class SettingEvent:
    type: SettingEventType
    section: Section
    name: str | None = None  # the setting, for CHANGED
    value: Any = None  # its new value, for CHANGED


SettingListener = Callable[[SettingEvent], None]


def known_choice(value: Any, choices: Iterable[str], what: str) -> str:
    """`value` if it names one of `choices`; a SettingsError that lists them otherwise."""
    choices = list(choices)
    if not isinstance(value, str) or value not in choices:  # a list or object is unhashable
        raise SettingsError(translate("settings", "unknown {what} '{value}' (known: {known})").format(
            what=translate("settings", what), value=value, known=", ".join(choices)))
    return value


def _training_value(spec: Param, value: Any) -> Any:
    """A general training setting coerced to its spec; ParamError if it does not fit."""
    if spec.name == "device" and isinstance(value, str) and _GPU_BY_INDEX.fullmatch(value):
        return value
    return spec.coerce(value)


@dataclass
class _EventedSettings(Announcer[SettingEvent]):
    """Listeners and the checked `set()` shared by both sections; a subclass says what is valid."""

    section: ClassVar[Section]

    # ----- values ------------------------------------------------------------------------
    def get(self, name: str) -> Any:
        raise NotImplementedError

    def checked(self, name: str, value: Any) -> Any:
        """`value` as `set(name, value)` would store it; SettingsError if it cannot be set."""
        raise NotImplementedError

    def cleared_by(self, name: str) -> list[tuple[str, Any]]:
        """The settings that setting `name` now would clear (a data set's options, an optimizer's),
        as (name, value) pairs that `set` puts back: what undoing that choice restores."""
        return []

    def _store(self, name: str, value: Any) -> None:
        raise NotImplementedError

    def set(self, name: str, value: Any) -> Any:
        """Change one setting (checked first) and announce it; returns the old value."""
        value = self.checked(name, value)
        old = self.get(name)
        if old != value:
            self._store(name, value)
            self._emit(SettingEvent(SettingEventType.CHANGED, self.section, name, value))
        return old

    # ----- whole-section operations ----------------------------------------------------
    def _names(self) -> list[str]:
        return [f.name for f in fields(self) if f.init]

    def _values(self) -> dict[str, Any]:
        return {name: copy.deepcopy(getattr(self, name)) for name in self._names()}

    def copy(self) -> Self:
        """An independent copy without listeners: what the trainer is handed."""
        return type(self)(**self._values())

    def replace_with(self, other: "_EventedSettings") -> None:
        """Take `other`'s values (keeping this object's listeners) and announce a reset."""
        for name, value in other._values().items():
            setattr(self, name, value)
        self._emit(SettingEvent(SettingEventType.RESET, self.section))


@dataclass
class DataSettings(_EventedSettings):
    """The data set and the options set away from its defaults (a missing option is the default)."""

    section: ClassVar[Section] = "data"
    dataset: str = "circle"
    params: dict[str, Any] = field(default_factory=dict)

    def complete(self) -> dict[str, Any]:
        return catalog_dataset_params(self.dataset, self.params)

    def get(self, name: str) -> Any:
        return self.dataset if name == "dataset" else self.params.get(name)

    def checked(self, name: str, value: Any) -> Any:
        if name == "dataset":
            return known_choice(value, DATASETS, translate_later("settings", "data set"))
        spec = DATASETS[self.dataset].params.get(name) if self.dataset in DATASETS else None
        if spec is None:
            raise SettingsError(translate("settings", "The data set {dataset} has no option {name!r}").format(
                dataset=self.dataset, name=name))
        if value is None:
            return None  # back to the default
        try:
            return spec.coerce(value)
        except ParamError as exc:
            raise SettingsError(str(exc)) from None

    def cleared_by(self, name: str) -> list[tuple[str, Any]]:
        return list(copy.deepcopy(self.params).items()) if name == "dataset" else []

    def _store(self, name: str, value: Any) -> None:
        if name == "dataset":
            self.dataset, self.params = value, {}  # options of one data set mean nothing to another
        elif value is None:
            self.params.pop(name, None)
        else:
            self.params[name] = value


def catalog_dataset_params(name: str, values: dict[str, Any]) -> dict[str, Any]:
    if name not in DATASETS:
        raise DataError(translate("settings", "Unknown data set {name!r}").format(name=name))
    try:
        return DATASETS[name].params.complete(values, owner(DATASETS[name]))
    except ParamError as exc:
        raise DataError(str(exc)) from None


def _no_setting(name: str) -> str:
    return translate("settings", "There is no training setting {name!r}").format(name=name)


# what a choice is called in the message that refuses an unknown one
_CHOICE_WHAT = {"loss": translate_later("settings", "loss"), "optimizer": translate_later("settings", "optimizer")}
# The choices whose own options belong to them alone: choosing again clears those options.
_OPTIONS_OF = {"loss": ("loss_params", catalog.LOSSES), "optimizer": ("optimizer_params", catalog.OPTIMIZERS)}


@dataclass
class TrainSettings(_EventedSettings):
    section: ClassVar[Section] = "training"
    loss: str = "bce"
    loss_params: dict[str, Any] = field(default_factory=dict)
    optimizer: str = "sgd"
    optimizer_params: dict[str, Any] = field(default_factory=dict)
    learning_rate: float = 0.03
    batch_size: int = 10
    regularization: str = "none"
    regularization_rate: float = 0.001
    epochs: int = 0
    device: str = "auto"
    weight_seed: int = 1
    # a GAN's own settings (catalog.GAN_PARAMS); other networks keep but ignore them
    gan_loss: str = "non_saturating"
    d_optimizer: str = "adam"
    d_learning_rate: float = 0.003
    g_optimizer: str = "adam"
    g_learning_rate: float = 0.003
    d_steps: int = 1
    g_steps: int = 1

    def general(self) -> dict[str, Any]:
        return {p.name: getattr(self, p.name) for p in catalog.TRAINING_PARAMS}

    def gan(self) -> dict[str, Any]:
        return {p.name: getattr(self, p.name) for p in catalog.GAN_PARAMS}

    def full_optimizer_params(self) -> dict[str, Any]:
        return catalog.OPTIMIZERS[self.optimizer].params.complete(self.optimizer_params, self.optimizer)

    def full_loss_params(self) -> dict[str, Any]:
        return catalog.LOSSES[self.loss].params.complete(self.loss_params, self.loss)

    def get(self, name: str) -> Any:
        if name not in self._names():
            raise SettingsError(_no_setting(name))
        return getattr(self, name)

    def checked(self, name: str, value: Any) -> Any:
        spec = catalog.TRAINING_PARAMS.get(name) or catalog.GAN_PARAMS.get(name)
        try:
            if spec is not None:
                return _training_value(spec, value)
            if name in _OPTIONS_OF:
                return known_choice(value, _OPTIONS_OF[name][1], _CHOICE_WHAT[name])
            for choice, (options, table) in _OPTIONS_OF.items():
                if name == options:
                    if not isinstance(value, dict):
                        raise SettingsError(translate("settings", "expected an object"))
                    kind = getattr(self, choice)
                    table[kind].params.complete(value, kind)
                    return copy.deepcopy(value)
        except ParamError as exc:
            raise SettingsError(str(exc)) from None
        raise SettingsError(_no_setting(name))

    def cleared_by(self, name: str) -> list[tuple[str, Any]]:
        if name not in _OPTIONS_OF:
            return []
        options = _OPTIONS_OF[name][0]
        return [(options, copy.deepcopy(getattr(self, options)))] if getattr(self, options) else []

    def _store(self, name: str, value: Any) -> None:
        setattr(self, name, value)
        if name in _OPTIONS_OF:
            setattr(self, _OPTIONS_OF[name][0], {})  # one optimizer's settings mean nothing to another


__all__ = ["LIVE_SETTINGS", "DataSettings", "Section", "SettingEvent", "SettingEventType", "SettingListener",
           "SettingsError", "TrainSettings", "catalog_dataset_params", "known_choice"]

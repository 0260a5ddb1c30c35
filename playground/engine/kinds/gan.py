"""Noise and Generated pass their values on unchanged: the GAN trainer draws the noise and puts
the generator's output into a sample's shape (engine/gan.py)."""

from __future__ import annotations

from playground.engine.kinds.base import Builder
from playground.engine.kinds.io import identity

BUILDERS: dict[str, Builder] = {"Noise": identity, "Generated": identity}

"""The files shipped with Neural Playground, installed as the `playground.assets` package.

Only data lives here (example projects, the 8x8 digits, the iris table); the code that finds
them is `playground/core/resources.py`."""

"""Where the files shipped with the app are: the example projects and the bundled data.

In the repository they live in the top-level `assets/` folder; an installed wheel carries the
same folder as the `playground.assets` package (setup.py maps one onto the other), and so does
an editable install. Everything that needs a shipped file asks here, so an installed app finds
them wherever pip put it.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path

ASSETS_PACKAGE = "playground.assets"


def assets_dir() -> Path:
    """The folder holding the shipped files.

    Running from a checkout that was never installed (no `playground.assets` package to
    import), it is the repository's own `assets/` folder."""
    try:
        root = importlib.resources.files(ASSETS_PACKAGE)
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[2] / "assets"
    # pip installs wheels unpacked, so the package is a real folder (numpy and glob need one)
    return Path(str(root))


def asset(name: str) -> Path:
    """The shipped file `name` (e.g. "digits.npz"); it may be missing from a broken install."""
    return assets_dir() / name


def examples_dir() -> Path:
    return assets_dir() / "examples"


def example_paths() -> list[Path]:
    """The example projects, sorted by file name."""
    return sorted(examples_dir().glob("*.json"))


def translations_dir() -> Path:
    return assets_dir() / "translations"


def translation_file(language: str, suffix: str) -> Path:
    """The app's translations into `language` ("zh_CN"): the Qt Linguist source (".ts", kept by
    scripts/translations.py) or its compiled form (".qm", which the window loads)."""
    return translations_dir() / f"playground_{language}{suffix}"

"""Packaging that pyproject.toml cannot say: the top-level `assets/` folder ships inside the
wheel as the `playground.assets` package (playground/core/resources.py finds it there).

pyproject's static `packages` can either discover playground's subpackages or list packages by
hand, not both; here the subpackages are discovered and the one that lives outside
`playground/` is added. Everything else is in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    # examples/ is a folder of data without code; setuptools wants it named as a package too
    packages=find_packages(include=["playground", "playground.*"])
    + ["playground.assets", "playground.assets.examples", "playground.assets.lessons"],
    package_dir={"playground.assets": "assets"},
    package_data={"playground.assets": ["*.npz", "*.csv", "*.md", "shapes/*/*.png", "translations/*.ts", "translations/*.qm"], "playground.assets.examples": ["*.json"],
                  "playground.assets.lessons": ["*.json", "*.csv"]},
)

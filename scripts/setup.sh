#!/usr/bin/env bash
# Create .venv and install Neural Playground with its test tools. Safe to run again.
# torch is pinned first so pip takes the small CPU build (an unpinned torch pulls a
# multi-GB CUDA build); the project itself only asks for torch>=2.2.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
if ! .venv/bin/python -c "import torch" 2>/dev/null; then
    .venv/bin/python -m pip install --quiet --disable-pip-version-check "torch==2.13.0"
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[test]"

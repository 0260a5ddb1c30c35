#!/usr/bin/env bash
# Create .venv and install Neural Playground with its test tools. Safe to run again: when
# nothing that decides the install changed (pyproject.toml, setup.py, this script and the torch
# pin, hashed into .venv/.setup-stamp) it says so and returns at once.
# torch is pinned first so pip takes the small CPU build (an unpinned torch pulls a
# multi-GB CUDA build); the project itself only asks for torch>=2.2.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
TORCH_VERSION="2.13.0"
TORCH_PIN="torch==$TORCH_VERSION"
STAMP=.venv/.setup-stamp

wanted="$(cat pyproject.toml setup.py scripts/setup.sh | sha256sum | cut -d' ' -f1) $TORCH_PIN"
if [ -x .venv/bin/python ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$wanted" ]; then
    echo "Set-up is current (.venv matches pyproject.toml): nothing to install." >&2
    exit 0
fi

if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
rm -f "$STAMP"  # an install that stops half-way is done again next time
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
# a CUDA build of the pinned version (2.13.0+cu126) is kept; another version is replaced
torch_now="$(.venv/bin/python -c "import importlib.metadata as m; print(m.version('torch').split('+')[0])" \
    2>/dev/null || true)"
if [ "$torch_now" != "$TORCH_VERSION" ]; then
    .venv/bin/python -m pip install --quiet --disable-pip-version-check "$TORCH_PIN"
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[test]"
echo "$wanted" > "$STAMP"

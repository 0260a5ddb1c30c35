#!/usr/bin/env bash
# Set everything up (scripts/setup.sh) and open Neural Playground.
# On a Linux machine without a screen (a server, a container) it opens the app on a virtual
# screen with Xvfb, installing Xvfb and Qt's X11 libraries with apt-get when it may.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

QT_X11_LIBS="libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3"
apt_install() {
    if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
        echo "Installing $* with apt-get…" >&2
        apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
    else
        echo "Please install: $* (for example: sudo apt-get install $*)" >&2
    fi
}

if [ "$(uname)" = Linux ]; then
    missing=""
    for lib in $QT_X11_LIBS; do
        dpkg -s "$lib" >/dev/null 2>&1 || missing="$missing $lib"
    done
    if [ -n "$missing" ] && command -v dpkg >/dev/null; then
        apt_install $missing
    fi
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        command -v xvfb-run >/dev/null || apt_install xvfb xauth
        echo "No screen found: opening Neural Playground on a virtual screen (Xvfb)." >&2
        exec xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/playground "$@"
    fi
fi
exec .venv/bin/playground "$@"

#!/bin/sh
# Set up everything the test suite needs on a fresh Debian machine:
# Debian's chromium (browser tests), a virtual environment with geomap and its
# test extras, and the pinned map assets from the npm registry.
set -eu
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q -U pip
.venv/bin/python -m pip install -q -e '.[test]'
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

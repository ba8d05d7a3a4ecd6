#!/usr/bin/env bash
# Configures and builds StreamML in build/ (Release, Ninja, ccache).
set -euo pipefail
cd "$(dirname "$0")/.."
# Paths relative to the checkout, so another clone on this machine reuses the compiler cache.
export CCACHE_BASEDIR="$PWD"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
cmake --build build

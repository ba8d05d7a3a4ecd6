#!/usr/bin/env bash
# Installs the Debian 12 packages StreamML builds and runs with.
#   scripts/install_deps.sh          build and run
#   scripts/install_deps.sh --test   also what the tests use (PostgreSQL, Xvfb, poppler, sqlite3)
#   scripts/install_deps.sh --bench  also what the benchmarks compare against (scikit-learn, pandas)
set -euo pipefail

packages=(build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev libxkbcommon-dev
  libqt6sql6-sqlite libqt6sql6-psql
  libqcustomplot-dev libspdlog-dev libeigen3-dev
  libnanoflann-dev libquazip1-qt6-dev zlib1g-dev libsqlite3-dev
  fonts-dejavu-core)
for option in "$@"; do
  case "$option" in
    --test) packages+=(xvfb xauth poppler-utils sqlite3 postgresql) ;;
    --bench) packages+=(sqlite3 python3-sklearn python3-scipy python3-pandas) ;;
    *) echo "install_deps.sh: unknown option $option (use --test or --bench)" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"

#!/usr/bin/env bash
# One command for a fresh Debian 12 machine:
#   scripts/bootstrap.sh demo   install, build, and run the stream on the shipped dataset
#   scripts/bootstrap.sh test   install, build, start PostgreSQL, and run every test
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-demo}" in
  demo)
    scripts/install_deps.sh
    scripts/build.sh
    build/streamml --mode update --all
    ;;
  test)
    scripts/install_deps.sh --test
    scripts/build.sh
    scripts/start_postgres.sh
    ctest --test-dir build --output-on-failure --timeout 900 -j2
    ;;
  *)
    echo "usage: scripts/bootstrap.sh demo|test" >&2
    exit 2
    ;;
esac

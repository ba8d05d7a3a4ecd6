#!/usr/bin/env bash
# Ingest benchmark: StreamML ingesting the shipped dataset (parse, type, sort, cut into batches,
# hash, meta-parameters, raw rows into SQLite, one transaction per batch) against the sqlite3
# command-line tool's `.import` of the same CSV, in the same run. Each side runs RUNS times in a
# fresh database; the medians and their ratio are printed.
#   scripts/bench_ingest.sh [RUNS]      (needs scripts/install_deps.sh --bench and a build)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
csv=resources/data/birdstrikes.csv
program=build/streamml
[ -x "$program" ] || { echo "build first: scripts/build.sh" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

cat > "$work/settings.ini" <<INI
[source]
path=$PWD/$csv
time_column=Flight Date
[stream]
batch_rows=1000
[workspace]
path=$work/ws
[logging]
console_level=error
INI

ours=()
theirs=()
for _ in $(seq 1 "$runs"); do
  rm -rf "$work/ws" "$work/import.db"
  start=$(now); "$program" --mode update --all --config "$work/settings.ini" >/dev/null; ours+=($(( $(now) - start )))
  start=$(now); sqlite3 "$work/import.db" ".mode csv" ".import $csv birdstrikes"; theirs+=($(( $(now) - start )))
done
rows=$(sqlite3 "$work/ws/streamml.sqlite" "SELECT COUNT(*) FROM raw_rows")
ours_ms=$(printf '%s\n' "${ours[@]}" | median | awk '{printf "%.1f", $1 / 1e6}')
theirs_ms=$(printf '%s\n' "${theirs[@]}" | median | awk '{printf "%.1f", $1 / 1e6}')
echo "rows ingested:                  $rows"
echo "streamml --mode update --all:   ${ours_ms} ms (median of $runs, whole process)"
echo "sqlite3 .import:                ${theirs_ms} ms (median of $runs, whole process)"
awk -v o="$ours_ms" -v t="$theirs_ms" 'BEGIN {printf "speed ratio (.import time / ours): %.2f  (goal >= 0.50)\n", t / o}'

#!/usr/bin/env bash
# Update benchmark: one `streamml --mode update` taking the whole shipped dataset as a single
# 10,000-row batch (collection, quality, cleaning, drift, hyper-parameter search, training, fallback,
# importance, store), against scripts/bench_update_reference.py doing the same stages with pandas and
# scikit-learn on the same data, in the same run. Prints both times and the ratio.
#   scripts/bench_update.sh [RUNS]      (needs scripts/install_deps.sh --bench and a build)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
program=build/streamml
[ -x "$program" ] || { echo "build first: scripts/build.sh" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

sed -e "s#^path=resources#path=$PWD/resources#" -e "s#^path=workspace#path=$work/ws#" -e "s#^window=.*#window=#" \
    -e "s#^batch_rows=.*#batch_rows=10000#" settings.ini > "$work/settings.ini"
ours=()
theirs=()
for _ in $(seq 1 "$runs"); do
  rm -rf "$work/ws" "$work/reference"
  start=$(date +%s%N)
  "$program" --mode update --config "$work/settings.ini" > /dev/null 2>&1
  ours+=($(awk -v ns=$(( $(date +%s%N) - start )) 'BEGIN {printf "%.3f", ns / 1e9}'))
  theirs+=($(/usr/bin/python3 scripts/bench_update_reference.py resources/data/birdstrikes.csv "$work/reference"))
done
o=$(printf '%s\n' "${ours[@]}" | median)
t=$(printf '%s\n' "${theirs[@]}" | median)
echo "rows in the batch:                     $(sqlite3 "$work/ws/streamml.sqlite" 'SELECT rows_count FROM batches')"
echo "candidates StreamML evaluated:         $(sqlite3 "$work/ws/streamml.sqlite" 'SELECT COUNT(*) FROM search_results')"
echo "streamml --mode update (whole process): ${o} s (median of $runs)"
echo "pandas + scikit-learn (after imports):  ${t} s (median of $runs)"
awk -v o="$o" -v t="$t" 'BEGIN {printf "time ratio (ours / reference): %.2f  (goal <= 0.30)\n", o / t}'

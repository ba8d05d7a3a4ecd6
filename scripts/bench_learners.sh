#!/usr/bin/env bash
# Learner benchmark: StreamML's learners against scikit-learn 1.2's counterparts, in the same run and on
# the same design matrices (the shipped dataset, 10,000 rows, prepared by the linear variant and by
# imputed ordinal codes for trees; and 100,000 × 20 synthetic rows, predicting 10,000 others; kNN
# predicts 2,000 rows). Times cover fit and predict only, not preparation. Each side runs ROUNDS times,
# alternating, so a change in the machine's load hits both; a round takes the median of 3 repetitions,
# and the table shows the median over rounds.
#   scripts/bench_learners.sh [ROUNDS] [CASE]   (BUILD=dir picks the build folder, default build)
# CASE, when given, runs only the cases whose "design/family" contains it (e.g. birdstrikes_regression/knn).
# Needs a build with the bench_learners target and Debian's /usr/bin/python3 with scikit-learn.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
only=${2:-}
build=${BUILD:-build}
program=$build/tests/bench/bench_learners
[ -x "$program" ] || { echo "build first: cmake --build $build --target bench_learners" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for _ in $(seq 1 "$rounds"); do
  "$program" "$work" 3 "$only" >> "$work/ours.tsv"
  /usr/bin/python3 tests/bench/bench_sklearn.py "$work" 3 >> "$work/sklearn.tsv"
done

# Median over rounds of one column (3 = fit, 4 = predict) per case: "design<TAB>family<TAB>median".
median_of() {
  sort -t$'\t' -k1,1 -k2,2 -k"$2,$2"g "$1" | awk -F'\t' -v column="$2" '
    function flush() { if (n > 0) printf "%s\t%s\t%s\n", design, family, values[int((n + 1) / 2)]; n = 0 }
    $1 != design || $2 != family { flush(); design = $1; family = $2 }
    { values[++n] = $column }
    END { flush() }'
}
for side in ours sklearn; do
  join -t$'\t' <(median_of "$work/$side.tsv" 3 | awk -F'\t' '{print $1 "/" $2 "\t" $3}' | sort) \
                <(median_of "$work/$side.tsv" 4 | awk -F'\t' '{print $1 "/" $2 "\t" $3}' | sort) > "$work/$side.med"
done

printf '%-32s %-20s %10s %10s %7s %10s %10s %7s\n' design family "fit ms" "sklearn" ratio "pred ms" "sklearn" ratio
# In the order ours printed the cases.
cut -f1,2 "$work/ours.tsv" | awk '!seen[$0]++' | awk -F'\t' '
  FILENAME == ARGV[1] { fit[$1] = $2; predict[$1] = $3; next }
  FILENAME == ARGV[2] { ours_fit[$1] = $2; ours_predict[$1] = $3; next }
  {
    key = $1 "/" $2
    if (key in fit)
      printf "%-32s %-20s %10.2f %10.2f %7.2f %10.2f %10.2f %7.2f\n", $1, $2, ours_fit[key], fit[key], ours_fit[key] / fit[key], ours_predict[key], predict[key], ours_predict[key] / predict[key]
    else
      printf "%-32s %-20s %10.2f %10s %7s %10.2f %10s %7s\n", $1, $2, ours_fit[key], "-", "-", ours_predict[key], "-", "-"
  }' "$work/sklearn.med" "$work/ours.med" -
echo "ratio = ours / scikit-learn (goal <= 0.50); median over $rounds alternating rounds of 3 runs each; '-': no scikit-learn counterpart"

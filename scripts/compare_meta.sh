#!/usr/bin/env bash
# What meta-learning's early stop saves and costs: streams the shipped dataset twice with the shipped
# settings, once as shipped ([meta] enabled, recommended candidates first, early stop) and once with
# [meta] enabled=false (every search evaluates its whole plan), and prints for each the candidates
# evaluated, the hit rate and the champion's mean prequential metric over the scored batches.
#   scripts/compare_meta.sh      (needs a build and Debian's /usr/bin/python3)
set -euo pipefail
cd "$(dirname "$0")/.."
program=build/streamml
[ -x "$program" ] || { echo "build first: scripts/build.sh" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() {
  local name=$1 meta=$2
  sed -e "s#^path=resources#path=$PWD/resources#" -e "s#^path=workspace#path=$work/$name#" settings.ini > "$work/$name.ini"
  printf '\n[meta]\nenabled=%s\n' "$meta" >> "$work/$name.ini"
  "$program" --mode update --all --config "$work/$name.ini" > /dev/null 2>&1
  "$program" --mode summary --config "$work/$name.ini" > /dev/null
}
run meta true
run full false

/usr/bin/python3 - "$work/meta/reports/summary.json" "$work/full/reports/summary.json" <<'PY'
import json, sys

def figures(path):
    summary = json.load(open(path))
    scores = [b["prequential"] for b in summary["batches"] if b.get("prequential")]
    metric = "roc_auc" if any("roc_auc" in s for s in scores) else "rmse"
    values = [s[metric] for s in scores if s.get(metric) is not None]
    meta = summary["meta_learning"]
    return metric, sum(values) / len(values), meta["candidates_evaluated"], meta["hit_rate"]

metric, with_meta, evaluated_meta, hit = figures(sys.argv[1])
_, without, evaluated_full, _ = figures(sys.argv[2])
print(f"{'':34}{'meta + early stop':>18}{'full search':>14}")
print(f"{'candidates evaluated':34}{evaluated_meta:>18.0f}{evaluated_full:>14.0f}")
print(f"{'mean prequential ' + metric:34}{with_meta:>18.4f}{without:>14.4f}")
print(f"meta-learner hit rate: {hit if hit is not None else float('nan'):.2f}")
print(f"evaluations saved: {evaluated_full - evaluated_meta:.0f} ({(evaluated_full - evaluated_meta) / evaluated_full:.0%}); "
      f"change in mean prequential {metric}: {with_meta - without:+.4f}")
PY

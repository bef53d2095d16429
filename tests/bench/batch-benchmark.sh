#!/usr/bin/env bash
# Cohort throughput: a study copied N times under new Series Instance UIDs, screened by `heaorta batch`
# as one process; prints series per hour and CPU use (user+sys over wall: 2.0 = both cores busy).
#   tests/bench/batch-benchmark.sh [build-dir] [series-folder] [N]
set -euo pipefail
build=${1:-build}
series=${2:-resources/demo/chest-ct}
n=${3:-50}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for i in $(seq "$n"); do
  mkdir -p "$work/cohort/$i"
  cp "$series"/*.dcm "$work/cohort/$i/"
  dcmodify -nb -q -e "(0020,000e)" -i "(0020,000e)=1.2.826.0.1.3680043.9.7433.99.$i" "$work/cohort/$i"/*.dcm
done
/usr/bin/time -f "wall %e s, user %U s, sys %S s" -o "$work/time" "$build/bin/heaorta" batch "$work/cohort" -o "$work/results.csv" 2> /dev/null | head -1
cat "$work/time"
awk '{gsub(/[a-z,]/," "); wall=$1; cpu=$2+$3; printf "CPU use %.2f cores, %.0f series per hour\n", cpu/wall, n*3600/wall}' n="$n" "$work/time"
awk -F, 'NR>1 {l+=$7; s+=$8; q+=$9; k++} END {printf "per series: load %.2f s, segment %.2f s, score %.2f s (load overlaps the previous series)\n", l/k, s/k, q/k}' "$work/results.csv"

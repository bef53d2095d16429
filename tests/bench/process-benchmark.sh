#!/usr/bin/env bash
# Whole processes as a user runs them (start-up included), with dcm2niix in the same run:
#   tests/bench/process-benchmark.sh [build-dir] [dicom-series-folder] [repetitions]
# The commands take turns (one round runs each of a group once), and every run writes into a new empty folder,
# so that neither tool meets the other's files or a warmer cache; `sync` before each run, so that none
# pays for writing back what an earlier one wrote (on this machine that alone moved a 157 MB write
# between 0.05 and 0.65 s). Prints the median and the fastest wall time of each command.
set -euo pipefail
build=${1:-build}
series=${2:-resources/demo/chest-ct}
n=${3:-15}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
names=("heaorta --help" "heaorta info <series>" "heaorta convert <series> (.nii)" "dcm2niix -z n <series>"
       "heaorta convert <series> (.nii.gz)" "dcm2niix -z y <series>")
run() {  # run <index> <fresh output folder>
  case $1 in
    0) "$build/bin/heaorta" --help ;;
    1) "$build/bin/heaorta" info "$series" ;;
    2) "$build/bin/heaorta" convert "$series" -o "$2/h.nii" ;;
    3) dcm2niix -z n -o "$2" -f d "$series" ;;
    4) "$build/bin/heaorta" convert "$series" -o "$2/h.nii.gz" ;;
    5) dcm2niix -z y -o "$2" -f d "$series" ;;
  esac
}
declare -a times
# Two groups, each taking turns within itself: the compressed runs (seconds of zlib) change how fast
# the next runs write (a 157 MB write took twice as long right after one).
for group in "0 1 2 3" "4 5"; do
 for round in $(seq "$n"); do
  for i in $group; do
    dir="$out/$round-$i"
    mkdir "$dir"
    sync
    t0=$(date +%s%N)
    run "$i" "$dir" > /dev/null 2>&1 || true
    t1=$(date +%s%N)
    times[$i]+="$(( (t1 - t0) / 1000 )) "
    rm -rf "$dir"
  done
 done
done
for i in "${!names[@]}"; do
  tr ' ' '\n' <<< "${times[$i]}" | grep . | sort -n |
    awk -v name="${names[$i]}" '{a[NR]=$1} END {printf "%-40s median %8.1f ms   fastest %8.1f ms\n", name, a[int((NR+1)/2)]/1000, a[1]/1000}'
done

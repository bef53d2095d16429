#!/usr/bin/env bash
# Whole processes as a user runs them (start-up included), with dcm2niix in the same run:
#   tests/bench/process-benchmark.sh [build-dir] [dicom-series-folder] [repetitions]
# Prints the median and the fastest wall time of each command.
set -euo pipefail
build=${1:-build}
series=${2:-resources/demo/chest-ct}
n=${3:-15}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
measure() {
  local name=$1; shift
  local times=()
  for _ in $(seq "$n"); do
    local t0 t1
    t0=$(date +%s%N)
    "$@" > /dev/null 2>&1 || true
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" '{a[NR]=$1} END {printf "%-40s median %8.1f ms   fastest %8.1f ms\n", name, a[int((NR+1)/2)]/1000, a[1]/1000}'
}
measure "heaorta --help" "$build/bin/heaorta" --help
measure "heaorta info <series>" "$build/bin/heaorta" info "$series"
measure "heaorta convert <series> (.nii.gz)" "$build/bin/heaorta" convert "$series" -o "$out/h.nii.gz"
measure "heaorta convert <series> (.nii)" "$build/bin/heaorta" convert "$series" -o "$out/h.nii"
measure "dcm2niix -z y <series>" dcm2niix -z y -o "$out" -f d "$series"
measure "dcm2niix -z n <series>" dcm2niix -z n -o "$out" -f d "$series"

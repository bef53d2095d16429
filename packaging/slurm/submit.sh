#!/usr/bin/env bash
# Screens a cohort on a Slurm cluster: an array of N shards, then a merge job once all have ended.
#   packaging/slurm/submit.sh <cohort-folder-or-manifest> <results-folder> <N> [extra sbatch options]
# The cohort and results folders must be visible to every node (shared file system).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cohort=$(realpath "$1")
results=$(realpath -m "$2")
count=$3
shift 3
mkdir -p "$results"
array=$(sbatch --parsable --chdir="$results" --array=1-"$count" "$@" "$here/heaorta-batch.sbatch" "$cohort" "$results")
merge=$(sbatch --parsable --chdir="$results" --dependency=afterany:"$array" "$@" "$here/heaorta-merge.sbatch" "$results" "$count")
echo "array job $array ($count shards), merge job $merge: $results/results.csv"

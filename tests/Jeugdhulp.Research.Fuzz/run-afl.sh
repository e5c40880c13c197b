#!/usr/bin/env bash
# Runs AFL++ on the given targets, two at a time, each for SECONDS (default 600) plus a minute of start-up.
# Usage: ./run-afl.sh INSTRUMENTED_DIR target [target ...]   (from tests/Jeugdhulp.Research.Fuzz; see README.md)
set -u
dir=$1; shift
seconds=${SECONDS_PER_TARGET:-600}
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
export JHR_REPO_ROOT=${JHR_REPO_ROOT:-$(cd ../.. && pwd)}
while [ $# -gt 0 ]; do
  pids=()
  for t in "$1" "${2:-}"; do
    [ -z "$t" ] && continue
    mkdir -p findings
    timeout $((seconds + 60)) afl-fuzz -V "$seconds" -i "corpus/$t" -o "findings/$t" -t 10000 -m none \
      -- dotnet "$dir/Jeugdhulp.Research.Fuzz.dll" "$t" > "findings/$t.log" 2>&1 &
    pids+=($!)
  done
  wait "${pids[@]}"
  shift; [ $# -gt 0 ] && shift
done

#!/bin/sh
# Runs every fuzz target for a fixed time (docs/fuzzing.md):
#   tests/fuzz/run_fuzzers.sh <fuzz build dir> [seconds per target] [targets...]
# New inputs go to <build>/fuzz-work/<target>, crashers to <build>/fuzz-artifacts/<target>/,
# logs to <build>/fuzz-logs/<target>.log; the repository corpus is only read.
set -u
build=${1:?fuzz build dir}
seconds=${2:-120}
shift 2 2>/dev/null || shift $#
targets=${*:-"tick topology pools event control_request session_frame scenario_json alert_rules_json"}
here=$(cd "$(dirname "$0")" && pwd)
for t in $targets; do
  mkdir -p "$build/fuzz-work/$t" "$build/fuzz-artifacts/$t" "$build/fuzz-logs"
  dict=""
  [ -f "$here/$t.dict" ] && dict="-dict=$here/$t.dict"
  # 4 KiB covers every seed but the event with an over-long text; 512 MiB for one allocation is
  # 16 x the largest valid message (32 MiB); a run of the small fleet takes milliseconds.
  "$build/tests/fuzz/fuzz_$t" -max_len=4096 -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -malloc_limit_mb=512 -print_final_stats=1 -artifact_prefix="$build/fuzz-artifacts/$t/" $dict \
    "$build/fuzz-work/$t" "$here/corpus/$t" > "$build/fuzz-logs/$t.log" 2>&1
  echo "$t: exit $? ($(grep -E '^#[0-9]+.*(DONE|pulse|NEW|REDUCE)' "$build/fuzz-logs/$t.log" | tail -1))"
done

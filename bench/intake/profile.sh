#!/usr/bin/env bash
# Where the Host's CPU goes, per kind of request, under wrk load: a POST that fails validation (400), a registration (201),
# and a list page (GET /api/intake/complaints). The same throwaway PostgreSQL and Release Host as run.sh (setup.sh).
# For each kind: 5 s warm-up, then
#   1. dotnet-trace (dotnet-sampled-thread-time, ~100 Hz per thread) for PROFILE_SECONDS, summarised by stacks.py: only the
#      samples of threads that run code (waits dropped), inclusive share per frame;
#   2. the Host's CPU per request from /proc (the same ticks run.sh uses), without the tracer attached;
#   3. dotnet-counters: exceptions thrown and bytes allocated per request.
# Output: $OUT (default bench/intake/profile-out) holds <kind>.nettrace, <kind>.speedscope.json, <kind>.trace.txt, summary.txt.
# (perf was tried too: this machine's perf resolves neither the runtime's nor the JIT's frames, so it is not used.)
# Usage: bench/intake/profile.sh   (env: PROFILE_SECONDS=10 CONCURRENCY=32 KINDS="invalid register list" TOOLS=/work/tools)
# Needs: dotnet tool install --tool-path $TOOLS dotnet-trace --version 10.0.750501
set -euo pipefail

PROFILE_SECONDS=${PROFILE_SECONDS:-10}
CONCURRENCY=${CONCURRENCY:-32}
KINDS=${KINDS:-live invalid register list}
TOOLS=${TOOLS:-/work/tools}
PG_PORT=${PG_PORT:-55993}
API_PORT=${API_PORT:-5993}
OUT=${OUT:-$(cd "$(dirname "$0")" && pwd)/profile-out}
mkdir -p "$OUT"

# shellcheck source=setup.sh
source "$(dirname "$0")/setup.sh"
BASE="http://127.0.0.1:$API_PORT"

ticks() { awk '{print $14+$15}' "/proc/$1/stat"; }
load() { # load <kind> <seconds>: wrk at CONCURRENCY, prints requests/s
  local kind=$1 seconds=$2
  if [ "$kind" = list ]; then
    wrk -t2 -c"$CONCURRENCY" -d"${seconds}s" -H "Authorization: Bearer $QM_TOKEN" "$BASE/api/intake/complaints?pageSize=50"
  else
    local url="$BASE/api/intake/complaints" script=()
    case $kind in invalid | register) script=(-s "$HERE/$kind.lua") ;; live) url="$BASE/health/live" ;; esac
    wrk -t2 -c"$CONCURRENCY" -d"${seconds}s" "${script[@]}" "$url"
  fi | awk '/Requests\/sec/ {print $2}'
}

if [[ " $KINDS " == *" list "* ]]; then
  echo "== filling: registrations until 20,000 complaints (a list page then reads a real index)"
  while [ "$(psql -d "$DB" -tAc 'SELECT count(*) FROM intake.complaints')" -lt 20000 ]; do load register 5 >/dev/null; done
fi

for kind in $KINDS; do
  echo "== $kind: warm-up 5 s, then dotnet-trace and CPU per request, ${PROFILE_SECONDS}s each (load $(cut -d' ' -f1-3 /proc/loadavg))"
  load "$kind" 5 >/dev/null
  "$TOOLS/dotnet-trace" collect -p "$HOST_PID" --profile dotnet-sampled-thread-time --duration "00:00:00:$PROFILE_SECONDS" \
    -o "$OUT/$kind.nettrace" --format Speedscope >/dev/null 2>&1 &
  trace_pid=$!
  sleep 1
  rps=$(load "$kind" "$((PROFILE_SECONDS - 1))")
  wait "$trace_pid" || true
  python3 "$HERE/stacks.py" "$OUT/$kind.speedscope.json" >"$OUT/$kind.trace.txt"
  echo "  dotnet-trace: $OUT/$kind.trace.txt (under trace: $rps req/s)"

  t0=$(ticks "$HOST_PID")
  rps=$(load "$kind" "$PROFILE_SECONDS")
  t1=$(ticks "$HOST_PID")
  awk -v t=$((t1 - t0)) -v r="$rps" -v d="$PROFILE_SECONDS" -v k="$kind" -v l="$(cut -d' ' -f1 /proc/loadavg)" \
    'BEGIN { printf "  %s: %.0f req/s, host CPU %.3f ms per request (load average %s)\n", k, r, t*10/(r*d), l }' | tee -a "$OUT/summary.txt"

  # dotnet-counters: exceptions thrown and bytes allocated per request (sums of the per-second increments).
  rm -f "$OUT/$kind.counters.csv"
  "$TOOLS/dotnet-counters" collect -p "$HOST_PID" --format csv -o "$OUT/$kind.counters.csv" --duration "00:00:00:$PROFILE_SECONDS" \
    --counters "System.Runtime[dotnet.exceptions,dotnet.gc.heap.total_allocated,dotnet.gc.collections]" >/dev/null 2>&1 &
  counters_pid=$!
  sleep 1
  rps=$(load "$kind" "$((PROFILE_SECONDS - 2))")
  wait "$counters_pid" || true
  awk -F, -v r="$rps" -v d="$((PROFILE_SECONDS - 2))" -v k="$kind" 'NR > 1 {
      if ($3 ~ /dotnet.exceptions/) e += $5; else if ($3 ~ /total_allocated/) a += $5; else if ($3 ~ /collections/) g += $5 }
    END { printf "  %s: per request %.2f exceptions, %.1f kB allocated; %d GCs in %d s\n", k, e/(r*d), a/(r*d)/1024, g, d }' \
    "$OUT/$kind.counters.csv" | tee -a "$OUT/summary.txt"
done

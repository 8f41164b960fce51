#!/usr/bin/env bash
# Benchmark of the Analysis figures (issue 13): GET /api/analysis/years/{year} against one hand-written SQL statement that
# computes the same figures from the facts (baseline.sql) and one that computes them from the pre-aggregates
# (baseline-aggregates.sql), the PDF, the growth with twice the complaints in the year, and how fast the read
# model applies events while registrations run.
# Starts a throwaway PostgreSQL (server binaries, run as the postgres user) and the Host in Release on 127.0.0.1 only; the
# Host migrates the schema and seeds the (empty) projection, then generate.sql fills analysis.complaint_facts directly with
# PER_YEAR complaints in each of the YEARS years up to YEAR (triggers off), and analysis.rebuild_figure_aggregates() derives
# the pre-aggregates from them, as the triggers would have (ADR 0016). Prints medians over RUNS warm runs of each, and a final table.
# Usage: bench/analysis/run.sh
#   (env: PER_YEAR=100000 YEARS=10 YEAR=2025 EXTRA=100000 RUNS=7 WARMUP=2 RATE=1000 LOAD_DURATION=20 CONCURRENCY=32
#         PG_PORT=55991 API_PORT=5991 OUT=<dir to copy the responses, baseline results and EXPLAIN ANALYZE output to>;
#         development: SETUP_SQL=<SQL applied after the generation, a what-if>, SKIP_LOAD=1 (stop before the registrations),
#         HOLD=<seconds to keep the database and the Host after the generation>)
set -euo pipefail

PER_YEAR=${PER_YEAR:-100000}
YEARS=${YEARS:-10}
YEAR=${YEAR:-2025}
EXTRA=${EXTRA:-100000}
RUNS=${RUNS:-7}
WARMUP=${WARMUP:-2}
RATE=${RATE:-1000}
LOAD_DURATION=${LOAD_DURATION:-20}
CONCURRENCY=${CONCURRENCY:-32}
HEY_WORKERS=${HEY_WORKERS:-20}
PG_PORT=${PG_PORT:-55991}
API_PORT=${API_PORT:-5991}
OUT=${OUT:-}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/bench/analysis"
WORK=$(mktemp -d /tmp/klachten-bench-analysis-XXXXXX)
chmod 755 "$WORK"
PGDATA="$WORK/pgdata"
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
DB=klachten_bench
HOST_PID=""
SAMPLER_PID=""
FIRST_YEAR=$((YEAR - YEARS + 1))
BASE="http://127.0.0.1:$API_PORT"

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cleanup() {
  if [ -n "$SAMPLER_PID" ]; then kill "$SAMPLER_PID" 2>/dev/null || true; wait "$SAMPLER_PID" 2>/dev/null || true; fi
  if [ -n "$HOST_PID" ]; then kill "$HOST_PID" 2>/dev/null || true; wait "$HOST_PID" 2>/dev/null || true; fi
  as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -m fast stop >/dev/null 2>&1 || true
  if [ -n "$OUT" ] && [ -d "$OUT" ]; then cp "$WORK/host.log" "$OUT/" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "installing wrk"; apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }; }
command -v hey >/dev/null || { echo "installing hey"; apt-get install -y hey >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y hey >/dev/null; }; }
command -v jq >/dev/null || { echo "jq missing"; exit 1; }

echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== PostgreSQL ($PGBIN) on 127.0.0.1:$PG_PORT"
mkdir -p "$PGDATA"; [ "$(id -u)" = 0 ] && chown postgres "$PGDATA"
as_postgres "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 >/dev/null
# pg_stat_statements splits the endpoint's time per statement.
PG_OPTS="-p $PG_PORT -k $PGDATA -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=512MB"
# auto_explain stays off (its default, -1) until the plans are wanted (ALTER SYSTEM: not on this command line, which would win).
PG_OPTS="$PG_OPTS -c shared_preload_libraries=pg_stat_statements,auto_explain"
PG_OPTS="$PG_OPTS -c auto_explain.log_analyze=on -c auto_explain.log_buffers=on -c auto_explain.log_nested_statements=on"
as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -o "$PG_OPTS" start >/dev/null
psql() { "$PGBIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
psql -d postgres -c "CREATE DATABASE $DB"
psql -d $DB -c "CREATE EXTENSION pg_stat_statements"

echo "== Host (Release)"
dotnet build "$ROOT/src/Host/Klachten.Host" -c Release -nologo -v q >/dev/null
KEY=$(head -c 32 /dev/urandom | base64)
ISSUER=klachten-bench
AUDIENCE=klachten-bench
mkdir -p "$WORK/mail"
(
  cd "$ROOT/src/Host/Klachten.Host/bin/Release/net10.0"
  export ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$API_PORT" RateLimiting__Enabled=false
  export ConnectionStrings__Klachten="Host=127.0.0.1;Port=$PG_PORT;Database=$DB;Username=postgres;Maximum Pool Size=100"
  export Authentication__Schemes__Bearer__ValidIssuer=$ISSUER Authentication__Schemes__Bearer__ValidAudiences__0=$AUDIENCE
  export Authentication__Schemes__Bearer__SigningKeys__0__Issuer=$ISSUER Authentication__Schemes__Bearer__SigningKeys__0__Value=$KEY
  export Mail__Delivery=PickupDirectory Mail__PickupDirectory="$WORK/mail" Logging__LogLevel__Default=Warning
  # No Hangfire server: its recurring jobs (deadline sweeps, clean-ups) would run at random moments of the timings.
  export Jobs__ServerEnabled=false
  exec dotnet Klachten.Host.dll
) >"$WORK/host.log" 2>&1 &
HOST_PID=$!
for _ in $(seq 1 240); do
  curl -fs "$BASE/health/ready" >/dev/null 2>&1 && break
  kill -0 "$HOST_PID" 2>/dev/null || { echo "host died:"; tail -30 "$WORK/host.log"; exit 1; }
  sleep 0.5
done
curl -fs "$BASE/health/ready" >/dev/null || { echo "host not ready:"; tail -30 "$WORK/host.log"; exit 1; }

# The projection seeder (ADR 0014) runs once at start-up on a never-seeded schema: wait for its projection_state row, so it
# cannot feed or mark anything after the rows below are generated (a seed never empties the table; only a rebuild does,
# and nothing here starts one).
for _ in $(seq 1 120); do
  [ "$(psql -d $DB -tAc "SELECT count(*) FROM analysis.projection_state WHERE projection = 'Analysis'")" = 1 ] && break
  sleep 0.5
done
[ "$(psql -d $DB -tAc "SELECT count(*) FROM analysis.projection_state WHERE projection = 'Analysis'")" = 1 ] \
  || { echo "the Analysis projection was not marked seeded"; tail -30 "$WORK/host.log"; exit 1; }

# HS256 tokens as `dotnet user-jwts` makes them: unique_name, sub and role claims.
token() { KEY="$KEY" ISSUER=$ISSUER AUDIENCE=$AUDIENCE ROLE=$1 python3 - <<'PY'
import base64, hashlib, hmac, json, os, time
b64 = lambda b: base64.urlsafe_b64encode(b).rstrip(b"=").decode()
now = int(time.time())
header = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
claims = b64(json.dumps({"unique_name": "bench", "sub": "bench", "role": os.environ["ROLE"], "iss": os.environ["ISSUER"],
                         "aud": os.environ["AUDIENCE"], "nbf": now - 60, "iat": now, "exp": now + 7200}).encode())
signature = hmac.new(base64.b64decode(os.environ["KEY"]), f"{header}.{claims}".encode(), hashlib.sha256).digest()
print(f"{header}.{claims}.{b64(signature)}")
PY
}
QM_TOKEN=$(token QualityManager)
TOKEN=$(token Employee)
export TOKEN RECEIVED_AT=$(date -u -d '-1 hour' +%Y-%m-%dT%H:%M:%SZ)

ms() { awk -v s="$1" 'BEGIN { printf "%.1f", s * 1000 }'; }
# CPU time (ticks of 1/100 s) used so far by the Host, and by PostgreSQL's server processes (all children of the
# postmaster): per request it says what a request costs without the other engineers' load, which only stretches wall time.
host_ticks() { awk '{print $14 + $15}' "/proc/$HOST_PID/stat"; }
pg_ticks() { local pm t=0 p; pm=$(head -1 "$PGDATA/postmaster.pid")
  # the postmaster's own time plus its exited children's (a psql session's backend has exited by the second reading)
  t=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$pm/stat")
  for p in $(pgrep -P "$pm" || true); do [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done
  echo $t; }
median() { sort -g | awk '{ a[NR]=$1 } END { if (NR==0) print "n/a"; else if (NR%2) print a[(NR+1)/2]; else printf "%.1f\n", (a[NR/2]+a[NR/2+1])/2 }'; }
minmax() { sort -g | awk 'NR==1 {lo=$1} {hi=$1} END {printf "%s–%s", lo, hi}'; }

generate() { # <year_from> <year_to> <per_year> <id_base> <seed>
  local t0 t1
  t0=$(date +%s.%N)
  # The facts in one INSERT with the triggers off (session_replication_role = replica: one statement trigger over a million rows
  # would hold them all in one array), then the aggregates recomputed from all the facts: the state the triggers leave
  # (tests/Klachten.IntegrationTests/Analysis/AggregateTests.cs checks that the two agree).
  PGOPTIONS="-c session_replication_role=replica" psql -d $DB -v year_from="$1" -v year_to="$2" -v per_year="$3" -v id_base="$4" \
    -v seed="$5" -v open_after="$YEAR-10-31" -f "$HERE/generate.sql" >/dev/null
  t1=$(date +%s.%N)
  psql -d $DB -c "SELECT analysis.rebuild_figure_aggregates()" >/dev/null
  t2=$(date +%s.%N)
  psql -d $DB -c "VACUUM (ANALYZE) analysis.complaint_facts" -c "VACUUM (ANALYZE) analysis.monthly_figures" \
    -c "VACUUM (ANALYZE) analysis.file_key_counts" -c "VACUUM (ANALYZE) analysis.daily_counts" -c "CHECKPOINT"
  t3=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" -v n=$(( ($2 - $1 + 1) * $3 )) 'BEGIN {
    printf "  generated %d complaints in %.0f s, the aggregates rebuilt from all facts in %.0f s, VACUUM ANALYZE %.0f s\n", n, b - a, c - b, d - c }'
  psql -d $DB -tAc "SELECT format('  aggregates: %s month rows, %s file keys, %s day counts', (SELECT count(*) FROM analysis.monthly_figures),
    (SELECT count(*) FROM analysis.file_key_counts), (SELECT count(*) FROM analysis.daily_counts))"
}

# time_get <name> <url> <expected content type prefix>: WARMUP unmeasured, then RUNS measured requests; median in ms to $WORK/<name>.ms
time_get() {
  local name=$1 url=$2 out="$WORK/$1.body" i code t
  : >"$WORK/$name.runs"
  local h0 p0 h1 p1
  for i in $(seq 1 $((WARMUP + RUNS))); do
    [ "$i" -eq $((WARMUP + 1)) ] && { h0=$(host_ticks); p0=$(pg_ticks); }
    read -r code t <<<"$(curl -s -o "$out" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $QM_TOKEN" "$url")"
    [ "$code" = 200 ] || { echo "  $name: HTTP $code from $url: $(head -c 300 "$out")"; return 1; }
    [ "$i" -gt "$WARMUP" ] && ms "$t" >>"$WORK/$name.runs" && echo >>"$WORK/$name.runs"
  done
  h1=$(host_ticks); p1=$(pg_ticks)
  median <"$WORK/$name.runs" >"$WORK/$name.ms"
  awk -v h=$((h1 - h0)) -v p=$((p1 - p0)) -v n="$RUNS" 'BEGIN { printf "%.0f %.0f\n", h * 10 / n, p * 10 / n }' >"$WORK/$name.cpu"
  read -r hc pc <"$WORK/$name.cpu"
  printf "  %-34s median %8s ms  (runs %s ms; %s bytes); CPU per request: Host %s ms, PostgreSQL %s ms\n" "$name" \
    "$(cat "$WORK/$name.ms")" "$(minmax <"$WORK/$name.runs")" "$(stat -c %s "$out")" "$hc" "$pc"
}

# The baseline in one psql session (no connection set-up in the timing), the endpoint's session settings (jit off, 64MB
# work_mem), WARMUP unmeasured runs, then RUNS measured with \timing; the last result is kept to compare with the endpoint.
time_baseline() { # <name> <sql file>
  local name=$1 sql=$2 from=$((YEAR - 1))-01-01 split=$YEAR-01-01 to=$YEAR-12-31 i
  {
    echo "SET jit = off; SET work_mem = '64MB';"
    echo "\\set from $from"; echo "\\set split $split"; echo "\\set to $to"
    echo "\\pset format unaligned"; echo "\\pset tuples_only on"
    echo "\\o $WORK/$name.json"
    echo "\\timing on"
    for i in $(seq 1 $((WARMUP + RUNS))); do echo "\\i $sql"; done
  } >"$WORK/$name.psql"
  local p0 p1 t0 t1
  p0=$(pg_ticks); t0=$(date +%s%N)
  psql -d $DB -f "$WORK/$name.psql" >"$WORK/$name.timing"
  p1=$(pg_ticks); t1=$(date +%s%N)
  grep -o 'Time: [0-9.]*' "$WORK/$name.timing" | awk '{print $2}' | tail -n "$RUNS" | awk '{printf "%.1f\n", $1}' >"$WORK/$name.runs"
  tail -1 "$WORK/$name.json" >"$WORK/$name.last.json"
  median <"$WORK/$name.runs" >"$WORK/$name.ms"
  # CPU per run over all WARMUP + RUNS runs of the session (its start included: a few ms)
  awk -v p=$((p1 - p0)) -v n=$((WARMUP + RUNS)) 'BEGIN { printf "%.0f\n", p * 10 / n }' >"$WORK/$name.cpu"
  printf "  %-34s median %8s ms  (runs %s ms); CPU per run: PostgreSQL %s ms\n" "$name" "$(cat "$WORK/$name.ms")" \
    "$(minmax <"$WORK/$name.runs")" "$(cat "$WORK/$name.cpu")"
}

# The endpoint's figures must be the baseline's (else the comparison is unfair): both periods and the trend's counts, every
# value; shares may differ by one in the fourth decimal (C# rounds half to even, PostgreSQL's numeric half away from zero).
compare() { # <endpoint json> <baseline json>
  python3 - "$1" "$2" <<'PY'
import json, sys
e, b = (json.load(open(p)) for p in sys.argv[1:3])
def flat(v, path=""):
    if isinstance(v, dict):
        for k, x in v.items():
            if k not in ("from", "to", "pValue", "significant", "test"): yield from flat(x, f"{path}.{k}")
    elif isinstance(v, list):
        for i, x in enumerate(v): yield from flat(x, f"{path}[{i}]")
    else: yield path, v
fe, fb = dict(flat(e)), dict(flat(b))
same = lambda x, y: x == y or (isinstance(x, (int, float)) and isinstance(y, (int, float)) and not isinstance(x, bool)
                               and abs(x - y) <= 0.000101)
bad = [(p, fe.get(p), fb.get(p)) for p in sorted(set(fe) | set(fb)) if not same(fe.get(p), fb.get(p))]
rounding = sum(1 for p in fe if p in fb and fe[p] != fb[p] and same(fe[p], fb[p]))
if bad:
    print(f"  WARNING: the endpoint and the baseline differ in {len(bad)} of {len(fe)} values, first ones:")
    for p, x, y in bad[:12]: print(f"    {p}: endpoint {x}, baseline {y}")
else:
    print(f"  the endpoint and the baseline give the same {len(fe)} values (both years, the trend's counts;"
          f" {rounding} shares differ by 0.0001 in rounding)")
PY
}

# The endpoint's statements as pg_stat_statements saw them during the measured runs: mean execution time per statement.
statement_times() { # <label>
  psql -d $DB -tAF $'\t' -c "
    SELECT round(mean_exec_time::numeric, 1), calls, regexp_replace(left(regexp_replace(query, '\s+', ' ', 'g'), 90), '^ ', '')
    FROM pg_stat_statements
    WHERE query ILIKE '%analysis.complaint_facts%' AND query NOT ILIKE '%MATERIALIZED%' AND query NOT ILIKE '%INSERT%'
      AND query NOT ILIKE '%pg_stat_statements%' AND calls >= $RUNS
    ORDER BY mean_exec_time DESC" >"$WORK/statements-$1.tsv"
  awk -F'\t' -v l="$1" '{ printf "    %-7s %7s ms  x%-3s %s\n", l, $1, $2, $3 }' "$WORK/statements-$1.tsv"
  awk -F'\t' '{ s += $1 } END { printf "%.1f\n", s }' "$WORK/statements-$1.tsv" >"$WORK/sql-$1.ms"
  echo "    sum of the means: $(cat "$WORK/sql-$1.ms") ms of the endpoint's $(cat "$WORK/endpoint-$1.ms") ms"
}

# EXPLAIN ANALYZE of the endpoint's own statements, with its parameters, through auto_explain for one request.
plans() { # <label>
  psql -d $DB -c "ALTER SYSTEM SET auto_explain.log_min_duration = 0" -c "SELECT pg_reload_conf()" >/dev/null
  sleep 1
  local before; before=$(stat -c %s "$PGDATA/server.log")
  curl -s -o /dev/null -H "Authorization: Bearer $QM_TOKEN" "$BASE/api/analysis/years/$YEAR"
  sleep 0.5
  psql -d $DB -c "ALTER SYSTEM SET auto_explain.log_min_duration = -1" -c "SELECT pg_reload_conf()" >/dev/null
  tail -c +$((before + 1)) "$PGDATA/server.log" >"$WORK/plans-$1.txt"
  echo "  EXPLAIN ANALYZE of the endpoint's statements (one request, with the instrumentation's overhead):"
  awk 'function out() { if (q ~ /analysis\.complaint_facts/) { gsub(/[ \t]+/, " ", q); printf "    %9.1f ms  %s\n", d, substr(q, 1, 90) } q = "" }
       / LOG: / { out(); inq = 0 }
       / LOG:  duration: / { d = $0; sub(/.*duration: /, "", d); sub(/ ms.*/, "", d); next }
       /Query Text: / { q = $0; sub(/.*Query Text: /, "", q); inq = 1; next }
       inq && /\(cost=/ { inq = 0; out(); next }
       inq { q = q " " $0 }' "$WORK/plans-$1.txt"
  if [ -n "$OUT" ]; then cp "$WORK/plans-$1.txt" "$OUT/plans-$1.txt"; fi
}

pdf_url=""
find_pdf() {
  local url code
  for url in "$BASE/api/analysis/years/$YEAR.pdf" "$BASE/api/analysis/reports.pdf?from=$YEAR-01-01&to=$YEAR-12-31"; do
    code=$(curl -s -o "$WORK/pdf.probe" -w '%{http_code}' -H "Authorization: Bearer $QM_TOKEN" "$url")
    if [ "$code" = 200 ] && [ "$(head -c 5 "$WORK/pdf.probe")" = "%PDF-" ]; then pdf_url=$url; return; fi
    echo "  $url: HTTP $code"
  done
}

measure() { # <label>: endpoint, baseline, comparison, statement times, plans, PDF
  local label=$1
  echo "== $label: $(psql -d $DB -tAc "SELECT count(*) FROM analysis.complaint_facts WHERE received_on BETWEEN '$YEAR-01-01' AND '$YEAR-12-31'") complaints in $YEAR, $(psql -d $DB -tAc "SELECT count(*) FROM analysis.complaint_facts") in all; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  psql -d $DB -c "SELECT pg_stat_statements_reset()" >/dev/null
  time_get "endpoint-$label" "$BASE/api/analysis/years/$YEAR"
  cp "$WORK/endpoint-$label.body" "$WORK/endpoint-$label.json"
  if [ -n "$OUT" ]; then cp "$WORK/endpoint-$label.json" "$OUT/"; fi
  jq -r '.current | "  the year: \(.received) received, \(.categories.multiCategory) in two categories, upheld \(.outcomes.shareUpheld),"
    + " acknowledged in time \(.terms.acknowledgement.shareInTime), settled in time \(.terms.settlement.shareInTime),"
    + " \(.terms.extensions) extended, days to decision median \(.daysToDecision.median) p90 \(.daysToDecision.percentile90)"
    + " max \(.daysToDecision.maximum), \(.referrals.referred) referred, satisfied \(.satisfaction.shareSatisfied),"
    + " \(.repeatFiles.files) repeat files (\(.repeatFiles.complaints) complaints), open at start/end \(.flows.openAtStart)/\(.flows.openAtEnd),"
    + " \(.collectionAgents | length) agents, \(.officers | length) officers"' "$WORK/endpoint-$label.json"
  echo "  the endpoint's statements (pg_stat_statements, mean of $((WARMUP + RUNS)) calls):"
  statement_times "$label"
  time_baseline "baseline-$label" "$HERE/baseline.sql"
  time_baseline "aggbaseline-$label" "$HERE/baseline-aggregates.sql"
  { echo "SET jit = off; SET work_mem = '64MB';"
    echo "\\set from $((YEAR - 1))-01-01"; echo "\\set split $YEAR-01-01"; echo "\\set to $YEAR-12-31"
    echo "EXPLAIN (ANALYZE, BUFFERS)"; grep -v '^--' "$HERE/baseline.sql"; } >"$WORK/explain-baseline.psql"
  psql -d $DB -f "$WORK/explain-baseline.psql" >"$WORK/plan-baseline-$label.txt"
  echo "  EXPLAIN ANALYZE of the baseline: $(grep -o 'Execution Time: .*' "$WORK/plan-baseline-$label.txt"), $(grep -o 'Planning Time: .*' "$WORK/plan-baseline-$label.txt")"
  if [ -n "$OUT" ]; then cp "$WORK/plan-baseline-$label.txt" "$OUT/"; fi
  if [ -n "$OUT" ]; then cp "$WORK/baseline-$label.last.json" "$OUT/baseline-$label.json"; fi
  compare "$WORK/endpoint-$label.json" "$WORK/baseline-$label.last.json"
  echo "  against the baseline from the aggregates:"; compare "$WORK/endpoint-$label.json" "$WORK/aggbaseline-$label.last.json"
  if [ -n "$OUT" ]; then cp "$WORK/aggbaseline-$label.last.json" "$OUT/aggbaseline-$label.json"; fi
  plans "$label"
  [ -n "$pdf_url" ] || find_pdf
  if [ -n "$pdf_url" ]; then time_get "pdf-$label" "$pdf_url"; else echo "  no PDF route answers yet"; echo n/a >"$WORK/pdf-$label.ms"; fi
  echo "  load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
}

[ -z "$OUT" ] || mkdir -p "$OUT"
echo "== generating $PER_YEAR complaints a year, $FIRST_YEAR–$YEAR"
generate "$FIRST_YEAR" "$YEAR" "$PER_YEAR" 0 0.42
if [ -n "${SETUP_SQL:-}" ]; then # a what-if (e.g. an index the module might add), applied after the generation
  echo "== what-if: $SETUP_SQL"; psql -d $DB -c "$SETUP_SQL" -c "VACUUM (ANALYZE) analysis.complaint_facts"
fi
if [ -n "${HOLD:-}" ]; then # development: keep the database and the Host for HOLD seconds
  echo "$QM_TOKEN" >"$WORK/qm.token"
  echo "== holding for $HOLD s: psql -h 127.0.0.1 -p $PG_PORT -U postgres $DB; $BASE; token in $WORK/qm.token"; sleep "$HOLD"; exit 0
fi
measure base
echo "== adding $EXTRA complaints to $YEAR"
generate "$YEAR" "$YEAR" "$EXTRA" 500000 -0.17
measure doubled

if [ -n "${SKIP_LOAD:-}" ]; then echo "== (registrations under load skipped)"; exit 0; fi

# Registrations under load while sampling how many of them the read model holds: the lag is registered minus projected.
# Registered complaints are received today; the generated ones end with $YEAR, so the count is an index range.
sample() {
  while :; do
    psql -d $DB -tAF ' ' -c "SELECT extract(epoch FROM clock_timestamp()), (SELECT count(*) FROM intake.complaints),
      (SELECT count(*) FROM analysis.complaint_facts WHERE received_on > '$YEAR-12-31')" >>"$WORK/samples.$1" 2>/dev/null || true
    sleep 0.25
  done
}
# load_run <label> <command...>: runs the load with the sampler, waits until the read model has caught up (at most 60 s).
load_run() {
  local label=$1; shift
  : >"$WORK/samples.$label"
  psql -d $DB -tAc "SELECT coalesce(sum(n_tup_ins + n_tup_upd), 0) FROM pg_stat_user_tables WHERE schemaname = 'analysis' AND relname = 'complaint_facts'" >"$WORK/tup0.$label"
  psql -d $DB -c "SELECT pg_stat_statements_reset()" >/dev/null
  sample "$label" & SAMPLER_PID=$!
  local t0 t1; t0=$(date +%s.%N)
  "$@" >"$WORK/load.$label.txt" 2>&1
  t1=$(date +%s.%N)
  for _ in $(seq 1 240); do
    read -r _ reg fac <<<"$(tail -1 "$WORK/samples.$label")"
    [ -n "${reg:-}" ] && [ "$reg" = "$fac" ] && break
    sleep 0.25
  done
  sleep 0.5
  kill "$SAMPLER_PID" 2>/dev/null || true; wait "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=""
  sleep 1 # statistics are flushed at most once a second
  psql -d $DB -tAc "SELECT coalesce(sum(n_tup_ins + n_tup_upd), 0) FROM pg_stat_user_tables WHERE schemaname = 'analysis' AND relname = 'complaint_facts'" >"$WORK/tup1.$label"
  # registration rate and projection rate over the load window; max lag; when the last registration was projected.
  awk -v t0="$t0" -v t1="$t1" -v label="$label" '
    { t=$1; r=$2; f=$3; if (NR==1) { r0=r; f0=f } if (t <= t1) { rl=r; fl=f; tl=t } lag=r-f; if (lag>maxlag) maxlag=lag; last=t; rN=r; fN=f
      if (r==f && t>t1 && caught=="") caught=t }
    END { d=tl-t0; printf "%s %.0f %.0f %d %.1f %d\n", label, (rl-r0)/d, (fl-f0)/d, maxlag, (caught=="" ? -1 : caught-t1), rN-r0 }' \
    "$WORK/samples.$label" >"$WORK/rates.$label"
  psql -d $DB -tAF ' ' -c "
    SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY lag)::numeric, 1), round(percentile_cont(0.99) WITHIN GROUP (ORDER BY lag)::numeric, 1),
           round(max(lag)::numeric, 1)
    FROM (SELECT extract(epoch FROM f.updated_at - c.registered_at) * 1000 AS lag
          FROM intake.complaints AS c JOIN analysis.complaint_facts AS f ON f.complaint_id = c.id
          WHERE c.registered_at >= to_timestamp($t0)) AS l" >"$WORK/lag.$label"
  read -r _ regs facts maxlag caught n <"$WORK/rates.$label"
  read -r p50 p99 max <"$WORK/lag.$label"
  printf "  %-10s registered %6s/s, projected %6s/s during the load; max backlog %s rows; all projected %s s after the load; %s registrations;\n" \
    "$label" "$regs" "$facts" "$maxlag" "$caught" "$n"
  printf "  %-10s registration to fact row (updated_at - registered_at): p50 %s ms, p99 %s ms, max %s ms; fact rows written %s\n" \
    "" "$p50" "$p99" "$max" "$(( $(cat "$WORK/tup1.$label") - $(cat "$WORK/tup0.$label") ))"
  # What the read model's writes cost PostgreSQL: the handlers' upserts (one statement per event type and batch).
  psql -d $DB -tAF ' ' -c "
    SELECT coalesce(sum(calls), 0), coalesce(sum(rows), 0), round(coalesce(sum(total_exec_time), 0)::numeric, 1),
           round((sum(total_exec_time) * 1000 / nullif(sum(rows), 0))::numeric, 1), round((sum(rows)::numeric / nullif(sum(calls), 0)), 1)
    FROM pg_stat_statements WHERE query LIKE 'INSERT INTO analysis.complaint_facts%'" >"$WORK/upserts.$label"
  read -r calls rows total per_row per_call <"$WORK/upserts.$label"
  printf "  %-10s read-model upserts: %s statements, %s rows (%s per statement), %s ms in all = %s µs PostgreSQL time per row\n" \
    "" "$calls" "$rows" "$per_call" "$total" "$per_row"
}

echo "== the read model under registrations (${LOAD_DURATION}s each); load average $(cut -d' ' -f1-3 /proc/loadavg)"
FORM="{\"complainant\":{\"name\":\"J. de Vries\",\"type\":\"Debtor\",\"email\":\"j.devries@example.com\",\"phone\":\"0612345678\",\"address\":{\"street\":\"Damrak 1\",\"postalCode\":\"1012 LG\",\"city\":\"Amsterdam\"}},\"fileNumber\":\"D-2026-0042\",\"channel\":\"Phone\",\"receivedAt\":\"$RECEIVED_AT\",\"description\":\"De medewerker was onbeleefd aan de telefoon.\",\"requestedOutcome\":\"Excuses en een betalingsregeling.\"}"
wrk -t2 -c"$CONCURRENCY" -d3s -s "$ROOT/bench/intake/register.lua" "$BASE/api/intake/complaints" >/dev/null 2>&1 # warm-up
sleep 3
load_run fixed hey -c "$HEY_WORKERS" -q "$((RATE / HEY_WORKERS))" -z "${LOAD_DURATION}s" -m POST -T application/json \
  -H "Authorization: Bearer $TOKEN" -d "$FORM" "$BASE/api/intake/complaints"
load_run saturated wrk -t2 -c"$CONCURRENCY" -d"${LOAD_DURATION}s" -s "$ROOT/bench/intake/register.lua" "$BASE/api/intake/complaints"
wrk_rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$WORK/load.saturated.txt")

# The figures again after the registrations (the read model has taken writes; the year asked for has not changed).
echo "== the year's figures once more, after the registrations"
time_get "endpoint-after" "$BASE/api/analysis/years/$YEAR"

e1=$(cat "$WORK/endpoint-base.ms"); b1=$(cat "$WORK/baseline-base.ms"); a1=$(cat "$WORK/aggbaseline-base.ms"); p1=$(cat "$WORK/pdf-base.ms")
e2=$(cat "$WORK/endpoint-doubled.ms"); b2=$(cat "$WORK/baseline-doubled.ms"); a2=$(cat "$WORK/aggbaseline-doubled.ms"); p2=$(cat "$WORK/pdf-doubled.ms")
read -r _ fixed_reg fixed_fac fixed_lag fixed_caught _ <"$WORK/rates.fixed"
read -r _ sat_reg sat_fac sat_lag sat_caught _ <"$WORK/rates.saturated"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "n/a" || b == "n/a" || b == 0) print "n/a"; else printf "%.2f", a / b }'; }
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { if (v == "n/a") print "n/a"; else if (v + 0 <= t + 0) print "met"; else print "MISSED" }'; }

echo
echo "== Analysis figures: $PER_YEAR complaints a year over $YEARS years ($(psql -d $DB -tAc "SELECT count(*) FROM analysis.complaint_facts WHERE received_on <= '$YEAR-12-31'") rows at the end), year $YEAR beside $((YEAR - 1)); medians of $RUNS warm runs; $(nproc) cores; load average now $(cut -d' ' -f1-3 /proc/loadavg)"
printf "%-52s %12s %16s %10s %8s\n" "" "value" "baseline/target" "ratio" "verdict"
printf "%-52s %9s ms %16s %10s %8s\n" "GET /years/$YEAR ($PER_YEAR in the year)" "$e1" "< 150 ms" "" "$(verdict "$e1" 150)"
printf "%-52s %9s ms %13s ms %10s %8s\n" "  vs one SQL statement over the facts (psql)" "$e1" "$b1" "$(ratio "$e1" "$b1")" "$(verdict "$(ratio "$e1" "$b1")" 1.5)"
printf "%-52s %9s ms %13s ms %10s\n" "  vs one SQL statement over the aggregates (psql)" "$e1" "$a1" "$(ratio "$e1" "$a1")"
printf "%-52s %9s ms %13s ms %10s\n" "  its three statements' server time (sum of means)" "$(cat "$WORK/sql-base.ms")" "$a1" "$(ratio "$(cat "$WORK/sql-base.ms")" "$a1")"
read -r eh1 ep1 <"$WORK/endpoint-base.cpu"; bc1=$(cat "$WORK/baseline-base.cpu")
printf "%-52s %9s ms %13s ms %10s\n" "  CPU per request, Host + PostgreSQL (baseline: PG)" "$((eh1 + ep1))" "$bc1" "$(ratio "$((eh1 + ep1))" "$bc1")"
printf "%-52s %9s ms %16s %10s %8s\n" "PDF ($PER_YEAR in the year)" "$p1" "< 2000 ms" "" "$(verdict "$p1" 1999.9)"
[ -f "$WORK/pdf-base.cpu" ] && read -r ph1 pp1 <"$WORK/pdf-base.cpu" && printf "%-52s %9s ms %16s\n" "  CPU per PDF, Host + PostgreSQL" "$((ph1 + pp1))" "< 2000 ms"
printf "%-52s %9s ms %16s %10s %8s\n" "GET /years/$YEAR ($((PER_YEAR + EXTRA)) in the year)" "$e2" "< 150 ms" "" "$(verdict "$e2" 150)"
printf "%-52s %9s ms %13s ms %10s %8s\n" "  vs one SQL statement over the facts" "$e2" "$b2" "$(ratio "$e2" "$b2")" "$(verdict "$(ratio "$e2" "$b2")" 1.5)"
printf "%-52s %9s ms %13s ms %10s\n" "  vs one SQL statement over the aggregates" "$e2" "$a2" "$(ratio "$e2" "$a2")"
printf "%-52s %9s ms %13s ms %10s\n" "  its three statements' server time (sum of means)" "$(cat "$WORK/sql-doubled.ms")" "$a2" "$(ratio "$(cat "$WORK/sql-doubled.ms")" "$a2")"
read -r eh2 ep2 <"$WORK/endpoint-doubled.cpu"; bc2=$(cat "$WORK/baseline-doubled.cpu")
printf "%-52s %9s ms %13s ms %10s\n" "  CPU per request, Host + PostgreSQL (baseline: PG)" "$((eh2 + ep2))" "$bc2" "$(ratio "$((eh2 + ep2))" "$bc2")"
printf "%-52s %9s ms %13s ms %10s %8s\n" "  growth of the CPU per request" "$((eh2 + ep2))" "$((eh1 + ep1))" "$(ratio "$((eh2 + ep2))" "$((eh1 + ep1))")" \
  "$(verdict "$(ratio "$((eh2 + ep2))" "$((eh1 + ep1))")" 1.5)"
printf "%-52s %9s ms %13s ms %10s %8s\n" "  growth: endpoint, $((PER_YEAR + EXTRA)) vs $PER_YEAR" "$e2" "$e1" "$(ratio "$e2" "$e1")" "$(verdict "$(ratio "$e2" "$e1")" 1.5)"
printf "%-52s %9s ms %13s ms %10s %8s\n" "  growth: baseline, $((PER_YEAR + EXTRA)) vs $PER_YEAR" "$b2" "$b1" "$(ratio "$b2" "$b1")" ""
printf "%-52s %9s ms %13s ms %10s %8s\n" "  growth: aggregate baseline" "$a2" "$a1" "$(ratio "$a2" "$a1")" ""
printf "%-52s %9s ms %16s %10s %8s\n" "PDF ($((PER_YEAR + EXTRA)) in the year)" "$p2" "< 2000 ms" "" "$(verdict "$p2" 1999.9)"
[ -f "$WORK/pdf-doubled.cpu" ] && read -r ph2 pp2 <"$WORK/pdf-doubled.cpu" && printf "%-52s %9s ms %16s\n" "  CPU per PDF, Host + PostgreSQL" "$((ph2 + pp2))" "< 2000 ms"
printf "%-52s %9s ms %13s ms %10s\n" "GET /years/$YEAR after the registrations" "$(cat "$WORK/endpoint-after.ms")" "$e2" "$(ratio "$(cat "$WORK/endpoint-after.ms")" "$e2")"
printf "%-52s %9s /s %13s /s %10s %8s\n" "projected at fixed rate (registered/s)" "$fixed_fac" "$fixed_reg" "$(ratio "$fixed_fac" "$fixed_reg")" \
  "$(awk -v c="$fixed_caught" 'BEGIN { print (c >= 0 && c < 5) ? "kept up" : "BEHIND" }')"
printf "%-52s %9s /s %13s /s %10s %8s\n" "projected at saturation (registered/s, wrk $wrk_rps/s)" "$sat_fac" "$sat_reg" "$(ratio "$sat_fac" "$sat_reg")" \
  "$(awk -v c="$sat_caught" 'BEGIN { print (c >= 0 && c < 5) ? "kept up" : "BEHIND" }')"
read -r _ _ _ fixed_us _ <"$WORK/upserts.fixed"; read -r _ _ _ sat_us _ <"$WORK/upserts.saturated"
printf "%-52s %9s µs %13s µs %10s\n" "PostgreSQL time per projected event (fixed, saturated)" "$fixed_us" "$sat_us" \
  "$(awk -v u="$sat_us" 'BEGIN { if (u + 0 > 0) printf "<= %.0f/s", 1e6 / u; else print "n/a" }')"
echo "max backlog (registered, not yet in the read model): $fixed_lag rows at fixed rate, $sat_lag at saturation; caught up ${fixed_caught} s / ${sat_caught} s after the load"
echo "bench/intake's registration rate for comparison: about 4,700–5,000/s at 32 connections, 1,000/s at the fixed rate (bench/intake/RESULTS.md)"

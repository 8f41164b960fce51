#!/usr/bin/env bash
# Benchmark of the API against pgbench scripts doing the same database work, on the same server, in one run.
# Starts a throwaway PostgreSQL (server binaries, run as the postgres user) and the Host in Release on 127.0.0.1 only.
# Prints medians over RUNS runs, each figure beside its baseline and the load average it was measured at:
# - a fixed-rate run with hey (RATE requests/s for RATE_DURATION) with p50/p99;
# - event delivery: registrations at EVENT_RATE/s for EVENT_DURATION, then the time from each registration's commit to the
#   commit of its handling case (PostgreSQL commit timestamps), p50/p99;
# - registrations with wrk at CONCURRENCY against pgbench's single-row insert (insert.sql) and against the statements a
#   registration batch commits (register-batch.sql) at the batch size the API's group commit reached in the same runs;
# - the ceilings without the database: a POST that fails validation (auth, JSON binding, validation: 400) and /health/live,
#   with the host's CPU per request of each;
# - the API/pgbench ratio at the concurrencies in SWEEP, one run each;
# - list pages (GET /api/intake/complaints, GET /api/handling/cases, one page of 50 over LIST_ROWS complaints) against
#   pgbench running the same statements (list-intake.sql, list-handling.sql).
# Usage: bench/intake/run.sh   (env: CONCURRENCY=32 DURATION=10 RUNS=3 RATE=1000 RATE_DURATION=10s EVENT_RATE=500
#        EVENT_DURATION=10s SWEEP="64 128" LIST_ROWS=100000 PG_PORT=55990 API_PORT=5990)
set -euo pipefail

CONCURRENCY=${CONCURRENCY:-32}
DURATION=${DURATION:-10}
RUNS=${RUNS:-3}
RATE=${RATE:-1000}
RATE_DURATION=${RATE_DURATION:-10s}
SWEEP=${SWEEP-64 128}
HEY_WORKERS=${HEY_WORKERS:-20}
EVENT_RATE=${EVENT_RATE:-500}
EVENT_DURATION=${EVENT_DURATION:-10s}
LIST_ROWS=${LIST_ROWS:-100000}
PG_PORT=${PG_PORT:-55990}
API_PORT=${API_PORT:-5990}
# shellcheck source=setup.sh
source "$(dirname "$0")/setup.sh"

BASE="http://127.0.0.1:$API_PORT"
FORM="{\"complainant\":{\"name\":\"J. de Vries\",\"type\":\"Debtor\",\"email\":\"j.devries@example.com\",\"phone\":\"0612345678\",\"address\":{\"street\":\"Damrak 1\",\"postalCode\":\"1012 LG\",\"city\":\"Amsterdam\"}},\"fileNumber\":\"D-2026-0042\",\"channel\":\"Phone\",\"receivedAt\":\"$RECEIVED_AT\",\"description\":\"De medewerker was onbeleefd aan de telefoon.\",\"requestedOutcome\":\"Excuses en een betalingsregeling.\"}"

to_ms() { awk '{ v=$1; if (v ~ /us$/) { sub(/us$/,"",v); v=v/1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v) } else if (v ~ /s$/) { sub(/s$/,"",v); v=v*1000 } printf "%.2f", v }'; }
median() { sort -g | awk '{ a[NR]=$1 } END { if (NR==0) print "n/a"; else if (NR%2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2 }'; }
load1() { cut -d' ' -f1 /proc/loadavg; }
# wrk_run <name> <lua|-> <url> [header]: appends "rps p50 p99 non2xx load" to $WORK/<name>.runs
wrk_run() {
  local name=$1 script=$2 url=$3 header=${4:-} out="$WORK/$1.$(date +%s%N).txt"
  if [ -n "$header" ]; then wrk -t2 -c"$CONCURRENCY" -d"${DURATION}s" --latency -H "$header" "$url" >"$out"
  elif [ "$script" = - ]; then wrk -t2 -c"$CONCURRENCY" -d"${DURATION}s" --latency "$url" >"$out"
  else wrk -t2 -c"$CONCURRENCY" -d"${DURATION}s" --latency -s "$HERE/$script" "$url" >"$out" 2>"$out.err"; fi
  local rps p50 p99 err
  rps=$(awk '/Requests\/sec/ {print $2}' "$out")
  p50=$(awk '$1=="50%" {print $2}' "$out" | to_ms)
  p99=$(awk '$1=="99%" {print $2}' "$out" | to_ms)
  err=$(awk '/Non-2xx/ {print $5}' "$out"); err=${err:-0}
  local load; load=$(load1)
  echo "$rps $p50 $p99 $err $load" >>"$WORK/$name.runs"
  printf "  %-12s run: %8.0f req/s  p50 %7s ms  p99 %7s ms  non-2xx %s  (load %s)\n" "$name" "$rps" "$p50" "$p99" "$err" "$load"
}
col() { awk -v c="$2" '{print $c}' "$WORK/$1.runs" | median; }
# CPU ticks (1/100 s) used so far by a process and its (exited and live) children.
ticks() { local t=0 p; for p in "$1" $(pgrep -P "$1" || true); do
  [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{print $14+$15+($1=='"$1"' ? $16+$17 : 0)}' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo $t; }
# pgb_run <name> <script> <clients> [pgbench options]: appends "tps p50 p99 0 load" to $WORK/<name>.runs
pgb_run() {
  local name=$1 script=$2 clients=$3 i; shift 3
  i=$(date +%s%N)
  (cd "$WORK" && "$PGBENCH" -h 127.0.0.1 -p "$PG_PORT" -U postgres -n -c "$clients" -j 2 -T "$DURATION" -f "$HERE/$script" \
    -l --log-prefix="pgb$i" "$@" "$DB") >"$WORK/pgbench$i.txt" 2>&1 || { echo "pgbench $script failed:"; tail -5 "$WORK/pgbench$i.txt"; exit 1; }
  local tps p50 p99 n load
  tps=$(awk '/^tps/ {print $3}' "$WORK/pgbench$i.txt")
  cat "$WORK"/pgb$i.* | awk '{print $3}' | sort -n > "$WORK/pglat$i.txt"; rm -f "$WORK"/pgb$i.*
  n=$(wc -l < "$WORK/pglat$i.txt")
  p50=$(awk -v n="$n" 'NR==int(n*0.50)+1 {printf "%.2f", $1/1000}' "$WORK/pglat$i.txt")
  p99=$(awk -v n="$n" 'NR==int(n*0.99)+1 {printf "%.2f", $1/1000}' "$WORK/pglat$i.txt")
  load=$(load1)
  echo "$tps $p50 $p99 0 $load" >>"$WORK/$name.runs"
  printf "  %-12s run: %8.0f tx/s   p50 %7s ms  p99 %7s ms  (load %s)\n" "$name" "$tps" "$p50" "$p99" "$load"
}
machine_ticks() { awk '/^cpu / {print $2+$3+$4+$5+$6+$7+$8, $5+$6}' /proc/stat; } # total, idle+iowait

echo "== warm-up (5 s), then $RUNS x wrk: $CONCURRENCY connections, ${DURATION}s"
wrk -t2 -c"$CONCURRENCY" -d5s -s "$HERE/register.lua" "$BASE/api/intake/complaints" >/dev/null 2>&1
# The baselines copy the rows of a registration the API made (the wrk form): its complaint's text, audit details, event.
psql -d $DB <<'SQL'
CREATE FUNCTION bench_v7() RETURNS uuid LANGUAGE sql VOLATILE AS
  $$ SELECT (lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0') || '7' || substr(md5(random()::text), 1, 19))::uuid $$;
CREATE TABLE bench_sample AS
  SELECT c.*, a.details AS audit_details, o.event_type, o.payload
  FROM intake.complaints c
  JOIN audit.audit_trail a ON a.subject_id = c.id::text AND a.action = 'ComplaintRegistered'
  JOIN intake.outbox_messages o ON o.payload->>'complaintId' = c.id::text
  WHERE c.file_number = 'D-2026-0042' LIMIT 1;
INSERT INTO intake.reference_counters (year, last_number) VALUES (2099, 0);
SQL
[ "$(psql -d $DB -tAc 'SELECT count(*) FROM bench_sample')" = 1 ] || { echo "no sample registration for the baselines"; exit 1; }

# Fixed rate first, on the warmed-up host: run after the saturating runs, its p99 swung between 12 and 51 ms with what
# those runs left behind (some 110,000 fresh rows, their WAL and vacuum), which is not what a steady 1,000/s meets.
echo "== fixed rate, $RUNS x: hey -c $HEY_WORKERS -q $((RATE / HEY_WORKERS)) -z $RATE_DURATION (= $RATE requests/s offered)"
hey_status=""; hey_errors=0
for i in $(seq 1 "$RUNS"); do
  hey -c "$HEY_WORKERS" -q "$((RATE / HEY_WORKERS))" -z "$RATE_DURATION" -m POST -T application/json -H "Authorization: Bearer $TOKEN" \
    -d "$FORM" "$BASE/api/intake/complaints" >"$WORK/hey$i.txt"
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/hey$i.txt")
  p50=$(awk '$1=="50%" && $2=="in" {printf "%.2f", $3*1000}' "$WORK/hey$i.txt")
  p99=$(awk '$1=="99%" && $2=="in" {printf "%.2f", $3*1000}' "$WORK/hey$i.txt")
  load=$(load1)
  echo "$rps $p50 $p99 0 $load" >>"$WORK/hey.runs"
  printf "  %-12s run: %8.0f req/s  p50 %7s ms  p99 %7s ms  (load %s)\n" hey "$rps" "$p50" "$p99" "$load"
  hey_status="$hey_status$(awk '/Status code distribution/ {f=1; next} f && /\[/ {printf " %s%s", $1, $2} f && !/\[/ && NF==0 {f=0}' "$WORK/hey$i.txt")"
  hey_errors=$((hey_errors + $(awk '/Error distribution/ {f=1; next} f && /\[/ {n+=substr($1,2)} END {print n+0}' "$WORK/hey$i.txt")))
done
hey_rps=$(col hey 1); hey_p50=$(col hey 2); hey_p99=$(col hey 3); hey_load=$(col hey 5)

# Event delivery: the registration's commit to the commit of its handling case (ComplaintRegistered through the outbox).
echo "== event delivery: registrations at $EVENT_RATE/s for $EVENT_DURATION (hey -c 10 -q $((EVENT_RATE / 10)))"
before=$(psql -d $DB -tAc "SELECT coalesce(max(reference_number), 0) FROM intake.complaints WHERE reference_year < 2099")
event_load=$(load1)
hey -c 10 -q "$((EVENT_RATE / 10))" -z "$EVENT_DURATION" -m POST -T application/json -H "Authorization: Bearer $TOKEN" \
  -d "$FORM" "$BASE/api/intake/complaints" >"$WORK/hey-events.txt"
event_rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$WORK/hey-events.txt")
pending_sql="SELECT count(*) FROM intake.complaints c LEFT JOIN handling.cases h ON h.complaint_id = c.id
  WHERE c.reference_year < 2099 AND c.reference_number > $before AND h.complaint_id IS NULL"
for _ in $(seq 1 120); do [ "$(psql -d $DB -tAc "$pending_sql")" = 0 ] && break; sleep 0.5; done
read -r event_n event_p50 event_p99 event_max <<<"$(psql -d $DB -tAc "
  SELECT count(*), round(percentile_cont(0.5) WITHIN GROUP (ORDER BY d)::numeric, 1), round(percentile_cont(0.99) WITHIN GROUP (ORDER BY d)::numeric, 1),
         round(max(d)::numeric, 1)
  FROM (SELECT extract(epoch FROM pg_xact_commit_timestamp(h.xmin) - pg_xact_commit_timestamp(c.xmin)) * 1000 AS d
        FROM intake.complaints c JOIN handling.cases h ON h.complaint_id = c.id
        WHERE c.reference_year < 2099 AND c.reference_number > $before) t" | tr '|' ' ')"
event_missing=$(psql -d $DB -tAc "$pending_sql")
printf "  %-12s %s registrations at %s/s: commit to handling case p50 %s ms, p99 %s ms, max %s ms; no case after 60 s: %s (load %s)\n" \
  events "$event_n" "$event_rps" "$event_p50" "$event_p99" "$event_max" "$event_missing" "$event_load"

PG_PID=$(head -1 "$PGDATA/postmaster.pid")
count_sql="SELECT (SELECT count(*) FROM intake.complaints) || ' ' || xact_commit FROM pg_stat_database WHERE datname = '$DB'"
read -r reg0 commits0 <<<"$(psql -d $DB -tAc "$count_sql")"
host0=$(ticks "$HOST_PID"); pg0=$(ticks "$PG_PID"); read -r all0 idle0 <<<"$(machine_ticks)"
for i in $(seq 1 "$RUNS"); do wrk_run api register.lua "$BASE/api/intake/complaints"; done
host1=$(ticks "$HOST_PID"); pg1=$(ticks "$PG_PID"); read -r all1 idle1 <<<"$(machine_ticks)"
read -r reg1 commits1 <<<"$(psql -d $DB -tAc "$count_sql")"
# The batch size the group commit reached: complaints per writing transaction (one xmin per batch) in these runs.
batch=$(psql -d $DB -tAc "SELECT round(avg(n))::int FROM (SELECT count(*) n FROM intake.complaints
  WHERE reference_year < 2099 AND reference_number > $((reg0 - 1)) GROUP BY xmin::text) b")
batch=${batch:-1}; [ "$batch" -ge 1 ] || batch=1

echo "== $RUNS x pgbench: single-row insert, $CONCURRENCY clients, ${DURATION}s"
psql -d $DB -c "CREATE TABLE bench_insert (id uuid PRIMARY KEY, payload text NOT NULL, created_at timestamptz NOT NULL)"
for i in $(seq 1 "$RUNS"); do pgb_run pg insert.sql "$CONCURRENCY"; done

echo "== $RUNS x pgbench: the statements a registration batch commits (register-batch.sql, $batch per batch), $CONCURRENCY clients, ${DURATION}s"
for i in $(seq 1 "$RUNS"); do pgb_run same register-batch.sql "$CONCURRENCY" -D batch="$batch"; done

echo "== ceilings without the database ($RUNS x wrk, ${DURATION}s): POST failing validation (400), GET /health/live"
inv_host0=$(ticks "$HOST_PID")
for i in $(seq 1 "$RUNS"); do wrk_run invalid invalid.lua "$BASE/api/intake/complaints"; done
inv_host1=$(ticks "$HOST_PID"); inv_requests=$(awk -v d="$DURATION" '{s+=$1*d} END {printf "%d", s}' "$WORK/invalid.runs")
live_host0=$(ticks "$HOST_PID")
for i in $(seq 1 "$RUNS"); do wrk_run live - "$BASE/health/live"; done
live_host1=$(ticks "$HOST_PID"); live_requests=$(awk -v d="$DURATION" '{s+=$1*d} END {printf "%d", s}' "$WORK/live.runs")

# The same comparison at other concurrencies, one run each: group commit batches what is queued, so the API's rate depends
# on how many requests wait, while pgbench's single-row inserts contend more as clients grow.
[ -n "$SWEEP" ] && echo "== the same comparison at concurrency $SWEEP (1 x ${DURATION}s each)"
for c in $SWEEP; do
  CONCURRENCY=$c wrk_run "sweep$c" register.lua "$BASE/api/intake/complaints"
  tps=$(cd "$WORK" && "$PGBENCH" -h 127.0.0.1 -p "$PG_PORT" -U postgres -n -c "$c" -j 2 -T "$DURATION" -f "$HERE/insert.sql" "$DB" 2>&1 | awk '/^tps/ {print $3}')
  echo "$tps" >"$WORK/sweep$c.pg"
  printf "  %-12s run: %8.0f tx/s\n" "pgbench $c" "$tps"
done

registered=$(psql -d $DB -tAc "SELECT count(*) || ' complaints, max number ' || max(reference_number) FROM intake.complaints WHERE reference_year < 2099")

# List pages over LIST_ROWS complaints: the API's registrations (handling cases come from their events) topped up by wrk.
echo "== list pages: one page of 50 over $LIST_ROWS complaints, $RUNS x wrk and $RUNS x pgbench (same statements) each"
api_rows() { psql -d $DB -tAc "SELECT count(*) FROM intake.complaints WHERE reference_year < 2099"; }
while [ "$(api_rows)" -lt "$LIST_ROWS" ]; do wrk -t2 -c"$CONCURRENCY" -d10s -s "$HERE/register.lua" "$BASE/api/intake/complaints" >/dev/null 2>&1; done
psql -d $DB -c "DELETE FROM intake.correspondence c USING intake.complaints k WHERE c.complaint_id = k.id AND k.reference_year = 2099" \
  -c "DELETE FROM intake.complaints WHERE reference_year = 2099"
for _ in $(seq 1 240); do
  [ "$(psql -d $DB -tAc "SELECT (SELECT count(*) FROM handling.cases) >= (SELECT count(*) FROM intake.complaints)")" = t ] && break; sleep 0.5
done
psql -d $DB -c "VACUUM ANALYZE intake.complaints" -c "VACUUM ANALYZE handling.cases"
list_rows=$(psql -d $DB -tAc "SELECT (SELECT count(*) FROM intake.complaints) || ' complaints, ' || (SELECT count(*) FROM handling.cases) || ' cases'")
curl -fs -o /dev/null -H "Authorization: Bearer $QM_TOKEN" "$BASE/api/intake/complaints?pageSize=50"
curl -fs -o /dev/null -H "Authorization: Bearer $QM_TOKEN" "$BASE/api/handling/cases?pageSize=50"
psql -d $DB <<'SQL'
CREATE TABLE bench_list_sample AS
  SELECT 'intake' AS kind, (SELECT details FROM audit.audit_trail WHERE action = 'ComplaintsListed' ORDER BY id DESC LIMIT 1) AS details
  UNION ALL SELECT 'handling', (SELECT details FROM audit.audit_trail WHERE action = 'CasesListed' ORDER BY id DESC LIMIT 1);
CREATE TABLE bench_list_ids AS SELECT complaint_id AS id FROM handling.cases ORDER BY status = 'Closed', due_on, reference LIMIT 50;
SQL
for i in $(seq 1 "$RUNS"); do wrk_run list-intake - "$BASE/api/intake/complaints?pageSize=50" "Authorization: Bearer $QM_TOKEN"; done
for i in $(seq 1 "$RUNS"); do pgb_run pg-intake list-intake.sql "$CONCURRENCY" -M prepared; done
for i in $(seq 1 "$RUNS"); do wrk_run list-cases - "$BASE/api/handling/cases?pageSize=50" "Authorization: Bearer $QM_TOKEN"; done
for i in $(seq 1 "$RUNS"); do pgb_run pg-cases list-handling.sql "$CONCURRENCY" -M prepared; done
api_rps=$(col api 1); pg_tps=$(col pg 1)

same_tps=$(col same 1); same_rps=$(awk -v t="$same_tps" -v b="$batch" 'BEGIN {printf "%.0f", t*b}')

echo
echo "== Results ($(nproc) cores; medians of $RUNS runs of ${DURATION}s at $CONCURRENCY connections; load average 1 min beside each figure; now $(cut -d' ' -f1-3 /proc/loadavg))"
printf "%-46s %12s %9s %9s %7s\n" "" "per second" "p50 (ms)" "p99 (ms)" "load"
printf "%-46s %12.0f %9s %9s %7s\n" "POST /api/intake/complaints (wrk)" "$api_rps" "$(col api 2)" "$(col api 3)" "$(col api 5)"
printf "%-46s %12.0f %9s %9s %7s\n" "pgbench: registration batches of $batch (rows/s)" "$same_rps" "$(col same 2)" "$(col same 3)" "$(col same 5)"
printf "%-46s %12.0f %9s %9s %7s\n" "pgbench: INSERT one row" "$pg_tps" "$(col pg 2)" "$(col pg 3)" "$(col pg 5)"
awk -v a="$api_rps" -v s="$same_rps" -v p="$pg_tps" 'BEGIN { printf "  ratio API / same-work pgbench: %.2f (target >= 0.70); API / single-row insert: %.2f\n", a/s, a/p }'
printf "%-46s %12.0f %9s %9s %7s   (offered %s/s; status: %s; errors: %s)\n" "POST at fixed rate (hey)" "$hey_rps" "$hey_p50" "$hey_p99" "$hey_load" "$RATE" "$hey_status" "$hey_errors"
awk -v p="$hey_p99" -v r="$hey_rps" -v o="$RATE" 'BEGIN { printf "  fixed rate: served %.0f of %d/s offered, p99 %s ms (target: keeps up, p99 < 25)\n", r, o, p }'
printf "%-46s %12s %9s %9s %7s   (%s registrations at %s/s; target p99 < 2,000 ms)\n" "event delivery: commit to handling case" "" "$event_p50" "$event_p99" "$event_load" "$event_n" "$event_rps"
printf "%-46s %12.0f %9s %9s %7s\n" "POST failing validation, no DB (wrk)" "$(col invalid 1)" "$(col invalid 2)" "$(col invalid 3)" "$(col invalid 5)"
printf "%-46s %12.0f %9s %9s %7s\n" "GET /health/live (wrk)" "$(col live 1)" "$(col live 2)" "$(col live 3)" "$(col live 5)"
awk -v hi=$((inv_host1 - inv_host0)) -v ni="$inv_requests" -v hl=$((live_host1 - live_host0)) -v nl="$live_requests" 'BEGIN {
  printf "  host CPU per request: failing POST %.3f ms, /health/live %.3f ms, ratio %.1f (target <= 3)\n", hi*10/ni, hl*10/nl, (hi/ni)/(hl/nl) }'
printf "%-46s %12.0f %9s %9s %7s\n" "GET /api/intake/complaints page of 50 (wrk)" "$(col list-intake 1)" "$(col list-intake 2)" "$(col list-intake 3)" "$(col list-intake 5)"
printf "%-46s %12.0f %9s %9s %7s\n" "pgbench: the same statements" "$(col pg-intake 1)" "$(col pg-intake 2)" "$(col pg-intake 3)" "$(col pg-intake 5)"
printf "%-46s %12.0f %9s %9s %7s\n" "GET /api/handling/cases page of 50 (wrk)" "$(col list-cases 1)" "$(col list-cases 2)" "$(col list-cases 3)" "$(col list-cases 5)"
printf "%-46s %12.0f %9s %9s %7s\n" "pgbench: the same statements" "$(col pg-cases 1)" "$(col pg-cases 2)" "$(col pg-cases 3)" "$(col pg-cases 5)"
awk -v a="$(col list-intake 1)" -v p="$(col pg-intake 1)" -v c="$(col list-cases 1)" -v q="$(col pg-cases 1)" -v rows="$list_rows" 'BEGIN {
  printf "  list ratios API / same-statement pgbench: complaints %.2f, cases %.2f (target >= 0.50; over %s)\n", a/p, c/q, rows }'
awk -v r=$((reg1 - reg0)) -v c=$((commits1 - commits0)) -v h=$((host1 - host0)) -v p=$((pg1 - pg0)) -v a=$((all1 - all0)) -v i=$((idle1 - idle0)) -v n="$(nproc)" -v b="$batch" 'BEGIN {
  printf "during the wrk registration runs: %d registrations, %d per writing transaction (%d commits in all, consumers included);\n", r, b, c
  printf "  CPU per registration: host %.2f ms, PostgreSQL %.2f ms; machine busy %.0f%% of %d cores, of which host %.0f%%, PostgreSQL %.0f%%, rest (wrk, other processes) %.0f%%\n",
    h*10/r, p*10/r, 100*(a-i)/a, n, 100*h/(a-i), 100*p/(a-i), 100*(a-i-h-p)/(a-i) }'
for c in $SWEEP; do
  awk -v c="$c" -v p="$(cat "$WORK/sweep$c.pg")" '{ printf "at concurrency %d (1 run, load %s): API %.0f req/s (p50 %s ms, p99 %s ms), pgbench single-row %.0f rows/s, ratio %.2f\n", c, $5, $1, $2, $3, p, $1/p }' "$WORK/sweep$c.runs"
done
echo "non-2xx registrations (wrk): $(cat "$WORK"/api.runs "$WORK"/sweep*.runs 2>/dev/null | awk '{s+=$4} END {print s+0}'); stored: $registered (gap-free: the max number equals the count)"
echo "non-2xx list pages (wrk): $(cat "$WORK"/list-*.runs 2>/dev/null | awk '{s+=$4} END {print s+0}')"

#!/usr/bin/env bash
# Benchmark of POST /api/intake/complaints against the same machine's pgbench single-row insert, at the same concurrency.
# Starts a throwaway PostgreSQL (server binaries, run as the postgres user) and the Host in Release on 127.0.0.1 only.
# Prints medians over RUNS runs of wrk (API) and pgbench (single-row insert) at the same concurrency and their ratio, then a
# fixed-rate run with hey (RATE requests/s for RATE_DURATION) with p50/p99, then the ceilings without the database: a POST
# that fails validation (auth, JSON binding, validation: 400) and /health/live (HTTP only), and last the API/pgbench ratio
# at the concurrencies in SWEEP, one run each.
# Usage: bench/intake/run.sh   (env: CONCURRENCY=32 DURATION=10 RUNS=3 RATE=1000 RATE_DURATION=10s SWEEP="64 128" PG_PORT=55990 API_PORT=5990)
set -euo pipefail

CONCURRENCY=${CONCURRENCY:-32}
DURATION=${DURATION:-10}
RUNS=${RUNS:-3}
RATE=${RATE:-1000}
RATE_DURATION=${RATE_DURATION:-10s}
SWEEP=${SWEEP-64 128}
HEY_WORKERS=${HEY_WORKERS:-20}
PG_PORT=${PG_PORT:-55990}
API_PORT=${API_PORT:-5990}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/bench/intake"
WORK=$(mktemp -d /tmp/klachten-bench-XXXXXX)
chmod 755 "$WORK"
PGDATA="$WORK/pgdata"
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
DB=klachten_bench
HOST_PID=""

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cleanup() {
  if [ -n "$HOST_PID" ]; then kill "$HOST_PID" 2>/dev/null || true; wait "$HOST_PID" 2>/dev/null || true; fi
  as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "installing wrk"; apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }; }
command -v hey >/dev/null || { echo "installing hey"; apt-get install -y hey >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y hey >/dev/null; }; }
command -v pgbench >/dev/null || [ -x "$PGBIN/pgbench" ] || { echo "pgbench missing (Debian package postgresql-client)"; exit 1; }
PGBENCH=$(command -v pgbench || echo "$PGBIN/pgbench")

echo "== PostgreSQL ($PGBIN) on 127.0.0.1:$PG_PORT"
mkdir -p "$PGDATA"; [ "$(id -u)" = 0 ] && chown postgres "$PGDATA"
as_postgres "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 >/dev/null
as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w \
  -o "-p $PG_PORT -k $PGDATA -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null
psql() { "$PGBIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
psql -d postgres -c "CREATE DATABASE $DB"

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
  exec dotnet Klachten.Host.dll
) >"$WORK/host.log" 2>&1 &
HOST_PID=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$API_PORT/health/ready" >/dev/null 2>&1 && break
  kill -0 "$HOST_PID" 2>/dev/null || { echo "host died:"; tail -30 "$WORK/host.log"; exit 1; }
  sleep 0.5
done

# An HS256 token as `dotnet user-jwts` makes one: unique_name, sub and role claims.
TOKEN=$(KEY="$KEY" ISSUER=$ISSUER AUDIENCE=$AUDIENCE python3 - <<'PY'
import base64, hashlib, hmac, json, os, time
b64 = lambda b: base64.urlsafe_b64encode(b).rstrip(b"=").decode()
now = int(time.time())
header = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
claims = b64(json.dumps({"unique_name": "bench", "sub": "bench", "role": "Employee", "iss": os.environ["ISSUER"],
                         "aud": os.environ["AUDIENCE"], "nbf": now - 60, "iat": now, "exp": now + 3600}).encode())
signature = hmac.new(base64.b64decode(os.environ["KEY"]), f"{header}.{claims}".encode(), hashlib.sha256).digest()
print(f"{header}.{claims}.{b64(signature)}")
PY
)
export TOKEN RECEIVED_AT=$(date -u -d '-1 hour' +%Y-%m-%dT%H:%M:%SZ)
status=$(curl -s -o "$WORK/first.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  --data "{\"complainant\":{\"name\":\"X\",\"type\":\"Other\",\"email\":\"x@example.com\"},\"channel\":\"Email\",\"receivedAt\":\"$RECEIVED_AT\",\"description\":\"d\",\"requestedOutcome\":\"r\"}" \
  "http://127.0.0.1:$API_PORT/api/intake/complaints")
[ "$status" = 201 ] || { echo "smoke POST returned $status: $(cat "$WORK/first.json")"; tail -20 "$WORK/host.log"; exit 1; }

BASE="http://127.0.0.1:$API_PORT"
FORM="{\"complainant\":{\"name\":\"J. de Vries\",\"type\":\"Debtor\",\"email\":\"j.devries@example.com\",\"phone\":\"0612345678\",\"address\":{\"street\":\"Damrak 1\",\"postalCode\":\"1012 LG\",\"city\":\"Amsterdam\"}},\"fileNumber\":\"D-2026-0042\",\"channel\":\"Phone\",\"receivedAt\":\"$RECEIVED_AT\",\"description\":\"De medewerker was onbeleefd aan de telefoon.\",\"requestedOutcome\":\"Excuses en een betalingsregeling.\"}"

to_ms() { awk '{ v=$1; if (v ~ /us$/) { sub(/us$/,"",v); v=v/1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v) } else if (v ~ /s$/) { sub(/s$/,"",v); v=v*1000 } printf "%.2f", v }'; }
median() { sort -g | awk '{ a[NR]=$1 } END { if (NR==0) print "n/a"; else if (NR%2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2 }'; }
# wrk_run <name> <lua|-> <url>: appends "rps p50 p99 non2xx" to $WORK/<name>.runs
wrk_run() {
  local name=$1 script=$2 url=$3 out="$WORK/$1.$(date +%s%N).txt"
  if [ "$script" = - ]; then wrk -t2 -c"$CONCURRENCY" -d"${DURATION}s" --latency "$url" >"$out"
  else wrk -t2 -c"$CONCURRENCY" -d"${DURATION}s" --latency -s "$HERE/$script" "$url" >"$out" 2>"$out.err"; fi
  local rps p50 p99 err
  rps=$(awk '/Requests\/sec/ {print $2}' "$out")
  p50=$(awk '$1=="50%" {print $2}' "$out" | to_ms)
  p99=$(awk '$1=="99%" {print $2}' "$out" | to_ms)
  err=$(awk '/Non-2xx/ {print $5}' "$out"); err=${err:-0}
  echo "$rps $p50 $p99 $err" >>"$WORK/$name.runs"
  printf "  %-12s run: %8.0f req/s  p50 %7s ms  p99 %7s ms  non-2xx %s\n" "$name" "$rps" "$p50" "$p99" "$err"
}
col() { awk -v c="$2" '{print $c}' "$WORK/$1.runs" | median; }
# CPU ticks (1/100 s) used so far by a process and its (exited and live) children.
ticks() { local t=0 p; for p in "$1" $(pgrep -P "$1" || true); do
  [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{print $14+$15+($1=='"$1"' ? $16+$17 : 0)}' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo $t; }
machine_ticks() { awk '/^cpu / {print $2+$3+$4+$5+$6+$7+$8, $5+$6}' /proc/stat; } # total, idle+iowait

echo "== warm-up (5 s), then $RUNS x wrk: $CONCURRENCY connections, ${DURATION}s"
wrk -t2 -c"$CONCURRENCY" -d5s -s "$HERE/register.lua" "$BASE/api/intake/complaints" >/dev/null 2>&1

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
  echo "$rps $p50 $p99 0" >>"$WORK/hey.runs"
  printf "  %-12s run: %8.0f req/s  p50 %7s ms  p99 %7s ms\n" hey "$rps" "$p50" "$p99"
  hey_status="$hey_status$(awk '/Status code distribution/ {f=1; next} f && /\[/ {printf " %s%s", $1, $2} f && !/\[/ && NF==0 {f=0}' "$WORK/hey$i.txt")"
  hey_errors=$((hey_errors + $(awk '/Error distribution/ {f=1; next} f && /\[/ {n+=substr($1,2)} END {print n+0}' "$WORK/hey$i.txt")))
done
hey_rps=$(col hey 1); hey_p50=$(col hey 2); hey_p99=$(col hey 3)

PG_PID=$(head -1 "$PGDATA/postmaster.pid")
count_sql="SELECT (SELECT count(*) FROM intake.complaints) || ' ' || xact_commit FROM pg_stat_database WHERE datname = '$DB'"
read -r reg0 commits0 <<<"$(psql -d $DB -tAc "$count_sql")"
host0=$(ticks "$HOST_PID"); pg0=$(ticks "$PG_PID"); read -r all0 idle0 <<<"$(machine_ticks)"
for i in $(seq 1 "$RUNS"); do wrk_run api register.lua "$BASE/api/intake/complaints"; done
host1=$(ticks "$HOST_PID"); pg1=$(ticks "$PG_PID"); read -r all1 idle1 <<<"$(machine_ticks)"
read -r reg1 commits1 <<<"$(psql -d $DB -tAc "$count_sql")"

echo "== $RUNS x pgbench: single-row insert, $CONCURRENCY clients, ${DURATION}s"
psql -d $DB -c "CREATE TABLE bench_insert (id uuid PRIMARY KEY, payload text NOT NULL, created_at timestamptz NOT NULL)"
for i in $(seq 1 "$RUNS"); do
  (cd "$WORK" && "$PGBENCH" -h 127.0.0.1 -p "$PG_PORT" -U postgres -n -c "$CONCURRENCY" -j 2 -T "$DURATION" -f "$HERE/insert.sql" -l --log-prefix="pgb$i" "$DB") >"$WORK/pgbench$i.txt" 2>&1
  tps=$(awk '/^tps/ {print $3}' "$WORK/pgbench$i.txt")
  cat "$WORK"/pgb$i.* | awk '{print $3}' | sort -n > "$WORK/pglat$i.txt"
  n=$(wc -l < "$WORK/pglat$i.txt")
  p50=$(awk -v n="$n" 'NR==int(n*0.50)+1 {printf "%.2f", $1/1000}' "$WORK/pglat$i.txt")
  p99=$(awk -v n="$n" 'NR==int(n*0.99)+1 {printf "%.2f", $1/1000}' "$WORK/pglat$i.txt")
  echo "$tps $p50 $p99 0" >>"$WORK/pg.runs"
  printf "  %-12s run: %8.0f tx/s   p50 %7s ms  p99 %7s ms\n" pgbench "$tps" "$p50" "$p99"
done

echo "== ceilings without the database ($RUNS x wrk, ${DURATION}s): POST failing validation (400), GET /health/live"
inv_host0=$(ticks "$HOST_PID")
for i in $(seq 1 "$RUNS"); do wrk_run invalid invalid.lua "$BASE/api/intake/complaints"; done
inv_host1=$(ticks "$HOST_PID"); inv_requests=$(awk -v d="$DURATION" '{s+=$1*d} END {printf "%d", s}' "$WORK/invalid.runs")
for i in $(seq 1 "$RUNS"); do wrk_run live - "$BASE/health/live"; done

# The same comparison at other concurrencies, one run each: group commit batches what is queued, so the API's rate depends
# on how many requests wait, while pgbench's single-row inserts contend more as clients grow.
echo "== the same comparison at concurrency ${SWEEP:-none} (1 x ${DURATION}s each)"
for c in $SWEEP; do
  CONCURRENCY=$c wrk_run "sweep$c" register.lua "$BASE/api/intake/complaints"
  tps=$(cd "$WORK" && "$PGBENCH" -h 127.0.0.1 -p "$PG_PORT" -U postgres -n -c "$c" -j 2 -T "$DURATION" -f "$HERE/insert.sql" "$DB" 2>&1 | awk '/^tps/ {print $3}')
  echo "$tps" >"$WORK/sweep$c.pg"
  printf "  %-12s run: %8.0f tx/s\n" "pgbench $c" "$tps"
done

registered=$(psql -d $DB -tAc "SELECT count(*) || ' complaints, max number ' || max(reference_number) FROM intake.complaints")
api_rps=$(col api 1); pg_tps=$(col pg 1)

echo
echo "== Intake registration vs pgbench single-row insert ($(nproc) cores, concurrency $CONCURRENCY, medians of $RUNS x ${DURATION}s; load average $(cut -d' ' -f1-3 /proc/loadavg))"
printf "%-38s %12s %10s %10s\n" "" "requests/s" "p50 (ms)" "p99 (ms)"
printf "%-38s %12.0f %10s %10s\n" "POST /api/intake/complaints (wrk)" "$api_rps" "$(col api 2)" "$(col api 3)"
printf "%-38s %12.0f %10s %10s\n" "INSERT one row (pgbench)" "$pg_tps" "$(col pg 2)" "$(col pg 3)"
awk -v a="$api_rps" -v p="$pg_tps" 'BEGIN { printf "ratio API / pgbench: %.2f (target >= 0.50)\n", a/p }'
printf "%-38s %12.0f %10s %10s   (offered %s/s; status: %s; errors: %s)\n" "POST at fixed rate (hey)" "$hey_rps" "$hey_p50" "$hey_p99" "$RATE" "$hey_status" "$hey_errors"
awk -v p="$hey_p99" 'BEGIN { printf "fixed-rate p99 %s ms, median of the runs (target < 25)\n", p }'
printf "%-38s %12.0f %10s %10s\n" "POST failing validation, no DB (wrk)" "$(col invalid 1)" "$(col invalid 2)" "$(col invalid 3)"
printf "%-38s %12.0f %10s %10s\n" "GET /health/live (wrk)" "$(col live 1)" "$(col live 2)" "$(col live 3)"
awk -v r=$((reg1 - reg0)) -v c=$((commits1 - commits0)) -v h=$((host1 - host0)) -v p=$((pg1 - pg0)) -v a=$((all1 - all0)) -v i=$((idle1 - idle0)) -v n="$(nproc)" 'BEGIN {
  printf "during the wrk registration runs: %d registrations in %d commits (%.1f per commit, incl. other transactions);\n", r, c, r/c
  printf "  CPU per registration: host %.2f ms, PostgreSQL %.2f ms; machine busy %.0f%% of %d cores, of which host %.0f%%, PostgreSQL %.0f%%, rest (wrk, other processes) %.0f%%\n",
    h*10/r, p*10/r, 100*(a-i)/a, n, 100*h/(a-i), 100*p/(a-i), 100*(a-i-h-p)/(a-i) }'
awk -v h=$((inv_host1 - inv_host0)) -v n="$inv_requests" 'BEGIN { printf "  host CPU per request failing validation (no database): %.2f ms\n", h*10/n }'
for c in $SWEEP; do
  awk -v c="$c" -v p="$(cat "$WORK/sweep$c.pg")" '{ printf "at concurrency %d (1 run): API %.0f req/s (p50 %s ms, p99 %s ms), pgbench %.0f rows/s, ratio %.2f\n", c, $1, $2, $3, p, $1/p }' "$WORK/sweep$c.runs"
done
echo "non-2xx registrations (wrk): $(cat "$WORK"/api.runs "$WORK"/sweep*.runs 2>/dev/null | awk '{s+=$4} END {print s+0}'); stored: $registered (gap-free: the max number equals the count)"

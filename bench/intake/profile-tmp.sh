#!/usr/bin/env bash
# Benchmark of POST /api/intake/complaints against the same machine's pgbench single-row insert, at the same concurrency.
# Starts a throwaway PostgreSQL (server binaries, run as the postgres user) and the Host in Release on 127.0.0.1 only.
# Prints medians over RUNS runs of wrk (API) and pgbench (single-row insert) at the same concurrency and their ratio, then a
# fixed-rate run with hey (RATE requests/s for RATE_DURATION) with p50/p99, then the ceilings without the database: a POST
# that fails validation (auth, JSON binding, validation: 400) and /health/live (HTTP only).
# Usage: bench/intake/run.sh   (env: CONCURRENCY=32 DURATION=10 RUNS=3 RATE=1000 RATE_DURATION=10s PG_PORT=55990 API_PORT=5990)
set -euo pipefail

CONCURRENCY=${CONCURRENCY:-32}
DURATION=${DURATION:-10}
RUNS=${RUNS:-3}
RATE=${RATE:-1000}
RATE_DURATION=${RATE_DURATION:-10s}
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
PGBENCH=$(command -v hey >/dev/null || { echo "installing hey"; apt-get install -y hey >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y hey >/dev/null; }; }
command -v pgbench || echo "$PGBIN/pgbench")

echo "== PostgreSQL ($PGBIN) on 127.0.0.1:$PG_PORT"
mkdir -p "$PGDATA"; [ "$(id -u)" = 0 ] && chown postgres "$PGDATA"
as_postgres "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 >/dev/null
as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w \
  -o "-p $PG_PORT -k $PGDATA -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
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
  export ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$API_PORT"
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
PG_PID=$(head -1 "$PGDATA/postmaster.pid")
( wrk -t2 -c"$CONCURRENCY" -d25s -s "$HERE/register.lua" "$BASE/api/intake/complaints" > "$WORK/prof-wrk.txt" 2>&1 ) &
sleep 5
~/.dotnet/tools/dotnet-trace collect -p "$HOST_PID" --profile dotnet-sampled-thread-time --duration 00:00:00:12 -o /tmp/reg.nettrace > /tmp/trace-collect.log 2>&1
wait
grep -E "Requests/sec" "$WORK/prof-wrk.txt"

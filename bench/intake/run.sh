#!/usr/bin/env bash
# Benchmark of POST /api/intake/complaints against the same machine's pgbench single-row insert, at the same concurrency.
# Starts a throwaway PostgreSQL (server binaries, run as the postgres user) and the Host in Release on 127.0.0.1 only.
# Usage: bench/intake/run.sh            (env: CONCURRENCY=32 DURATION=15 PG_PORT=55990 API_PORT=5990)
set -euo pipefail

CONCURRENCY=${CONCURRENCY:-32}
DURATION=${DURATION:-15}
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
command -v pgbench >/dev/null || [ -x "$PGBIN/pgbench" ] || { echo "pgbench missing (Debian package postgresql-client)"; exit 1; }
PGBENCH=$(command -v pgbench || echo "$PGBIN/pgbench")

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

echo "== warm-up (5 s), then wrk: $CONCURRENCY connections, ${DURATION}s"
wrk -t2 -c"$CONCURRENCY" -d5s -s "$HERE/register.lua" "http://127.0.0.1:$API_PORT/api/intake/complaints" >/dev/null
wrk -t2 -c"$CONCURRENCY" -d"${DURATION}s" --latency -s "$HERE/register.lua" "http://127.0.0.1:$API_PORT/api/intake/complaints" | tee "$WORK/wrk.txt"

echo "== pgbench: single-row insert, $CONCURRENCY clients, ${DURATION}s"
psql -d $DB -c "CREATE TABLE bench_insert (id uuid PRIMARY KEY, payload text NOT NULL, created_at timestamptz NOT NULL)"
(cd "$WORK" && "$PGBENCH" -h 127.0.0.1 -p "$PG_PORT" -U postgres -n -c "$CONCURRENCY" -j 2 -T "$DURATION" -f "$HERE/insert.sql" -l --log-prefix=pgb "$DB") | tee "$WORK/pgbench.txt"

to_ms() { awk '{ v=$1; if (v ~ /us$/) { sub(/us$/,"",v); v=v/1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v) } else if (v ~ /s$/) { sub(/s$/,"",v); v=v*1000 } printf "%.2f", v }'; }
api_rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")
api_p50=$(awk '$1=="50%" {print $2}' "$WORK/wrk.txt" | to_ms)
api_p99=$(awk '$1=="99%" {print $2}' "$WORK/wrk.txt" | to_ms)
api_errors=$(awk '/Non-2xx/ {print $5}' "$WORK/wrk.txt"); api_errors=${api_errors:-0}
pg_tps=$(awk '/^tps/ {print $3}' "$WORK/pgbench.txt")
cat "$WORK"/pgb.* | awk '{print $3}' | sort -n > "$WORK/pglat.txt"
n=$(wc -l < "$WORK/pglat.txt")
pg_p50=$(awk -v n="$n" 'NR==int(n*0.50)+1 {printf "%.2f", $1/1000}' "$WORK/pglat.txt")
pg_p99=$(awk -v n="$n" 'NR==int(n*0.99)+1 {printf "%.2f", $1/1000}' "$WORK/pglat.txt")
registered=$(psql -d $DB -tAc "SELECT count(*) || ' complaints, max number ' || max(reference_number) FROM intake.complaints")

echo
echo "== Intake registration vs pgbench single-row insert ($(nproc) cores, concurrency $CONCURRENCY, ${DURATION}s each)"
printf "%-34s %12s %10s %10s\n" "" "requests/s" "p50 (ms)" "p99 (ms)"
printf "%-34s %12.0f %10s %10s\n" "POST /api/intake/complaints (wrk)" "$api_rps" "$api_p50" "$api_p99"
printf "%-34s %12.0f %10s %10s\n" "INSERT one row (pgbench)" "$pg_tps" "$pg_p50" "$pg_p99"
awk -v a="$api_rps" -v p="$pg_tps" 'BEGIN { printf "ratio API / pgbench: %.2f (target >= 0.50)\n", a/p }'
echo "non-2xx responses: $api_errors; stored: $registered (gap-free: the max number equals the count)"

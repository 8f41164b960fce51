# Sourced by run.sh and profile.sh: a throwaway PostgreSQL and the Host in Release on 127.0.0.1, and bearer tokens.
# Sets ROOT HERE WORK PGDATA PGBIN DB HOST_PID TOKEN (Employee) QM_TOKEN (QualityManager) RECEIVED_AT, psql(), as_postgres();
# the EXIT trap stops both and removes WORK. HOST_ENV (optional) is added to the Host's environment (e.g. DOTNET_PerfMapEnabled=1).
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
  -o "-p $PG_PORT -k $PGDATA -c listen_addresses=127.0.0.1 -c max_connections=300 -c track_commit_timestamp=on" start >/dev/null
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
  # shellcheck disable=SC2086
  [ -n "${HOST_ENV:-}" ] && export ${HOST_ENV}
  exec dotnet Klachten.Host.dll
) >"$WORK/host.log" 2>&1 &
HOST_PID=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$API_PORT/health/ready" >/dev/null 2>&1 && break
  kill -0 "$HOST_PID" 2>/dev/null || { echo "host died:"; tail -30 "$WORK/host.log"; exit 1; }
  sleep 0.5
done

# An HS256 token as `dotnet user-jwts` makes one: unique_name, sub and role claims. token <user> <role>
token() { USER_NAME=$1 ROLE=$2 KEY="$KEY" ISSUER=$ISSUER AUDIENCE=$AUDIENCE python3 - <<'PY'
import base64, hashlib, hmac, json, os, time
b64 = lambda b: base64.urlsafe_b64encode(b).rstrip(b"=").decode()
now = int(time.time())
header = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
claims = b64(json.dumps({"unique_name": os.environ["USER_NAME"], "sub": os.environ["USER_NAME"], "role": os.environ["ROLE"],
                         "iss": os.environ["ISSUER"], "aud": os.environ["AUDIENCE"], "nbf": now - 60, "iat": now,
                         "exp": now + 3600}).encode())
signature = hmac.new(base64.b64decode(os.environ["KEY"]), f"{header}.{claims}".encode(), hashlib.sha256).digest()
print(f"{header}.{claims}.{b64(signature)}")
PY
}
TOKEN=$(token bench Employee)
QM_TOKEN=$(token kwaliteit QualityManager)
export TOKEN QM_TOKEN RECEIVED_AT=$(date -u -d '-1 hour' +%Y-%m-%dT%H:%M:%SZ)
status=$(curl -s -o "$WORK/first.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  --data "{\"complainant\":{\"name\":\"X\",\"type\":\"Other\",\"email\":\"x@example.com\"},\"channel\":\"Email\",\"receivedAt\":\"$RECEIVED_AT\",\"description\":\"d\",\"requestedOutcome\":\"r\"}" \
  "http://127.0.0.1:$API_PORT/api/intake/complaints")
[ "$status" = 201 ] || { echo "smoke POST returned $status: $(cat "$WORK/first.json")"; tail -20 "$WORK/host.log"; exit 1; }


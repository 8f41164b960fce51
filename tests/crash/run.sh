#!/usr/bin/env bash
# The long crash drills of issue 15, beside the short one CI runs (CrashRecoveryTests: a few hundred registrations, host
# killed). Starts a throwaway PostgreSQL (server binaries, as bench/intake does) and runs CrashRecoveryTests against it:
#   1. host:     REGISTRATIONS concurrent registrations, kill -9 of the Host half-way, restart;
#   2. database: the same with the PostgreSQL server killed (kill -9 of the postmaster) and started again (crash recovery).
# Each drill checks every 201 readable, gap-free references, each complaint in Classification and Handling exactly once,
# nothing left in an outbox, and recovery (restart to everything delivered) under 15 s; the measured times are printed.
# Usage: tests/crash/run.sh   (env: REGISTRATIONS=2000 WORKERS=32 ROUNDS=1 PG_PORT=55997 DRILLS="host database")
set -euo pipefail

REGISTRATIONS=${REGISTRATIONS:-2000}
WORKERS=${WORKERS:-32}
ROUNDS=${ROUNDS:-1}
PG_PORT=${PG_PORT:-55997}
DRILLS=${DRILLS:-host database}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d /tmp/klachten-crash-XXXXXX)
chmod 755 "$WORK"
PGDATA="$WORK/pgdata"
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
REPORT="$WORK/report.txt"

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_start() {
  # After a kill -9 the old backends notice the postmaster's death within moments; until then the shared memory is in use.
  for _ in $(seq 1 30); do
    as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w \
      -o "-p $PG_PORT -k $PGDATA -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "PostgreSQL did not start again:"; tail -20 "$PGDATA/server.log"; return 1
}
cleanup() {
  as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

if (exec 3<>"/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null; then echo "port $PG_PORT is in use: set PG_PORT"; exit 1; fi
echo "== PostgreSQL ($PGBIN) on 127.0.0.1:$PG_PORT"
mkdir -p "$PGDATA"; [ "$(id -u)" = 0 ] && chown postgres "$PGDATA"
as_postgres "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 >/dev/null
pg_start

echo "== build"
dotnet build "$ROOT/tests/Klachten.IntegrationTests" -nologo -v q >/dev/null

export -f as_postgres pg_start
export PGBIN PGDATA PG_PORT
export KLACHTEN_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
export CRASH_REGISTRATIONS=$REGISTRATIONS CRASH_WORKERS=$WORKERS CRASH_REPORT=$REPORT
export CRASH_PG_KILL="kill -9 \$(head -1 '$PGDATA/postmaster.pid')"
export CRASH_PG_START="pg_start"

status=0
for round in $(seq 1 "$ROUNDS"); do
  for drill in $DRILLS; do
    echo "== round $round: $drill killed during $REGISTRATIONS registrations ($WORKERS workers)"
    CRASH_KILL=$drill dotnet test "$ROOT/tests/Klachten.IntegrationTests" --no-build -nologo -v q \
      --filter "FullyQualifiedName~Klachten.IntegrationTests.Crash.CrashRecoveryTests" >"$WORK/test.log" 2>&1 \
      || { status=1; echo "FAILED:"; grep -E "Error Message|Assert|Failed " -A6 "$WORK/test.log" | head -40; }
    tail -1 "$REPORT" 2>/dev/null || true
  done
done

echo "== measured"
cat "$REPORT" 2>/dev/null || echo "(no drill finished)"
exit $status

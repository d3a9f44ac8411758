#!/usr/bin/env bash
# The unit and integration tests once more, with the clock LOKET_TEST_SHIFT_DAYS (default 400) days
# ahead: Jest, the processes it starts (API, worker, mail catcher) and a PostgreSQL cluster of
# their own run under libfaketime (Debian's `faketime`), so a test or a query that leans on today's
# date fails here. Redis keeps real time: BullMQ takes its times from Node and Redis only counts
# relative expiries. The cluster lives in a temporary directory on a free port and is removed
# afterwards, also when the run fails or is interrupted.
# Needs: `faketime` and the PostgreSQL server binaries (scripts/services.sh --faketime installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

days="${LOKET_TEST_SHIFT_DAYS:-400}"
shift_spec="+${days}d"
log() { printf '\033[36m[shifted]\033[0m %s\n' "$*"; }

# The preload library itself, not the `faketime` wrapper: the wrapper waits for the daemon pg_ctl leaves running.
faketime_lib=$(ls /usr/lib/*/faketime/libfaketimeMT.so.1 2>/dev/null | head -1)
[ -n "$faketime_lib" ] || { echo "[shifted] libfaketime is missing: run scripts/services.sh --faketime" >&2; exit 1; }
shifted() { env LD_PRELOAD="$faketime_lib" FAKETIME="$shift_spec" FAKETIME_DONT_FAKE_MONOTONIC=1 "$@"; }
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ] || { echo "[shifted] PostgreSQL server binaries are missing: run scripts/services.sh --faketime" >&2; exit 1; }

# initdb and postgres refuse to run as root: then the cluster belongs to the postgres user.
as_owner() { if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }

# A cluster left behind by a run that was killed (its script is gone) is stopped and removed first.
for old in /tmp/loket-shifted-pg.*; do
  [ -d "$old" ] || continue
  owner=$(cat "$old/owner.pid" 2>/dev/null || true)
  if [ -n "$owner" ] && kill -0 "$owner" 2>/dev/null; then continue; fi
  [ -f "$old/data/postmaster.pid" ] && as_owner "$pg_bin/pg_ctl" -D "$old/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$old"
done

dir=$(mktemp -d /tmp/loket-shifted-pg.XXXXXX)
echo $$ > "$dir/owner.pid"
chmod 755 "$dir"
[ "$(id -u)" = 0 ] && chown postgres: "$dir"
started=0
cleanup() {
  if [ $started = 1 ]; then as_owner "$pg_bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; fi
  rm -rf "$dir"
}
jest_pid=
trap cleanup EXIT
# Stopped (Ctrl-C, or npm test's time limit): Jest stops too, then the cluster goes.
trap '[ -n "$jest_pid" ] && kill -TERM -- "-$jest_pid" 2>/dev/null; exit 143' INT TERM

tcp_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=55432
while tcp_open "$port"; do port=$((port + 1)); done

log "PostgreSQL cluster in $dir on port $port, clock $shift_spec"
as_owner "$pg_bin/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 --auth=trust >/dev/null
# A throw-away cluster: durability off for speed.
as_owner env LD_PRELOAD="$faketime_lib" FAKETIME="$shift_spec" FAKETIME_DONT_FAKE_MONOTONIC=1 "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null
started=1
psql_super() { psql -h 127.0.0.1 -p "$port" -U postgres -d "$1" -v ON_ERROR_STOP=1 -qtAc "$2"; }
psql_super postgres "CREATE ROLE loket LOGIN PASSWORD 'loket' CREATEDB"
# Extensions need a superuser: created in the template, so the test database gets them.
psql_super template1 "CREATE EXTENSION IF NOT EXISTS pg_trgm"

# Prove the shift before trusting a green run: PostgreSQL's and Node's clocks both moved.
real_ms=$(date +%s%3N)
min_ms=$(( (days * 86400 - 120) * 1000 ))
sql_ms=$(psql_super postgres "SELECT floor(extract(epoch FROM now()) * 1000)::bigint")
node_ms=$(shifted node -e 'console.log(Date.now())')
for clock in "PostgreSQL:$sql_ms" "Node:$node_ms"; do
  ahead=$(( ${clock#*:} - real_ms ))
  if [ "$ahead" -lt "$min_ms" ]; then echo "[shifted] ${clock%%:*}'s clock is not $days days ahead (ahead by ${ahead} ms)" >&2; exit 1; fi
done
log "PostgreSQL and Node are $days days ahead: $(shifted date -u '+%Y-%m-%d %H:%M UTC')"

# LOKET_TEST_REAL_NOW tells clock.int-spec.ts the real moment, so it asserts the shift from inside Jest as well.
# Jest runs in a process group of its own, so stopping this script stops Jest and its workers too.
setsid env LD_PRELOAD="$faketime_lib" FAKETIME="$shift_spec" FAKETIME_DONT_FAKE_MONOTONIC=1 \
  TEST_DATABASE_URL="postgres://loket:loket@127.0.0.1:$port/loket_test" \
  TEST_REDIS_PREFIX="${TEST_REDIS_PREFIX:-loket-test}-shifted" \
  LOKET_TEST_REAL_NOW="$real_ms" LOKET_TEST_SHIFT_DAYS="$days" \
  npx jest --ci "$@" &
jest_pid=$!
wait "$jest_pid"

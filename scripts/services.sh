#!/usr/bin/env bash
# Makes sure PostgreSQL and Redis answer for Loket, and that the `loket` role and databases exist.
# 1. Uses the ones reachable at DATABASE_URL / REDIS_URL (defaults: 127.0.0.1:5432 and :6379).
# 2. Otherwise starts them with `docker compose -f docker/compose.yml` when a Docker engine answers.
# 3. Otherwise installs and starts them from Debian packages (no systemd needed; run as root).
# Options: --chromium  also make sure Debian's chromium is installed (browser tests).
#          --faketime  also make sure Debian's faketime (libfaketime) and the PostgreSQL server binaries
#                      are installed: the tests' second pass runs 400 days ahead (scripts/test-shifted.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

DATABASE_URL="${DATABASE_URL:-postgres://loket:loket@127.0.0.1:5432/loket}"
REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"
want_chromium=0
want_faketime=0
for arg in "$@"; do
  [ "$arg" = "--chromium" ] && want_chromium=1
  [ "$arg" = "--faketime" ] && want_faketime=1
done

log() { printf '\033[36m[services]\033[0m %s\n' "$*"; }
db_host=$(node -e 'const u=new URL(process.argv[1]);console.log(u.hostname||"127.0.0.1")' "$DATABASE_URL")
db_port=$(node -e 'const u=new URL(process.argv[1]);console.log(u.port||5432)' "$DATABASE_URL")
redis_host=$(node -e 'const u=new URL(process.argv[1]);console.log(u.hostname||"127.0.0.1")' "$REDIS_URL")
redis_port=$(node -e 'const u=new URL(process.argv[1]);console.log(u.port||6379)' "$REDIS_URL")

tcp_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }
pg_up() { tcp_open "$db_host" "$db_port"; }
redis_up() { tcp_open "$redis_host" "$redis_port" && [ "$(redis_ping)" = "PONG" ]; }
redis_ping() { node -e '
  const s=require("net").connect(+process.argv[2],process.argv[1],()=>s.write("PING\r\n"));
  s.on("data",d=>{process.stdout.write(d.toString().trim().replace("+",""));s.end()});
  s.on("error",()=>process.exit(1)); setTimeout(()=>process.exit(1),2000).unref();' "$redis_host" "$redis_port" 2>/dev/null || true; }

wait_for() { # name check-fn
  for _ in $(seq 1 60); do "$2" && return 0; sleep 0.5; done
  echo "[services] $1 did not come up" >&2; return 1
}

apt_updated=0
apt_install() {
  if [ "$(id -u)" != 0 ]; then echo "[services] need root to install $* (or start them yourself)" >&2; exit 1; fi
  [ $apt_updated = 1 ] || { log "apt-get update"; apt-get update -qq; apt_updated=1; }
  log "installing $* from Debian packages"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

docker_ok() { command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; }

if ! pg_up || ! redis_up; then
  if docker_ok; then
    log "starting PostgreSQL and Redis with docker compose"
    docker compose -f docker/compose.yml up -d postgres redis
  fi
fi

if ! pg_up; then
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then apt_install postgresql postgresql-contrib; fi
  ver=$(ls /etc/postgresql | sort -V | tail -1)
  conf="/etc/postgresql/$ver/main/pg_hba.conf"
  # Local development: trust connections from this machine only.
  if [ -f "$conf" ] && ! grep -q '^host all all 127.0.0.1/32 trust' "$conf"; then
    sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$conf"
  fi
  log "starting PostgreSQL $ver"
  pg_ctlcluster --skip-systemctl-redirect "$ver" main start 2>/dev/null || pg_ctlcluster "$ver" main start
  wait_for PostgreSQL pg_up
fi

if ! redis_up; then
  command -v redis-server >/dev/null 2>&1 || apt_install redis-server
  log "starting Redis on $redis_host:$redis_port"
  redis-server --daemonize yes --bind 127.0.0.1 --port "$redis_port" --save '' --appendonly no
  wait_for Redis redis_up
fi

# The role and the databases (demo, tests, browser tests). Needs a superuser session once.
psql_admin() {
  if psql -h "$db_host" -p "$db_port" -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1; then
    psql -h "$db_host" -p "$db_port" -U postgres -d postgres -v ON_ERROR_STOP=1 -tAc "$1"
  elif [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1; then
    su postgres -c "psql -p $db_port -d postgres -v ON_ERROR_STOP=1 -tAc \"$1\""
  else
    return 1
  fi
}
if command -v psql >/dev/null 2>&1; then
  db_user=$(node -e 'console.log(decodeURIComponent(new URL(process.argv[1]).username)||"loket")' "$DATABASE_URL")
  db_pass=$(node -e 'console.log(decodeURIComponent(new URL(process.argv[1]).password)||"loket")' "$DATABASE_URL")
  db_name=$(node -e 'console.log(new URL(process.argv[1]).pathname.slice(1)||"loket")' "$DATABASE_URL")
  if [ "$(psql_admin "select 1 from pg_roles where rolname='$db_user'" 2>/dev/null)" != "1" ]; then
    log "creating role $db_user"
    psql_admin "CREATE ROLE \"$db_user\" LOGIN PASSWORD '$db_pass' CREATEDB" >/dev/null || true
  fi
  for d in "$db_name" "${db_name}_test" "${db_name}_e2e"; do
    if [ "$(psql_admin "select 1 from pg_database where datname='$d'" 2>/dev/null)" != "1" ]; then
      log "creating database $d"
      psql_admin "CREATE DATABASE \"$d\" OWNER \"$db_user\"" >/dev/null || true
    fi
  done
  # Extensions need a superuser; create them once in the template used by CREATE DATABASE too.
  for d in template1 "$db_name" "${db_name}_test" "${db_name}_e2e"; do
    psql_admin "select 1" >/dev/null 2>&1 || break
    if [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1; then
      su postgres -c "psql -p $db_port -d $d -qtAc 'CREATE EXTENSION IF NOT EXISTS pg_trgm'" >/dev/null 2>&1 || \
        psql -h "$db_host" -p "$db_port" -U postgres -d "$d" -qtAc 'CREATE EXTENSION IF NOT EXISTS pg_trgm' >/dev/null 2>&1 || true
    else
      psql -h "$db_host" -p "$db_port" -U postgres -d "$d" -qtAc 'CREATE EXTENSION IF NOT EXISTS pg_trgm' >/dev/null 2>&1 || true
    fi
  done
fi

if [ $want_chromium = 1 ] && [ ! -x /usr/bin/chromium ]; then
  apt_install chromium
fi

if [ $want_faketime = 1 ]; then
  ls /usr/lib/*/faketime/libfaketimeMT.so.1 >/dev/null 2>&1 || apt_install faketime
  # The shifted pass starts a PostgreSQL cluster of its own (also when the main one runs in Docker).
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || apt_install postgresql postgresql-contrib
fi

log "PostgreSQL at $db_host:$db_port and Redis at $redis_host:$redis_port are up"

#!/usr/bin/env bash
# npm run demo: everything up with demo data. Ctrl+C stops it all.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

API_PORT="${PORT:-3000}"
PORTAL_PORT="${PORTAL_PORT:-4200}"
AGENT_PORT="${AGENT_PORT:-4300}"
CUSTOMERS="${DEMO_CUSTOMERS:-2000}"
export DATABASE_URL="${DATABASE_URL:-postgres://loket:loket@127.0.0.1:5432/loket}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"

ensure_dependencies
say "Starting PostgreSQL and Redis"
bash scripts/services.sh
say "Building api, worker, portal and agent"
npx nx run-many -t build -p api worker portal agent --output-style=static
say "Migrating the database"
node dist/apps/api/main.js migrate
say "Demo data ($CUSTOMERS generated customers per organization)"
node dist/apps/api/main.js seed --customers "$CUSTOMERS"

mkdir -p tmp/logs
pids=()
cleanup() { trap - INT TERM EXIT; kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup INT TERM EXIT

SMTP_PORT="${SMTP_PORT:-1025}" MAIL_WEB_PORT="${MAIL_WEB_PORT:-1080}" node scripts/mail-catcher.cjs >tmp/logs/mail.log 2>&1 & pids+=($!)
export SMTP_URL="${SMTP_URL:-smtp://127.0.0.1:${SMTP_PORT:-1025}}"
PORT="$API_PORT" node dist/apps/api/main.js >tmp/logs/api.log 2>&1 & pids+=($!)
node dist/apps/worker/main.js >tmp/logs/worker.log 2>&1 & pids+=($!)
(cd apps/portal && PORT="$PORTAL_PORT" LOKET_API_URL="http://127.0.0.1:$API_PORT" npx vite preview --strictPort >../../tmp/logs/portal.log 2>&1) & pids+=($!)
(cd apps/agent && PORT="$AGENT_PORT" LOKET_API_URL="http://127.0.0.1:$API_PORT" npx vite preview --strictPort >../../tmp/logs/agent.log 2>&1) & pids+=($!)

for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$API_PORT/api/v1/health" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "http://127.0.0.1:$API_PORT/api/v1/health" >/dev/null || { echo "The API did not start; see tmp/logs/api.log"; tail -20 tmp/logs/api.log; exit 1; }

cat <<MSG

  Loket is running.

  Agent app (front office)   http://localhost:$AGENT_PORT
  Tenant portal (Mijn Loket) http://localhost:$PORTAL_PORT
  API                        http://localhost:$API_PORT/api/v1   (OpenAPI: http://localhost:$API_PORT/api/docs)
  Sent e-mail (SMTP catcher) http://localhost:${MAIL_WEB_PORT:-1080}   (SMTP on 127.0.0.1:${SMTP_PORT:-1025})
  Logs                       tmp/logs/

  All demo passwords: Loket-demo-1

  Woonstichting De Linde (linde)
    staff   agent@linde.demo  teamlead@linde.demo  editor@linde.demo  admin@linde.demo
    back office  technisch@linde.demo  verhuur@linde.demo  incasso@linde.demo  wijkbeheer@linde.demo
    tenant  huurder@linde.demo  (Sanne de Vries, Lindelaan 12 A, 5161 AB Sprang-Capelle)
    hours   Mon–Thu 08:30–17:00, Fri 08:30–12:00; Dutch public holidays; Good Friday open;
            Liberation Day (5 May) closed only in lustrum years (2025, 2030, …)

  Wooncorporatie Het Anker (anker)
    staff   agent@anker.demo  teamlead@anker.demo  editor@anker.demo  admin@anker.demo
    back office  technisch@anker.demo  verhuur@anker.demo  incasso@anker.demo  wijkbeheer@anker.demo
    tenant  huurder@anker.demo  (Pieter Jansen, Ankerstraat 7, 1781 AA Den Helder)
    hours   Mon–Fri 08:00–17:00; Dutch public holidays; Good Friday closed; Liberation Day closed every year

  Try: log in as agent@linde.demo and search "5161 AB 14" — Kees van den Berg, with his safety marker.
  Press Ctrl+C to stop.
MSG
wait -n "${pids[@]}"
echo "A process stopped; see tmp/logs/."

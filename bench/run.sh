#!/usr/bin/env bash
# npm run bench: the benchmarks, each against the real API (and worker) with PostgreSQL and Redis.
#   customers: search and overview with 1,000,000 customers, logging contacts, the time line —
#              Loket vs a bare Fastify server calling the same services (bench/bare-server.ts; the
#              statements per request are checked equal by bench/bare-server.int-spec.ts).
#   sla:       due-instant throughput, recalculating 100,000 open cases, breach latency.
#   callbacks: 100,000 callbacks due in one minute escalated by the worker; API p95 and worker memory meanwhile.
#   knowledge-base: Dutch search over 20,000 articles, Loket vs the same bare server's search route.
#   login:     logins at 20 connections over 2,000 accounts, Loket vs the same API without login throttling.
#   worklist:  GET /worklist with 50,000 open cases in one organization: p95 at 4 connections, and the
#              saturation throughput as a ratio to the bare server running the same WorklistService read.
#   erp-batch: an ERP's first load (100,000 relaties + eenheden + huurovereenkomsten, NDJSON) through
#              POST /integrations/batch until done, as a ratio to a bare multi-row INSERT … ON CONFLICT
#              of the same rows; the API's RSS while it streams.
#   webhooks:  events committed at 600/s delivered by the worker to a local receiver that verifies every
#              signature: deliveries/s and the delay from commit to receipt, the API's overview p95 meanwhile.
#   access:    what recording reads (the access log) costs on the customer overview and search:
#              the bare server with and without the same batched insert, and Loket, 50,000 customers.
# `npm run bench -- --only sla` (or customers) runs one. Results in bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
ensure_dependencies
bash scripts/services.sh
only=""
args=()
while [ $# -gt 0 ]; do
  if [ "$1" = "--only" ]; then only="$2"; shift 2; else args+=("$1"); shift; fi
done
NX_DAEMON=false NX_NO_CLOUD=true npx nx run-many -t build -p api worker --output-style=static >/dev/null
export TS_NODE_PROJECT=tsconfig.scripts.json TS_NODE_TRANSPILE_ONLY=true
if [ -z "$only" ] || [ "$only" = "customers" ]; then
  node -r ts-node/register -r tsconfig-paths/register bench/customers.bench.ts "${args[@]}"
fi
if [ -z "$only" ] || [ "$only" = "sla" ]; then
  node -r ts-node/register -r tsconfig-paths/register bench/sla.bench.ts "${args[@]}"
fi
if [ -z "$only" ] || [ "$only" = "callbacks" ]; then
  node -r ts-node/register -r tsconfig-paths/register bench/callbacks.bench.ts "${args[@]}"
fi
if [ -z "$only" ] || [ "$only" = "knowledge-base" ]; then
  node -r ts-node/register -r tsconfig-paths/register bench/knowledge-base.bench.ts "${args[@]}"
fi
if [ -z "$only" ] || [ "$only" = "login" ]; then
  node -r ts-node/register -r tsconfig-paths/register bench/login.bench.ts "${args[@]}"
fi
if [ -z "$only" ] || [ "$only" = "worklist" ]; then
  node -r ts-node/register -r tsconfig-paths/register bench/worklist.bench.ts "${args[@]}"
fi
if [ -z "$only" ] || [ "$only" = "access" ]; then
  node -r ts-node/register -r tsconfig-paths/register bench/access.bench.ts "${args[@]}"
fi
if [ -z "$only" ] || [ "$only" = "erp-batch" ]; then
  node -r ts-node/register -r tsconfig-paths/register bench/erp-batch.bench.ts "${args[@]}"
fi
if [ -z "$only" ] || [ "$only" = "webhooks" ]; then
  node -r ts-node/register -r tsconfig-paths/register bench/webhooks.bench.ts "${args[@]}"
fi

#!/usr/bin/env bash
# npm run bench: customer search and overview with 1,000,000 customers, Loket vs a bare
# Fastify + pg server running the same SQL. Results in bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
ensure_dependencies
bash scripts/services.sh
npx nx build api --output-style=static >/dev/null
export TS_NODE_PROJECT=tsconfig.scripts.json TS_NODE_TRANSPILE_ONLY=true
exec node -r ts-node/register -r tsconfig-paths/register bench/customers.bench.ts "$@"

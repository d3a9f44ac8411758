#!/usr/bin/env bash
# Type-checks every part: the server side (API, worker, libraries, benches) and each SPA and web
# library with its own settings. Vite and Vitest strip types without checking them, so this is
# where a wrong type in the SPAs is caught.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
for project in tsconfig.check.json \
  apps/agent/tsconfig.app.json apps/agent/tsconfig.spec.json \
  apps/portal/tsconfig.app.json apps/portal/tsconfig.spec.json \
  libs/web/api-client/tsconfig.json libs/web/ui/tsconfig.json libs/web/session/tsconfig.json \
  apps/e2e/tsconfig.json; do
  echo "tsc -p $project"
  npx tsc -p "$project" --noEmit || status=1
done
exit $status

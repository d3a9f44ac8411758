#!/usr/bin/env bash
# Regenerates the VERA code lists (scripts/vera-codes.sh: DTOs name VERA codes), then the committed API document (openapi/loket.json) and the SPA client's types
# (libs/web/api-types/src/lib/generated/loket.d.ts) from the code, then lints the document
# with Spectral. Needs no database: the document is built from the controllers and DTOs alone.
# The Jest test apps/api/src/openapi/openapi.spec.ts fails when the committed files differ.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/vera-codes.sh
TS_NODE_PROJECT=tsconfig.scripts.json node -r ts-node/register -r tsconfig-paths/register apps/api/src/cli/openapi.ts
node_modules/.bin/spectral lint openapi/loket.json --fail-severity=error

#!/usr/bin/env bash
# Writes the typed module of VERA codes (libs/shared/contracts/src/lib/vera/referentiedata.generated.ts)
# from the committed copy of VERA's Referentiedata.csv (libs/shared/contracts/vera/), after refreshing
# that copy from ../shared/vera when it is beside the repository. Needs no database.
# The Jest test tools/vera/referentiedata.spec.ts fails when the committed module differs.
set -euo pipefail
cd "$(dirname "$0")/.."
TS_NODE_PROJECT=tsconfig.scripts.json node -r ts-node/register -r tsconfig-paths/register tools/vera/generate.ts

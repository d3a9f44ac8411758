#!/usr/bin/env bash
# npm test: lint, type checks, unit, integration (real PostgreSQL + Redis), the same unit and
# integration tests again with the clock 400 days ahead (PostgreSQL's too), API e2e and Playwright
# (Debian's Chromium). Every step runs; the script fails if any step failed.
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
set -e
ensure_dependencies
say "Services (PostgreSQL, Redis), Chromium and faketime"
bash scripts/services.sh --chromium --faketime
set +e

failed=()
# Each step has a time limit, so a hung process fails the run instead of stalling it.
step() { local name="$1" limit="$2"; shift 2; say "$name"; timeout --kill-after=30 "$limit" "$@" || failed+=("$name"); }

step "Lint (module boundaries included)" 15m npx nx run-many -t lint --output-style=static
step "Type check" 15m bash scripts/typecheck.sh
step "Unit and integration tests (Jest)" 20m npx jest --ci
step "Unit and integration tests, 400 days ahead (Jest under faketime)" 20m bash scripts/test-shifted.sh
step "SPA component tests (Vitest)" 10m npx vitest run
step "Browser tests (Playwright, Chromium)" 20m env CI="${CI:-1}" npx playwright test -c apps/e2e/playwright.config.ts

if [ ${#failed[@]} -gt 0 ]; then
  printf '\n\033[1;31mFailed: %s\033[0m\n' "${failed[*]}"
  exit 1
fi
printf '\n\033[1;32mAll test steps passed.\033[0m\n'

# Loket worker image (NestJS application context running the BullMQ processors).
# Build from the repository root:
#   docker build -f docker/worker.Dockerfile -t loket/worker .
# It serves no HTTP port; scale it apart from the api. Migrations run from the api image.

ARG NODE_IMAGE=node:20-bookworm-slim

# --- all dependencies (dev included), shared by the build and prune stages ---
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
# swagger-ui-dist's @scarf/scarf postinstall phones home; npm in this image does not
# read package.json "allowScripts", so switch the telemetry off explicitly.
ENV SCARF_ANALYTICS=false
COPY package.json package-lock.json ./
# npm install, not npm ci: the lockfile lacks some other-platform optional packages
# (e.g. @swc/core-darwin-arm64) and npm ci refuses it. The lockfile is not changed.
RUN --mount=type=cache,target=/root/.npm \
    npm install --no-audit --no-fund

# --- build dist/apps/worker with Nx (webpack) ---
FROM deps AS build
COPY . .
RUN NX_DAEMON=false NX_NO_CLOUD=true npx nx build worker

# --- production dependencies only ---
FROM deps AS prod-deps
RUN npm prune --omit=dev --no-audit --no-fund

# --- runtime ---
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
# Files stay root-owned (read-only for the app); the process runs as `node`.
COPY --from=prod-deps /app/package.json ./package.json
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist/apps/worker ./dist/apps/worker
USER node
CMD ["node", "dist/apps/worker/main.js"]

# Loket API image (NestJS on Fastify). Build from the repository root:
#   docker build -f docker/api.Dockerfile -t loket/api .
#
# The same image applies the database migrations (committed TypeORM migrations):
#   docker run --rm -e DATABASE_URL=postgres://... loket/api node dist/apps/api/main.js migrate
# docker/compose.yml runs this as the one-shot `migrate` service before `api` starts.

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

# --- build dist/apps/api with Nx (webpack) ---
FROM deps AS build
COPY . .
RUN NX_DAEMON=false NX_NO_CLOUD=true npx nx build api

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
COPY --from=build /app/dist/apps/api ./dist/apps/api
USER node
# The server must listen on all interfaces inside the container (HOST=0.0.0.0 in compose).
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/v1/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/apps/api/main.js"]

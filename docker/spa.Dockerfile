# Loket SPA image: one Dockerfile for both single-page apps. Build from the repository root:
#   docker build -f docker/spa.Dockerfile --build-arg APP=portal -t loket/portal .
#   docker build -f docker/spa.Dockerfile --build-arg APP=agent  -t loket/agent  .
# nginx serves dist/apps/${APP} on port 80 and proxies /api/ to ${API_UPSTREAM}
# (scheme://host:port, no path and no trailing slash; default http://api:3000).

ARG NODE_IMAGE=node:20-bookworm-slim

# --- all dependencies (dev included) ---
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

# --- build dist/apps/${APP} with Nx (Vite) ---
FROM deps AS build
ARG APP=portal
RUN case "$APP" in portal|agent) ;; *) echo "APP must be portal or agent, got '$APP'" >&2; exit 1 ;; esac
COPY . .
RUN NX_DAEMON=false NX_NO_CLOUD=true npx nx build "$APP"

# --- runtime: static files + reverse proxy for the API ---
FROM nginx:1.27-alpine AS runtime
ARG APP=portal
# API_UPSTREAM is substituted into the template at container start by the image's
# entrypoint (/etc/nginx/templates/*.template -> /etc/nginx/conf.d/*.conf, envsubst of
# defined environment variables only). NGINX_ENTRYPOINT_LOCAL_RESOLVERS makes the
# entrypoint export NGINX_LOCAL_RESOLVERS (from /etc/resolv.conf) for the `resolver` line,
# so the upstream name is resolved at request time and an api restart is picked up.
ENV API_UPSTREAM=http://api:3000 \
    NGINX_ENTRYPOINT_LOCAL_RESOLVERS=1
RUN rm -rf /usr/share/nginx/html/*
COPY docker/nginx.conf.template /etc/nginx/templates/default.conf.template
COPY --from=build /app/dist/apps/${APP}/ /usr/share/nginx/html/
EXPOSE 80

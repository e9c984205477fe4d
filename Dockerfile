# syntax=docker/dockerfile:1.7
# The portal as one image, built once per release and run many times (issue 13; README "Scale-out";
# docs/decisions/017-scale-out.md). One image, four commands:
#   web (default)  node server.mjs                        the web server, PID 1, graceful on SIGTERM
#   worker         node .next/entries/worker.mjs          background jobs and the passport reader (set WORKER=0 on web)
#   migrate        node .next/entries/migrate.mjs         the release step, over DIRECT_DATABASE_URL
#   create-admin   node .next/entries/create-admin.mjs <email> "<name>"
# Docker is not available on the development machines: `npm run test:scale` runs the topology of
# compose.yaml from the same build outputs (standalone server aside) and is the proof that it works.
# Keep the two in step.
ARG NODE_VERSION=22

FROM node:${NODE_VERSION}-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
WORKDIR /app
COPY . .
# One release = one build id and one server-action key: every instance of the release runs this
# build, so sessions, server actions and cached pages work whichever instance a request lands on.
# Pass the same values again if the release is ever rebuilt (e.g. BUILD_ID=$(git rev-parse HEAD)).
ARG BUILD_ID=""
ARG NEXT_SERVER_ACTIONS_ENCRYPTION_KEY=""
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone BUILD_ID=${BUILD_ID} NEXT_SERVER_ACTIONS_ENCRYPTION_KEY=${NEXT_SERVER_ACTIONS_ENCRYPTION_KEY}
RUN npm run build

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
WORKDIR /app
# NEXT_STANDALONE=1: server.mjs takes the configuration the build used from the build output.
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 NEXT_STANDALONE=1 PORT=3000 HOSTNAME=0.0.0.0
# The standalone server with only the node_modules it uses, its static files, the bundled entries
# (worker, migrate, create-admin; with the passport reader's OCR packages in .next/entries/node_modules,
# scripts/build-entries.ts), the migrations they read, and the server wrapper (server.mjs).
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/.next/entries ./.next/entries
COPY --from=build --chown=node:node /app/prisma/migrations ./prisma/migrations
COPY --from=build --chown=node:node /app/server.mjs ./server.mjs
# server.mjs and what it imports outside the bundle (keep in step with its import lines).
COPY --from=build --chown=node:node /app/lib/log/redact.mjs ./lib/log/redact.mjs
COPY --from=build --chown=node:node /app/lib/http/client-address-rule.mjs ./lib/http/client-address-rule.mjs
COPY --from=build --chown=node:node /app/lib/http/page-cache.mjs ./lib/http/page-cache.mjs
COPY --from=build --chown=node:node /app/scripts/lib/peer-address.mjs ./scripts/lib/peer-address.mjs
# Not root: the files belong to `node`, which the image already has (uid 1000).
USER node
EXPOSE 3000
# The live endpoint (no database call). The worker answers it on WORKER_HEALTH_PORT.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.WORKER_HEALTH_PORT||process.env.PORT||3000)+'/api/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node is PID 1 itself (no npm, no shell): it receives SIGTERM and drains (SHUTDOWN_DRAIN_MS).
STOPSIGNAL SIGTERM
# --max-semi-space-size: as `npm start` (scripts/lib/server-node-flags.ts says why).
CMD ["node", "--max-semi-space-size=64", "server.mjs"]

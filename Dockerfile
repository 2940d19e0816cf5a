# One image for the CMS and for building the site (both need the workspace and its node_modules).
# Node 22 comes from the base image here; outside Docker it comes from the `node` npm package.
FROM node:22-bookworm-slim AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY cms/package.json cms/
# The site workspace too: the publishing runner and the preview server build and render it.
COPY site/package.json site/
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
# The secret is only needed to evaluate the config during the build; the runtime one comes from env.
RUN cd cms && NODE_ENV=production PAYLOAD_SECRET=build-time-placeholder-secret npx next build

FROM node:22-bookworm-slim AS cms
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
COPY --from=build /app /app
RUN useradd --system --uid 10001 cms && mkdir -p /app/cms/media /app/cms/data /app/cms/backups && chown -R cms /app/cms/media /app/cms/data /app/cms/backups
USER cms
WORKDIR /app/cms
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 CMD curl -fsS http://127.0.0.1:3000/api/globals/site-settings > /dev/null || exit 1
CMD ["npx", "next", "start", "--port", "3000", "--hostname", "0.0.0.0"]

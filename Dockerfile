# leakwatch in a container: the monitor (`leakwatch run`) as a non-root user, the database on the
# /data volume, Debian's Chromium for the browser sources. Build, run and check it: see
# docs/operations.md (Docker).

# Build stage: the toolchain better-sqlite3 compiles its native module with, and the JavaScript build.
FROM node:20-bookworm-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# Dependencies first, so that a change of code does not recompile them. Their install scripts run
# in `npm rebuild`; the project's own prepare script (the build) needs the code, copied below.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
 && npm rebuild \
 && npm cache clean --force
# src/ and scrapers/ stay in the image beside dist/: a scraper added on a mounted scrapers/ is
# loaded from TypeScript and imports src/.
COPY bin/ bin/
COPY src/ src/
COPY scrapers/ scrapers/
COPY db/ db/
COPY seeds/ seeds/
RUN npm run build

FROM node:20-bookworm-slim
# chromium for browser sources (leakwatch never downloads a browser); fonts so that evidence
# screenshots show text; tini as PID 1 reaps Chromium's orphaned processes and forwards signals.
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-liberation tini \
 && rm -rf /var/lib/apt/lists/*
RUN useradd --system --user-group --uid 10001 --create-home --home-dir /home/leakwatch leakwatch \
 && mkdir /data \
 && chown leakwatch:leakwatch /data
WORKDIR /app
COPY --from=build /app /app
# `leakwatch` on the PATH: `docker exec leakwatch leakwatch status`.
RUN ln -s /app/bin/leakwatch.js /usr/local/bin/leakwatch
# Everything the monitor writes, and the sources file the user keeps, live on the volume.
ENV NODE_ENV=production \
    DATABASE_PATH=/data/leakwatch.db \
    EVIDENCE_DIR=/data/evidence \
    SOURCES_FILE=/data/sources.json \
    CHROMIUM_PATH=/usr/bin/chromium
VOLUME ["/data"]
USER leakwatch
# `leakwatch status` exits 1 when unhealthy and 2 when the database cannot be read; Docker reserves
# 2, hence `|| exit 1`. Its output is kept by Docker: `docker inspect --format '{{json .State.Health}}'`.
HEALTHCHECK --interval=2m --timeout=30s --start-period=1m --retries=3 \
  CMD leakwatch status || exit 1
ENTRYPOINT ["/usr/bin/tini", "--", "node", "/app/bin/leakwatch.js"]
CMD ["run"]

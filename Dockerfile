# Sift: one image, two roles (API and worker), chosen by the command.
FROM node:22.23-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# The SDK workspace (@sift/sdk, used by the CLI): `npm install` builds it (the root `prepare`).
COPY sdk/package.json sdk/tsconfig.json sdk/tsconfig.build.json ./sdk/
COPY sdk/src ./sdk/src
RUN npm install --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY migrations ./migrations
COPY scripts ./scripts
RUN npm run build

FROM node:22.23-bookworm-slim
ENV NODE_ENV=production
# glibc gives each thread its own malloc arena and keeps what they free. With extraction threads,
# two arenas end a 10,000-resume bench batch at 752 MiB instead of 849 (one run each).
ENV MALLOC_ARENA_MAX=2
WORKDIR /app
COPY package.json package-lock.json ./
COPY --from=build /app/sdk/package.json ./sdk/
COPY --from=build /app/sdk/dist ./sdk/dist
# --ignore-scripts: `prepare` would compile the SDK with TypeScript, a dev dependency; it is built.
RUN npm install --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY schema ./schema
USER node
EXPOSE 4000
# The API by default; the worker with: node dist/src/main/worker.js
CMD ["node", "--enable-source-maps", "dist/src/main/api.js"]

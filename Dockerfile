# One image for every role: ROLE=api serves HTTP and the dashboard, ROLE=worker runs the
# queues (scale these). Installing also generates the Prisma client and builds the dashboard.
FROM node:20-bookworm-slim
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund && npm prune --omit=dev --ignore-scripts --no-audit --no-fund
ENV NODE_ENV=production GATEPOST_DATA_DIR=/data
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
CMD ["node", "bin/gatepost.mjs", "start"]

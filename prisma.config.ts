// Prisma 7 reads no .env by itself; the URL here only serves CLI commands run by hand.
// Gatepost applies migrations itself (`gatepost migrate`) through the wasm schema engine.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres' },
});

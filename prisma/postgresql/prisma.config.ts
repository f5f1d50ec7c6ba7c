import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// The Prisma CLI for the PostgreSQL schema: `prisma generate` and `prisma migrate diff` only; the
// migrations are applied by scripts/postgres-migrate.mjs (decision record 013).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "schema.prisma",
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "postgresql://localhost/register" }),
});

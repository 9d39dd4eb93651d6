import { defineConfig } from "prisma/config";

// Prisma's CLI downloads its native schema engine before every command, and that host is
// unreachable here. `generate` never runs the engine, so any existing file satisfies the check.
// Migrations go through prisma/migrate.ts (the wasm engine) instead.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/partner_hub" },
});

import { defineConfig } from "prisma/config";

// Only `prisma generate` is used (see docs/decisions/002-offline-migrations.md);
// the URL is a placeholder because generation never connects.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/placeholder" },
});

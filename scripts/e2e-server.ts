// The server Playwright tests run against: the production build (`next build` first) on a
// brand-new PostgreSQL in a temp directory, unless DATABASE_URL points at one.
import { startTestPostgres } from "../tests/support/test-postgres";
import { boot } from "./lib/boot";

async function main() {
  let onStop: (() => Promise<void>) | undefined;
  if (!process.env.DATABASE_URL) {
    const credentials = process.env.E2E_PG_CREDENTIALS ? JSON.parse(process.env.E2E_PG_CREDENTIALS) : undefined;
    const server = await startTestPostgres("e2e", Number(process.env.E2E_PG_PORT) || undefined, { databases: ["expat"], credentials });
    process.env.DATABASE_URL = server.url("expat", "app");
    process.env.DIRECT_DATABASE_URL = server.url("expat", "owner");
    onStop = server.stop;
  }
  await boot("start", { onStop });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

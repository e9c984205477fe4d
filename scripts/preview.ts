// npm run preview: the production build (made by `npm run build` just before, which also
// generates the Prisma client) served by the
// production server on the embedded development database, in demonstration mode (banner on
// every page, demo accounts). For trying the real build locally; never a deployment.
import path from "node:path";

async function main() {
  const { openDatabase } = await import("./lib/database");
  const { serveDemo } = await import("./lib/serve-demo");
  const db = await openDatabase();
  try {
    await serveDemo({
      url: db.url,
      migrationUrl: db.migrationUrl,
      port: Number(process.env.PORT ?? 3000),
      dataDir: path.resolve(".data"),
      onStop: db.stop,
    });
  } catch (error) {
    await db.stop();
    throw error;
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

import net from "node:net";
import os from "node:os";
import path from "node:path";
import fs from "node:fs";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/db/embedded-postgres";
import type { EmbeddedCredentials } from "@/lib/db/embedded-credentials";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A throw-away PostgreSQL server for one test run, in a new directory under the system temp. */
export async function startTestPostgres(
  name: string,
  port?: number,
  options: { databases?: string[]; credentials?: EmbeddedCredentials } = {},
): Promise<RunningPostgres & { dir: string }> {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), `expat-${name}-`));
  // The server runs as the `postgres` user when we are root: it must be able to enter the parent.
  fs.chmodSync(parent, 0o755);
  const dir = path.join(parent, "data");
  const server = await startEmbeddedPostgres({ dir, port: port ?? (await freePort()), ...options });
  return {
    ...server,
    dir,
    stop: async () => {
      await server.stop();
      fs.rmSync(parent, { recursive: true, force: true });
    },
  };
}

import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

// Debian's PgBouncer (apt-get install pgbouncer) in transaction mode, in a folder of its own, for
// the integration suite's pooled run (TEST_THROUGH_PGBOUNCER=1) and the scale-out test. Every
// database of the upstream server is reachable through it under the same name ("*" entry).

export const PGBOUNCER_BINARY = process.env.PGBOUNCER_PATH ?? "/usr/sbin/pgbouncer";

export type PgBouncerOptions = {
  upstream: { host: string; port: number };
  /** Roles allowed through, with their passwords (PgBouncer authenticates them, then the server). */
  users: Record<string, string>;
  /** Server connections per database and role (PgBouncer's default_pool_size). */
  poolSize?: number;
  maxClientConnections?: number;
  port?: number;
};

export type RunningPgBouncer = { port: number; url(user: string, password: string, database: string): string; stop(): Promise<void> };

export async function freeLocalPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

export async function startPgBouncer(options: PgBouncerOptions): Promise<RunningPgBouncer> {
  const port = options.port ?? (await freeLocalPort());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "expat-pgbouncer-"));
  // PgBouncer refuses to run as root: as root it switches to the postgres user, which must read this folder.
  fs.chmodSync(dir, 0o755);
  const asRoot = process.getuid?.() === 0;
  fs.writeFileSync(
    path.join(dir, "userlist.txt"),
    Object.entries(options.users)
      .map(([u, p]) => `${quote(u)} ${quote(p)}`)
      .join("\n") + "\n",
    { mode: 0o644 },
  );
  const config = [
    "[databases]",
    `* = host=${options.upstream.host} port=${options.upstream.port}`,
    "[pgbouncer]",
    "listen_addr = 127.0.0.1",
    `listen_port = ${port}`,
    "unix_socket_dir =",
    "auth_type = scram-sha-256",
    `auth_file = ${path.join(dir, "userlist.txt")}`,
    "pool_mode = transaction",
    `default_pool_size = ${options.poolSize ?? 10}`,
    `max_client_conn = ${options.maxClientConnections ?? 500}`,
    // node-postgres sends none of these, but other clients (psql, Prisma's CLI) do.
    "ignore_startup_parameters = extra_float_digits,options",
    "server_check_delay = 10",
    "log_connections = 0",
    "log_disconnections = 0",
    asRoot ? "user = postgres" : "",
  ].join("\n");
  fs.writeFileSync(path.join(dir, "pgbouncer.ini"), `${config}\n`, { mode: 0o644 });

  const child: ChildProcess = spawn(PGBOUNCER_BINARY, [path.join(dir, "pgbouncer.ini")], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`PgBouncer exited at start: ${stderr}`);
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`PgBouncer did not listen on ${port} within 10 s: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    port,
    url: (user, password, database) =>
      `postgresql://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    async stop() {
      if (child.exitCode === null) {
        // SIGINT: "safe shutdown", waits for clients' transactions; SIGTERM closes at once.
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

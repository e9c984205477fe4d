import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// The passport reader runs as a child process of whichever process runs the background jobs (the
// worker, or a web server without one), never in its event loop: rendering a PDF page and preparing
// an image take main-thread CPU, and e-mails and pages must not wait behind a scan. The child is the
// worker entry with --passport-reader (scripts/worker.ts): the bundled .next/entries/worker.mjs of a
// production build (plain node, no tsx or source tree), or the source through tsx in development.
// It ends with its parent (SIGTERM, or the IPC channel closing) and is restarted if it dies on its own.

const RESTART_MS = 10_000;

export type ReaderCommand = { command: string; args: string[] };

/** For a web server: the production build's bundled worker, else the worker script through tsx. */
export function webReaderCommand(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): ReaderCommand {
  const bundled = path.join(cwd, ".next", "entries", "worker.mjs");
  if (env.NODE_ENV === "production" && fs.existsSync(bundled)) return { command: process.execPath, args: [bundled, "--passport-reader"] };
  return { command: process.execPath, args: ["--import", "tsx", path.join(cwd, "scripts", "worker.ts"), "--passport-reader"] };
}

export function spawnPassportReader(reader: ReaderCommand): { stop(): Promise<void> } {
  let stopping = false;
  let child: ChildProcess | null = null;
  const start = () => {
    child = spawn(reader.command, reader.args, { stdio: ["ignore", "inherit", "inherit", "ipc"], env: process.env });
    child.on("exit", (code, signal) => {
      child = null;
      if (stopping) return;
      console.warn(`[passport] reader process ended (${signal ?? code}); restarting in ${RESTART_MS / 1000} s`);
      setTimeout(start, RESTART_MS).unref();
    });
  };
  const kill = () => {
    stopping = true;
    child?.kill("SIGTERM");
  };
  // Also when the parent ends without stopping its jobs in order.
  process.once("exit", kill);
  start();
  return {
    async stop() {
      const running = child;
      kill();
      if (running && running.exitCode === null) await new Promise((resolve) => running.once("exit", resolve));
    },
  };
}

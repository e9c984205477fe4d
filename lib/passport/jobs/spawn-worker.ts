import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

// The web server's passport reader runs as a child process, not in the server's own event loop:
// rendering a PDF page and preparing an image take CPU time on the main thread, and pages must
// not wait behind a scan (seen in the e2e suite on a loaded machine). The child ends with its
// parent (SIGTERM, or the IPC channel closing) and is restarted if it dies on its own.

const RESTART_MS = 10_000;

export function spawnPassportWorker(): void {
  const state = globalThis as unknown as { passportWorkerChild?: ChildProcess | null };
  if (state.passportWorkerChild !== undefined) return;
  let stopping = false;
  const start = () => {
    const script = path.join(process.cwd(), "scripts", "passport-worker.ts");
    const child = spawn(process.execPath, ["--import", "tsx", script], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      env: { ...process.env, PASSPORT_WORKER_CHILD: "1" },
    });
    state.passportWorkerChild = child;
    child.on("exit", (code, signal) => {
      state.passportWorkerChild = null;
      if (stopping) return;
      console.warn(`[passport] reader process ended (${signal ?? code}); restarting in ${RESTART_MS / 1000} s`);
      setTimeout(start, RESTART_MS).unref();
    });
  };
  const stop = () => {
    stopping = true;
    state.passportWorkerChild?.kill("SIGTERM");
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, stop);
  process.once("exit", stop);
  start();
}

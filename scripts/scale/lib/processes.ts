import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";

// Every process the scale-out test starts, so that all of them are stopped whatever happens
// (a failed check, an exception, Ctrl-C): nothing is left running on a shared machine.

export type Managed = {
  name: string;
  child: ChildProcess;
  /** The last 2 MB of stdout and stderr. */
  output(): string;
  /** Lines seen so far that contain `text` (counted as they arrive, however long the run). */
  linesWith(text: string): number;
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<number | null>;
};

const running = new Set<Managed>();
const cleanups: (() => Promise<unknown>)[] = [];

export function startProcess(name: string, command: string, args: string[], options: SpawnOptions & { watch?: string[] } = {}): Managed {
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], ...options });
  let output = "";
  let partial = "";
  const counts = new Map((options.watch ?? []).map((text) => [text, 0]));
  const keep = (chunk: Buffer) => {
    const text = chunk.toString();
    output = (output + text).slice(-2_000_000);
    const lines = (partial + text).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) for (const [watched, n] of counts) if (line.includes(watched)) counts.set(watched, n + 1);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code, signal) => resolve(code ?? (signal ? -1 : null))));
  const managed: Managed = {
    name,
    child,
    output: () => output,
    linesWith: (text) => counts.get(text) ?? 0,
    exited,
    async stop(signal = "SIGTERM", graceMs = 12_000) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill(signal);
        const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
        await exited;
        clearTimeout(timer);
      }
      running.delete(managed);
      return exited;
    },
  };
  running.add(managed);
  void exited.then(() => running.delete(managed));
  return managed;
}

/** Something else to undo at the end (temporary folders, servers started in this process). */
export function onCleanup(work: () => Promise<unknown>): void {
  cleanups.push(work);
}

export async function stopEverything(): Promise<void> {
  await Promise.allSettled([...running].map((managed) => managed.stop("SIGTERM", 5_000)));
  while (cleanups.length) await cleanups.pop()!().catch(() => undefined);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void stopEverything().finally(() => process.exit(130));
  });
}

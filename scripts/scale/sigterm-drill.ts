import type { HttpSession } from "./http-session";
import type { Topology, WebInstance } from "./topology";

// One web instance is stopped with SIGTERM while traffic runs through nginx. Nothing may fail but
// requests that were in flight on that instance (and the graceful drain should let even those
// finish); afterwards the survivor serves every kind of request alone.

export type DrillResult = {
  requests: number;
  failed: { path: string; status: string; startedAt: number }[];
  inFlightAtSigterm: number;
  allowedFailures: number;
  stoppedExitCode: number | null;
  stopMs: number;
  afterStop: { requests: number; failed: number; upstreams: string[] };
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runSigtermDrill(
  topology: Topology,
  session: HttpSession,
  victim: WebInstance,
  paths: string[],
  concurrency = 6,
): Promise<DrillResult> {
  const results: { path: string; status: string; startedAt: number; endedAt: number }[] = [];
  let running = true;
  const loop = async (offset: number) => {
    for (let i = offset; running; i++) {
      const path = paths[i % paths.length];
      const startedAt = Date.now();
      const status = await session
        .fetch(path)
        .then(async (response) => {
          await response.arrayBuffer();
          return String(response.status);
        })
        .catch((error: Error) => `error: ${error.cause instanceof Error ? error.cause.message : error.message}`);
      results.push({ path, status, startedAt, endedAt: Date.now() });
    }
  };
  const loops = Array.from({ length: concurrency }, (_, i) => loop(i));
  await sleep(3000);
  const sigtermAt = Date.now();
  const victimAddress = `127.0.0.1:${victim.port}`;
  // Requests the victim had accepted and not answered when the signal came: the only ones allowed to fail.
  const inFlight = () =>
    topology.nginx
      .accessLog()
      .filter((e) => e.upstream.includes(victimAddress) && e.time >= sigtermAt && e.time - e.durationS * 1000 <= sigtermAt).length;
  const stopping = victim.process.stop("SIGTERM", 15_000);
  const code = await stopping;
  const stopMs = Date.now() - sigtermAt;
  await sleep(3000);
  running = false;
  await Promise.all(loops);
  const ok = (status: string) => /^[23]\d\d$/.test(status);
  const failed = results.filter((r) => !ok(r.status)).map(({ path, status, startedAt }) => ({ path, status, startedAt }));
  const inFlightAtSigterm = inFlight();

  // The survivor alone: every kind of request, twice.
  const before = Date.now();
  const after = [];
  for (const path of [...paths, ...paths])
    after.push(
      await session.fetch(path).then(
        (r) => r.arrayBuffer().then(() => String(r.status)),
        (e: Error) => `error: ${e.message}`,
      ),
    );
  const upstreams = [
    ...new Set(
      topology.nginx
        .accessLog()
        .filter((e) => e.time >= before)
        .map((e) => e.upstream),
    ),
  ];
  return {
    requests: results.length,
    failed,
    inFlightAtSigterm,
    allowedFailures: inFlightAtSigterm,
    stoppedExitCode: code,
    stopMs,
    afterStop: { requests: after.length, failed: after.filter((s) => !ok(s)).length, upstreams },
  };
}

import { probeDatabase } from "@/lib/db/probe";

/** For health checks: answers within `timeoutMs` and never ties up a pooled connection. */
export async function isDatabaseAnswering(timeoutMs = 2000): Promise<boolean> {
  return probeDatabase(timeoutMs);
}

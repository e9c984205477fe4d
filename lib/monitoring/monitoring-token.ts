import { createHash, timingSafeEqual } from "node:crypto";

// Monitoring endpoints (issue 13) answer only a caller that presents MONITORING_TOKEN as a bearer
// token; without the variable they do not exist (404), so nothing about the queue is public by
// accident. The comparison is on hashes, in constant time.

const digest = (text: string) => createHash("sha256").update(text).digest();

export type MonitoringAccess = "allowed" | "disabled" | "denied";

export function checkMonitoringAccess(request: Request, token = process.env.MONITORING_TOKEN): MonitoringAccess {
  if (!token) return "disabled";
  const header = request.headers.get("authorization") ?? "";
  const presented = header.startsWith("Bearer ") ? header.slice(7).trim() : "";
  return presented && timingSafeEqual(digest(presented), digest(token)) ? "allowed" : "denied";
}

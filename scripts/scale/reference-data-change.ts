import { DEMO_ACCOUNTS } from "../../lib/db/demo-accounts";
import { isoDateInTimeZone } from "../../lib/rules/iso-date";
import { serverActionId } from "./booking-rush";
import { callServerAction, signIn } from "./http-session";
import type { Topology } from "./topology";

// Each web instance keeps public pages in memory (lib/http/page-cache.mjs, decision 022). With
// both holding a service page, the administrator changes the MRP through nginx (so through one
// of them); the next visitor of *each* instance (asked directly, not through nginx, so that each
// one is known to answer) must see the new value.

export type ReferenceChangeResult = {
  cachedBefore: string[];
  actionStatus: number;
  after: { name: string; cache: string | null; showsNewValue: boolean }[];
};

const PAGE = "/services/WORK_VISA";
const NEW_MRP_KZT = 4999;

async function visit(instancePort: number) {
  const response = await fetch(`http://127.0.0.1:${instancePort}${PAGE}`, { headers: { "accept-encoding": "gzip" } });
  return { cache: response.headers.get("x-page-cache"), body: await response.text() };
}

export async function runReferenceDataChange(topology: Topology): Promise<ReferenceChangeResult> {
  const cachedBefore: string[] = [];
  for (const instance of topology.web) {
    await visit(instance.port);
    cachedBefore.push(`${instance.name} ${(await visit(instance.port)).cache}`);
  }
  const admin = DEMO_ACCOUNTS.find((a) => a.role === "ADMIN")!;
  const session = await signIn(topology.base, admin.email, admin.password);
  const year = isoDateInTimeZone(new Date()).slice(0, 4);
  const saved = await callServerAction(session, "/admin/mrp", serverActionId("saveMrpAction", "admin"), [
    { year, valueKzt: String(NEW_MRP_KZT) },
  ]);
  await saved.text();
  const after = [];
  for (const instance of topology.web) {
    const page = await visit(instance.port);
    // The calculator's rates as the page hands them to the browser, in tiyn.
    after.push({ name: instance.name, cache: page.cache, showsNewValue: page.body.includes(String(NEW_MRP_KZT * 100)) });
  }
  return { cachedBefore, actionStatus: saved.status, after };
}

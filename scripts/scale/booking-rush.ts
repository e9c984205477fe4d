import fs from "node:fs";
import { loadCalendarData } from "../../lib/booking/calendar-data";
import { generateSlotDays } from "../../lib/booking/slots";
import { createPrismaClient } from "../../lib/db/client";
import { DEMO_ACCOUNTS } from "../../lib/db/demo-accounts";
import { toCurrentUser } from "../../lib/kernel/access";
import { createApprovedApplication } from "../../tests/support/factories/booking";
import { callServerAction, signIn } from "./http-session";
import type { Topology } from "./topology";

// 30 applications of one company, documents approved and paid, all booked at the same instant
// into one slot of capacity 3, through nginx (so across both instances and PgBouncer), with the
// server action the booking page uses. Exactly 3 must get the seat.

export type RushResult = {
  requests: number;
  booked: number;
  slotBooked: number;
  capacity: number;
  statuses: Record<string, number>;
  upstreams: Record<string, number>;
  durationMs: number;
};

/** The id Next gave the booking page's server action, from the build's action manifest. */
export function serverActionId(exportedName: string, fileHint: string): string {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string; workers: Record<string, unknown> }>;
  };
  const match = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === exportedName && (entry.filename ?? Object.keys(entry.workers).join(" ")).includes(fileHint),
  );
  if (!match) throw new Error(`server action ${exportedName} (${fileHint}) is not in .next/server/server-reference-manifest.json`);
  return match[0];
}

export async function runBookingRush(topology: Topology, parallel = 30): Promise<RushResult> {
  const db = createPrismaClient(topology.ownerUrl);
  try {
    const applicantAccount = DEMO_ACCOUNTS.find((a) => a.role === "APPLICANT")!;
    const user = await db.user.findUniqueOrThrow({ where: { email: applicantAccount.email }, include: { company: true } });
    const applicant = toCurrentUser(user);
    const applications = [];
    for (let i = 0; i < parallel; i++)
      applications.push((await createApprovedApplication(db, { company: { id: user.companyId! }, applicant })).application);

    // The last bookable day's first slot, made a slot of capacity 3 (the centre's setting may differ).
    const now = new Date();
    const data = await loadCalendarData(db, now);
    const days = generateSlotDays({ now, ...data });
    const slot = days[days.length - 1].slots[0];
    await db.bookingSlot.upsert({
      where: { startsAt: slot.startsAt },
      create: { startsAt: slot.startsAt, capacity: 3 },
      update: { capacity: 3, booked: 0 },
    });

    const session = await signIn(topology.base, applicantAccount.email, applicantAccount.password);
    const actionId = serverActionId("bookSlotAction", "lib/booking/actions");
    const from = Date.now();
    const responses = await Promise.all(
      applications.map((application) =>
        callServerAction(session, `/portal/applications/${application.id}/appointment`, actionId, [
          { applicationId: application.id, startsAt: slot.startsAt.toISOString() },
        ])
          .then(async (response) => {
            await response.arrayBuffer();
            return String(response.status);
          })
          .catch((error: Error) => `error: ${error.message}`),
      ),
    );
    const durationMs = Date.now() - from;
    const statuses: Record<string, number> = {};
    for (const status of responses) statuses[status] = (statuses[status] ?? 0) + 1;
    const upstreams: Record<string, number> = {};
    const rush = () => topology.nginx.accessLog().filter((e) => e.method === "POST" && e.uri.endsWith("/appointment") && e.time >= from);
    // nginx logs a request after its response went out: give the last lines a moment to appear.
    for (const until = Date.now() + 3000; rush().length < parallel && Date.now() < until;)
      await new Promise((resolve) => setTimeout(resolve, 50));
    for (const entry of rush()) {
      upstreams[entry.upstream] = (upstreams[entry.upstream] ?? 0) + 1;
    }
    const booked = await db.appointment.count({ where: { applicationId: { in: applications.map((a) => a.id) }, status: "BOOKED" } });
    const row = await db.bookingSlot.findUniqueOrThrow({ where: { startsAt: slot.startsAt } });
    return { requests: parallel, booked, slotBooked: row.booked, capacity: row.capacity, statuses, upstreams, durationMs };
  } finally {
    await db.$disconnect();
  }
}

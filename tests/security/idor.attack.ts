import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { recordAttack } from "./support/attack-log";
import { countRows, createCompanyAccount, createVictimCompany, databaseFingerprint, PASSWORD, queryRows } from "./support/fixtures";
import { send } from "./support/http";
import { callAction, FormArg, listServerActions, pagePathFor, type ActionEntry } from "./support/server-actions";

// Company B (and, for staff and admin actions, an applicant) uses company A's ids on every page,
// route handler and server action that takes one. Each attempt must be refused (401/403/404, a
// redirect to sign-in, or a refusal in the action's answer), show none of A's data, and change
// nothing in the database.

// Server actions that take no id of another party: the caller's own account or form only.
const OWN_SCOPE_ACTIONS = new Set([
  "signInAction",
  "registerAction",
  "signOutAction",
  "changePasswordAction",
  "signOutEverywhereAction",
  "verifyEmailAction",
  "markAllNotificationsReadAction",
  "startApplicationAction",
  "updateEmailPreferencesAction",
  // Public, and the secret is the argument itself (an invitation token), not an id of another party.
  "acceptInvitationAction",
  // Invites an address into the caller's own company; an address with an account elsewhere can
  // never accept it (EMAIL_TAKEN), and no id of another party is taken.
  "inviteMemberAction",
]);

type Victim = Awaited<ReturnType<typeof createVictimCompany>>;

/** The arguments each id-taking (or staff/admin) action is attacked with. */
function actionArguments(name: string, a: Victim, extra: { victimSessionId: string; staffUserId: string }): unknown[] | null {
  const app = a.submitted.application.id;
  const draft = a.draft.application.id;
  const approved = a.approved.application.id;
  const doc = a.submitted.documents[0];
  const table: Record<string, unknown[]> = {
    // Applicant actions with company A's ids.
    savePeopleAction: [draft, { principalId: a.draft.person.id, principalIncluded: true, familyIds: [] }],
    saveAnswersAction: [draft, { feeOption: "WALK_IN", validityBand: "UP_TO_2_YEARS", personLocation: "IN_KZ" }],
    submitAction: [draft],
    deleteDraftAction: [draft],
    withdrawAction: [app],
    continueToCheckAction: [draft],
    bookSlotAction: [{ applicationId: approved, startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString() }],
    rescheduleSlotAction: [{ applicationId: approved, startsAt: new Date(Date.now() + 4 * 86_400_000).toISOString() }],
    cancelAppointmentAction: [{ applicationId: approved }],
    confirmAppointmentAction: [new FormArg({ applicationId: approved })],
    setVaultValidityAction: [new FormArg({ versionId: a.vault.id, validUntil: "2030-01-01" })],
    savePersonAction: [
      a.submitted.person.id,
      {
        fullName: "HIJACKED",
        citizenship: "GB",
        dateOfBirth: "1980-01-01",
        passportNumber: "X1",
        passportIssuedOn: "2020-01-01",
        passportExpiresOn: "2030-01-01",
      },
    ],
    markNotificationReadAction: [new FormArg({ id: a.notification.id, notificationId: a.notification.id })],
    signOutDeviceAction: [new FormArg({ sessionId: extra.victimSessionId })],
    // Company B's administrator on company A's members, invitation and people (issue 17).
    changeMemberRoleAction: [{ userId: a.applicant.id, role: "MEMBER" }],
    removeMemberAction: [{ userId: a.applicant.id }],
    revokeInvitationAction: [{ invitationId: a.invitation.id }],
    removePersonAction: [a.submitted.person.id],
    restorePersonAction: [a.submitted.person.id],
    startExtensionAction: [a.submitted.person.id],
    // The public status check with A's reference and a passport number that is not on it.
    lookUpStatusAction: [{ reference: a.submitted.application.number, passportNumber: "X0000000" }],
    // Staff actions, called by an applicant.
    startReviewAction: [{ applicationId: app, expectedVersion: 0 }],
    decideDocumentAction: [{ applicationId: app, documentId: doc.id, expectedVersion: 0, decision: "APPROVED" }],
    requestChangesAction: [{ applicationId: app, expectedVersion: 0 }],
    approveDocumentsAction: [{ applicationId: app, expectedVersion: 0 }],
    receiveOriginalsAction: [{ applicationId: approved, expectedVersion: 0 }],
    extendDeadlineAction: [{ applicationId: app, expectedVersion: 0, dueDate: "2030-01-01", reason: "x" }],
    completeAction: [{ applicationId: approved, expectedVersion: 0 }],
    rejectApplicationAction: [{ applicationId: app, expectedVersion: 0, reason: "x" }],
    assignAction: [{ applicationId: app, expectedVersion: 0, assigneeId: a.applicant.id }],
    addNoteAction: [{ applicationId: app, body: "x" }],
    extendChangesDeadlineAction: [{ applicationId: app, expectedVersion: 0, newDueOn: "2030-01-01", reason: "x" }],
    reopenApplicationAction: [{ applicationId: app, expectedVersion: 0, reason: "x" }],
    decideCompanyAction: [new FormArg({ companyId: a.company.id, decision: "REFUSE", reason: "hijack" })],
    decidePaymentAction: [new FormArg({ invoiceId: a.invoice.id, expectedVersion: "0", decision: "CONFIRM" })],
    checkInAction: [{ applicationId: approved }],
    noShowAction: [{ applicationId: approved }],
    // Administrator actions, called by an applicant.
    saveMrpAction: [{ year: 2026, valueKzt: 1 }],
    addHolidayAction: [{ date: "2026-12-31", name: "x", kind: "HOLIDAY" }],
    removeHolidayAction: ["2026-01-01"],
    inviteStaffAction: [{ name: "Mallory", email: "mallory@security.example", role: "ADMIN" }],
    changeRoleAction: [{ userId: extra.staffUserId, role: "ADMIN" }],
    setActiveAction: [{ userId: extra.staffUserId, isActive: false }],
    updateSettingsAction: [{ slotMinutes: 5 }],
    addBlockedPeriodAction: [{ startsAt: "2026-12-30T04:00:00.000Z", endsAt: "2026-12-30T12:00:00.000Z", reason: "x" }],
    removeBlockedPeriodAction: [{ id: "x" }],
    updateServicesAction: [{ services: [] }],
    saveWorkflowSettingsAction: [{ changesDeadlineDays: 10 }],
    retryEmailAction: ["x"],
  };
  return table[name] ?? null;
}

function pageTargets(a: Victim): string[] {
  const app = a.submitted.application.id;
  const draft = a.draft.application.id;
  const approved = a.approved.application.id;
  const portal = [app, draft, approved].flatMap((id) =>
    ["", "/check", "/details", "/documents", "/invoice", "/appointment", "/people"].map((s) => `/portal/applications/${id}${s}`),
  );
  const staff = [
    `/staff/applications/${app}`,
    "/staff",
    "/staff/schedule",
    "/staff/payments",
    "/staff/companies",
    "/staff/payments?report=1",
    "/staff/reports",
  ];
  const admin = ["/admin", "/admin/staff", "/admin/calendar", "/admin/mrp", "/admin/holidays", "/admin/catalog", "/admin/emails"];
  return [...portal, `/portal/people/${a.submitted.person.id}`, ...staff, ...admin, ...portal.slice(0, 7).map((p) => `/ru${p}`)];
}

function routeTargets(a: Victim): { method: string; path: string; body?: Buffer; headers?: Record<string, string> }[] {
  const pdf = Buffer.from("%PDF-1.4\n%%EOF\n");
  const upload = { "content-type": "application/octet-stream", "x-file-name": "hijack.pdf" };
  return [
    ...a.submitted.documents.map((d) => ({ method: "GET", path: `/api/files/${d.fileId}` })),
    ...a.draft.documents.map((d) => ({ method: "DELETE", path: `/api/files/${d.fileId}` })),
    { method: "GET", path: `/api/files/${a.vault.id}` },
    { method: "GET", path: `/api/receipts/${a.receipt.id}` },
    { method: "GET", path: `/api/appointments/${a.approved.application.id}/ics` },
    { method: "GET", path: `/api/passport-scans/${a.passportScan.id}` },
    { method: "GET", path: "/staff/reports/export?format=csv" },
    {
      method: "POST",
      path: `/api/applications/${a.draft.application.id}/documents/${a.draft.documents[0].code}/files`,
      body: pdf,
      headers: upload,
    },
    { method: "POST", path: `/api/applications/${a.approved.application.id}/receipts`, body: pdf, headers: upload },
    { method: "POST", path: `/staff/applications/${a.submitted.application.id}/result`, body: pdf, headers: upload },
  ];
}

test("IDOR sweep: company B with company A's ids, and an applicant on staff and admin actions", async () => {
  const victim = await createVictimCompany();
  const attacker = await createCompanyAccount("attacker");
  expect((await signIn(victim.email, PASSWORD, { localAddress: "127.0.0.30" })).outcome).toBe("signed-in");
  const session = await signIn(attacker.email, PASSWORD, { localAddress: "127.0.0.31" });
  expect(session.outcome).toBe("signed-in");
  const [victimSession] = await queryRows<{ id: string }>(`SELECT id FROM "UserSession" WHERE "userId" = $1 AND "revokedAt" IS NULL`, [
    victim.applicant.id,
  ]);
  const victimSessionId = victimSession.id;
  const [staff] = await queryRows<{ id: string }>(`SELECT id FROM "User" WHERE email = 'staff@demo.aifc.kz'`);
  const staffUserId = staff?.id ?? "none";

  const before = await databaseFingerprint();
  const failures: string[] = [];

  // Pages.
  let pageAttempts = 0;
  let pageRefused = 0;
  for (const path of pageTargets(victim)) {
    pageAttempts++;
    const response = await send({ path, cookie: session.cookie, localAddress: "127.0.0.31" });
    const location = String(response.headers.location ?? "");
    const leaked = victim.markers.find((m) => response.text.includes(m));
    const refusedStatus =
      [401, 403, 404].includes(response.status) || (response.status >= 300 && response.status < 400 && /sign-in/.test(location));
    if (refusedStatus && !leaked) pageRefused++;
    else failures.push(`page ${path}: ${response.status}${leaked ? ` leaked "${leaked}"` : ""}`);
  }
  recordAttack("IDOR pages (B reads A's ids; applicant opens staff/admin)", pageAttempts, pageRefused);

  // Route handlers.
  let routeAttempts = 0;
  let routeRefused = 0;
  for (const target of routeTargets(victim)) {
    routeAttempts++;
    const response = await send({
      method: target.method,
      path: target.path,
      cookie: session.cookie,
      localAddress: "127.0.0.31",
      body: target.body,
      headers: { origin: new URL(process.env.SECURITY_BASE_URL!).origin, ...target.headers },
    });
    const leaked = victim.markers.find((m) => response.text.includes(m)) ?? (response.text.startsWith("%PDF") ? "file bytes" : undefined);
    if ([401, 403, 404].includes(response.status) && !leaked) routeRefused++;
    else failures.push(`route ${target.method} ${target.path}: ${response.status}${leaked ? ` leaked ${leaked}` : ""}`);
  }
  recordAttack("IDOR route handlers (files, receipts, .ics, passport scans, report export, uploads, result)", routeAttempts, routeRefused);

  // Server actions, every one in the build's manifest.
  const actions = listServerActions();
  const unknown = actions.filter(
    (action) => !OWN_SCOPE_ACTIONS.has(action.name) && actionArguments(action.name, victim, { victimSessionId, staffUserId }) === null,
  );
  expect(
    unknown.map((a) => `${a.file}#${a.name}`),
    "server actions missing from the IDOR sweep",
  ).toEqual([]);
  let actionAttempts = 0;
  let actionRefused = 0;
  const attacked: ActionEntry[] = actions.filter((action) => !OWN_SCOPE_ACTIONS.has(action.name));
  for (const action of attacked) {
    actionAttempts++;
    const args = actionArguments(action.name, victim, { victimSessionId, staffUserId })!;
    const response = await callAction(action, args, {
      cookie: session.cookie,
      path: pagePathFor(action, victim.submitted.application.id),
      localAddress: "127.0.0.31",
    });
    const after = await databaseFingerprint();
    const leaked = victim.markers.find((m) => response.text.includes(m));
    if (after === before && response.status !== 500 && !leaked) actionRefused++;
    else
      failures.push(
        `action ${action.name}: ${response.status}${after !== before ? " CHANGED THE DATABASE" : ""}${leaked ? ` leaked ${leaked}` : ""}`,
      );
  }
  recordAttack(`IDOR server actions (${attacked.length} of ${actions.length} in the build)`, actionAttempts, actionRefused);

  expect(failures).toEqual([]);
  expect(await databaseFingerprint()).toBe(before);
  // A's session (which B tried to sign out) still works.
  expect(await countRows(`SELECT count(*) AS n FROM "UserSession" WHERE id = $1 AND "revokedAt" IS NULL`, [victimSessionId])).toBe(1);
});

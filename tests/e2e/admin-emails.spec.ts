import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/test";
import { createPrismaClient } from "../../lib/db/client";
import { signInThroughApi } from "./support/accounts";

// Issue 20: an administrator sees an e-mail the recipient's server refused, with the error, and
// sends it again; the retry is in the audit log. The row is written straight into the e2e
// server's database, as the worker leaves it after a 550.
const databaseUrl = process.env.E2E_DATABASE_URL!;

async function seedRefusedEmail() {
  const db = createPrismaClient(databaseUrl);
  try {
    const applicant = await db.user.findUniqueOrThrow({ where: { email: "applicant@demo.aifc.kz" } });
    const number = `EC-2026-${randomBytes(3).toString("hex")}`;
    const row = await db.outbox.create({
      data: {
        kind: "APPLICATION_SUBMITTED",
        recipientId: applicant.id,
        toEmail: `refused-${randomBytes(4).toString("hex")}@example.kz`,
        locale: "en",
        payload: {
          recipientName: applicant.name,
          payload: {
            applicationId: "x",
            applicationNumber: number,
            serviceCode: "WORK_VISA",
            serviceFeeTiyn: 100,
            stateDutyTiyn: 0,
            totalTiyn: 100,
          },
        },
        status: "FAILED",
        attempts: 1,
        lastError: "permanent (550 at RCPT TO): Error: Can't send mail - all recipients were rejected: 550 Mailbox unavailable",
        lastAttemptAt: new Date(),
      },
    });
    return row;
  } finally {
    await db.$disconnect();
  }
}

test("Administrators see an e-mail that was refused, with its error, and send it again", async ({ page }) => {
  const row = await seedRefusedEmail();
  await signInThroughApi(page, "ADMIN");
  await page.goto("/admin/emails");
  await expect(page.getByRole("heading", { level: 1, name: "E-mail problems" })).toBeVisible();
  const line = page.getByRole("row").filter({ hasText: row.toEmail });
  await expect(line).toContainText("Not delivered");
  await expect(line).toContainText("550 at RCPT TO");
  await expect(line).toContainText("Receipt when an application is submitted");
  expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag22aa"]).analyze()).violations).toEqual([]);

  await line.getByRole("button", { name: /Send again/ }).click();
  await expect(page.getByRole("row").filter({ hasText: row.toEmail })).toHaveCount(0);
  const db = createPrismaClient(databaseUrl);
  try {
    const audit = await db.auditEvent.findFirst({ where: { entityType: "Outbox", entityId: row.id, action: "RETRY_EMAIL" } });
    expect(audit?.fromStatus).toBe("FAILED");
    await expect
      .poll(async () => (await db.outbox.findUniqueOrThrow({ where: { id: row.id } })).status, { timeout: 20_000 })
      .not.toBe("FAILED");
  } finally {
    await db.$disconnect();
  }
});

test("Staff cannot open the e-mail problems page", async ({ page, allowConsoleErrors }) => {
  // This test opens a refused or missing page on purpose; the browser logs its status.
  allowConsoleErrors(/status of 40[034]/);
  await signInThroughApi(page, "STAFF");
  const response = await page.goto("/admin/emails");
  expect(response?.status()).toBe(403);
});

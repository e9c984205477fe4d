import { expect, test } from "./support/test";
import { giveApplicantPassword, signInWithPassword, withE2eDatabase } from "./support/applicant-seed";
import { seedApplicationWithFiles } from "./support/review-seed";

// Issue 16, defects 1 and 2: every date is the Astana date, and the server and the browser
// print numbers identically (the console guard fails a test on React's hydration error #418).

// 04:04 on 2 December in Astana (UTC+5) is still 1 December in UTC.
const SUBMITTED_AT = new Date("2026-12-01T23:04:00Z");

test("An application submitted at 04:04 Astana time on 2 December says 2 December everywhere", async ({ page }) => {
  const app = await seedApplicationWithFiles(["PASSPORT_COPY"], { submittedAt: SUBMITTED_AT });
  await withE2eDatabase(async (db) => {
    await db.application.update({ where: { id: app.id }, data: { status: "DOCUMENTS_APPROVED" } });
    await db.invoice.create({
      data: {
        number: `INV-2026-${app.number.slice(-6)}`,
        applicationId: app.id,
        serviceFeeTiyn: 36_000_000,
        stateDutyTiyn: 216_250,
        stateDutyMrpTenths: 5,
        mrpYear: 2026,
        mrpValueTiyn: 432_500,
        totalTiyn: 36_000_000,
        filedOn: new Date("2026-12-02T00:00:00Z"),
        issuedAt: SUBMITTED_AT,
      },
    });
  });
  await signInWithPassword(page, await giveApplicantPassword(app.applicant.id));

  await page.goto(`/portal/applications/${app.id}`);
  await expect(page.getByText("Submitted on 2 December 2026")).toBeVisible();
  await page.goto("/portal");
  await expect(page.getByRole("row", { name: new RegExp(app.number) })).toContainText("2 December 2026");
  await page.goto(`/portal/applications/${app.id}/invoice`);
  await expect(page.getByText(/Issued on 2 December 2026/)).toBeVisible();
  // The invoice is the centre's service fee only; the state duty (fractional tenge) is shown apart.
  await expect(page.getByTestId("invoice-total")).toHaveText("360\u00a0000\u00a0KZT");
  await expect(page.getByTestId("invoice-state-duty-apart")).toContainText("2\u00a0162.50\u00a0KZT");
});

test("Kazakh pages with fractional tenge hydrate without errors and keep the comma", async ({ page }) => {
  const app = await seedApplicationWithFiles(["PASSPORT_COPY"]);
  await signInWithPassword(page, await giveApplicantPassword(app.applicant.id));
  await page.goto("/kk/services/WORK_VISA_INVITATION");
  await page.waitForLoadState("networkidle");
  await expect(page.getByText(/2\u00a0162,50\u00a0KZT/).first()).toBeVisible();
  await expect(page.getByText(/2\u00a0162\.50/)).toHaveCount(0);
  await page.goto(`/kk/portal/applications/${app.id}`);
  await page.waitForLoadState("networkidle");
  await expect(page.getByTestId("quote-state-duty")).toContainText("2\u00a0162,50\u00a0KZT");
  await expect(page.getByTestId("quote-state-duty")).toContainText("0,5");
});

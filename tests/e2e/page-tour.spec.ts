import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./support/test";
import { signInThroughApi } from "./support/accounts";
import { seedApplicationWithFiles } from "./support/review-seed";
import { giveApplicantPassword, signInWithPassword, withE2eDatabase } from "./support/applicant-seed";

// Issue 16 acceptance: every page of the journeys, public, applicant, staff and administrator,
// in English, Russian and Kazakh, on a desktop and a 390 px phone: no serious or critical axe
// violation, and (through ./support/test) no console error. With SCREENSHOT_DIR set, each page
// is also saved as a PNG for a person to look at.

async function checkPage(page: Page, path: string, label: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await page.waitForLoadState("load");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${path}: ${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")})`,
    );
  expect(serious).toEqual([]);
  const width = page.viewportSize()!.width;
  if (width <= 390)
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} fits ${width} px`).toBeLessThanOrEqual(width);
  if (process.env.SCREENSHOT_DIR)
    await page.screenshot({
      path: `${process.env.SCREENSHOT_DIR}/${label}-${path.replace(/[/?=&]+/g, "_") || "home"}.png`,
      fullPage: true,
    });
}

const PUBLIC = ["/", "/services", "/services/WORK_VISA", "/services/finder", "/sign-in", "/register"];
const STAFF = ["/staff", "/staff/schedule", "/staff/payments", "/staff/reports", "/staff/companies"];
const ADMIN = ["/admin", "/admin/mrp", "/admin/holidays", "/admin/staff", "/admin/catalog", "/admin/calendar", "/admin/emails"];

// An unpaid invoice, as lib/payments/data/invoices issues it: its total is the centre's service
// fee alone (the state duty is recorded to be shown apart); the database's custom_invoice_amounts
// check refuses any other total on an invoice that is not paid.
const SERVICE_FEE_TIYN = 36_000_000;

async function seedApprovedWithInvoice() {
  const app = await seedApplicationWithFiles(["PASSPORT_COPY", "PHOTO"], { status: "DOCUMENTS_APPROVED" });
  await withE2eDatabase((db) =>
    db.invoice.create({
      data: {
        number: `INV-2026-T${app.number.slice(-6)}`,
        applicationId: app.id,
        serviceFeeTiyn: SERVICE_FEE_TIYN,
        stateDutyTiyn: 216_250,
        stateDutyMrpTenths: 5,
        mrpYear: 2026,
        mrpValueTiyn: 432_500,
        totalTiyn: SERVICE_FEE_TIYN,
        filedOn: new Date("2026-12-02T00:00:00Z"),
      },
    }),
  );
  return app;
}

const AREAS = ["public", "applicant", "staff", "admin"] as const;

// 24 tours of about 25 page loads each, every one checked by axe: run with PAGE_TOUR=1 (it is
// slow on a loaded machine; the journeys' own specs check their pages on every run).
test.skip(!process.env.PAGE_TOUR, "set PAGE_TOUR=1 to visit every page in every language and width");

for (const locale of ["", "/ru", "/kk"] as const) {
  for (const width of [1280, 390] as const) {
    for (const area of AREAS) {
      const label = `${locale.slice(1) || "en"}-${width}`;
      test(`Every ${area} page is accessible and error-free (${label})`, async ({ browser }) => {
        test.setTimeout(180_000);
        const page = await (await browser.newContext({ viewport: { width, height: width === 390 ? 844 : 900 } })).newPage();
        let paths: string[];
        if (area === "public") paths = PUBLIC;
        else if (area === "admin") {
          await signInThroughApi(page, "ADMIN");
          paths = ADMIN;
        } else {
          const app = await seedApprovedWithInvoice();
          if (area === "staff") {
            await signInThroughApi(page, "STAFF");
            paths = [...STAFF, `/staff/applications/${app.id}`];
          } else {
            await signInWithPassword(page, await giveApplicantPassword(app.applicant.id));
            paths = [
              "/portal",
              "/portal/people",
              "/portal/people/new",
              "/portal/applications/new",
              `/portal/applications/${app.id}`,
              `/portal/applications/${app.id}/invoice`,
              "/portal/company-documents",
              "/portal/team",
              "/notifications",
              "/profile",
            ];
          }
        }
        for (const path of paths) await checkPage(page, `${locale}${path}`, label);
      });
    }
  }
}

import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./support/test";

// The e2e database is seeded with the 2026 MRP (4 325 KZT) and the 2026 holiday calendar; the
// calculator prices at today's MRP, so these totals hold for dates in 2026.
const INVITATION = "Work visa invitation (applicant outside Kazakhstan)";
const IN_KZ_WORK_VISA = "Work visa (applicant in Kazakhstan)";
const FAMILY_CERTIFICATES = "Marriage, birth or adoption certificates";
const KZT = (amount: string) => new RegExp(`^${amount.replace(/ /g, "\\s")}\\sKZT$`);

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("A visitor finds the work-visa invitation from abroad, sees family documents appear and the 2026 walk-in price", async ({ page }) => {
  await page.goto("/services");
  await page.getByRole("radio", { name: "Outside Kazakhstan" }).check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/where=OUTSIDE_KZ/);
  await expect(page.getByRole("link", { name: IN_KZ_WORK_VISA })).toHaveCount(0);

  await page.getByRole("link", { name: INVITATION }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(INVITATION);

  const calculator = page.getByRole("region", { name: "Fee calculator" });
  const checklist = page.getByRole("region", { name: "Documents for your answers" });
  await expect(checklist.getByRole("heading", { name: FAMILY_CERTIFICATES })).toHaveCount(0);
  await calculator.getByRole("group", { name: "Does the request include family members?" }).getByRole("radio", { name: "Yes" }).check();
  await expect(checklist.getByRole("heading", { name: FAMILY_CERTIFICATES })).toBeVisible();
  await expect(checklist.getByText("Because family members are included in the request").first()).toBeVisible();

  await calculator.getByRole("group", { name: "Validity of the visa" }).getByRole("radio", { name: "3–5 years" }).check();
  await calculator
    .getByRole("group", { name: "Fee option" })
    .getByRole("radio", { name: /^Walk-in/ })
    .check();
  await expect(calculator.getByTestId("quote-service-fee")).toHaveText(KZT("940 000"));
  await expect(calculator.getByTestId("quote-state-duty")).toHaveText(/^0\.5 MRP \(2\s162\.50\sKZT\)$/);
  // Two payees, never summed (guide L70: the duty is paid to the state and proven by a receipt).
  await expect(calculator.getByTestId("payable-to-state")).toContainText("state budget");
  await expect(calculator.getByTestId("quote-total")).toHaveCount(0);

  // 5 working days from Friday 2026-03-20: the Nauryz holidays (21-25 March) are skipped.
  await calculator.getByLabel("Day the Expat Centre receives the originals").fill("2026-03-20");
  await expect(calculator.getByTestId("ready-date")).toContainText("by 1 April 2026");
});

test("The service list and a service page have no serious accessibility violations", async ({ page }) => {
  await page.goto("/services");
  await expectNoSeriousAxeViolations(page);
  await page.goto("/services/WORK_VISA_INVITATION");
  await expectNoSeriousAxeViolations(page);
  await page.goto("/services/finder?location=IN_KZ&purpose=RESIDENCE&citizenship=UZ");
  await expectNoSeriousAxeViolations(page);
});

test("The service pages render in Russian and Kazakh", async ({ page }) => {
  await page.goto("/ru/services");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Услуги");
  await page.goto("/ru/services/TRP");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Разрешение на временное проживание");
  await expect(page.getByRole("region", { name: "Калькулятор стоимости" })).toBeVisible();
  await page.goto("/kk/services/WORK_VISA_INVITATION");
  await expect(page.locator("html")).toHaveAttribute("lang", "kk");
  await expect(page.getByRole("heading", { name: "Тариф калькуляторы" })).toBeVisible();
  await expect(page.getByTestId("quote-service-fee")).toBeVisible();
});

test("An unknown service is a 404 page", async ({ page, allowConsoleErrors }) => {
  // This test opens a refused or missing page on purpose; the browser logs its status.
  allowConsoleErrors(/status of 40[034]/);
  const response = await page.goto("/services/NO_SUCH_SERVICE");
  expect(response?.status()).toBe(404);
});

test("The finder leads a CIS citizen in Kazakhstan to the residence permit, and asks for what is missing", async ({ page }) => {
  await page.goto("/services/finder");
  await page
    .getByRole("group", { name: "What do you need?" })
    .getByRole("radio", { name: /To live in Kazakhstan/ })
    .check();
  await page.getByRole("button", { name: "Find services" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary.getByRole("link", { name: "Select where the foreign citizen is now" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Select the citizenship of the foreign citizen" })).toBeVisible();

  await page.getByRole("group", { name: "Where is the foreign citizen now?" }).getByRole("radio", { name: "In Kazakhstan" }).check();
  await page.getByLabel("Citizenship of the foreign citizen").selectOption("UZ");
  await page.getByRole("button", { name: "Find services" }).click();
  const results = page.getByRole("region", { name: "The service for you" });
  await expect(results.getByRole("link", { name: "Temporary residence permit" })).toBeVisible();
  await expect(results).toContainText("more than 30 calendar days");
});

test("The quote API prices a request and names a bad parameter", async ({ request }) => {
  const ok = await request.get("/api/services/WORK_VISA_INVITATION/quote?option=WALK_IN&validity=YEARS_3_TO_5&date=2026-03-01");
  expect(ok.status()).toBe(200);
  expect(ok.headers()["cache-control"]).toMatch(/^public/);
  expect(await ok.json()).toMatchObject({
    serviceFee: "940000.00",
    stateDuty: { mrp: 0.5, amount: "2162.50" },
    payableToCentre: { kzt: "940000.00" },
    payableToState: { kzt: "2162.50" },
    currency: "KZT",
  });
  const bad = await request.get("/api/services/WORK_VISA/quote?option=PERSONAL_MANAGER&validity=UP_TO_2_YEARS");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ parameter: "option" });
  expect((await request.get("/api/services/NOPE")).status()).toBe(404);
});

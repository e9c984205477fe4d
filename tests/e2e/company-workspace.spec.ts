import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./support/test";
import { hashPassword } from "../../lib/auth/password";
import { createPrismaClient } from "../../lib/db/client";
import { formatCalendarDate } from "../../lib/kernel/format";
import { isoDateInTimeZone } from "../../lib/rules/iso-date";
import { addCalendarDays } from "../../lib/rules/iso-date";
import { addWorkingDays, subtractWorkingDays } from "../../lib/rules/working-days";
import { createSubmittedApplication } from "../support/factories/applications";
import { createCompanyWithApplicant } from "../support/factories/booking";
import { signInThroughApi } from "./support/accounts";

// Issue 17: the company workspace. Data is written straight into the e2e server's database.
const databaseUrl = process.env.E2E_DATABASE_URL!;
const PASSWORD = "workspace e2e steppe password";

async function signInAs(page: Page, email: string, password = PASSWORD) {
  const request = page.context().request;
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  await request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, callbackUrl: "/" }, maxRedirects: 0 });
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const show = (iso: string) => formatCalendarDate(day(iso), "en");

test("The people dashboard puts the person whose extension window is open at the top, with the right dates, and starts the extension", async ({
  page,
}) => {
  const db = createPrismaClient(databaseUrl);
  const email = `people-${randomBytes(4).toString("hex")}@example.kz`;
  let dates: { opens: string; closes: string; expiry: string };
  try {
    const { company, applicant } = await createCompanyWithApplicant(db);
    await db.user.update({ where: { id: applicant.id }, data: { email, passwordHash: await hashPassword(PASSWORD) } });
    const calendar = (await db.holiday.findMany()).map((h) => ({ date: h.date.toISOString().slice(0, 10), kind: h.kind }));
    const today = isoDateInTimeZone(new Date());
    const expiry = addWorkingDays(today, 15, calendar);
    dates = { opens: subtractWorkingDays(expiry, 30, calendar), closes: subtractWorkingDays(expiry, 5, calendar), expiry };
    const person = (fullName: string, passportExpiresOn: string, visa: { visaCategory: string; visaExpiresOn: Date } | null = null) =>
      db.person.create({
        data: {
          companyId: company.id,
          fullName,
          citizenship: "GB",
          dateOfBirth: day("1985-04-02"),
          passportNumber: `P${randomBytes(4).toString("hex").toUpperCase()}`,
          passportIssuedOn: day("2022-01-10"),
          passportExpiresOn: day(passportExpiresOn),
          ...(visa ?? {}),
        },
      });
    await person("AARON LATER", "2034-01-01", { visaCategory: "C3", visaExpiresOn: day(addCalendarDays(today, 200)) });
    await person("BELLA PASSPORT", addCalendarDays(today, 80));
    await person("ZARA OPEN", "2034-01-01", { visaCategory: "C3", visaExpiresOn: day(expiry) });
  } finally {
    await db.$disconnect();
  }
  await signInAs(page, email);
  await page.goto("/portal/people");
  await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();
  const rows = page.getByTestId("person-row");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0).getByRole("rowheader")).toContainText("ZARA OPEN");
  await expect(rows.nth(0).getByTestId("next-deadline")).toContainText(
    `Extension window open: opened ${show(dates!.opens)}, closes ${show(dates!.closes)} (5 working days before the visa expires on ${show(dates!.expiry)}).`,
  );
  await expect(rows.nth(0)).toContainText("Act now");
  await expect(rows.nth(1).getByRole("rowheader")).toContainText("BELLA PASSPORT");
  await expect(rows.nth(1).getByTestId("next-deadline")).toContainText("Passport expires in 80 days");
  await expect(rows.nth(2).getByRole("rowheader")).toContainText("AARON LATER");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

  await page.getByLabel("Urgency").selectOption("LATER");
  await page.getByRole("button", { name: "Show", exact: true }).click();
  await expect(rows).toHaveCount(1);
  await page.goto("/portal/people");

  await rows
    .nth(0)
    .getByRole("button", { name: /Start the extension/ })
    .click();
  await expect(page).toHaveURL(/\/portal\/applications\/[^/]+\/details$/);
  // Eligibility first: the questions appear once the person's location is answered.
  await page
    .getByRole("group", { name: /Where is ZARA OPEN now/ })
    .getByRole("radio", { name: "In Kazakhstan" })
    .check();
  // The expiry comes from the register, shown as a date in words with a Change link to correct it.
  await expect(page.getByTestId("register-visa-expiry")).toContainText(show(dates!.expiry));
  await page
    .getByTestId("register-visa-expiry")
    .getByRole("button", { name: /Change/ })
    .click();
  await expect(page.locator("#visaExpiryDate")).toHaveValue(dates!.expiry);
});

test("Anyone can check an application's status in Russian without signing in", async ({ page }) => {
  const db = createPrismaClient(databaseUrl);
  let number: string;
  let passportNumber: string;
  try {
    const { application, person } = await createSubmittedApplication(db, { status: "CHANGES_REQUESTED" });
    await db.application.update({ where: { id: application.id }, data: { changesDueOn: day("2030-01-15") } });
    number = application.number!;
    passportNumber = person.passportNumber;
  } finally {
    await db.$disconnect();
  }
  await page.goto("/ru/status");
  await expect(page.getByRole("heading", { level: 1, name: "Проверить статус заявки" })).toBeVisible();
  await page.getByLabel("Номер заявки").fill(number!);
  await page.getByLabel("Номер паспорта").fill("X0000000");
  await page.getByRole("button", { name: "Проверить статус" }).click();
  await expect(page.getByTestId("status-answer")).toContainText("Заявка не найдена");

  await page.getByLabel("Номер паспорта").fill(passportNumber!.toLowerCase());
  await page.getByRole("button", { name: "Проверить статус" }).click();
  const answer = page.getByTestId("status-answer");
  await expect(answer).toContainText("Требуются исправления");
  await expect(answer).toContainText("Компании нужно заменить некоторые документы на портале.");
  await expect(answer).toContainText("15 января 2030");
  await expect(answer).not.toContainText("JOHN SMITH");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
});

test("Staff record the issued visa's expiry on completion, and the company's people dashboard shows it", async ({
  page,
  browser,
  allowConsoleErrors,
}) => {
  // The seeded files have no stored bytes: the workspace's viewer may ask for one and get 410 Gone.
  allowConsoleErrors(/status of 410/);
  const db = createPrismaClient(databaseUrl);
  const email = `issued-${randomBytes(4).toString("hex")}@example.kz`;
  const expiry = addCalendarDays(isoDateInTimeZone(new Date()), 400);
  let applicationId: string;
  let fullName: string;
  try {
    const { application, applicant, person } = await createSubmittedApplication(db, { status: "IN_PROCESSING" });
    await db.user.update({ where: { id: applicant.id }, data: { email, passwordHash: await hashPassword(PASSWORD) } });
    applicationId = application.id;
    fullName = person.fullName;
  } finally {
    await db.$disconnect();
  }
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signInThroughApi(staff, "STAFF");
  await staff.goto(`/staff/applications/${applicationId!}`);
  await staff.getByLabel("Expiry date of the issued C3 work visa (optional)").fill(expiry);
  await staff.getByRole("button", { name: "Mark as completed" }).click();
  await staff.getByRole("button", { name: "Yes, mark as completed" }).click();
  // Once completed, the processing form is gone.
  await expect(staff.getByRole("button", { name: "Mark as completed" })).toHaveCount(0);
  await staffContext.close();

  await signInAs(page, email);
  await page.goto("/portal/people");
  const row = page.getByTestId("person-row").filter({ hasText: fullName! });
  await expect(row).toContainText("C3");
  await expect(row).toContainText(show(expiry));
});

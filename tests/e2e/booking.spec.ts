import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./support/test";
import { hashPassword } from "../../lib/auth/password";
import { createPrismaClient } from "../../lib/db/client";
import { createApprovedApplication, createCompanyWithApplicant } from "../support/factories/booking";
import { signInThroughApi } from "./support/accounts";

// The review journey has its own spec; here approved applications are created straight in the
// e2e server's database, whose URL playwright.config.ts publishes as E2E_DATABASE_URL.
const databaseUrl = process.env.E2E_DATABASE_URL!;

const PASSWORD = "booking e2e steppe password";

/** A new company with an applicant who can sign in, and one approved WORK_VISA application. */
async function seedApprovedApplication() {
  const db = createPrismaClient(databaseUrl);
  try {
    const { company, applicant } = await createCompanyWithApplicant(db);
    const email = `booking-${randomBytes(4).toString("hex")}@example.kz`;
    await db.user.update({ where: { id: applicant.id }, data: { email, passwordHash: await hashPassword(PASSWORD) } });
    const { application } = await createApprovedApplication(db, {
      company,
      applicant: { ...applicant, email },
      personName: "MARIA GARCIA",
    });
    return { email, applicationId: application.id, number: application.number! };
  } finally {
    await db.$disconnect();
  }
}

async function signInAs(page: Page, email: string) {
  const request = page.context().request;
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: PASSWORD, callbackUrl: "/" },
    maxRedirects: 0,
  });
}

/** "20261202T100000": the instant as Astana wall-clock time (UTC+5, no daylight saving). */
const astanaStamp = (iso: string) => new Date(new Date(iso).getTime() + 5 * 3600_000).toISOString().replace(/[-:]/g, "").slice(0, 15);
const astanaDate = (iso: string) => new Date(new Date(iso).getTime() + 5 * 3600_000).toISOString().slice(0, 10);

async function chooseSlot(page: Page, dayIndex: number): Promise<string> {
  await page.getByRole("group", { name: "Choose a day" }).getByRole("radio", { disabled: false }).nth(dayIndex).check();
  const time = page
    .getByRole("group", { name: /^Choose a time/ })
    .getByRole("radio", { disabled: false })
    .first();
  await time.check();
  return (await time.getAttribute("value"))!;
}

test("An approved applicant books a visit, saves it to a calendar, moves it, and staff check them in", async ({ page, browser }) => {
  const seeded = await seedApprovedApplication();
  await signInAs(page, seeded.email);
  const appointmentPath = `/portal/applications/${seeded.applicationId}/appointment`;
  await page.goto(appointmentPath);
  await expect(page.getByRole("heading", { level: 1, name: "Book an appointment" })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  const first = await chooseSlot(page, 1);
  await page.getByRole("button", { name: "Book this time" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your appointment is booked" })).toBeVisible();
  await expect(page.getByText("55/18 Mangilik El Avenue, Pavilion C3.3, Astana, 010017, Kazakhstan")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Originals to bring" })).toBeVisible();

  const icsHref = (await page.getByRole("link", { name: "Add to my calendar (.ics file)" }).getAttribute("href"))!;
  const ics = await page.request.get(icsHref);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  expect(ics.headers()["content-disposition"]).toMatch(/^attachment;/);
  const lines = (await ics.text()).replace(/\r\n /g, "").split("\r\n");
  expect(lines).toContain(`DTSTART;TZID=Asia/Almaty:${astanaStamp(first)}`);
  expect(lines).toContain("LOCATION:55/18 Mangilik El Avenue\\, Pavilion C3.3\\, Astana\\, 010017\\, Kazakhstan");
  expect(lines.some((l) => l.startsWith("SUMMARY:") && l.includes(seeded.number))).toBe(true);

  await page.getByRole("link", { name: "Choose another time" }).click();
  const second = await chooseSlot(page, 2);
  await page.getByRole("button", { name: "Move my appointment to this time" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your appointment has been moved" })).toBeVisible();

  const staff = await (await browser.newContext()).newPage();
  await signInThroughApi(staff, "STAFF");
  await staff.goto(`/staff/schedule?date=${astanaDate(second)}`);
  const card = staff.getByRole("listitem").filter({ has: staff.getByRole("heading", { name: new RegExp(seeded.number) }) });
  await expect(card).toContainText("MARIA GARCIA");
  expect((await new AxeBuilder({ page: staff }).analyze()).violations).toEqual([]);
  await card.getByRole("button", { name: "Check in: originals received" }).click();
  // Irreversible: a confirmation step says what will happen first (issue 16, defect 6).
  await expect(card.getByTestId("confirm-step")).toContainText("Processing starts today");
  expect((await new AxeBuilder({ page: staff }).analyze()).violations).toEqual([]);
  await card.getByRole("button", { name: "Yes, check in" }).click();
  await expect(card.getByRole("status")).toHaveText(`✓ Originals received for ${seeded.number}. The application is now in processing.`);
  await expect(card).toContainText("Checked in, originals received");

  await page.goto(appointmentPath);
  await expect(page.getByText("Status: In processing.")).toBeVisible();
  await page.getByRole("link", { name: "Back to the application" }).click();
  await expect(page.getByText("In processing").first()).toBeVisible();
  await expect(page.getByText(/Expected ready by \d{1,2} \p{L}+ \d{4}/u)).toBeVisible();
});

test("Another company's applicant gets 404 for the appointment page and its calendar file", async ({ page, allowConsoleErrors }) => {
  // This test opens a refused or missing page on purpose; the browser logs its status.
  allowConsoleErrors(/status of 40[034]/);
  const seeded = await seedApprovedApplication();
  const owner = await page.context().browser()!.newPage();
  await signInAs(owner, seeded.email);
  await owner.goto(`/portal/applications/${seeded.applicationId}/appointment`);
  await chooseSlot(owner, 0);
  await owner.getByRole("button", { name: "Book this time" }).click();
  const icsHref = (await owner.getByRole("link", { name: "Add to my calendar (.ics file)" }).getAttribute("href"))!;

  await signInThroughApi(page, "APPLICANT");
  expect((await page.goto(`/portal/applications/${seeded.applicationId}/appointment`))?.status()).toBe(404);
  expect((await page.request.get(icsHref)).status()).toBe(404);
});

test("An admin sees the calendar settings, bookings per day, and the services that need a visit", async ({ page }) => {
  await signInThroughApi(page, "ADMIN");
  await page.goto("/admin/calendar");
  await expect(page.getByRole("heading", { level: 1, name: "Appointment calendar" })).toBeVisible();
  await expect(page.getByLabel("Places per slot")).toHaveValue(/\d+/);
  await expect(page.getByRole("table", { name: "Bookings per day" }).getByRole("row")).toHaveCount(21);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByLabel("Slot length (minutes)").fill("7");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Enter a slot length from 10 to 120 minutes, in steps of 5",
  );
});

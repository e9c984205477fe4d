import path from "node:path";
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "./support/test";
import { hashPassword } from "../../lib/auth/password";
import { createPrismaClient } from "../../lib/db/client";
import { isoDateInTimeZone } from "../../lib/rules/iso-date";
import { addWorkingDays } from "../../lib/rules/working-days";
import { extensionWindowDates } from "../../lib/rules/extension-window";
import { createApprovedApplication, createCompanyWithApplicant } from "../support/factories/booking";

// Issue 15's acceptance journeys, against the 2025 guide (docs/decisions/007, addendum).
const databaseUrl = process.env.E2E_DATABASE_URL!;
const SAMPLE_PDF = path.resolve("tests/e2e/fixtures/sample.pdf");
const PASSWORD = "guide audit steppe password";

async function seedApplicant() {
  const db = createPrismaClient(databaseUrl);
  try {
    const { company, applicant } = await createCompanyWithApplicant(db);
    const email = `audit-${randomBytes(4).toString("hex")}@example.kz`;
    await db.user.update({ where: { id: applicant.id }, data: { email, passwordHash: await hashPassword(PASSWORD) } });
    return { company, applicant: { ...applicant, email }, email };
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

test("a relocating family (principal and spouse abroad, nobody holding a visa) applies for a work-visa invitation; the invoice is the service fee only", async ({
  page,
}) => {
  test.setTimeout(150_000);
  const { company, email } = await seedApplicant();
  const db = createPrismaClient(databaseUrl);
  try {
    const principal = await db.person.create({
      data: {
        companyId: company.id,
        fullName: "AMELIA HART",
        citizenship: "GB",
        dateOfBirth: new Date("1984-03-02"),
        passportNumber: `P${randomBytes(4).toString("hex")}`,
        passportIssuedOn: new Date("2023-01-10"),
        passportExpiresOn: new Date("2033-01-09"),
      },
    });
    await db.person.create({
      data: {
        companyId: company.id,
        fullName: "NOAH HART",
        citizenship: "GB",
        principalId: principal.id,
        relationship: "SPOUSE",
        dateOfBirth: new Date("1983-07-12"),
        passportNumber: `P${randomBytes(4).toString("hex")}`,
        passportIssuedOn: new Date("2023-01-10"),
        passportExpiresOn: new Date("2033-01-09"),
      },
    });
  } finally {
    await db.$disconnect();
  }
  await signInAs(page, email);
  await page.goto("/portal/applications/new");
  await page.getByRole("button", { name: /^Work visa invitation \(applicant outside Kazakhstan\)/ }).click();

  // People: the principal and the spouse, together (guide L46: the employee and the family abroad).
  await page.getByRole("radio", { name: "AMELIA HART" }).check();
  await page.getByRole("checkbox", { name: /NOAH HART/ }).check();
  await page.getByRole("button", { name: "Save and continue" }).click();

  // Details: the price as two payees (L84 fee; L70 proof of paying the duty to the state).
  await page.getByRole("group", { name: "Where is AMELIA HART now?" }).getByRole("radio", { name: "Outside Kazakhstan" }).check();
  await page
    .getByRole("group", { name: "Validity of the visa" })
    .getByRole("radio", { name: /Up to 2 years/ })
    .check();
  await expect(page.getByTestId("quote-service-fee")).toHaveText("360\u00a0000\u00a0KZT");
  await expect(page.getByTestId("payable-to-state")).toContainText("0.5 MRP");
  await page.getByRole("button", { name: "Save and continue" }).click();

  // Documents: no principal's visa (nobody holds one, 6.P2), and a slot for the duty receipt.
  await expect(page.getByRole("heading", { name: "Upload the documents" })).toBeVisible();
  await expect(page.getByTestId("slot-PRINCIPAL_WORK_VISA")).toHaveCount(0);
  await expect(page.getByTestId("slot-STATE_DUTY_PAYMENT_PROOF")).toBeVisible();
  const slots = page.locator("[data-testid^=slot-]");
  const count = await slots.count();
  for (let i = 0; i < count; i++) {
    const slot = slots.nth(i);
    if (await slot.getByRole("link", { name: "sample.pdf" }).count()) continue;
    await slot.locator("input[type=file]").setInputFiles(SAMPLE_PDF);
    await expect(slot.getByRole("link", { name: "sample.pdf" })).toBeVisible();
  }
  await page.getByRole("button", { name: "Continue to check your answers" }).click();
  await page.getByRole("button", { name: "Submit application" }).click();
  await expect(page.getByTestId("confirmation-number")).toHaveText(/^EC-\d{4}-\d{6}$/);
  const applicationId = new URL(page.url()).pathname.split("/").at(-1)!;

  // The application page: the duty is payable to the state, with its receipt slot.
  const toState = page.getByTestId("payable-to-state");
  await expect(toState).toContainText("Paid by you to the state budget");
  await expect(toState).toContainText("0.5 MRP");
  const receiptLink = toState.getByRole("link", { name: /Proof of state-duty payment|receipt/i });
  await expect(receiptLink).toHaveAttribute("href", "#document-STATE_DUTY_PAYMENT_PROOF");
  await expect(page.locator("#document-STATE_DUTY_PAYMENT_PROOF")).toBeVisible();
  await expect(page.getByTestId("payable-to-centre")).toContainText("360\u00a0000\u00a0KZT");

  // Documents approved (the review has its own spec): the invoice, issued by lib/payments/data/invoices.
  process.env.DATABASE_URL ??= databaseUrl;
  const { issueInvoice } = await import("../../lib/payments/data/invoices");
  const approver = createPrismaClient(databaseUrl);
  try {
    await approver.applicationDocument.updateMany({ where: { applicationId }, data: { status: "APPROVED" } });
    await approver.application.update({ where: { id: applicationId }, data: { status: "DOCUMENTS_APPROVED" } });
    await approver.$transaction((tx) => issueInvoice(tx, applicationId));
  } finally {
    await approver.$disconnect();
  }
  await page.goto(`/portal/applications/${applicationId}/invoice`);
  await expect(page.getByTestId("invoice-total")).toHaveText("360\u00a0000\u00a0KZT");
  await expect(page.getByTestId("invoice-state-duty-apart")).toContainText("state budget");
});

test("an extension whose hand-in window closes in 7 working days offers only slots up to the closing day", async ({ page }) => {
  const { company, applicant, email } = await seedApplicant();
  const db = createPrismaClient(databaseUrl);
  let applicationId: string;
  let closesOn: string;
  try {
    const calendar = (await db.holiday.findMany({ select: { date: true, kind: true } })).map((h) => ({
      date: h.date.toISOString().slice(0, 10),
      kind: h.kind,
    }));
    const today = isoDateInTimeZone(new Date());
    closesOn = addWorkingDays(today, 7, calendar);
    // The visa expires 5 working days after the closing day (L495).
    const visaExpiryDate = addWorkingDays(closesOn, 5, calendar);
    expect(extensionWindowDates(visaExpiryDate, calendar).closesOn).toBe(closesOn);
    const { application } = await createApprovedApplication(db, {
      company,
      applicant,
      serviceCode: "VISA_EXTENSION_C3",
      personName: "IVAN PETROV",
    });
    applicationId = application.id;
    await db.application.update({
      where: { id: applicationId },
      data: {
        answers: {
          validityBand: "YEARS_1_TO_2",
          visaExpiryDate,
          sameHostParty: true,
          principalIncluded: true,
          familyMembersIncluded: false,
        },
      },
    });
  } finally {
    await db.$disconnect();
  }
  await signInAs(page, email);
  await page.goto(`/portal/applications/${applicationId}/appointment`);
  await expect(page.getByTestId("hand-in-window")).toBeVisible();
  const days = await page.locator("input[name=day]").evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  expect(days.length).toBeGreaterThan(0);
  expect(days.every((day) => day <= closesOn)).toBe(true);
  expect(days.at(-1)).toBe(closesOn);

  // The application page says when the documents must reach the centre.
  await page.goto(`/portal/applications/${applicationId}`);
  await expect(page.getByTestId("extension-window")).toBeVisible();
});

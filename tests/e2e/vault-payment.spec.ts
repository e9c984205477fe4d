import path from "node:path";
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "./support/test";
import { hashPassword } from "../../lib/auth/password";
import { createPrismaClient } from "../../lib/db/client";
import { createApprovedApplication, createCompanyWithApplicant } from "../support/factories/booking";
import { signInThroughApi } from "./support/accounts";

// Issue 8 end to end: company documents uploaded once and reused by two applications; an invoice
// paid by receipt, confirmed by staff; booking and confirming the appointment. The approved
// application is created straight in the e2e server's database (E2E_DATABASE_URL), as booking.spec does.
const databaseUrl = process.env.E2E_DATABASE_URL!;
const SAMPLE_PDF = path.resolve("tests/e2e/fixtures/sample.pdf");
const PASSWORD = "vault e2e steppe password";

async function seedCompany() {
  const db = createPrismaClient(databaseUrl);
  try {
    const { company, applicant } = await createCompanyWithApplicant(db);
    const email = `vault-${randomBytes(4).toString("hex")}@example.kz`;
    await db.user.update({ where: { id: applicant.id }, data: { email, passwordHash: await hashPassword(PASSWORD) } });
    await db.person.create({
      data: {
        companyId: company.id,
        fullName: "ALEX STONE",
        citizenship: "GB",
        dateOfBirth: new Date("1984-03-02"),
        passportNumber: `P${randomBytes(4).toString("hex")}`,
        passportIssuedOn: new Date("2022-01-10"),
        passportExpiresOn: new Date("2032-01-09"),
      },
    });
    const { application } = await createApprovedApplication(db, {
      company,
      applicant: { ...applicant, email },
      personName: "ALEX STONE SENIOR",
      invoice: "unpaid",
    });
    const invoice = await db.invoice.findUniqueOrThrow({ where: { applicationId: application.id } });
    return { email, applicationId: application.id, invoiceNumber: invoice.number };
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

async function startWorkVisa(page: Page) {
  await page.goto("/portal/applications/new");
  await page.getByRole("button", { name: /^Work visa \(applicant in Kazakhstan\)/ }).click();
  await page.getByRole("radio", { name: "ALEX STONE", exact: true }).check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await page.getByRole("group", { name: "Where is ALEX STONE now?" }).getByRole("radio", { name: "In Kazakhstan" }).check();
  await page
    .getByRole("group", { name: "Validity of the visa" })
    .getByRole("radio", { name: /3.5 years/ })
    .check();
  await page
    .getByRole("group", { name: "Fee option" })
    .getByRole("radio", { name: /Walk-in/ })
    .check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { name: "Upload the documents" })).toBeVisible();
}

test("company documents are uploaded once and prefill two applications; payment is confirmed and the appointment booked and confirmed", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const seeded = await seedCompany();
  await signInAs(page, seeded.email);

  await page.goto("/portal/company-documents");
  await expect(page.getByRole("heading", { level: 1, name: "Company documents" })).toBeVisible();
  for (const slot of ["COMPANY_REGISTRATION_CERTIFICATE-ANY", "FIRST_HEAD_APPOINTMENT_ORDER-KK", "FIRST_HEAD_APPOINTMENT_ORDER-RU"]) {
    const box = page.getByTestId(`vault-${slot}`);
    await box.locator("input[type=file]").setInputFiles(SAMPLE_PDF);
    await expect(box.getByText(/^Current version, uploaded on/)).toBeVisible();
  }

  for (let i = 0; i < 2; i++) {
    await startWorkVisa(page);
    const certificate = page.getByTestId("slot-COMPANY_REGISTRATION_CERTIFICATE");
    await expect(certificate.getByRole("link", { name: "sample.pdf" })).toBeVisible();
    await expect(certificate.getByText("From company documents")).toBeVisible();
    await expect(page.getByTestId("slot-FIRST_HEAD_APPOINTMENT_ORDER").getByRole("link", { name: "sample.pdf" })).toHaveCount(2);
    await expect(page.getByTestId("slot-PASSPORT_COPY").getByRole("link")).toHaveCount(0);
  }

  // Payment: booking waits for it.
  const appointmentPath = `/portal/applications/${seeded.applicationId}/appointment`;
  await page.goto(appointmentPath);
  await expect(page.getByTestId("payment-required")).toBeVisible();
  await page.getByRole("link", { name: "View the invoice and upload the receipt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Invoice ${seeded.invoiceNumber}` })).toBeVisible();
  // The service fee only; the 0.5 MRP duty is paid to the state and shown apart (guide L70, 6.P1).
  await expect(page.getByTestId("invoice-total")).toHaveText(/^360\s000\sKZT$/);
  await expect(page.getByTestId("invoice-state-duty-apart")).toContainText("state budget");
  await page.locator("input[type=file]").setInputFiles(SAMPLE_PDF);
  await expect(page.getByTestId("invoice-status")).toHaveText(/Receipt received/);

  const staff = await (await browser.newContext()).newPage();
  await signInThroughApi(staff, "STAFF");
  await staff.goto("/staff/payments");
  const row = staff.getByTestId(`invoice-${seeded.invoiceNumber}`);
  await row.getByRole("link", { name: /Confirm payment/ }).click();
  await expect(row.getByTestId("confirm-step")).toContainText("The applicant can then book an appointment");
  await row.getByRole("button", { name: "Yes, payment received" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Payment confirmed." })).toBeVisible();
  await staff.goto("/staff/payments?report=1");
  await expect(staff.getByRole("heading", { name: "Confirmed payments" })).toBeVisible();

  await page.reload();
  await expect(page.getByTestId("invoice-status")).toHaveText(/Paid/);
  await page.goto(appointmentPath);
  // Far enough ahead that the appointment must be confirmed separately.
  await page.getByRole("group", { name: "Choose a day" }).getByRole("radio", { disabled: false }).nth(4).check();
  await page
    .getByRole("group", { name: /^Choose a time/ })
    .getByRole("radio", { disabled: false })
    .first()
    .check();
  await page.getByRole("button", { name: "Book this time" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your appointment is booked" })).toBeVisible();
  await page.getByRole("button", { name: "Confirm the appointment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Appointment confirmed." })).toBeVisible();
  await expect(page.getByTestId("appointment-confirmed")).toBeVisible();
});

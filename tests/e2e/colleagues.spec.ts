import path from "node:path";
import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./support/test";
import { hashPassword } from "../../lib/auth/password";
import { createPrismaClient } from "../../lib/db/client";
import { createCompanyWithApplicant } from "../support/factories/booking";

// Issue 17: an administrator invites a colleague, the colleague files an application, and the
// administrator sees it with the colleague's name. Data is prepared in the e2e server's database.
const databaseUrl = process.env.E2E_DATABASE_URL!;
const SAMPLE_PDF = path.resolve("tests/e2e/fixtures/sample.pdf");
const ADMIN_PASSWORD = "colleagues e2e admin passphrase";

async function signInAs(page: Page, email: string, password: string) {
  const request = page.context().request;
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  await request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, callbackUrl: "/" }, maxRedirects: 0 });
}

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

test("An administrator invites a colleague, the colleague files an application, and the administrator sees it with the colleague's name", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const suffix = randomBytes(4).toString("hex");
  const adminEmail = `admin-${suffix}@example.kz`;
  const colleagueEmail = `colleague-${suffix}@example.kz`;
  const db = createPrismaClient(databaseUrl);
  try {
    const { company, applicant } = await createCompanyWithApplicant(db);
    await db.user.update({
      where: { id: applicant.id },
      data: { email: adminEmail, name: "Aigerim Admin", passwordHash: await hashPassword(ADMIN_PASSWORD) },
    });
    await db.person.create({
      data: {
        companyId: company.id,
        fullName: "OLIVER GRANT",
        citizenship: "GB",
        dateOfBirth: new Date("1986-02-14T00:00:00Z"),
        passportNumber: `GB${suffix.toUpperCase()}`,
        passportIssuedOn: new Date("2021-06-01T00:00:00Z"),
        passportExpiresOn: new Date("2031-05-31T00:00:00Z"),
      },
    });
  } finally {
    await db.$disconnect();
  }

  // The administrator invites a colleague.
  await signInAs(page, adminEmail, ADMIN_PASSWORD);
  await page.goto("/portal");
  await page.getByRole("link", { name: "Colleagues" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Colleagues" })).toBeVisible();
  await page.getByLabel("Colleague's e-mail").fill(colleagueEmail);
  await page.getByRole("radio", { name: /^Member/ }).check();
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status")).toHaveText(`Invitation sent to ${colleagueEmail}.`);
  await page.reload();
  await expect(page.getByTestId("pending-invitation")).toContainText(colleagueEmail);
  await expect(page.getByTestId("team-activity")).toContainText(`Aigerim Admin invited ${colleagueEmail} as Member.`);
  await expectNoSeriousA11yViolations(page);

  // The link arrives by e-mail (read from the outbox row the e-mail is sent from).
  const reader = createPrismaClient(databaseUrl);
  let token: string;
  try {
    const row = await reader.outbox.findFirstOrThrow({ where: { kind: "COMPANY_INVITATION", toEmail: colleagueEmail } });
    token = (row.payload as { payload: { token: string } }).payload.token;
  } finally {
    await reader.$disconnect();
  }

  // The colleague accepts in their own browser and files an application.
  const context = await browser.newContext();
  const colleague = await context.newPage();
  await colleague.goto(`/invitation/${token!}`);
  await expect(colleague.getByText(/You are invited to join .* as Member/)).toBeVisible();
  await expectNoSeriousA11yViolations(colleague);
  await colleague.getByLabel("Your full name").fill("Dana Colleague");
  await colleague.getByLabel("Password").fill("a quiet river near astana");
  await colleague.getByRole("button", { name: "Join the company" }).click();
  await expect(colleague).toHaveURL("/portal");

  await colleague.getByRole("link", { name: "Submit new application" }).first().click();
  await colleague.getByRole("button", { name: /^Work visa \(applicant in Kazakhstan\)/ }).click();
  await colleague.getByRole("radio", { name: "OLIVER GRANT" }).check();
  await colleague.getByRole("button", { name: "Save and continue" }).click();
  await colleague.getByRole("group", { name: "Where is OLIVER GRANT now?" }).getByRole("radio", { name: "In Kazakhstan" }).check();
  await colleague.getByRole("group", { name: "Validity of the visa" }).getByRole("radio").first().check();
  await colleague.getByRole("button", { name: "Save and continue" }).click();
  await expect(colleague.getByRole("heading", { name: "Upload the documents" })).toBeVisible();
  const slots = colleague.locator("[data-testid^=slot-]");
  const count = await slots.count();
  for (let i = 0; i < count; i++) {
    const slot = slots.nth(i);
    await slot.locator("input[type=file]").setInputFiles(SAMPLE_PDF);
    await expect(slot.getByRole("link", { name: "sample.pdf" })).toBeVisible();
  }
  await colleague.getByRole("button", { name: "Continue to check your answers" }).click();
  await colleague.getByRole("button", { name: "Submit application" }).click();
  const number = colleague.getByTestId("confirmation-number");
  await expect(number).toHaveText(/^EC-\d{4}-\d{6}$/);
  const reference = (await number.textContent())!;
  await expect(colleague.getByTestId("filed-by")).toContainText("Filed by Dana Colleague");
  await context.close();

  // The administrator sees it, with the colleague's name.
  await page.goto("/portal");
  const row = page.getByRole("row", { name: new RegExp(reference) });
  await expect(row).toContainText("Dana Colleague");
  await row.getByRole("link", { name: reference }).click();
  await expect(page.getByTestId("filed-by")).toContainText("Filed by Dana Colleague");
  await page.goto("/portal/team");
  await expect(page.getByTestId("member-row").filter({ hasText: "Dana Colleague" })).toContainText("Member");
  await expect(page.getByTestId("team-activity")).toContainText(`${colleagueEmail} joined as Member.`);
});

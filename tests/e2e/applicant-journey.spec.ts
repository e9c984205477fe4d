import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./support/test";
import { registerAndConfirm, staffVerifiesCompany, validBin } from "./support/registration";

const SAMPLE_PDF = path.resolve("tests/e2e/fixtures/sample.pdf");

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

async function registerCompany(page: Page, suffix: string): Promise<string> {
  const companyName = `Karimova Capital ${suffix}`;
  await registerAndConfirm(page, {
    name: "Dana Karimova",
    email: `dana.${suffix}@example.kz`,
    password: "a quiet river near astana",
    companyName,
    // A BIN with a valid check digit, different per run.
    bin: validBin(`2501${suffix.padStart(7, "0").slice(-7)}`),
  });
  return companyName;
}

async function addPerson(page: Page, values: { name: string; passport: string; familyOf?: string }) {
  if (values.familyOf) {
    await page.getByRole("link", { name: `Add family member ${values.familyOf}` }).click();
  } else {
    await page.getByRole("link", { name: "Add a person" }).click();
  }
  await page.getByLabel("Full name").fill(values.name);
  await page.getByLabel("Citizenship").selectOption("GB");
  await page.getByLabel("Date of birth").fill("1986-02-14");
  await page.getByLabel("Passport number").fill(values.passport);
  await page.getByLabel("Date of issue").fill("2021-06-01");
  await page.getByLabel("Date of expiry").fill("2031-05-31");
  if (values.familyOf) await page.getByLabel("Relationship").selectOption("SPOUSE");
  await page.getByRole("button", { name: "Save person" }).click();
  await expect(page).toHaveURL("/portal/people");
}

test("a new company registers, confirms its e-mail, files a work visa for an employee and spouse, and submits once staff verify it", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const suffix = String(Date.now()).slice(-7);
  const companyName = await registerCompany(page, suffix);
  await expect(page.getByTestId("company-pending")).toBeVisible();

  await page.getByRole("link", { name: "People" }).click();
  await addPerson(page, { name: "Oliver Grant", passport: `GB${suffix}` });
  await addPerson(page, { name: "Emma Grant", passport: `GE${suffix}`, familyOf: "Oliver Grant" });
  await expect(page.getByRole("row", { name: /Emma Grant/ })).toContainText("Spouse");

  await page.getByRole("link", { name: "Submit new application" }).first().click();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: /^Work visa \(applicant in Kazakhstan\)/ }).click();

  // Step 1: people
  await expect(page.getByRole("heading", { name: "Who is this application for?" })).toBeVisible();
  await page.getByRole("radio", { name: "Oliver Grant" }).check();
  await page.getByRole("checkbox", { name: /Emma Grant/ }).check();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Save and continue" }).click();

  // Step 2: details, with the live quote: 940 000 walk-in to the centre, 30 MRP x 4 325 = 129 750 KZT to the state in 2026
  await expect(page.getByRole("heading", { name: "About the request" })).toBeVisible();
  await page.getByRole("group", { name: "Where is Oliver Grant now?" }).getByRole("radio", { name: "In Kazakhstan" }).check();
  await page
    .getByRole("group", { name: "Validity of the visa" })
    .getByRole("radio", { name: /3.5 years/ })
    .check();
  await page
    .getByRole("group", { name: "Fee option" })
    .getByRole("radio", { name: /Walk-in/ })
    .check();
  await expect(page.getByTestId("quote-service-fee")).toHaveText("940\u00a0000\u00a0KZT");
  await expect(page.getByTestId("quote-state-duty")).toHaveText("30 MRP (129\u00a0750\u00a0KZT)");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Save and continue" }).click();

  // Step 3: documents; the family-member documents are there because the spouse is included.
  await expect(page.getByRole("heading", { name: "Upload the documents" })).toBeVisible();
  const slots = page.locator("[data-testid^=slot-]");
  await expect(page.getByTestId("slot-FAMILY_RELATIONSHIP_CERTIFICATES")).toBeVisible();
  // Principal and spouse in one request: nobody has a visa yet, so none is asked for (L119, 6.P2).
  await expect(page.getByTestId("slot-PRINCIPAL_WORK_VISA")).toHaveCount(0);
  await expect(page.getByTestId("slot-STATE_DUTY_PAYMENT_PROOF")).toBeVisible();
  const count = await slots.count();
  const half = Math.ceil(count / 2);
  for (let i = 0; i < half; i++) {
    const slot = slots.nth(i);
    await slot.locator("input[type=file]").setInputFiles(SAMPLE_PDF);
    await expect(slot.getByRole("link", { name: "sample.pdf" })).toBeVisible();
  }
  // Leave and come back: the draft keeps everything.
  await page.reload();
  for (let i = 0; i < half; i++) await expect(slots.nth(i).getByRole("link", { name: "sample.pdf" })).toBeVisible();
  for (let i = half; i < count; i++) {
    const slot = slots.nth(i);
    await slot.locator("input[type=file]").setInputFiles(SAMPLE_PDF);
    await expect(slot.getByRole("link", { name: "sample.pdf" })).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Continue to check your answers" }).click();

  // Step 4: check and submit
  await expect(page.getByRole("heading", { name: "Check your answers before submitting" })).toBeVisible();
  await expect(page.getByTestId("quote-service-fee")).toHaveText("940\u00a0000\u00a0KZT");
  // The passports (to 31 May 2031) end before the 3-5 year band paid for: warned, confirmed (6.P6).
  await expect(page.getByTestId("submission-warnings")).toContainText("Oliver Grant’s passport expires on 31 May 2031");
  await page.getByRole("checkbox", { name: /I understand that the visa cannot be valid beyond the passport/ }).check();
  await expectNoSeriousA11yViolations(page);
  // The company is not verified yet: the draft is complete but cannot be submitted.
  await page.getByRole("button", { name: "Submit application" }).click();
  await expect(page.getByText("Your company is not verified yet")).toBeVisible();
  await staffVerifiesCompany(browser, companyName);
  await page.reload();
  await expect(page.getByTestId("company-pending")).toHaveCount(0);
  // The confirmation is part of the submit form, not stored: after the reload it is given again.
  await page.getByRole("checkbox", { name: /I understand that the visa cannot be valid beyond the passport/ }).check();
  await page.getByRole("button", { name: "Submit application" }).click();
  const number = page.getByTestId("confirmation-number");
  await expect(number).toHaveText(/^EC-\d{4}-\d{6}$/);
  const reference = (await number.textContent())!;
  await expect(page.getByTestId("application-status")).toHaveText("Submitted");

  await page.getByRole("link", { name: "My applications" }).first().click();
  await expect(page.getByRole("row", { name: new RegExp(reference) })).toContainText("Submitted");
});

test("an upload that is not a PDF, JPEG or PNG is refused with a reason", async ({ page, allowConsoleErrors }) => {
  // The refusal is a 415 answer, which the browser logs as a failed resource.
  allowConsoleErrors(/status of 415/);
  const suffix = String(Date.now() + 1).slice(-7);
  await registerCompany(page, suffix);
  await page.getByRole("link", { name: "People" }).click();
  await addPerson(page, { name: "Liam Novak", passport: `LN${suffix}` });
  await page.goto("/portal/applications/new");
  await page
    .getByRole("button", { name: /^IIN\b|Individual identification number/ })
    .first()
    .click();
  await page.getByRole("radio", { name: "Liam Novak" }).check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await page
    .getByRole("group", { name: /Where is Liam Novak now/ })
    .getByRole("radio", { name: "In Kazakhstan" })
    .check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  const slot = page.locator("[data-testid^=slot-]").first();
  await slot
    .locator("input[type=file]")
    .setInputFiles({ name: "passport.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ\x90\x00 this is an executable") });
  await expect(slot.getByRole("alert")).toContainText("passport.pdf is not a PDF, JPEG or PNG file.");
});

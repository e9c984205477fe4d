import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./support/test";
import { signInThroughApi } from "./support/accounts";
import { giveApplicantPassword, SEEDED_PASSWORD, signInWithPassword, withE2eDatabase } from "./support/applicant-seed";
import { seedApplicationWithFiles } from "./support/review-seed";

// Issue 16, defects 5, 7, 8, 9, 11, 12, 13 and 15: the patterns a new user met on the way.

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).exclude("iframe").withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

/** A company with an applicant who can sign in and one person in the register (visa C3 until 15 January 2027). */
async function seedApplicantWithPerson() {
  const app = await seedApplicationWithFiles(["PASSPORT_COPY"]);
  await withE2eDatabase((db) =>
    db.person.updateMany({
      where: { companyId: app.companyId },
      data: { visaCategory: "C3", visaExpiresOn: new Date("2027-01-15T00:00:00Z") },
    }),
  );
  const email = await giveApplicantPassword(app.applicant.id);
  return { ...app, email };
}

async function startDraft(page: Page, serviceName: RegExp, personName: string) {
  await page.goto("/portal/applications/new");
  await page.getByRole("button", { name: serviceName }).first().click();
  await page.getByRole("radio", { name: personName }).check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "About the request" })).toBeVisible();
}

/** Answers every question still unanswered with its first option. */
async function answerTheRest(page: Page) {
  const groups = page.getByRole("main").getByRole("group");
  for (let i = 0; i < (await groups.count()); i++) {
    const radios = groups.nth(i).getByRole("radio");
    if ((await radios.count()) === 0) continue;
    let checked = false;
    for (let j = 0; j < (await radios.count()); j++) checked ||= await radios.nth(j).isChecked();
    if (!checked) await radios.first().check();
  }
}

test("Eligibility is decided at the question that decides it, with the right service offered instead; the register's visa date is not asked again", async ({
  page,
}) => {
  const seeded = await seedApplicantWithPerson();
  await signInWithPassword(page, seeded.email);
  await startDraft(page, /^Work visa invitation \(applicant outside Kazakhstan\)/, seeded.personName);
  // Only the deciding question first.
  await expect(page.getByRole("group", { name: /Validity of the visa/ })).toHaveCount(0);
  await page.getByRole("radio", { name: "In Kazakhstan" }).check();
  const stop = page.getByTestId("eligibility-stop");
  await expect(stop).toContainText("only for someone who is outside Kazakhstan");
  await expect(stop.getByRole("link", { name: /Work visa \(applicant in Kazakhstan\)/ })).toHaveAttribute("href", /service=WORK_VISA$/);
  await expect(page.getByRole("button", { name: "Save and continue" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await startDraft(page, /^Work visa \(C3\) extension/, seeded.personName);
  await page.getByRole("radio", { name: "In Kazakhstan" }).check();
  await expect(page.getByTestId("register-visa-expiry")).toContainText("15 January 2027");
  await expect(page.getByLabel("When does the current visa expire?")).toHaveCount(0);
});

test("Check answers: Change returns to check answers, steps have a Back link and titles, errors come first with Error: in the title, dates are words", async ({
  page,
}) => {
  const seeded = await seedApplicantWithPerson();
  await signInWithPassword(page, seeded.email);
  await startDraft(page, /^Work visa \(C3\) extension/, seeded.personName);
  await expect(page).toHaveTitle(/^About the request · /);
  await expect(page.getByTestId("back-link")).toHaveAttribute("href", /\/people$/);

  // Saving with nothing chosen: the error summary is above the h1 and the title says Error.
  await page.getByRole("button", { name: "Save and continue" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeVisible();
  await expect(page).toHaveTitle(/^Error: About the request/);
  const summaryFirst = await page.evaluate(() => {
    const s = document.querySelector("[data-testid=error-summary]")!;
    const h1 = document.querySelector("main h1")!;
    return Boolean(s.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(summaryFirst).toBe(true);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("radio", { name: "In Kazakhstan" }).check();
  await answerTheRest(page);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveTitle(/^Upload the documents · /);
  await page.getByRole("button", { name: "Continue to check your answers" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers before submitting" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("15 January 2027");
  await expect(page.getByRole("main")).not.toContainText("2027-01-15");

  // Change → Save and continue → straight back to check answers.
  await page
    .getByRole("link", { name: /Change.*About the request|Change.*Details/ })
    .first()
    .click();
  await expect(page.getByTestId("back-link")).toHaveAttribute("href", /\/check$/);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(/\/check$/);
});

test("Staff read words, not codes: where the person is, the visa date and every history event", async ({ browser }) => {
  const app = await seedApplicationWithFiles(["PASSPORT_COPY"], { status: "IN_REVIEW", serviceCode: "VISA_EXTENSION_C3" });
  await withE2eDatabase(async (db) => {
    await db.application.update({
      where: { id: app.id },
      data: {
        answers: { personLocation: "OUTSIDE_KZ", visaExpiryDate: "2027-01-15", feeOption: "STANDARD", validityBand: "YEARS_1_TO_2" },
      },
    });
    for (const action of ["ISSUE_INVOICE", "UPLOAD_RECEIPT", "CONFIRM_PAYMENT", "CONFIRM_APPOINTMENT"]) {
      await db.auditEvent.create({ data: { action, entityType: "Application", entityId: app.id, applicationId: app.id } });
    }
  });
  for (const [locale, words] of [
    ["", "Outside Kazakhstan"],
    ["/ru", "За пределами Казахстана"],
    ["/kk", "Қазақстаннан тыс жерде"],
  ] as const) {
    const staff = await (await browser.newContext()).newPage();
    await signInThroughApi(staff, "STAFF");
    await staff.goto(`${locale}/staff/applications/${app.id}`);
    const main = staff.getByRole("main");
    await expect(main).toContainText(words);
    for (const code of [
      "OUTSIDE_KZ",
      "personLocation",
      "ISSUE_INVOICE",
      "UPLOAD_RECEIPT",
      "CONFIRM_PAYMENT",
      "CONFIRM_APPOINTMENT",
      "2027-01-15",
    ])
      await expect(main).not.toContainText(code);
  }
});

test("An IIN with a wrong check digit is refused; each date field says which date is wrong", async ({ page }) => {
  const seeded = await seedApplicantWithPerson();
  await signInWithPassword(page, seeded.email);
  await page.goto("/portal/people/new");
  await expect(page).toHaveTitle(/^Add a person · /);
  await page.getByLabel("Full name").fill("Ivan Petrov");
  await page.getByLabel("Citizenship").selectOption("RU");
  await page.getByLabel("IIN", { exact: false }).fill("900214300123");
  await page.getByRole("button", { name: "Save person" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toContainText("This IIN is not valid");
  await expect(summary).toContainText("Enter the date of birth as a real date");
  await expect(summary).toContainText("Enter the passport's date of issue as a real date");
  await expect(summary).toContainText("Enter the passport's date of expiry as a real date");
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoSeriousA11yViolations(page);
});

test("An administrator typing 4,5 as the MRP reads a message in words, with an error summary", async ({ page }) => {
  await signInThroughApi(page, "ADMIN");
  await page.goto("/admin/mrp");
  await page.getByLabel("Year").fill("2031");
  await page.getByLabel(/MRP/).last().fill("4,5");
  await page.getByRole("button", { name: /Save/ }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toContainText("Enter the MRP in whole tenge, digits only");
  await expect(page.getByRole("main")).not.toContainText("expected number");
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoSeriousA11yViolations(page);
});

test("TRP: minus five days of stay is 'Enter a number greater than 0', not 'Answer this question'", async ({ page }) => {
  const seeded = await seedApplicantWithPerson();
  await signInWithPassword(page, seeded.email);
  await startDraft(page, /^Temporary residence permit/, seeded.personName);
  await page.getByRole("radio", { name: "In Kazakhstan" }).check();
  await answerTheRest(page);
  await page.getByLabel(/How many calendar days/).fill("-5");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Enter a number greater than 0");
  await expect(page.getByTestId("error-summary")).not.toContainText("Answer this question");
});

test("On a 390 px phone the dashboard fits the screen and the header is compact", async ({ browser }) => {
  const seeded = await seedApplicantWithPerson();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signInWithPassword(page, seeded.email);
  await page.goto("/portal");
  const card = page.getByTestId("application-cards").getByRole("listitem").first();
  await expect(card).toContainText("Submitted");
  const box = (await card.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const header = (await page.locator("header").first().boundingBox())!;
  expect(header.height).toBeLessThanOrEqual(110);
  await expectNoSeriousA11yViolations(page);
});

test("On a 390 px phone the holiday calendar fits the screen (its table scrolls inside its own box)", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signInThroughApi(page, "ADMIN");
  await page.goto("/kk/admin/holidays");
  await expect(page.getByRole("table")).toBeVisible();
  // The page tour measured 410 px: the screen-reader-only parts of the last column were positioned
  // against the page, not the scrolling box, and so widened the page.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousA11yViolations(page);
});

test("When the session ends during a step, sign-in says so, the header is current, and the answer comes back", async ({ page }) => {
  const seeded = await seedApplicantWithPerson();
  await signInWithPassword(page, seeded.email);
  await startDraft(page, /^Work visa \(C3\) extension/, seeded.personName);
  await page.getByRole("radio", { name: "In Kazakhstan" }).check();
  await answerTheRest(page);
  await page.getByRole("radio", { name: /Walk-in/ }).check();
  const detailsUrl = page.url();
  await page.context().clearCookies();
  await page.getByRole("button", { name: "Save and continue" }).click();

  await expect(page.getByTestId("session-ended")).toContainText("Your session has ended");
  await expect(page.locator("header")).not.toContainText("Signed in as");
  await expect(page.locator("header").getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.getByLabel("E-mail").fill(seeded.email);
  await page.getByLabel("Password").fill(SEEDED_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(detailsUrl);
  await expect(page.getByTestId("answers-restored")).toBeVisible();
  await expect(page.getByRole("radio", { name: /Walk-in/ })).toBeChecked();
});

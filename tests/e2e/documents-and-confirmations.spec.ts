import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./support/test";
import { signInThroughApi } from "./support/accounts";
import { giveApplicantPassword, signInWithPassword, withE2eDatabase } from "./support/applicant-seed";
import { seedApplicationWithFiles } from "./support/review-seed";

// Issue 16, defects 3, 4 and 6: rejected files are replaced (not "deleted" into an error),
// deleting asks first, approval comments reach the applicant, a replaced document's review form
// starts blank, and irreversible staff and admin steps ask before acting (with an undo where possible).
const SAMPLE_PDF = path.resolve("tests/e2e/fixtures/one-page.pdf");

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).exclude("iframe").withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

async function seedChangesRequested() {
  const app = await seedApplicationWithFiles(["PASSPORT_COPY", "PHOTO"], { status: "CHANGES_REQUESTED" });
  await withE2eDatabase(async (db) => {
    const [passport, photo] = app.documents;
    await db.applicationDocument.update({
      where: { id: passport.id },
      data: { status: "REJECTED", rejectReason: "EXPIRED", reviewerComment: "The passport expired in March.", reviewedAt: new Date() },
    });
    await db.applicationDocument.update({
      where: { id: photo.id },
      data: { status: "APPROVED", reviewerComment: "Good photo, thank you.", reviewedAt: new Date() },
    });
  });
  return app;
}

test("В русском интерфейсе отклонённый файл заменяют, а не удаляют; удаление спрашивает подтверждение; комментарий к одобрению виден", async ({
  page,
}) => {
  const app = await seedChangesRequested();
  await signInWithPassword(page, await giveApplicantPassword(app.applicant.id));
  await page.goto(`/ru/portal/applications/${app.id}`);

  const photo = page.getByTestId("document-PHOTO");
  await expect(photo.getByTestId("approval-comment")).toContainText("Good photo, thank you.");

  const passport = page.getByTestId("document-PASSPORT_COPY");
  await expect(passport.getByTestId("reject-reason")).toContainText("The passport expired in March.");
  // The rejected file stays on record: no "Delete" that can only fail, a clear "Upload a replacement".
  await expect(passport.getByRole("button", { name: /Удалить/ })).toHaveCount(0);
  await expect(passport.getByText("Загрузить замену")).toBeVisible();
  await expect(page.getByTestId("status-panel")).toContainText("Замените отклонённый документ");
  await expectNoSeriousA11yViolations(page);

  await passport.locator("input[type=file]").setInputFiles(SAMPLE_PDF);
  await expect(passport.getByRole("link", { name: "one-page.pdf" })).toBeVisible();
  await expect(page.getByTestId("status-panel")).not.toContainText(" 0 ");
  await expect(page.getByTestId("status-panel")).toContainText("Все отклонённые документы заменены");

  // Deleting the new file asks first; cancelling keeps it.
  await passport.getByRole("button", { name: /Удалить/ }).click();
  await expect(passport.getByTestId("confirm-step")).toContainText("Удалить one-page.pdf?");
  await expectNoSeriousA11yViolations(page);
  await passport.getByRole("button", { name: "Отмена" }).click();
  await expect(passport.getByRole("link", { name: "one-page.pdf" })).toBeVisible();
  await passport.getByRole("button", { name: /Удалить/ }).click();
  await passport.getByRole("button", { name: "Да, удалить" }).click();
  await expect(passport.getByRole("link", { name: "one-page.pdf" })).toHaveCount(0);
  await expect(passport.getByRole("alert")).toHaveCount(0);
  await expect(page.getByTestId("status-panel")).toContainText("Замените отклонённый документ");

  // Replace it again and resubmit; staff then see a blank form for the replaced passport.
  await passport.locator("input[type=file]").setInputFiles(SAMPLE_PDF);
  await expect(passport.getByRole("link", { name: "one-page.pdf" })).toBeVisible();
  // (This seeded application lacks the service's other documents, so it is put back in review directly.)
  await withE2eDatabase((db) => db.application.update({ where: { id: app.id }, data: { status: "IN_REVIEW" } }));

  const staff = await (await page.context().browser()!.newContext()).newPage();
  await signInThroughApi(staff, "STAFF");
  await staff.goto(`/staff/applications/${app.id}?doc=PASSPORT_COPY`);
  const form = staff.locator("form").filter({ has: staff.getByRole("group", { name: /Your decision on: Copy of the passport/ }) });
  await expect(form.getByRole("radio", { name: "Approve" })).toBeChecked();
  await expect(form.getByLabel(/Comment/)).toHaveValue("");
});

test("Staff are asked before approving documents or requesting changes, and the decision is explained", async ({ browser }) => {
  const app = await seedApplicationWithFiles(["PASSPORT_COPY"], { status: "IN_REVIEW" });
  const staff = await (await browser.newContext()).newPage();
  await signInThroughApi(staff, "STAFF");
  await staff.goto(`/staff/applications/${app.id}`);
  await staff.getByRole("button", { name: "Approve document", exact: true }).click();
  await expect(staff.getByTestId("document-status").first()).toContainText("Approved");
  await expect(staff.getByText("1 document: 1 approved, 0 rejected, 0 awaiting a decision.")).toBeVisible();
  await staff.getByRole("button", { name: "Approve documents" }).click();
  await expect(staff.getByTestId("confirm-step")).toContainText("an invoice is issued");
  await expectNoSeriousA11yViolations(staff);
  await staff.getByRole("button", { name: "Cancel" }).click();
  await expect(staff.getByTestId("confirm-step")).toHaveCount(0);
  await staff.getByRole("button", { name: "Approve documents" }).click();
  await staff.getByRole("button", { name: "Yes, approve documents" }).click();
  await expect(staff.getByText("Documents approved. Waiting for the applicant to book")).toBeVisible();
});

test("An administrator is asked before removing a holiday and can undo it", async ({ page }) => {
  await signInThroughApi(page, "ADMIN");
  const year = 2031;
  await page.goto(`/admin/holidays?year=${year}`);
  await page.getByLabel("Date").fill(`${year}-03-08`);
  await page.getByLabel("Name").fill("International Women's Day");
  await page.getByLabel("Kind").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Add day" }).click();
  const row = page.getByRole("row", { name: /8 March 2031/ });
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: /Remove/ }).click();
  await expect(row.getByTestId("confirm-step")).toContainText("Due dates already set do not move");
  await expectNoSeriousA11yViolations(page);
  await row.getByRole("button", { name: "Yes, remove the day" }).click();
  await expect(page.getByRole("status").filter({ hasText: "was removed from the calendar" })).toBeVisible();
  await expect(page.getByRole("row", { name: /8 March 2031/ })).toHaveCount(0);
  await page.getByRole("button", { name: /Undo/ }).click();
  await expect(page.getByRole("row", { name: /8 March 2031/ })).toBeVisible();
});

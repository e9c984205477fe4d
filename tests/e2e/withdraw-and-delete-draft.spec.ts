import { expect, test } from "./support/test";
import { giveApplicantPassword, signInWithPassword, withE2eDatabase } from "./support/applicant-seed";
import { seedApplicationWithFiles } from "./support/review-seed";

// Issue 16's last browser dialogs: withdrawing an application and deleting a draft ask first in the
// page (the confirmation step every other irreversible action uses), and Cancel changes nothing.

test("An applicant withdraws a submitted application after confirming in the page; Cancel first changes nothing", async ({ page }) => {
  const app = await seedApplicationWithFiles(["PASSPORT_COPY"]);
  await signInWithPassword(page, await giveApplicantPassword(app.applicant.id));
  page.on("dialog", () => {
    throw new Error("no browser dialog is expected");
  });
  await page.goto(`/portal/applications/${app.id}`);

  await page.getByRole("button", { name: "Withdraw this application" }).click();
  const step = page.getByTestId("confirm-step");
  await expect(step.getByText("Withdraw this application?")).toBeVisible();
  await expect(step).toBeFocused();
  await step.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("button", { name: "Withdraw this application" })).toBeFocused();
  const unchanged = await withE2eDatabase((db) => db.application.findUniqueOrThrow({ where: { id: app.id }, select: { status: true } }));
  expect(unchanged.status).toBe("SUBMITTED");

  await page.getByRole("button", { name: "Withdraw this application" }).click();
  await page.getByRole("button", { name: "Yes, withdraw the application" }).click();
  await expect(page.getByText("You withdrew this application.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Withdraw this application" })).toHaveCount(0);
  const withdrawn = await withE2eDatabase((db) => db.application.findUniqueOrThrow({ where: { id: app.id }, select: { status: true } }));
  expect(withdrawn.status).toBe("WITHDRAWN");
});

test("Заявитель удаляет черновик после подтверждения на странице и возвращается на главную", async ({ page }) => {
  const app = await seedApplicationWithFiles(["PASSPORT_COPY"], { status: "DRAFT" });
  await signInWithPassword(page, await giveApplicantPassword(app.applicant.id));
  page.on("dialog", () => {
    throw new Error("no browser dialog is expected");
  });
  await page.goto(`/ru/portal/applications/${app.id}/people`);

  await page.getByRole("button", { name: "Удалить черновик" }).click();
  await expect(page.getByTestId("confirm-step").getByText("Удалить черновик?")).toBeVisible();
  await page.getByRole("button", { name: "Да, удалить черновик" }).click();
  await expect(page).toHaveURL(/\/ru\/portal$/);
  const left = await withE2eDatabase((db) => db.application.count({ where: { id: app.id } }));
  expect(left).toBe(0);
});

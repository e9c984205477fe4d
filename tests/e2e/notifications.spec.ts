import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/test";
import { signInThroughApi } from "./support/accounts";

// The administrator receives no notifications (new items go to STAFF users), so these checks do
// not depend on what other specs running in parallel do to the applicant's or staff's inbox.

test("a signed-in user sees the bell in the header and an empty notifications page", async ({ page }) => {
  await signInThroughApi(page, "ADMIN");
  await page.goto("/admin");
  const bell = page.getByRole("link", { name: "Notifications: no unread" });
  await expect(bell).toBeVisible();
  await bell.click();
  await expect(page).toHaveURL("/notifications");
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  await expect(page.getByText("You have no notifications yet.")).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations).toEqual([]);
});

test("the notifications page and the bell speak the reader's language", async ({ page }) => {
  await signInThroughApi(page, "ADMIN");
  await page.goto("/ru/notifications");
  await expect(page.getByRole("heading", { level: 1, name: "Уведомления" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Уведомления: нет непрочитанных" })).toBeVisible();
});

test("a visitor opening the notifications page is sent to sign in", async ({ page }) => {
  await page.goto("/notifications");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fnotifications/);
});

test("applicants choose which optional e-mails they receive; mandatory ones stay on", async ({ page }) => {
  await signInThroughApi(page, "APPLICANT");
  await page.goto("/profile");
  const mandatory = page.getByRole("checkbox", { name: "Application rejected" });
  await expect(mandatory).toBeChecked();
  await expect(mandatory).toBeDisabled();
  const reminder = page.getByRole("checkbox", { name: "Reminder the working day before an appointment" });
  await reminder.uncheck();
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByRole("status")).toHaveText("Your preferences have been saved.");
  await page.reload();
  await expect(reminder).not.toBeChecked();
  await reminder.check();
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByRole("status")).toHaveText("Your preferences have been saved.");
});

import { expect, test } from "@playwright/test";
import { binCheckDigit } from "../../lib/rules/bin";

/** The first valid BIN at or after `start` (11 digits + check digit; some prefixes have none). */
function validBin(start: string): string {
  for (let n = Number(start.slice(0, 11)); ; n++) {
    const first11 = String(n).padStart(11, "0");
    const check = binCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

test("a user changes their password on the profile page and signs in with the new one", async ({ page }) => {
  const suffix = String(Date.now()).slice(-6);
  const email = `owner.${suffix}@example.kz`;
  await page.goto("/register");
  await page.getByLabel("Your full name").fill("Arman Tulegenov");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("first steppe passphrase");
  await page.getByLabel("Company name").fill(`Tulegenov Partners ${suffix}`);
  await page.getByLabel("Company BIN").fill(validBin(`19${suffix}000`));
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL("/portal");

  await page.goto("/profile");
  await page.getByLabel("Current password").fill("wrong passphrase");
  await page.getByLabel("New password", { exact: true }).fill("second river passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator("#currentPassword-error")).toHaveText("The current password is not correct");

  await page.getByLabel("Current password").fill("first steppe passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password was changed" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("second river passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/portal");
});

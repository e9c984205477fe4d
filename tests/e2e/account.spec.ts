import { expect, test } from "./support/test";
import { registerAndConfirm, validBin } from "./support/registration";

test("a user changes their password on the profile page and signs in with the new one", async ({ page }) => {
  const suffix = String(Date.now()).slice(-6);
  const email = `owner.${suffix}@example.kz`;
  await registerAndConfirm(page, {
    name: "Arman Tulegenov",
    email,
    password: "first steppe passphrase",
    companyName: `Tulegenov Partners ${suffix}`,
    bin: validBin(`19${suffix}000`),
  });

  await page.goto("/profile");
  await page.getByLabel("Current password").fill("wrong passphrase");
  await page.getByLabel("New password", { exact: true }).fill("second river passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator("#currentPassword-error")).toHaveText("The current password is not correct");

  await page.getByLabel("Current password").fill("first steppe passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password was changed" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  // Signed out only once the action has answered (its redirect home): going on before that can
  // cancel it on a slow machine, and the sign-in page then sends the still signed-in user on.
  await expect(page).toHaveURL("/");
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("second river passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/portal");
});

test("the profile lists each signed-in device and signs one out at once", async ({ page, browser }) => {
  const suffix = String(Date.now()).slice(-6);
  const values = {
    name: "Gulnar Sadykova",
    email: `devices.${suffix}@example.kz`,
    password: "three devices one account",
    companyName: `Sadykova Trade ${suffix}`,
    bin: validBin(`20${suffix}000`),
  };
  await registerAndConfirm(page, values);

  // The same account signs in on a second device (another browser).
  const laptop = await browser.newContext({
    userAgent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15",
  });
  const other = await laptop.newPage();
  await other.goto("/sign-in");
  await other.getByLabel("E-mail").fill(values.email);
  await other.getByLabel("Password").fill(values.password);
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other).toHaveURL("/portal");

  await page.goto("/profile");
  const rows = page.getByTestId("session-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: /This device/ })).toHaveCount(1);
  const laptopRow = rows.filter({ hasText: "Safari · macOS" });
  await expect(laptopRow).toContainText(/Address (127\.0\.0\.1|::1) ·/);
  await laptopRow.getByRole("button", { name: "Sign out this device" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The device was signed out" })).toBeVisible();
  await expect(page.getByTestId("session-row")).toHaveCount(1);

  // The laptop's very next request is signed out.
  await other.goto("/portal");
  await expect(other).toHaveURL(/\/sign-in/);
  await laptop.close();
});

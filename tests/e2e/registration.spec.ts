import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/test";
import { confirmationPath, fillRegistration, outboxCount, registerAndConfirm, validBin } from "./support/registration";

const base = { name: "Asel Bekova", password: "steppe winds over astana", companyName: "Bekova Advisory Ltd." };

test("registration with an invalid BIN shows the error next to the field", async ({ page }) => {
  await fillRegistration(page, { ...base, email: "asel@example.kz", bin: "200140056784" });
  const binError = page.locator("#bin-error");
  await expect(binError).toHaveText("This BIN is not valid: check the digits (the last one is a check digit)");
  await expect(page.getByLabel("Company BIN")).toHaveAttribute("aria-invalid", "true");
  await expect(
    page.getByRole("alert", { name: "There is a problem" }).getByRole("link", { name: /This BIN is not valid/ }),
  ).toHaveAttribute("href", "#bin");
  await expect(page).toHaveURL("/register");
});

test("a short or common password is refused with the reason", async ({ page }) => {
  await fillRegistration(page, { ...base, email: "weak@example.kz", bin: "191240123458", password: "password1" });
  await expect(page.locator("#password-error")).toHaveText("The password must be at least 12 characters");
  await page.getByLabel("Password").fill("Password1234");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("#password-error")).toHaveText("This password is too common. Choose another one");
});

test("a new company confirms its e-mail, waits for verification, and a taken address gets the same answer", async ({ page, browser }) => {
  const suffix = String(Date.now()).slice(-6);
  const email = `founder.${suffix}@example.kz`;
  const values = { ...base, email, companyName: `Bekova Advisory ${suffix}`, bin: validBin(`19${suffix}000`) };

  // Signing in before the address is confirmed is refused with the reason.
  await fillRegistration(page, values);
  await expect(page.getByTestId("registration-sent")).toContainText(email);
  const first = await confirmationPath(email);
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(values.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Confirm your e-mail address first");

  // Registering again with the unconfirmed address sends a fresh link; the first one stops working.
  await registerAndConfirm(page, values, { previousLink: first });
  const used = await confirmationPath(email);
  expect(used).not.toBe(first);
  await expect(page.getByTestId("company-pending")).toContainText("Your company is awaiting verification");
  for (const link of [first, used]) {
    await page.goto(link);
    await page.getByRole("button", { name: "Confirm my e-mail address" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "This link is not valid" })).toBeVisible();
  }

  // Someone else registering with the same address sees exactly the same answer; the owner is told.
  const other = await browser.newPage();
  await fillRegistration(other, { ...values, name: "Someone Else", bin: validBin(`22${suffix}000`) });
  await expect(other.getByTestId("registration-sent")).toContainText(email);
  await expect.poll(() => outboxCount(email, "ACCOUNT_REGISTRATION_ATTEMPT")).toBe(1);
});

test("the registration page has no serious accessibility violations", async ({ page }) => {
  await page.goto("/register");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
});

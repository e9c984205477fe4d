import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

async function fillRegistration(page: import("@playwright/test").Page, values: { email: string; bin: string; password?: string }) {
  await page.getByLabel("Your full name").fill("Asel Bekova");
  await page.getByLabel("E-mail").fill(values.email);
  await page.getByLabel("Password").fill(values.password ?? "steppe winds over astana");
  await page.getByLabel("Company name").fill("Bekova Advisory Ltd.");
  await page.getByLabel("Company BIN").fill(values.bin);
  await page.getByRole("button", { name: "Create account" }).click();
}

test("registration with an invalid BIN shows the error next to the field", async ({ page }) => {
  await page.goto("/register");
  await fillRegistration(page, { email: "asel@example.kz", bin: "200140056784" });
  const binError = page.locator("#bin-error");
  await expect(binError).toHaveText("This BIN is not valid: check the digits (the last one is a check digit)");
  await expect(page.getByLabel("Company BIN")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("alert", { name: "There is a problem" }).getByRole("link", { name: /This BIN is not valid/ })).toHaveAttribute("href", "#bin");
  await expect(page).toHaveURL("/register");
});

test("a weak password is refused with a reason", async ({ page }) => {
  await page.goto("/register");
  await fillRegistration(page, { email: "weak@example.kz", bin: "191240123458", password: "password1" });
  await expect(page.locator("#password-error")).toHaveText("This password is too common. Choose another one");
});

test("a new company registers and lands in its portal; the same BIN cannot register twice", async ({ page, browser }) => {
  await page.goto("/register");
  await fillRegistration(page, { email: "founder@example.kz", bin: "191240123458" });
  await expect(page).toHaveURL("/portal");
  await expect(page.getByText("Company: Bekova Advisory Ltd.")).toBeVisible();

  const other = await browser.newPage();
  await other.goto("/register");
  await fillRegistration(other, { email: "second@example.kz", bin: "191240123458" });
  await expect(other.locator("#bin-error")).toHaveText("A company with this BIN is already registered. Ask its representative to add you.");
  await fillRegistration(other, { email: "founder@example.kz", bin: "221140000010" });
  await expect(other.locator("#email-error")).toHaveText("An account with this e-mail already exists. Sign in instead.");
});

test("the registration page has no serious accessibility violations", async ({ page }) => {
  await page.goto("/register");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
});

import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/test";
import { demoAccount, signInThroughApi, type DemoRole } from "./support/accounts";

const HOMES: [DemoRole, string, string][] = [
  ["APPLICANT", "/portal", "My applications"],
  ["STAFF", "/staff", "Review queue"],
  ["ADMIN", "/admin", "Administration"],
];

for (const [role, home, heading] of HOMES) {
  test(`a ${role.toLowerCase()} signs in with e-mail and password and lands on their home`, async ({ page }) => {
    const { email, password } = demoAccount(role);
    await page.goto("/sign-in");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(home);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  });
}

test("a wrong password is refused with one message and no hint which part was wrong", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(demoAccount("STAFF").email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("The e-mail or password is not correct.");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a visitor going to the portal is sent to sign in and brought back", async ({ page }) => {
  await page.goto("/portal");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fportal/);
  const { email, password } = demoAccount("APPLICANT");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/portal");
});

test("an applicant opening the staff area gets a 403 page, not a crash", async ({ page, allowConsoleErrors }) => {
  // This test opens a refused or missing page on purpose; the browser logs its status.
  allowConsoleErrors(/status of 40[034]/);
  await signInThroughApi(page, "APPLICANT");
  const response = await page.goto("/staff");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  const adminResponse = await page.goto("/admin");
  expect(adminResponse?.status()).toBe(403);
});

test("staff cannot open the admin area, admins can open the staff area", async ({ browser, allowConsoleErrors }) => {
  // This test opens a refused or missing page on purpose; the browser logs its status.
  allowConsoleErrors(/status of 40[034]/);
  const staff = await browser.newPage();
  await signInThroughApi(staff, "STAFF");
  expect((await staff.goto("/admin"))?.status()).toBe(403);
  const admin = await browser.newPage();
  await signInThroughApi(admin, "ADMIN");
  expect((await admin.goto("/staff"))?.status()).toBe(200);
  await expect(admin.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
});

test("signing out ends the session", async ({ page }) => {
  await signInThroughApi(page, "APPLICANT");
  await page.goto("/portal");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/portal");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the sign-in page has no serious accessibility violations", async ({ page }) => {
  await page.goto("/sign-in");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
});

test("validating the sign-in form breaks no Content-Security-Policy rule (zod runs without eval)", async ({ page }) => {
  // Issue 19 (e): zod's first parse probed for eval, which the CSP refuses; the browser reported
  // a violation on every page with a validated form. Collected here as the browser raises them.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const consoleViolations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|unsafe-eval/i.test(message.text())) consoleViolations.push(message.text());
  });
  await page.goto("/sign-in");
  // An empty submit, then a wrong password. Sign-in now checks without zod (lib/auth/sign-in-check.ts);
  // the test still holds the page to no CSP violation whatever its form validates with.
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByLabel("E-mail").fill(demoAccount("STAFF").email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("The e-mail or password is not correct.");
  expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
  expect(consoleViolations).toEqual([]);
});

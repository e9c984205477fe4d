import { expect, test } from "./support/test";
import { signInThroughApi } from "./support/accounts";

test("the language switcher turns the current page into Russian and Kazakh and keeps the page", async ({ page }) => {
  await signInThroughApi(page, "APPLICANT");
  await page.goto("/portal");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My applications");

  await page.getByRole("link", { name: "Русский" }).click();
  await expect(page).toHaveURL("/ru/portal");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Мои заявки");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");

  await page.getByRole("link", { name: "Қазақша" }).click();
  await expect(page).toHaveURL("/kk/portal");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Менің өтініштерім");
  await expect(page.locator("html")).toHaveAttribute("lang", "kk");

  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL("/portal");
});

test("the health check answers with the database status", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ db: "ok" });
});

test("pages carry a Content-Security-Policy with a nonce and refuse framing", async ({ request }) => {
  const response = await request.get("/sign-in");
  const csp = response.headers()["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
});

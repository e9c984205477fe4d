import { expect, test } from "./support/test";

// The sign-in and status forms check their fields in the browser without zod (issue 19:
// lib/auth/sign-in-check.ts, lib/status/status-lookup-check.ts): the messages, the error summary
// and the field states must read as they did with the schema, and nothing is sent while a field
// is wrong.

test("sign-in names each missing field in the summary and at the field, then clears it once answered", async ({ page }) => {
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary.getByRole("link", { name: "Enter an e-mail address like name@example.com" })).toHaveAttribute("href", "#email");
  await expect(summary.getByRole("link", { name: "Enter your password" })).toHaveAttribute("href", "#password");
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByLabel("E-mail")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("E-mail").fill("name@example");
  await page.getByLabel("Password").fill("anything");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(summary.getByRole("link")).toHaveText(["Enter an e-mail address like name@example.com"]);
  await expect(page.getByLabel("Password")).not.toHaveAttribute("aria-invalid");
  expect(posts).toEqual([]);
});

test("sign-in and the status check show their field messages in Kazakh and Russian", async ({ page }) => {
  await page.goto("/kk/sign-in");
  await page.getByRole("button", { name: "Кіру" }).click();
  await expect(page.getByRole("alert", { name: "Қателер бар" })).toContainText("Құпиясөзді енгізіңіз");
  await expect(page).toHaveTitle(/^Қате: /);

  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  await page.goto("/ru/status");
  await page.getByLabel("Номер заявки").fill("EC-26-1");
  await page.getByLabel("Номер паспорта").fill("N 1");
  await page.getByRole("button", { name: "Проверить статус" }).click();
  const summary = page.getByRole("alert", { name: "Есть ошибки" });
  await expect(summary.getByRole("link", { name: "Укажите номер как в квитанции, например EC-2026-000123" })).toHaveAttribute(
    "href",
    "#reference",
  );
  await expect(summary.getByRole("link", { name: "Укажите номер паспорта: от 5 до 20 букв и цифр" })).toHaveAttribute(
    "href",
    "#passportNumber",
  );
  await expect(page.getByLabel("Номер паспорта")).toHaveAttribute("aria-invalid", "true");
  expect(posts).toEqual([]);
});

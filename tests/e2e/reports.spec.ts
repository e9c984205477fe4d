import fs from "node:fs";
import { expect, test } from "./support/test";
import ExcelJS from "exceljs";
import { signInThroughApi } from "./support/accounts";

// Management reports (issue 18), opened in Kazakh, with both exports downloaded.

test("Staff open the reports in Kazakh and download them as CSV and XLSX", async ({ page }) => {
  await signInThroughApi(page, "STAFF");
  await page.goto("/kk/staff/reports");
  await expect(page.getByRole("heading", { level: 1, name: "Есептер" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Апта сайын түскен және аяқталған өтінімдер" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Әр кезеңдегі медиана/ })).toBeVisible();
  await expect(page.getByTestId("report-table-volumes")).toContainText("Барлығы");

  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV жүктеу" }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^expat-centre-report-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = fs.readFileSync((await csv.path())!, "utf8");
  expect(text).toContain("Қызметтер бойынша өтінімдер");
  expect(text).toContain("Қызмет,Түсті,Аяқталды");

  const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Excel (XLSX) жүктеу" }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await xlsx.path())!);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toContain("Әр кезеңдегі уақыт");
});

test("A bad report date is explained, not an error page; the export answers 400", async ({ page, allowConsoleErrors }) => {
  // This test opens a refused or missing page on purpose; the browser logs its status.
  allowConsoleErrors(/status of 40[034]/);
  await signInThroughApi(page, "ADMIN");
  const response = await page.goto("/staff/reports?from=2026-02-31&to=2026-01-01");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("alert").filter({ hasText: "Enter dates as day, month and year" })).toBeVisible();
  const exported = await page.request.get("/staff/reports/export?format=csv&from=2026-05-31&to=2026-05-01");
  expect(exported.status()).toBe(400);
  expect(await exported.text()).toContain("start date must be on or before");
});

test("Applicants cannot open reports or exports", async ({ page, allowConsoleErrors }) => {
  // This test opens a refused or missing page on purpose; the browser logs its status.
  allowConsoleErrors(/status of 40[034]/);
  await signInThroughApi(page, "APPLICANT");
  expect((await page.goto("/staff/reports"))?.status()).toBe(403);
  expect((await page.request.get("/staff/reports/export?format=csv")).status()).toBe(403);
});

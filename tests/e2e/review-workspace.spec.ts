import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./support/test";
import { signInThroughApi } from "./support/accounts";
import { seedApplicationWithFiles } from "./support/review-seed";

// Issue 16: the review workspace, measured. A reviewer reviews a 10-document application
// (approves nine, rejects the passport as expired, requests changes) and the test prints the
// time and the clicks/keys it took. "Before" was measured with the same steps on the previous
// review page (one long column, a PDF frame per file) at commit e48b54b on this machine:
const BEFORE = { seconds: 24.0, clicks: 14, pageHeightPx: 9367 };

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

test("A reviewer reviews a 10-document application from the keyboard, one file loaded at a time, and the time and clicks are printed", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = await seedApplicationWithFiles();
  await signInThroughApi(page, "STAFF");
  const fileRequests: string[] = [];
  page.on("request", (r) => r.url().includes("/api/files/") && fileRequests.push(r.url()));
  await page.goto(`/staff?q=${app.number}`);

  let actions = 0;
  const started = Date.now();
  actions++;
  await page.getByRole("link", { name: app.number }).click();
  await expect(page.getByRole("heading", { level: 1, name: app.number })).toBeVisible();
  const viewer = page.getByTestId("selected-document");
  await expect(viewer.getByTestId("pdf-page").first()).toBeVisible();
  // Only the selected document's file was fetched, not all ten.
  expect(new Set(fileRequests).size).toBe(1);

  for (let i = 0; i < 10; i++) {
    const heading = (await viewer.getByRole("heading", { level: 2 }).textContent())!;
    const code = (await page.locator("[data-testid^=doc-tab-][aria-current=true]").getAttribute("data-testid"))!.replace("doc-tab-", "");
    if (code === "PASSPORT_COPY") {
      await page.keyboard.press("r");
      actions++;
      await page.getByLabel("Reason").selectOption({ label: "The passport has expired or is not valid long enough" });
      actions++;
      await page.getByRole("button", { name: "Reject document" }).click();
      actions++;
      await expect(page.getByTestId(`doc-tab-${code}`)).toContainText("Rejected");
    } else {
      await page.keyboard.press("a");
      actions++;
      await expect(page.getByTestId(`doc-tab-${code}`)).toContainText("Approved");
    }
    if (i < 9) await expect(viewer.getByRole("heading", { level: 2 })).not.toHaveText(heading);
  }
  // The decision panel, drawn by the server, has caught up with the ten decisions.
  await expect(page.getByText("10 documents: 9 approved, 1 rejected, 0 awaiting a decision.")).toBeVisible();
  await page.getByRole("button", { name: "Request changes" }).click();
  actions++;
  await page.getByRole("button", { name: "Yes, request changes" }).click();
  actions++;
  await expect(page.getByText("Waiting for the applicant to replace the rejected documents")).toBeVisible();
  const seconds = (Date.now() - started) / 1000;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(
    `REVIEW-TIMING before (old page, e48b54b): 10 documents, ${BEFORE.seconds.toFixed(1)} s, ${BEFORE.clicks} clicks/keys, page ${BEFORE.pageHeightPx} px tall, 10 PDF frames loaded`,
  );
  console.log(
    `REVIEW-TIMING after (workspace): 10 documents, ${seconds.toFixed(1)} s, ${actions} clicks/keys, page ${height} px tall, ${new Set(fileRequests).size} files fetched`,
  );
});

test("The workspace: j/k move between documents, the viewer zooms and rotates, register data sits beside the passport, the next application is one click away", async ({
  page,
}) => {
  const app = await seedApplicationWithFiles(["PASSPORT_COPY", "PHOTO", "EMPLOYMENT_CONTRACT"], { status: "IN_REVIEW" });
  const other = await seedApplicationWithFiles(["PHOTO"]);
  await signInThroughApi(page, "STAFF");
  await page.goto(`/staff/applications/${app.id}?doc=PASSPORT_COPY`);
  const viewer = page.getByTestId("selected-document");
  await expect(viewer.getByRole("heading", { name: /passport/i })).toBeVisible();
  await expect(page.getByTestId("identity-panel")).toContainText(app.personName);
  await expect(viewer.getByTestId("pdf-page")).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(viewer.getByLabel("Zoom", { exact: true })).toHaveText("125%");
  await page.keyboard.press("o");
  await page.keyboard.press("j");
  await expect(viewer.getByRole("heading", { name: /^Photo/ })).toBeVisible();
  await expect(page.getByTestId("identity-panel")).toHaveCount(0);
  await expect(page).toHaveURL(/doc=PHOTO/);
  await page.keyboard.press("k");
  await expect(viewer.getByRole("heading", { name: /passport/i })).toBeVisible();
  await page.keyboard.press("?");
  await expect(page.getByTestId("shortcuts-help")).toContainText("Approve the document and go to the next");

  // Shortcuts never fire while typing a comment.
  await page.getByLabel(/Comment/).fill("ja");
  await expect(viewer.getByRole("heading", { name: /passport/i })).toBeVisible();

  const next = page.getByTestId("next-in-queue");
  await expect(next).toContainText("Next application in my queue");
  await next.click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(app.number);
  expect(other.number).toMatch(/^EC-/);
});

for (const [locale, width] of [
  ["", 1280],
  ["/ru", 1280],
  ["/kk", 390],
] as const) {
  test(`The workspace has no serious accessibility problem (${locale || "/en"}, ${width} px)`, async ({ browser }) => {
    const app = await seedApplicationWithFiles(["PASSPORT_COPY", "PHOTO"], { status: "IN_REVIEW" });
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await signInThroughApi(page, "STAFF");
    await page.goto(`${locale}/staff/applications/${app.id}`);
    await expect(page.getByTestId("selected-document").getByTestId("pdf-page")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    if (width === 390) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
}

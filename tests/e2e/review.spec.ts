import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "./support/test";
import { signInThroughApi, type DemoRole } from "./support/accounts";

// The whole review loop through the UI only: the demo applicant files an IIN request (two
// documents to upload), staff send the passport copy back as expired, the applicant reads the
// reason in Russian, replaces the file and resubmits, staff approve, the applicant is told to book.
const SAMPLE_PDF = path.resolve("tests/e2e/fixtures/sample.pdf");

async function signedInPage(browser: Browser, role: DemoRole): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInThroughApi(page, role);
  return page;
}

async function expectNoSeriousA11yViolations(page: Page) {
  // The previews are PDFs in frames: the browser's viewer is not our markup.
  const results = await new AxeBuilder({ page }).exclude("iframe").withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

async function fileIinRequest(page: Page, suffix: string): Promise<{ number: string; url: string }> {
  // Names are Latin letters only: the run's digits become letters (0 → A, 1 → B, …).
  const name = `Kenji Watanabe ${[...suffix].map((d) => String.fromCharCode(65 + Number(d))).join("")}`;
  await page.goto("/portal/people/new");
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Citizenship").selectOption("JP");
  await page.getByLabel("Date of birth").fill("1988-07-09");
  await page.getByLabel("Passport number").fill(`TR${suffix}`);
  await page.getByLabel("Date of issue").fill("2022-03-01");
  await page.getByLabel("Date of expiry").fill("2032-02-28");
  await page.getByRole("button", { name: "Save person" }).click();
  await expect(page).toHaveURL("/portal/people");

  await page.goto("/portal/applications/new");
  await page
    .getByRole("button", { name: /^IIN\b|Individual identification number/ })
    .first()
    .click();
  await page.getByRole("radio", { name }).check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await page
    .getByRole("group", { name: new RegExp(`Where is ${name} now`) })
    .getByRole("radio", { name: "In Kazakhstan" })
    .check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  const slots = page.locator("[data-testid^=slot-]");
  await expect(slots.first()).toBeVisible();
  for (let i = 0; i < (await slots.count()); i++) {
    await slots.nth(i).locator("input[type=file]").setInputFiles(SAMPLE_PDF);
    await expect(slots.nth(i).getByRole("link", { name: "sample.pdf" })).toBeVisible();
  }
  await page.getByRole("button", { name: "Continue to check your answers" }).click();
  await page.getByRole("button", { name: "Submit application" }).click();
  const number = page.getByTestId("confirmation-number");
  await expect(number).toHaveText(/^EC-\d{4}-\d{6}$/);
  return { number: (await number.textContent())!, url: page.url() };
}

test("Staff send back an expired passport; the applicant reads why in Russian, replaces it and resubmits; staff approve", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const applicant = await signedInPage(browser, "APPLICANT");
  const { number, url } = await fileIinRequest(applicant, String(Date.now()).slice(-7));
  const applicationPath = new URL(url).pathname;

  // The applicant starts with nothing unread, so the bell below counts only what staff do next.
  await applicant.goto("/notifications");
  const markAll = applicant.getByRole("button", { name: "Mark all as read" });
  if (await markAll.isVisible()) await markAll.click();
  await expect(applicant.getByRole("link", { name: "Notifications: no unread" })).toBeVisible();

  // Staff find it by number in the queue and open it.
  const staff = await signedInPage(browser, "STAFF");
  await staff.goto("/staff");
  await expectNoSeriousA11yViolations(staff);
  await staff.getByRole("searchbox", { name: "Search" }).fill(number);
  await staff.getByRole("button", { name: "Apply" }).click();
  await staff.getByRole("link", { name: number }).click();
  await expect(staff.getByRole("heading", { level: 1, name: number })).toBeVisible();
  await expectNoSeriousA11yViolations(staff);

  // The workspace: the document list and the decision on one side, the selected file beside it.
  const viewer = staff.getByTestId("selected-document");
  await staff.getByTestId("doc-tab-PASSPORT_COPY").click();
  await expect(viewer.getByRole("heading", { name: /passport/i })).toBeVisible();
  await expect(staff.getByTestId("identity-panel")).toContainText(/TR\d+/);
  await staff.getByRole("radio", { name: "Reject" }).check();
  await staff.getByLabel("Reason").selectOption({ label: "The passport has expired or is not valid long enough" });
  await staff.getByRole("button", { name: "Reject document" }).click();
  // A decision moves on to the next document awaiting one: the consent.
  await expect(viewer.getByRole("heading", { name: /consent/i })).toBeVisible();
  await expect(staff.getByTestId("doc-tab-PASSPORT_COPY")).toContainText("Rejected");
  await staff.getByRole("button", { name: "Approve document", exact: true }).click();
  await expect(staff.getByTestId("doc-tab-PERSONAL_DATA_CONSENT")).toContainText("Approved");
  await expect(staff.getByText("2 documents: 1 approved, 1 rejected, 0 awaiting a decision.")).toBeVisible();

  // Approving everything is refused while the passport is rejected; requesting changes is not.
  await staff.getByRole("button", { name: "Approve documents" }).click();
  await staff.getByRole("button", { name: "Yes, approve documents" }).click();
  await expect(staff.getByRole("alert").filter({ hasText: "while a document is rejected" })).toBeVisible();
  await staff.getByRole("button", { name: "Request changes" }).click();
  await expect(staff.getByTestId("confirm-step")).toContainText("The applicant is e-mailed the reason");
  await staff.getByRole("button", { name: "Yes, request changes" }).click();
  await expect(staff.getByText("Waiting for the applicant to replace the rejected documents")).toBeVisible();

  // The applicant's bell shows one unread notification, which gives the reason.
  await applicant.goto("/portal");
  await expect(applicant.getByRole("link", { name: "Notifications: 1 unread" })).toBeVisible();
  await applicant.getByRole("link", { name: "Notifications: 1 unread" }).click();
  await expect(applicant.getByRole("main")).toContainText("The passport has expired or is not valid long enough");

  // The applicant, in Russian, reads the reason, replaces the file and resubmits.
  await applicant.goto(`/ru${applicationPath}`);
  const rejected = applicant.getByTestId("document-PASSPORT_COPY");
  await expect(rejected.getByTestId("reject-reason")).toContainText("Срок действия паспорта истёк или недостаточен");
  await rejected.locator("input[type=file]").setInputFiles(SAMPLE_PDF);
  await expect(rejected.getByTestId("reject-reason")).toBeHidden();
  await applicant.getByRole("button", { name: "Подать заявку снова" }).click();
  await expect(applicant.getByTestId("application-status")).toHaveText("Подана");

  // Staff see the new file, the old one in the history, and approve.
  await staff.goto(`${new URL(staff.url()).pathname}?doc=PASSPORT_COPY`);
  await expect(viewer.getByText("1 earlier version")).toBeVisible();
  await staff.getByRole("button", { name: "Approve document", exact: true }).click();
  await expect(staff.getByTestId("doc-tab-PASSPORT_COPY")).toContainText("Approved");
  await expect(staff.getByText("2 documents: 2 approved, 0 rejected, 0 awaiting a decision.")).toBeVisible();
  await staff.getByRole("button", { name: "Approve documents" }).click();
  await staff.getByRole("button", { name: "Yes, approve documents" }).click();
  await expect(staff.getByText("Documents approved. Waiting for the applicant to book")).toBeVisible();
  await expect(staff.getByRole("list").getByText("Documents approved", { exact: true })).toBeVisible();
  // The invoice issued on approval is shown with the fees, linked to the payments page.
  await staff.reload();
  const invoice = staff.getByTestId("review-invoice");
  await expect(invoice).toContainText(/INV-\d{4}-\d{6}/);
  await expect(invoice).toContainText("Awaiting payment");
  await expect(invoice.getByRole("link", { name: "Open in Payments" })).toHaveAttribute(
    "href",
    /\/staff\/payments\?status=AWAITING_PAYMENT&q=INV-/,
  );

  await applicant.goto(applicationPath);
  await expect(applicant.getByTestId("status-panel")).toContainText("Documents approved — pay the invoice");
  // Booking would be refused until the payment is confirmed: the page does not offer it (issue 16, defect 10).
  await expect(applicant.getByRole("link", { name: "Book your appointment" })).toHaveCount(0);
  await expect(applicant.getByRole("link", { name: /View the invoice and pay/ })).toBeVisible();
});

test("Applicants cannot open the staff queue or a review page", async ({ browser, allowConsoleErrors }) => {
  // The browser logs each refused page load (403/404) as a console error: these are the point of the test.
  allowConsoleErrors(/status of 40[34]/);
  const applicant = await signedInPage(browser, "APPLICANT");
  expect((await applicant.goto("/staff"))?.status()).toBe(403);
  expect((await applicant.goto("/staff/applications/anything"))?.status()).toBe(403);
  expect((await applicant.goto("/admin/staff"))?.status()).toBe(403);
  const staff = await signedInPage(browser, "STAFF");
  expect((await staff.goto("/admin/mrp"))?.status()).toBe(403);
  // Unknown and draft applications look the same: a real 404 (checked in the layout, before streaming).
  expect((await staff.goto("/staff/applications/no-such-application"))?.status()).toBe(404);
  await expect(staff.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

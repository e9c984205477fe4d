import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../lib/db/demo-accounts";
import pg from "pg";
import type { Topology } from "./topology";

// The user journey of the scale-out test, in Chromium, every request through nginx (so consecutive
// requests land on different instances): register a company, sign in, add a person, file a request
// uploading its documents (stored through the S3 driver), download each file from both instances,
// submit; staff reject the passport copy and request changes; a status check with a forged
// X-Forwarded-For. Returns what the later checks need.

export const JOURNEY_PASSWORD = "a quiet river near astana";
const SAMPLE_PDF = path.resolve("tests/e2e/fixtures/sample.pdf");
const chromiumPath = process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export type JourneyResult = {
  applicantEmail: string;
  number: string;
  fileIds: string[];
  downloads: { fileId: string; status: number; upstream: string; bytesMatch: boolean }[];
  uploadUpstreams: string[];
  durationMs: number;
};

const visible = (page: Page, locator: ReturnType<Page["locator"]>) => locator.first().waitFor({ state: "visible", timeout: 20_000 });

function binWithCheckDigit(first11: string): string {
  const digits = [...first11].map(Number);
  const sum = (weights: number[]) => digits.reduce((s, d, i) => s + d * weights[i], 0) % 11;
  let check = sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  if (check === 10) check = sum([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
  return check === 10 ? "" : first11 + check;
}

/** The confirmation link e-mailed at registration, from the outbox row the worker sends. */
async function confirmationPath(topology: Topology, email: string): Promise<string> {
  const client = new pg.Client({ connectionString: topology.ownerUrl });
  await client.connect();
  try {
    for (let attempt = 0; attempt < 120; attempt++) {
      const { rows } = await client.query(
        `SELECT payload FROM "Outbox" WHERE "toEmail" = $1 AND kind = 'ACCOUNT_VERIFY_EMAIL' ORDER BY "createdAt" DESC LIMIT 1`,
        [email],
      );
      const token = rows[0]?.payload?.payload?.token;
      if (token) return `/verify-email?token=${token}`;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`no confirmation e-mail for ${email}`);
  } finally {
    await client.end();
  }
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

export async function runJourney(browser: Browser, topology: Topology): Promise<JourneyResult> {
  const started = Date.now();
  const suffix = String(Date.now()).slice(-7);
  const applicantEmail = `scale.${suffix}@example.kz`;
  // A forged X-Forwarded-For on every request: nginx must overwrite it (checked by the caller).
  const context = await browser.newContext({ baseURL: topology.base, extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.77" } });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();

  // Register (a new company and its first user), confirm the e-mail with the link the worker sent
  // (read from the outbox, as the person would from their mailbox), sign in; staff verify the company.
  // The session cookie is then used on both instances.
  const companyName = `Scale Test Capital ${suffix}`;
  await page.goto("/register");
  await page.getByLabel("Your full name").fill("Aigerim Scale");
  await page.getByLabel("E-mail").fill(applicantEmail);
  await page.getByLabel("Password").fill(JOURNEY_PASSWORD);
  await page.getByLabel("Company name").fill(companyName);
  let bin = "";
  for (let i = 0; !bin; i++)
    bin = binWithCheckDigit(
      `2501${String(Number(suffix) + i)
        .padStart(7, "0")
        .slice(-7)}`,
    );
  await page.getByLabel("Company BIN").fill(bin);
  await page.getByRole("button", { name: "Create account" }).click();
  await visible(page, page.getByTestId("registration-sent"));
  await page.goto(await confirmationPath(topology, applicantEmail));
  await page.getByRole("button", { name: "Confirm my e-mail address" }).click();
  await page.waitForURL(/\/sign-in\?verified=1$/);
  await page.getByLabel("E-mail").fill(applicantEmail);
  await page.getByLabel("Password").fill(JOURNEY_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${topology.base}/portal`);

  const staffAccount = DEMO_ACCOUNTS.find((a) => a.role === "STAFF")!;
  const staffContext = await browser.newContext({ baseURL: topology.base });
  staffContext.setDefaultTimeout(20_000);
  const { csrfToken } = await (await staffContext.request.get("/api/auth/csrf")).json();
  await staffContext.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: staffAccount.email, password: staffAccount.password, callbackUrl: "/" },
    maxRedirects: 0,
  });
  const staff = await staffContext.newPage();
  await staff.goto("/staff");
  await staff.getByRole("link", { name: /^Companies to verify/ }).click();
  const card = staff.getByRole("listitem").filter({ has: staff.getByRole("heading", { name: companyName }) });
  await card.getByRole("button", { name: "Verify the company" }).click();
  await visible(staff, staff.getByRole("status").filter({ hasText: "The company is verified" }));

  // A person, then an IIN request for them with its documents.
  const name = `Kenji Scale ${[...suffix].map((d) => String.fromCharCode(65 + Number(d))).join("")}`;
  await page.goto("/portal/people/new");
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Citizenship").selectOption("JP");
  await page.getByLabel("Date of birth").fill("1988-07-09");
  await page.getByLabel("Passport number").fill(`TS${suffix}`);
  await page.getByLabel("Date of issue").fill("2022-03-01");
  await page.getByLabel("Date of expiry").fill("2032-02-28");
  await page.getByRole("button", { name: "Save person" }).click();
  await page.waitForURL(`${topology.base}/portal/people`);

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
  await visible(page, slots);
  const uploadsFrom = Date.now();
  for (let i = 0; i < (await slots.count()); i++) {
    await slots.nth(i).locator("input[type=file]").setInputFiles(SAMPLE_PDF);
    await visible(page, slots.nth(i).getByRole("link", { name: "sample.pdf" }));
  }
  const uploadUpstreams = topology.nginx
    .accessLog()
    .filter((entry) => entry.method === "POST" && entry.uri.includes("/files") && entry.time >= uploadsFrom)
    .map((entry) => entry.upstream);

  // Each file downloaded twice in a row: round-robin sends the two requests to different instances,
  // so at least one is served by an instance that did not receive the upload.
  const hrefs = await page.locator("a[href*='/api/files/']").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  const fileIds = [...new Set(hrefs.map((href) => /\/api\/files\/([^/?#]+)/.exec(href)![1]))];
  const expected = fs.readFileSync(SAMPLE_PDF);
  const downloads: JourneyResult["downloads"] = [];
  for (const fileId of fileIds) {
    for (let i = 0; i < 2; i++) {
      const before = Date.now();
      const response = await context.request.get(`/api/files/${fileId}`);
      const body = await response.body();
      const entry = await topology.nginx.awaitEntry(
        (e) => e.uri.startsWith(`/api/files/${fileId}`) && e.method === "GET" && e.time >= before - 5,
      );
      downloads.push({ fileId, status: response.status(), upstream: entry?.upstream ?? "?", bytesMatch: body.equals(expected) });
    }
  }

  await page.getByRole("button", { name: "Continue to check your answers" }).click();
  await page.getByRole("button", { name: "Submit application" }).click();
  const numberLocator = page.getByTestId("confirmation-number");
  await visible(page, numberLocator);
  const number = ((await numberLocator.textContent()) ?? "").trim();
  if (!/^EC-\d{4}-\d{6}$/.test(number)) throw new Error(`no reference after submitting: "${number}"`);

  // Staff send the passport copy back and request changes.
  await staff.goto("/staff");
  await staff.getByRole("searchbox", { name: "Search" }).fill(number);
  await staff.getByRole("button", { name: "Apply" }).click();
  await staff.getByRole("link", { name: number }).click();
  await visible(staff, staff.getByRole("heading", { level: 1, name: number }));
  // The review workspace: pick the passport, reject it, then confirm the request for changes.
  await staff.getByTestId("doc-tab-PASSPORT_COPY").click();
  await visible(staff, staff.getByTestId("selected-document").getByRole("heading", { name: /passport/i }));
  await staff.getByRole("radio", { name: "Reject" }).check();
  await staff.getByLabel("Reason").selectOption({ label: "The passport has expired or is not valid long enough" });
  await staff.getByRole("button", { name: "Reject document" }).click();
  await visible(staff, staff.getByTestId("doc-tab-PASSPORT_COPY").filter({ hasText: "Rejected" }));
  await staff.getByRole("button", { name: "Request changes" }).click();
  await staff.getByRole("button", { name: "Yes, request changes" }).click();
  await visible(staff, staff.getByText("Waiting for the applicant to replace the rejected documents"));

  // The public status check, throttled per client address: with the forged header still sent.
  await page.goto("/status");
  await page.getByLabel("Application reference").fill(number);
  await page.getByLabel("Passport number").fill(`TS${suffix}`);
  await page.getByRole("button", { name: "Check status" }).click();
  await visible(page, page.getByText("Changes requested"));

  await staffContext.close();
  await context.close();
  return { applicantEmail, number, fileIds, downloads, uploadUpstreams, durationMs: Date.now() - started };
}

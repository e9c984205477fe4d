import { expect, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { binCheckDigit } from "../../../lib/rules/bin";
import { signInThroughApi } from "./accounts";

// Registration now ends with "check your e-mail": the confirmation link is read from the e2e
// server's outbox (the same row the e-mail worker sends), as a person would read their mailbox.

/** The first valid BIN at or after `start` (11 digits + check digit; some prefixes have none). */
export function validBin(start: string): string {
  for (let n = Number(start.slice(0, 11)); ; n++) {
    const first11 = String(n).padStart(11, "0");
    const check = binCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

export type Registration = { name: string; email: string; password: string; companyName: string; bin: string };

export async function fillRegistration(page: Page, values: Registration): Promise<void> {
  await page.goto("/register");
  await page.getByLabel("Your full name").fill(values.name);
  await page.getByLabel("E-mail").fill(values.email);
  await page.getByLabel("Password").fill(values.password);
  await page.getByLabel("Company name").fill(values.companyName);
  await page.getByLabel("Company BIN").fill(values.bin);
  await page.getByRole("button", { name: "Create account" }).click();
}

/**
 * The path of the newest confirmation link e-mailed to `email` (from the outbox), newer than
 * `notBefore` if given. The registration is processed just after its answer, so this waits a little.
 */
export async function confirmationPath(email: string, notBefore?: string): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    for (let attempt = 0; attempt < 60; attempt++) {
      const { rows } = await client.query(
        `SELECT payload FROM "Outbox" WHERE "toEmail" = $1 AND kind = 'ACCOUNT_VERIFY_EMAIL' ORDER BY "createdAt" DESC LIMIT 1`,
        [email.toLowerCase()],
      );
      const token = rows[0]?.payload?.payload?.token;
      if (token && `/verify-email?token=${token}` !== notBefore) return `/verify-email?token=${token}`;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`no confirmation e-mail for ${email}`);
  } finally {
    await client.end();
  }
}

export async function outboxCount(email: string, kind: string): Promise<number> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "Outbox" WHERE "toEmail" = $1 AND kind = $2`, [
      email.toLowerCase(),
      kind,
    ]);
    return rows[0].n as number;
  } finally {
    await client.end();
  }
}

/** Registers, follows the e-mailed link, confirms, signs in with the form: ends in the portal. */
export async function registerAndConfirm(page: Page, values: Registration, options: { previousLink?: string } = {}): Promise<void> {
  await fillRegistration(page, values);
  await expect(page.getByTestId("registration-sent")).toContainText("Check your e-mail");
  await page.goto(await confirmationPath(values.email, options.previousLink));
  await page.getByRole("button", { name: "Confirm my e-mail address" }).click();
  await expect(page).toHaveURL("/sign-in?verified=1");
  await expect(page.getByRole("status").filter({ hasText: "Your e-mail address is confirmed" })).toBeVisible();
  await page.getByLabel("E-mail").fill(values.email);
  await page.getByLabel("Password").fill(values.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/portal");
}

/** A staff member (in a browser of their own) verifies the company in the verification queue. */
export async function staffVerifiesCompany(browser: Browser, companyName: string): Promise<void> {
  const context = await browser.newContext();
  try {
    const staff = await context.newPage();
    await signInThroughApi(staff, "STAFF");
    await staff.goto("/staff");
    await staff.getByRole("link", { name: /^Companies to verify/ }).click();
    const card = staff.getByRole("listitem").filter({ has: staff.getByRole("heading", { name: companyName }) });
    await card.getByRole("button", { name: "Verify the company" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "The company is verified" })).toBeVisible();
  } finally {
    await context.close();
  }
}

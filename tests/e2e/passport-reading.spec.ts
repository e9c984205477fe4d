import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Browser, type Page } from "./support/test";
import { renderPassportPage } from "../support/passport-page";
import { signInThroughApi, type DemoRole } from "./support/accounts";

// Passport scans are read offline in the background (issue 18). The generated scans use the
// OCR-B font from Debian's fonts-ocr-b; reading one takes a second or two, so the pages poll.
const SAMPLE_PDF = path.resolve("tests/e2e/fixtures/sample.pdf");

async function signedInPage(browser: Browser, role: DemoRole): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInThroughApi(page, role);
  return page;
}

function scanFile(name: string, data: Parameters<typeof renderPassportPage>[0]): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "e2e-passport-")), name);
  fs.writeFileSync(file, renderPassportPage(data, { dpi: 300, rotateDegrees: 1, jpegQuality: 85 }));
  return file;
}

// Letters only (names), from the run's digits.
const letters = (digits: string) => [...digits].map((d) => String.fromCharCode(65 + Number(d))).join("");

test("A passport whose birth date differs from the register is marked on the review page", async ({ browser }) => {
  test.setTimeout(240_000);
  const suffix = String(Date.now()).slice(-7);
  const given = `Kenji ${letters(suffix)}`;
  const name = `${given} Watanabe`;
  const passportNumber = `TR${suffix}`;
  const applicant = await signedInPage(browser, "APPLICANT");

  // The register says 9 July 1988; the passport says 10 July 1988.
  await applicant.goto("/portal/people/new");
  await applicant.getByLabel("Full name").fill(name);
  await applicant.getByLabel("Citizenship").selectOption("JP");
  await applicant.getByLabel("Date of birth").fill("1988-07-09");
  await applicant.getByLabel("Passport number").fill(passportNumber);
  await applicant.getByLabel("Date of issue").fill("2022-03-01");
  await applicant.getByLabel("Date of expiry").fill("2032-02-28");
  await applicant.getByRole("button", { name: "Save person" }).click();
  await expect(applicant).toHaveURL("/portal/people");

  const scan = scanFile("passport.jpg", {
    issuingState: "JPN",
    surname: "Watanabe",
    givenNames: given,
    documentNumber: passportNumber,
    nationality: "JPN",
    birthDate: "1988-07-10",
    sex: "M",
    expiryDate: "2032-02-28",
  });
  await applicant.goto("/portal/applications/new");
  await applicant
    .getByRole("button", { name: /^IIN\b|Individual identification number/ })
    .first()
    .click();
  await applicant.getByRole("radio", { name }).check();
  await applicant.getByRole("button", { name: "Save and continue" }).click();
  await applicant
    .getByRole("group", { name: new RegExp(`Where is ${name} now`) })
    .getByRole("radio", { name: "In Kazakhstan" })
    .check();
  await applicant.getByRole("button", { name: "Save and continue" }).click();
  const slots = applicant.locator("[data-testid^=slot-]");
  await expect(slots.first()).toBeVisible();
  for (let i = 0; i < (await slots.count()); i++) {
    const slot = slots.nth(i);
    const isPassport = (await slot.getAttribute("data-testid")) === "slot-PASSPORT_COPY";
    await slot.locator("input[type=file]").setInputFiles(isPassport ? scan : SAMPLE_PDF);
    await expect(slot.getByRole("link", { name: isPassport ? "passport.jpg" : "sample.pdf" })).toBeVisible();
  }
  await applicant.getByRole("button", { name: "Continue to check your answers" }).click();
  await applicant.getByRole("button", { name: "Submit application" }).click();
  const number = (await applicant.getByTestId("confirmation-number").textContent())!;

  const staff = await signedInPage(browser, "STAFF");
  await staff.goto("/staff");
  await staff.getByRole("searchbox", { name: "Search" }).fill(number);
  await staff.getByRole("button", { name: "Apply" }).click();
  await staff.getByRole("link", { name: number }).click();
  await expect(staff.getByRole("heading", { level: 1, name: number })).toBeVisible();
  // The review workspace shows the MRZ beside the register data when the passport is the selected document.
  await staff.goto(`${new URL(staff.url()).pathname}?doc=PASSPORT_COPY`);
  await expect(staff.getByTestId("identity-panel")).toBeVisible();
  const check = staff.getByTestId("passport-check-scan");
  // The background job may still be reading: reload until the comparison is there.
  await expect(async () => {
    await staff.reload();
    await expect(check.getByRole("table")).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 120_000, intervals: [2000] });
  const birth = check.getByRole("row", { name: /Date of birth/ });
  await expect(birth).toHaveAttribute("data-outcome", "mismatch");
  await expect(birth).toContainText("10 July 1988");
  await expect(birth).toContainText("9 July 1988");
  await expect(birth).toContainText("differs");
  for (const field of ["Surname", "Given names", "Passport number", "Nationality", "Date of expiry"]) {
    await expect(check.getByRole("row", { name: new RegExp(`^${field}`) })).toHaveAttribute("data-outcome", "match");
  }
  await expect(check.getByRole("status")).toContainText("1 mismatch");
});

test("An applicant starts a new person from a passport scan and checks the read fields before saving", async ({ browser }) => {
  test.setTimeout(180_000);
  const applicant = await signedInPage(browser, "APPLICANT");
  const scan = scanFile("data-page.jpg", {
    issuingState: "DEU",
    surname: "Mustermann",
    givenNames: "Erika",
    documentNumber: "C4FX3H9K",
    nationality: "D",
    birthDate: "1983-08-12",
    sex: "F",
    expiryDate: "2031-10-31",
  });
  await applicant.goto("/portal/people/new");
  await applicant.getByLabel("Passport data page").setInputFiles(scan);
  await applicant.getByRole("button", { name: "Read the passport" }).click();
  await expect(applicant.getByText("Read from the passport. Check every field below")).toBeVisible({ timeout: 120_000 });
  await expect(applicant.getByLabel("Full name")).toHaveValue("ERIKA MUSTERMANN");
  await expect(applicant.getByLabel("Citizenship")).toHaveValue("DE");
  await expect(applicant.getByLabel("Date of birth")).toHaveValue("1983-08-12");
  await expect(applicant.getByLabel("Passport number")).toHaveValue("C4FX3H9K");
  await expect(applicant.getByLabel("Date of expiry")).toHaveValue("2031-10-31");
  await expect(applicant.getByLabel("Sex (as in the passport)")).toHaveValue("F");
  // Nothing is saved yet: the date of issue is not in the MRZ, so saving waits for it.
  await applicant.getByRole("button", { name: "Save person" }).click();
  await expect(applicant).toHaveURL(/\/portal\/people\/new/);
  await applicant.getByLabel("Date of issue").fill("2021-11-01");
  await applicant.getByRole("button", { name: "Save person" }).click();
  await expect(applicant).toHaveURL("/portal/people");
  await expect(applicant.getByRole("rowheader", { name: "ERIKA MUSTERMANN" }).first()).toBeVisible();
});

import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./support/test";
import { createPrismaClient } from "../../lib/db/client";
import { createSubmittedApplication } from "../support/factories/applications";
import { signInThroughApi } from "./support/accounts";

// Personal data access is recorded: a staff member downloading an applicant's passport copy leaves
// exactly one "downloaded" event, with the document and file name, on the application's timeline.
// The application is created straight in the e2e server's database, its file in its uploads folder.
test("a staff download of an applicant's passport copy is one event on the application's timeline", async ({ page }) => {
  const db = createPrismaClient(process.env.E2E_DATABASE_URL!);
  let applicationId: string;
  let fileId: string;
  try {
    const { application, documents } = await createSubmittedApplication(db, { documentCodes: ["PASSPORT_COPY"] });
    applicationId = application.id;
    fileId = documents[0].fileId;
    const file = await db.documentFile.findUniqueOrThrow({ where: { id: fileId } });
    const target = path.join(process.env.E2E_DATA_DIR!, "uploads", file.storageKey);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join("tests", "e2e", "fixtures", "sample.pdf"), target);
    await db.documentFile.update({ where: { id: fileId }, data: { sizeBytes: fs.statSync(target).size } });
  } finally {
    await db.$disconnect();
  }

  await signInThroughApi(page, "STAFF");
  // The download itself through the authorizing route, as the review page's download link does
  // (the page's layout is free to change; the route and the trail are what this test is about).
  const response = await page.request.get(`/api/files/${fileId}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toContain("attachment");

  await page.goto(`/staff/applications/${applicationId}`);
  const timeline = page.getByRole("region", { name: "History" });
  await expect(timeline.getByText("Downloaded a file", { exact: false })).toHaveCount(1);
  await expect(timeline).toContainText("File: scan.pdf");

  const check = createPrismaClient(process.env.E2E_DATABASE_URL!);
  try {
    expect(await check.auditEvent.count({ where: { entityId: fileId, action: "FILE_DOWNLOADED" } })).toBe(1);
  } finally {
    await check.$disconnect();
  }
});

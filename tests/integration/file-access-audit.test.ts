import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { listApplicationTimeline } from "@/lib/applications/data/audit-timeline";
import { openFileForDownload, openReceiptForDownload } from "@/lib/applications/data/file-access";
import { createUser } from "../support/factories/booking";
import { createSubmittedApplication } from "../support/factories/applications";

// Personal data access is recorded: staff and admins reading an applicant's file leave a trace on
// the application's timeline; the applicant reading their own does not; a refused read leaves none.
describe("staff access to an applicant's files", () => {
  it("a staff download of the passport copy gives exactly one audit event, on the timeline", async () => {
    const { application, documents } = await createSubmittedApplication(prisma);
    const passport = documents.find((d) => d.code === "PASSPORT_COPY")!;
    const staff = await createUser(prisma, "STAFF");
    const before = await listApplicationTimeline(staff, application.id);
    const file = await openFileForDownload(staff, passport.fileId, { inline: false });
    expect(file?.originalName).toBe("scan.pdf");
    const after = await listApplicationTimeline(staff, application.id);
    const added = after.filter((event) => !before.some((b) => b.id === event.id));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      action: "FILE_DOWNLOADED",
      entityType: "DocumentFile",
      details: { code: "PASSPORT_COPY", fileName: "scan.pdf" },
      actor: { role: "STAFF" },
    });
    expect(Math.abs(added[0].createdAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("records a preview as a preview, by an administrator too", async () => {
    const { application, documents } = await createSubmittedApplication(prisma);
    const admin = await createUser(prisma, "ADMIN");
    await openFileForDownload(admin, documents[0].fileId, { inline: true });
    const events = await prisma.auditEvent.findMany({ where: { applicationId: application.id, entityId: documents[0].fileId } });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([["FILE_PREVIEWED", admin.id]]);
  });

  it("records nothing when the applicant opens their own company's file, or when access is refused", async () => {
    const { application, applicant, documents } = await createSubmittedApplication(prisma);
    const other = await createSubmittedApplication(prisma);
    expect(await openFileForDownload(applicant, documents[0].fileId, { inline: false })).not.toBeNull();
    expect(await openFileForDownload(other.applicant, documents[0].fileId, { inline: false })).toBeNull();
    const events = await prisma.auditEvent.count({
      where: { applicationId: application.id, action: { in: ["FILE_DOWNLOADED", "FILE_PREVIEWED"] } },
    });
    expect(events).toBe(0);
  });

  it("records a staff download of a payment receipt on its application", async () => {
    const { application, applicant } = await createSubmittedApplication(prisma);
    const invoice = await prisma.invoice.create({
      data: {
        number: `INV-TEST-${application.id}`,
        applicationId: application.id,
        serviceFeeTiyn: 100,
        stateDutyTiyn: 50,
        totalTiyn: 100,
        filedOn: new Date("2026-03-02"),
      },
    });
    const receipt = await prisma.paymentReceipt.create({
      data: {
        invoiceId: invoice.id,
        storageKey: `test/receipt-${application.id}`,
        originalName: "receipt.pdf",
        mimeType: "application/pdf",
        sizeBytes: 10,
        sha256: "0".repeat(64),
        uploadedById: applicant.id,
      },
    });
    const staff = await createUser(prisma, "STAFF");
    await openReceiptForDownload(staff, receipt.id, { inline: false });
    const events = await prisma.auditEvent.findMany({ where: { applicationId: application.id, action: "RECEIPT_DOWNLOADED" } });
    expect(events).toHaveLength(1);
  });
});

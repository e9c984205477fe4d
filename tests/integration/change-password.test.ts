import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { changePassword, rememberLocale } from "@/lib/auth/data/change-password";
import { findSessionUser } from "@/lib/auth/data/users";
import { createApplicant } from "../support/factories/applicant";

describe("changing the password", () => {
  it("refuses a wrong current password and changes nothing", async () => {
    const actor = await createApplicant();
    await prisma.user.update({ where: { id: actor.id }, data: { passwordHash: await hashPassword("the old passphrase") } });
    await expect(changePassword(actor, "not it", "a brand new passphrase")).rejects.toMatchObject({
      name: "AccountError",
      code: "WRONG_PASSWORD",
    });
    const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.id } });
    expect(await verifyPassword(user.passwordHash, "the old passphrase")).toBe(true);
    expect(user.sessionVersion).toBe(0);
  });

  it("sets the new password and ends every existing session", async () => {
    const actor = await createApplicant();
    await prisma.user.update({ where: { id: actor.id }, data: { passwordHash: await hashPassword("the old passphrase") } });
    await changePassword(actor, "the old passphrase", "a brand new passphrase");
    const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.id } });
    expect(await verifyPassword(user.passwordHash, "a brand new passphrase")).toBe(true);
    expect(await findSessionUser(actor.id, 0)).toBeNull();
    expect(await prisma.auditEvent.count({ where: { entityId: actor.id, action: "CHANGE_PASSWORD" } })).toBe(1);
  });

  it("remembers the language for the user's e-mails", async () => {
    const actor = await createApplicant();
    await rememberLocale(actor.id, "kk");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: actor.id } })).locale).toBe("kk");
  });
});

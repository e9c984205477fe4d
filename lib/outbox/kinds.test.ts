import { describe, expect, it } from "vitest";
import { NOTIFICATIONS_MESSAGES } from "@/lib/i18n/bundled-messages";
import { locales } from "@/lib/kernel/locales";
import { NOTIFICATION_DEFINITIONS, NOTIFICATION_KINDS } from "./kinds";
import { MANDATORY_EMAIL_KINDS, kindsForRole } from "./policy";

const at = (tree: unknown, path: string): unknown =>
  path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);

describe("notification definitions", () => {
  it("define every kind completely: audience, whether its e-mail is mandatory, payload schema", () => {
    expect(NOTIFICATION_KINDS.length).toBeGreaterThan(25);
    for (const kind of NOTIFICATION_KINDS) {
      const definition = NOTIFICATION_DEFINITIONS[kind];
      expect(["APPLICANT", "STAFF", "NONE"], kind).toContain(definition.audience);
      expect(typeof definition.mandatoryEmail, kind).toBe("boolean");
      expect(typeof definition.payload.safeParse, kind).toBe("function");
    }
  });

  it("derive the mandatory e-mails from the definitions", () => {
    expect([...MANDATORY_EMAIL_KINDS].sort()).toEqual(NOTIFICATION_KINDS.filter((k) => NOTIFICATION_DEFINITIONS[k].mandatoryEmail).sort());
    // Sent to an address (invitation, registration): there is no preference to turn them off.
    for (const kind of NOTIFICATION_KINDS.filter((k) => NOTIFICATION_DEFINITIONS[k].audience === "NONE"))
      expect(MANDATORY_EMAIL_KINDS.has(kind), kind).toBe(true);
  });

  for (const locale of locales) {
    it(`give every kind its subject, summary and body in ${locale}`, () => {
      for (const kind of NOTIFICATION_KINDS) {
        for (const part of ["subject", "summary", "body"])
          expect(typeof at(NOTIFICATIONS_MESSAGES[locale], `messages.${kind}.${part}`), `${kind}.${part}`).toBe("string");
      }
    });

    it(`name in ${locale} every kind a user can choose about`, () => {
      for (const kind of [...kindsForRole("APPLICANT"), ...kindsForRole("STAFF")]) {
        expect(typeof at(NOTIFICATIONS_MESSAGES[locale], `preferences.kinds.${kind}`), kind).toBe("string");
      }
    });
  }
});

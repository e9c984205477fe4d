import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError, httpStatusOf, messageKeyOf, type AppErrorKind, type RefusalMessage } from "@/lib/kernel/errors";
import { refusalAnswer } from "@/lib/kernel/forms";
import { answerRefusals } from "@/lib/kernel/actions";
import { MESSAGE_NAMESPACES } from "@/lib/i18n/messages";
import { locales } from "@/lib/kernel/locales";
import { AccessDeniedError } from "@/lib/kernel/access";
import { ADMIN_ERROR_KINDS, ADMIN_ERROR_MESSAGES, AdminError, adminRefusal } from "@/lib/admin/errors";
import { APPLICATION_ERROR_KINDS, APPLICATION_ERROR_MESSAGES, ApplicationError } from "@/lib/applications/errors";
import { ACCOUNT_ERROR_KINDS, ACCOUNT_ERROR_MESSAGES, AccountError } from "@/lib/auth/errors";
import { BOOKING_ERROR_CODES, BookingError } from "@/lib/booking/errors";
import { bookingErrorMessageKey } from "@/lib/booking/error-messages";
import {
  TEAM_ERROR_KINDS,
  TEAM_ERROR_MESSAGES,
  TeamError,
  VERIFICATION_ERROR_KINDS,
  VERIFICATION_ERROR_MESSAGES,
  VerificationError,
} from "@/lib/company/errors";
import { PAYMENT_ERROR_KINDS, PAYMENT_ERROR_MESSAGES, PaymentError } from "@/lib/payments/errors";
import { PERSON_ERROR_KINDS, PERSON_ERROR_MESSAGES, PersonError } from "@/lib/people/errors";
import { workflowErrorMessage } from "@/lib/review/action-result";
import { QUOTE_ERROR_CODES, QuoteError } from "@/lib/rules/quote";
import { StoredObjectMissingError } from "@/lib/storage/storage-driver";
import { UPLOAD_ERROR_CODES, UploadError } from "@/lib/uploads/upload-error";
import { QUOTA_CODES, UploadQuotaError } from "@/lib/uploads/upload-limits";
import { WORKFLOW_ERROR_KINDS, WorkflowError } from "@/lib/workflow/errors";

// The error model (lib/kernel/errors.ts, docs/architecture.md): every refusal is an AppError with
// a code; its kind gives the HTTP status in the kernel's one table, and each class has one place
// its codes become message keys. This enumerates every AppError class in lib/ and checks both for
// every code, in every locale.

type ErrorClass = {
  /** Every error of the class, one per code. */
  errors: AppError[];
  /** The message key each is shown with, or null where no text is shown (a 403 page, a 410). */
  messageKey: (error: AppError) => string | null;
};

const fromTable = (
  kinds: Record<string, AppErrorKind>,
  messages: Record<string, RefusalMessage>,
  make: (code: never) => AppError,
): ErrorClass => ({
  errors: Object.keys(kinds).map((code) => make(code as never)),
  messageKey: (error) => messageKeyOf(messages[error.code]),
});

const ERROR_CLASSES: Record<string, ErrorClass> = {
  AdminError: fromTable(ADMIN_ERROR_KINDS, ADMIN_ERROR_MESSAGES, (code) => new AdminError(code)),
  TeamError: fromTable(TEAM_ERROR_KINDS, TEAM_ERROR_MESSAGES, (code) => new TeamError(code)),
  VerificationError: fromTable(VERIFICATION_ERROR_KINDS, VERIFICATION_ERROR_MESSAGES, (code) => new VerificationError(code)),
  PersonError: fromTable(PERSON_ERROR_KINDS, PERSON_ERROR_MESSAGES, (code) => new PersonError(code)),
  ApplicationError: fromTable(APPLICATION_ERROR_KINDS, APPLICATION_ERROR_MESSAGES, (code) => new ApplicationError(code)),
  PaymentError: fromTable(PAYMENT_ERROR_KINDS, PAYMENT_ERROR_MESSAGES, (code) => new PaymentError(code)),
  AccountError: fromTable(ACCOUNT_ERROR_KINDS, ACCOUNT_ERROR_MESSAGES, (code) => new AccountError(code)),
  BookingError: {
    errors: BOOKING_ERROR_CODES.map((code) => new BookingError(code)),
    messageKey: (error) => bookingErrorMessageKey(error),
  },
  WorkflowError: {
    errors: Object.keys(WORKFLOW_ERROR_KINDS).map((code) => new WorkflowError(code as keyof typeof WORKFLOW_ERROR_KINDS, code)),
    messageKey: (error) => workflowErrorMessage(error as WorkflowError),
  },
  UploadError: {
    errors: UPLOAD_ERROR_CODES.map((code) => new UploadError(code)),
    messageKey: (error) => `applications.upload.errors.${error.code}`,
  },
  UploadQuotaError: {
    errors: QUOTA_CODES.map((code) => new UploadQuotaError(code)),
    messageKey: (error) => `applications.upload.errors.${error.code}`,
  },
  QuoteError: {
    errors: QUOTE_ERROR_CODES.map((code) => new QuoteError(code, "date", "test")),
    messageKey: (error) => `catalog.${(error as QuoteError).messageKey}`,
  },
  // Answered by the 403 page, or by the feature that catches it with its own "not found" text.
  AccessDeniedError: { errors: [new AccessDeniedError()], messageKey: () => null },
  // Answered 410 by the download routes, with no text of ours.
  StoredObjectMissingError: { errors: [new StoredObjectMissingError("key")], messageKey: () => null },
};

function read(file: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.resolve("messages", file), "utf8"));
}

/** The messages next-intl loads for a locale: the shared file plus one key per namespace. */
function messagesOf(locale: string): Record<string, unknown> {
  const all = read(`${locale}.json`);
  for (const namespace of MESSAGE_NAMESPACES) all[namespace] = read(`${namespace}/${locale}.json`);
  return all;
}

function textAt(messages: Record<string, unknown>, key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messages);
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("the error model", () => {
  it("lists every AppError class of lib/ here", () => {
    const declared = sourceFiles(path.resolve("lib")).flatMap((file) =>
      [...fs.readFileSync(file, "utf8").matchAll(/class (\w+) extends (?:AppError\b|refusalClass\()/g)].map((match) => match[1]),
    );
    expect(declared.sort()).toEqual(Object.keys(ERROR_CLASSES).sort());
  });

  for (const [name, errorClass] of Object.entries(ERROR_CLASSES)) {
    it(`gives every ${name} code an HTTP status and a message in ${locales.join(", ")}`, () => {
      expect(errorClass.errors.length).toBeGreaterThan(0);
      for (const error of errorClass.errors) {
        expect(error).toBeInstanceOf(AppError);
        expect(error.name, error.code).toBe(name);
        const status = httpStatusOf(error);
        expect(status >= 400 && status < 600, `${name}.${error.code} → ${status}`).toBe(true);
        const key = errorClass.messageKey(error);
        if (key === null) continue;
        for (const locale of locales) {
          const text = textAt(messagesOf(locale), key);
          expect(typeof text === "string" && text.trim() !== "", `${locale}: ${name}.${error.code} → ${key}`).toBe(true);
        }
      }
    });
  }

  it("answers a form with the refusal's message, at its field when it names one", () => {
    expect(refusalAnswer("review.errors.NOT_FOUND")).toEqual({ ok: false, formError: "review.errors.NOT_FOUND" });
    expect(answerRefusals(adminRefusal)(new AdminError("EMAIL_TAKEN"))).toEqual({
      ok: false,
      fieldErrors: { email: "admin.staff.emailTaken" },
    });
    // Another class's refusal, or a plain bug, is not the form's to answer: it propagates.
    expect(() => answerRefusals(adminRefusal)(new PersonError("NOT_FOUND"))).toThrow(PersonError);
    expect(() => answerRefusals(adminRefusal)(new TypeError("bug"))).toThrow(TypeError);
  });
});

import { describe, expect, it } from "vitest";
import { classifySendError } from "./classify-send-error";

const smtpError = (responseCode: number, command: string, code = "EENVELOPE") =>
  Object.assign(new Error("x"), { responseCode, command, code });

describe("classifying a failed send", () => {
  it("treats a 5xx reply to RCPT TO or DATA as final for that message", () => {
    expect(classifySendError(smtpError(550, "RCPT TO"))).toEqual({ permanent: true, smtpCode: 550, command: "RCPT TO" });
    expect(classifySendError(smtpError(554, "DATA", "EMESSAGE")).permanent).toBe(true);
  });
  it("retries 4xx replies", () => {
    expect(classifySendError(smtpError(450, "RCPT TO")).permanent).toBe(false);
    expect(classifySendError(smtpError(421, "DATA")).permanent).toBe(false);
  });
  it("retries connection errors, timeouts and errors without an SMTP reply", () => {
    expect(classifySendError(Object.assign(new Error("connect ECONNREFUSED"), { code: "ESOCKET", command: "CONN" })).permanent).toBe(false);
    expect(classifySendError(Object.assign(new Error("Greeting never received"), { code: "ETIMEDOUT" })).permanent).toBe(false);
    expect(classifySendError("weird").permanent).toBe(false);
  });
  it("retries a 5xx about our own set-up (AUTH, MAIL FROM, greeting) so nothing is lost while it is fixed", () => {
    expect(classifySendError(smtpError(535, "AUTH PLAIN", "EAUTH")).permanent).toBe(false);
    expect(classifySendError(smtpError(553, "MAIL FROM")).permanent).toBe(false);
    expect(classifySendError(smtpError(554, "CONN", "EPROTOCOL")).permanent).toBe(false);
  });
  it("fails an address nodemailer cannot use at once", () => {
    expect(classifySendError(Object.assign(new Error("Invalid recipient"), { code: "EENVELOPE", command: "API" })).permanent).toBe(true);
  });
});

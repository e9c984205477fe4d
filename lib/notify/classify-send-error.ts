// Whether a failed send is worth trying again (RFC 5321 §4.2.1): a 5yz reply to RCPT TO or
// DATA is the receiving side's final word on this message or recipient ("550 no such user",
// "554 rejected as spam"), so retrying only repeats it. 4yz replies, refused or dropped
// connections, timeouts and TLS trouble are temporary. A 5yz reply to the greeting, AUTH or MAIL
// FROM is about our relay set-up (credentials, sender address), not this message: retrying keeps
// every e-mail alive until an operator fixes it, instead of failing the whole queue for good.

export type SendFailure = { permanent: boolean; smtpCode: number | null; command: string | null };

type SmtpLikeError = { code?: unknown; responseCode?: unknown; command?: unknown };

const MESSAGE_COMMANDS = new Set(["RCPT TO", "DATA"]);

export function classifySendError(error: unknown): SendFailure {
  const e = (typeof error === "object" && error !== null ? error : {}) as SmtpLikeError;
  const smtpCode = typeof e.responseCode === "number" ? e.responseCode : null;
  const command = typeof e.command === "string" ? e.command : null;
  if (smtpCode !== null && smtpCode >= 500 && smtpCode < 600 && command !== null && MESSAGE_COMMANDS.has(command)) {
    return { permanent: true, smtpCode, command };
  }
  // nodemailer refuses an address it cannot parse before talking to the server: no retry fixes it.
  if (e.code === "EENVELOPE" && command === "API") return { permanent: true, smtpCode, command };
  return { permanent: false, smtpCode, command };
}

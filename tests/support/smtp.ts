import { SMTPServer, type SMTPServerAddress } from "smtp-server";

// A real SMTP server on a free loopback port, started and stopped by the test, keeps every
// message it receives. The worker talks to it exactly as it would to a production relay.

export type Captured = { raw: string; to: string[] };

export type SmtpOptions = {
  delayMs?: number;
  /** A reply code per recipient address (e.g. 550 for a mailbox that does not exist, 450 for a full one). */
  rejectRecipients?: Record<string, number>;
  /** Called with each message's index once its bytes are in, before the server answers. */
  onMessage?: (index: number) => void;
};

export async function startSmtp(port: number, options: SmtpOptions = {}) {
  const messages: Captured[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      const code = options.rejectRecipients?.[address.address];
      if (!code) return callback();
      callback(Object.assign(new Error(code >= 500 ? "Mailbox unavailable" : "Try again later"), { responseCode: code }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        messages.push({ raw: Buffer.concat(chunks).toString("utf8"), to: session.envelope.rcptTo.map((r) => r.address) });
        options.onMessage?.(messages.length - 1);
        // A slow server makes two workers' batches overlap in time, which is what we want to test.
        setTimeout(() => callback(), options.delayMs ?? 0);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return { port, messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Just enough MIME for the assertions: unfolded headers, RFC 2047 words, QP/base64 parts. */
function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, encoding: string, text: string) =>
    encoding.toLowerCase() === "b" ? Buffer.from(text, "base64").toString("utf8") : decodeQuotedPrintable(text.replace(/_/g, " ")),
  );
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const body = text.replace(/=\r?\n/g, "");
  for (let i = 0; i < body.length; i++) {
    if (body[i] === "=" && /^[0-9A-F]{2}$/i.test(body.slice(i + 1, i + 3))) {
      bytes.push(parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(body[i], "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

export function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, " ");
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return decodeWords(line ? line.slice(name.length + 1).trim() : "");
}

export function plainText(raw: string): string {
  const part = raw.split(/--[^\r\n]+\r?\n/).find((p) => /content-type:\s*text\/plain/i.test(p));
  if (!part) throw new Error("no text/plain part");
  const [head, ...rest] = part.split(/\r?\n\r?\n/);
  const body = rest.join("\n\n");
  if (/content-transfer-encoding:\s*base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) return decodeQuotedPrintable(body);
  return body;
}

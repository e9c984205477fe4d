import { constants as fsConstants } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { MailConfig } from "./config";
import type { RenderedEmail } from "./render-email";

export type OutgoingEmail = RenderedEmail & {
  /** The outbox row's id: it becomes the Message-ID, so a re-sent message is recognisably the same. */
  id: string;
  to: string;
  kind: string;
};

export type Mailer = {
  send(email: OutgoingEmail): Promise<void>;
  /** Whether the transport is reachable (readiness probe): an SMTP handshake, or a writable mail folder. */
  verify(): Promise<void>;
  close(): void;
};

/** What the development mailbox shows without parsing MIME. */
export type MailboxEntry = {
  id: string;
  date: string;
  to: string;
  subject: string;
  kind: string;
  text: string;
  html: string;
  attachments: string[];
};

// SMTP timeouts well below the worker's lease (worker.ts), so that a hung server cannot make a
// claimed message look abandoned while it is still being sent.
const SMTP_TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 };

function messageId(id: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? "localhost";
  return `<${id}@${domain}>`;
}

function mailOptions(email: OutgoingEmail, from: string): nodemailer.SendMailOptions {
  return {
    from,
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
    messageId: messageId(email.id, from),
    attachments: email.attachments.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
    headers: { "X-Expat-Notification": email.kind, "Auto-Submitted": "auto-generated" },
  };
}

function smtpMailer(config: MailConfig & { smtpUrl: string }): Mailer {
  const transport = nodemailer.createTransport({ url: config.smtpUrl, ...SMTP_TIMEOUTS } as nodemailer.TransportOptions);
  return {
    async send(email) {
      await transport.sendMail(mailOptions(email, config.from));
    },
    async verify() {
      await transport.verify();
    },
    close: () => transport.close(),
  };
}

/** No SMTP server: the raw RFC 5322 message goes to `<outbox id>.eml`, with a JSON summary beside it. */
function fileMailer(config: MailConfig): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  return {
    async send(email) {
      const info = await transport.sendMail(mailOptions(email, config.from));
      await fs.mkdir(config.mailDir, { recursive: true });
      const entry: MailboxEntry = {
        id: email.id,
        date: new Date().toISOString(),
        to: email.to,
        subject: email.subject,
        kind: email.kind,
        text: email.text,
        html: email.html,
        attachments: email.attachments.map((a) => a.filename),
      };
      // Written under a temporary name and renamed, so the mailbox never lists half a message;
      // named by the outbox id, so a message sent twice (see the worker's lease) is one file.
      await writeAtomically(path.join(config.mailDir, `${email.id}.eml`), info.message as Buffer);
      await writeAtomically(path.join(config.mailDir, `${email.id}.json`), JSON.stringify(entry, null, 2));
    },
    async verify() {
      await fs.mkdir(config.mailDir, { recursive: true });
      await fs.access(config.mailDir, fsConstants.W_OK);
    },
    close: () => transport.close(),
  };
}

async function writeAtomically(file: string, content: Buffer | string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temporary, content);
  await fs.rename(temporary, file);
}

export function createMailer(config: MailConfig): Mailer {
  return config.smtpUrl ? smtpMailer({ ...config, smtpUrl: config.smtpUrl }) : fileMailer(config);
}

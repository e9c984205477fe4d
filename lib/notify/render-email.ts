import type { Locale } from "@/lib/kernel/locales";
import type { AnyNotification } from "@/lib/outbox/kinds";
import { describeNotification, type NotificationContent } from "./content";
import { absoluteUrl, appUrl, NOTIFY_PATHS } from "./links";
import { isMandatoryEmail } from "@/lib/outbox/policy";
import { notificationsTranslator } from "./translate";

export type RenderedEmail = {
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string; content: string; contentType: string }[];
};

/** Every interpolated value goes through this before it reaches HTML: names and comments are user input. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** A header must stay on one line (no header injection through a person's name). */
function oneLine(value: string): string {
  return value.replace(/[\r\n\t]+/g, " ").trim();
}

function renderText(c: NotificationContent, greeting: string, actionUrl: string | null, footer: string[]): string {
  const lines = [greeting, "", c.summary, "", c.body];
  if (c.items.length) lines.push("", ...c.items.map((item) => `- ${item}`));
  if (c.facts.length) lines.push("", ...c.facts.map((f) => `${f.label}: ${f.value}`));
  if (c.action && actionUrl) lines.push("", `${c.action.label}: ${actionUrl}`);
  lines.push("", "--", ...footer);
  return `${lines.join("\n")}\n`;
}

// Table layout and inline styles: what e-mail clients still render reliably.
function renderHtml(
  c: NotificationContent,
  greeting: string,
  actionUrl: string | null,
  footer: string[],
  locale: Locale,
  brand: string,
): string {
  const e = escapeHtml;
  const p = (text: string) => `<p style="margin:0 0 16px">${e(text)}</p>`;
  const items = c.items.length
    ? `<ul style="margin:0 0 16px;padding-left:20px">${c.items.map((i) => `<li>${e(i)}</li>`).join("")}</ul>`
    : "";
  const facts = c.facts.length
    ? `<table role="presentation" style="border-collapse:collapse;margin:0 0 16px">${c.facts
        .map(
          (f) =>
            `<tr><th scope="row" style="text-align:left;padding:4px 16px 4px 0;color:#475569;font-weight:normal">${e(f.label)}</th><td style="padding:4px 0;font-weight:bold">${e(f.value)}</td></tr>`,
        )
        .join("")}</table>`
    : "";
  const action =
    c.action && actionUrl
      ? `<p style="margin:24px 0"><a href="${e(actionUrl)}" style="background:#083f4c;color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none;font-weight:bold;display:inline-block">${e(c.action.label)}</a></p><p style="margin:0 0 16px;font-size:13px;color:#475569">${e(actionUrl)}</p>`
      : "";
  return `<!doctype html>
<html lang="${e(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${e(c.subject)}</title></head>
<body style="margin:0;background:#f1f5f9;font-family:Arial,Helvetica,sans-serif;color:#0f172a;font-size:16px;line-height:1.5">
<table role="presentation" width="100%" style="border-collapse:collapse"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" style="max-width:600px;border-collapse:collapse;background:#ffffff">
<tr><td style="background:#083f4c;color:#ffffff;padding:16px 24px;font-size:18px;font-weight:bold">${e(brand)}</td></tr>
<tr><td style="padding:24px">
<h1 style="font-size:20px;margin:0 0 16px">${e(c.subject)}</h1>
${p(greeting)}${p(c.summary)}${p(c.body)}${items}${facts}${action}
</td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid #e2e8f0;font-size:13px;color:#475569">${footer.map(e).join("<br>")}</td></tr>
</table></td></tr></table></body></html>
`;
}

/** RFC 6047: the Content-Type names the iTIP method (REQUEST, CANCEL) the calendar carries. */
function calendarContentType(ics: string): string {
  const method = /^METHOD:([A-Z-]+)\r?$/m.exec(ics)?.[1];
  return `text/calendar; charset=utf-8${method ? `; method=${method}` : ""}`;
}

/** The e-mail for one notification, in `locale`, with absolute links to the portal. */
export function renderEmail(
  notification: AnyNotification,
  options: { locale: Locale; recipientName: string; origin?: string },
): RenderedEmail {
  const { locale } = options;
  const origin = options.origin ?? appUrl();
  const t = notificationsTranslator(locale);
  const content = describeNotification(notification, locale);
  const actionUrl = content.action ? absoluteUrl(content.action.path, locale, origin) : null;
  const greeting = t("email.greeting", { name: options.recipientName });
  const footer = [
    t("email.signature"),
    t("email.contact"),
    isMandatoryEmail(notification.kind)
      ? t("email.mandatoryNote")
      : t("email.optionalNote", { url: absoluteUrl(NOTIFY_PATHS.preferences(), locale, origin) }),
  ];
  const body = content.ics ? { ...content, body: `${content.body} ${t("email.calendarAttached")}` } : content;
  return {
    subject: oneLine(content.subject),
    text: renderText(body, greeting, actionUrl, footer),
    html: renderHtml(body, greeting, actionUrl, footer, locale, t("email.signature")),
    attachments: content.ics ? [{ filename: "invite.ics", content: content.ics, contentType: calendarContentType(content.ics) }] : [],
  };
}

import { UI_MESSAGES } from "@/lib/i18n/bundled-messages";
import { logEvent } from "@/lib/log/log-event";
import { isLocale, type Locale } from "@/lib/kernel/locales";

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The answer to a download whose database row exists but whose bytes are gone (issue 20: it was
 * a 500 with an empty body). 410 Gone, a short page in the user's language, and an error log line
 * naming the file, so an operator can restore it from backup or ask for it again.
 */
export function missingFileResponse(file: { id: string; storageKey: string }, userLocale: string): Response {
  logEvent("error", "storage.object_missing", { fileId: file.id, storageKey: file.storageKey });
  const locale: Locale = isLocale(userLocale) ? userLocale : "en";
  const t = UI_MESSAGES[locale].error.fileMissing;
  const home = locale === "en" ? "/portal" : `/${locale}/portal`;
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(t.title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:0;background:#f8fafc;color:#0f172a}header{background:#1e3a5f;color:#fff;padding:12px 24px;font-weight:600}main{max-width:40rem;margin:2rem auto;padding:0 1.5rem}a{color:#1e3a5f;font-weight:600}</style></head>
<body><header>AIFC Expat Centre</header><main><h1>${escape(t.title)}</h1><p>${escape(t.body)}</p><p><a href="${home}">${escape(t.back)}</a></p></main></body></html>`;
  return new Response(html, {
    status: 410,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
  });
}

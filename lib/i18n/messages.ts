import type { Locale } from "@/lib/kernel/locales";

// Each feature keeps its texts in messages/<namespace>/<locale>.json so that features can grow
// without editing one shared file; the shared UI texts are in messages/<locale>.json.
export const MESSAGE_NAMESPACES = [
  "catalog",
  "services",
  "applications",
  "review",
  "booking",
  "notifications",
  "vault",
  "workspace",
  "passport",
  "reports",
  "admin",
] as const;

async function loadNamespace(namespace: (typeof MESSAGE_NAMESPACES)[number], locale: Locale) {
  // Literal paths per namespace: the bundler must see every file it may load.
  switch (namespace) {
    case "catalog":
      return (await import(`../../messages/catalog/${locale}.json`)).default;
    case "services":
      return (await import(`../../messages/services/${locale}.json`)).default;
    case "applications":
      return (await import(`../../messages/applications/${locale}.json`)).default;
    case "review":
      return (await import(`../../messages/review/${locale}.json`)).default;
    case "booking":
      return (await import(`../../messages/booking/${locale}.json`)).default;
    case "notifications":
      return (await import(`../../messages/notifications/${locale}.json`)).default;
    case "vault":
      return (await import(`../../messages/vault/${locale}.json`)).default;
    case "workspace":
      return (await import(`../../messages/workspace/${locale}.json`)).default;
    case "passport":
      return (await import(`../../messages/passport/${locale}.json`)).default;
    case "reports":
      return (await import(`../../messages/reports/${locale}.json`)).default;
    case "admin":
      return (await import(`../../messages/admin/${locale}.json`)).default;
  }
}

// The message files never change while a production server runs, so each language's merged
// messages are built once instead of on every request (next-intl asks for them per request;
// issue 19). In development a changed file must show at once, so nothing is kept there.
const loaded = new Map<Locale, ReturnType<typeof mergeMessages>>();

export function loadMessages(locale: Locale) {
  if (process.env.NODE_ENV !== "production") return mergeMessages(locale);
  let messages = loaded.get(locale);
  if (!messages) {
    messages = mergeMessages(locale);
    // A failed load is not kept: the next request tries again.
    messages.catch(() => loaded.delete(locale));
    loaded.set(locale, messages);
  }
  return messages;
}

async function mergeMessages(locale: Locale) {
  const [ui, ...features] = await Promise.all([
    import(`../../messages/${locale}.json`).then((m) => m.default),
    ...MESSAGE_NAMESPACES.map((ns) => loadNamespace(ns, locale)),
  ]);
  return { ...ui, ...Object.fromEntries(MESSAGE_NAMESPACES.map((ns, i) => [ns, features[i]])) };
}

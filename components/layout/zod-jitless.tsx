"use client";

// Imported by the root layout so the browser evaluates lib/zod-jitless.ts with the layout's
// client code, before any form parses with zod. Renders nothing.
import "@/lib/zod-jitless";

export function ZodJitless() {
  return null;
}

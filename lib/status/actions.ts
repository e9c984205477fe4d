"use server";

import { headers } from "next/headers";
import { consumeStatusLookup, lookUpApplicationStatus } from "@/lib/status/data/status-lookup";
import { fieldErrorsOf } from "@/lib/kernel/forms";
import { clientAddress } from "@/lib/http/client-address";
import { statusLookupSchema, type StatusLookupResult } from "./status-schema";

/**
 * Public: no sign-in. Counted per address before any lookup, valid or not. Not on runFormAction:
 * there is no actor, and the count must come before the input is even parsed (the runner parses
 * first), so that malformed guesses are counted too.
 */
export async function lookUpStatusAction(input: unknown): Promise<StatusLookupResult> {
  const address = clientAddress(await headers());
  if (!(await consumeStatusLookup(address))) return { ok: false, formError: "workspace.status.throttled" };
  const parsed = statusLookupSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  return { ok: true, answer: await lookUpApplicationStatus(parsed.data.reference, parsed.data.passportNumber) };
}

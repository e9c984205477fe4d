import { isServiceCode, type ServiceCode } from "@/lib/catalog";
import { decodeCursor, type QueueCursor } from "./queue-cursor";
import { isQueueStatus, OPEN_QUEUE_STATUSES, QUEUE_STATUSES, type QueueStatus } from "./queue-order";

// The queue's state lives in the URL (shareable, back button works, no client state). Anything
// unknown or malformed falls back to the default instead of failing: a stale link still opens.

export type StatusFilter = "open" | "all" | QueueStatus;
export type AssigneeFilter = "any" | "me" | "unassigned";
/** "awaiting": the application's invoice has a receipt that staff have not confirmed or rejected yet. */
export type PaymentFilter = "any" | "awaiting";

export type QueueFilters = {
  status: StatusFilter;
  service: ServiceCode | null;
  assignee: AssigneeFilter;
  companyId: string | null;
  overdue: boolean;
  payment: PaymentFilter;
  q: string;
};

export type QueueQuery = QueueFilters & { cursor: QueueCursor | null };

export const SEARCH_MAX_LENGTH = 100;
export const DEFAULT_FILTERS: QueueFilters = {
  status: "open",
  service: null,
  assignee: "any",
  companyId: null,
  overdue: false,
  payment: "any",
  q: "",
};

type RawParams = Record<string, string | string[] | undefined>;

function first(params: RawParams, name: string): string | undefined {
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}

export function parseQueueParams(params: RawParams): QueueQuery {
  const status = first(params, "status");
  const service = first(params, "service");
  const assignee = first(params, "assignee");
  const company = first(params, "company");
  return {
    status: status === "all" || isQueueStatus(status) ? status : "open",
    service: isServiceCode(service) ? service : null,
    assignee: assignee === "me" || assignee === "unassigned" ? assignee : "any",
    companyId: company && /^[A-Za-z0-9_-]{1,40}$/.test(company) ? company : null,
    overdue: first(params, "overdue") === "1",
    payment: first(params, "payment") === "awaiting" ? "awaiting" : "any",
    q: (first(params, "q") ?? "").trim().replace(/\s+/g, " ").slice(0, SEARCH_MAX_LENGTH),
    cursor: decodeCursor(first(params, "cursor")),
  };
}

/** The statuses a filter selects. "Overdue" only ever concerns applications in processing. */
export function statusesOf(filters: Pick<QueueFilters, "status" | "overdue">): QueueStatus[] {
  const selected = filters.status === "open" ? [...OPEN_QUEUE_STATUSES] : filters.status === "all" ? [...QUEUE_STATUSES] : [filters.status];
  return filters.overdue ? selected.filter((s) => s === "IN_PROCESSING") : selected;
}

/** The URL query for `filters` (defaults left out), plus an optional cursor. */
export function queueSearchParams(filters: QueueFilters, cursor?: string): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status !== DEFAULT_FILTERS.status) params.set("status", filters.status);
  if (filters.service) params.set("service", filters.service);
  if (filters.assignee !== "any") params.set("assignee", filters.assignee);
  if (filters.companyId) params.set("company", filters.companyId);
  if (filters.overdue) params.set("overdue", "1");
  if (filters.payment === "awaiting") params.set("payment", "awaiting");
  if (filters.q) params.set("q", filters.q);
  if (cursor) params.set("cursor", cursor);
  return params;
}

export type SearchTerm =
  { kind: "none" } | { kind: "number"; number: string } | { kind: "text"; text: string; upper: string; digits: string | null };

/**
 * How the search box is read: a full application number is an exact lookup; anything else is
 * matched against the number's start, company name and BIN, person names and passport numbers.
 */
export function parseSearchTerm(q: string): SearchTerm {
  const text = q.trim();
  if (!text) return { kind: "none" };
  if (/^EC-\d{4}-\d{6}$/i.test(text)) return { kind: "number", number: text.toUpperCase() };
  return { kind: "text", text, upper: text.toUpperCase(), digits: /^\d{3,12}$/.test(text) ? text : null };
}

/** Escapes LIKE wildcards so that a search for "50%" means the characters, not a pattern. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

import fs from "node:fs";
import { ORIGIN, send, type RawResponse } from "./http";

// Server actions are public POST endpoints: the suite calls each one the way Next's client does
// (Next-Action header, arguments in React's reply encoding), from the build's own manifest, so a
// new action without an entry in the sweep fails the suite instead of going untested.
export type ActionEntry = { id: string; file: string; name: string; workers: string[] };

export function listServerActions(): ActionEntry[] {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    file: entry.filename,
    name: entry.exportedName,
    workers: Object.keys(entry.workers),
  }));
}

/** A page path that has the action, with [id]-style segments filled in. */
export function pagePathFor(action: ActionEntry, id: string): string {
  const worker = action.workers.find((w) => w.endsWith("/page")) ?? action.workers[0];
  const path = worker
    .replace(/^app\/\[locale\]/, "")
    .replace(/\/page$/, "")
    .replace(/\/\([^)]+\)/g, "")
    .replace(/\[\.\.\.[^\]]+\]/g, "x")
    .replace(/\[[^\]]+\]/g, id);
  return path || "/";
}

/** A FormData argument, sent as multipart like the browser's <form action={…}>. */
export class FormArg {
  constructor(public readonly fields: Record<string, string>) {}
}

export async function callAction(
  action: ActionEntry,
  args: unknown[],
  options: { cookie: string; path: string; localAddress?: string },
): Promise<RawResponse> {
  const headers: Record<string, string> = { "next-action": action.id, accept: "text/x-component", origin: ORIGIN };
  const forms = args.filter((a): a is FormArg => a instanceof FormArg);
  if (forms.length === 0) {
    return send({
      method: "POST",
      path: options.path,
      cookie: options.cookie,
      localAddress: options.localAddress,
      headers: { ...headers, "content-type": "text/plain;charset=UTF-8" },
      body: JSON.stringify(args),
    });
  }
  // React's encodeReply: the root model in part "0", each FormData's entries prefixed "<n>_".
  const boundary = `----suite${Date.now().toString(16)}`;
  const parts: string[] = [];
  let next = 1;
  const root = args.map((arg) => {
    if (!(arg instanceof FormArg)) return arg;
    const ref = next++;
    for (const [key, value] of Object.entries(arg.fields))
      parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${ref}_${key}"\r\n\r\n${value}\r\n`);
    return `$K${ref.toString(16)}`;
  });
  parts.unshift(`--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n${JSON.stringify(root)}\r\n`);
  const body = `${parts.join("")}--${boundary}--\r\n`;
  return send({
    method: "POST",
    path: options.path,
    cookie: options.cookie,
    localAddress: options.localAddress,
    headers: { ...headers, "content-type": `multipart/form-data; boundary=${boundary}` },
    body,
  });
}

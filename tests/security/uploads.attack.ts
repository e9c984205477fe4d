import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { recordAttack } from "./support/attack-log";
import { createCompanyAccount, PASSWORD, suiteDb } from "./support/fixtures";
import { ORIGIN, send } from "./support/http";
import { createSubmittedApplication } from "../support/factories/applications";

// The upload abuse set against the documents route: every refused upload answers 4xx and leaves
// nothing in storage; what is accepted is neutralised (clean name, downloaded as an attachment
// with nosniff). Quotas in this server: 5 files per slot; minimum rate 4 KB/s after 2 s.
const uploadsDir = () => path.resolve(process.env.SECURITY_UPLOADS_DIR!);
const storedCount = () =>
  fs.existsSync(uploadsDir())
    ? fs.readdirSync(uploadsDir(), { recursive: true }).filter((f) => fs.statSync(path.join(uploadsDir(), String(f))).isFile()).length
    : 0;

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const POLYGLOT = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.from("<html><script>alert(document.cookie)</script></html>\n%%EOF\n")]);
const EXE = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00"), Buffer.alloc(200)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]), Buffer.alloc(100)]);
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');

test("upload abuse set", async () => {
  const account = await createCompanyAccount("uploader");
  const db = suiteDb();
  const draft = await createSubmittedApplication(db, {
    company: account.company,
    applicant: account.applicant,
    status: "DRAFT",
    documentCodes: ["PASSPORT_COPY", "PHOTO", "EMPLOYMENT_CONTRACT"],
  }).finally(() => db.$disconnect());
  const session = await signIn(account.email, PASSWORD, { localAddress: "127.0.0.60" });
  expect(session.outcome).toBe("signed-in");
  const route = (code: string) => `/api/applications/${draft.application.id}/documents/${code}/files`;
  const post = (code: string, body: Buffer | AsyncIterable<Buffer>, name: string, headers: Record<string, string> = {}) =>
    send({
      method: "POST",
      path: route(code),
      cookie: session.cookie,
      localAddress: "127.0.0.60",
      body,
      headers: { origin: ORIGIN, "content-type": "application/octet-stream", "x-file-name": name, ...headers },
    });

  const before = storedCount();
  const refusals: { label: string; status: number }[] = [];
  // A server that hangs up on a refused upload (before reading the rest of the body) refused it too.
  const refuse = async (label: string, response: Promise<{ status: number }>, expected: number[]) => {
    const { status } = await response.catch(() => ({ status: expected[0] }));
    refusals.push({ label, status });
    expect(expected, `${label} answered ${status}`).toContain(status);
  };
  await refuse("executable named .pdf", post("PASSPORT_COPY", EXE, "passport.pdf"), [415]);
  await refuse("JPEG named .pdf", post("PASSPORT_COPY", JPEG, "photo.pdf"), [415]);
  await refuse("SVG with script named .png", post("PASSPORT_COPY", SVG, "scan.png"), [415]);
  await refuse("malformed X-File-Name encoding", post("PASSPORT_COPY", PDF, "%E0%A4%A.pdf"), [400]);
  await refuse("overlong surrogate in X-File-Name", post("PASSPORT_COPY", PDF, "%ED%A0%80.pdf"), [400]);
  await refuse(
    "declared size over the limit",
    post("PASSPORT_COPY", PDF, "big.pdf", { "content-length": String(50 * 1024 * 1024) }).catch(() => ({ status: 413 })),
    [413],
  );
  await refuse("cross-site origin", post("PASSPORT_COPY", PDF, "a.pdf", { origin: "https://evil.example" }), [403]);
  await refuse(
    "forged X-Forwarded-Host with a matching origin",
    post("PASSPORT_COPY", PDF, "a.pdf", { origin: "https://evil.example", "x-forwarded-host": "evil.example" }),
    [403],
  );
  await refuse("empty body", post("PASSPORT_COPY", Buffer.alloc(0), "empty.pdf"), [400, 415]);
  // A slow trickle: 48 bytes, then nothing more than a byte a second.
  async function* trickle() {
    yield Buffer.from("%PDF-1.4\n".padEnd(48, "x"));
    for (let i = 0; i < 30; i++) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      yield Buffer.from("x");
    }
  }
  const started = Date.now();
  await refuse(
    "slow trickle (48 bytes, then 1 byte/s)",
    post("PASSPORT_COPY", trickle(), "slow.pdf").catch(() => ({ status: 408 })),
    [408],
  );
  expect(Date.now() - started).toBeLessThan(15_000);

  // Quota: the slot has 1 file from the draft; 8 more at once → 4 accepted, 4 refused.
  const burst = await Promise.all(
    Array.from({ length: 8 }, (_, i) =>
      post("PHOTO", PDF, `photo-${i}.pdf`).catch(() => ({ status: 413, text: '{"error":"QUOTA_FILES"}' })),
    ),
  );
  const accepted = burst.filter((r) => r.status === 201).length;
  for (const r of burst.filter((r) => r.status !== 201)) refusals.push({ label: "quota overflow", status: r.status });
  expect(accepted).toBe(4);
  expect(burst.filter((r) => r.status === 413 && JSON.parse(r.text).error === "QUOTA_FILES")).toHaveLength(4);
  expect(storedCount() - before).toBe(accepted);
  recordAttack(
    "upload abuse (types, names, size, origin, trickle, quota)",
    refusals.length,
    refusals.filter((r) => r.status >= 400).length,
  );

  // Neutralised: a bidi name is cleaned; a PDF/HTML polyglot is only ever served as a download.
  const bidi = await post("EMPLOYMENT_CONTRACT", PDF, encodeURIComponent("contract\u202Egpj.pdf"));
  expect(bidi.status).toBe(201);
  const stored = JSON.parse(bidi.text).file as { originalName: string };
  const poly = await post("EMPLOYMENT_CONTRACT", POLYGLOT, "polyglot.pdf");
  expect(poly.status).toBe(201);
  const download = await send({ path: `/api/files/${JSON.parse(poly.text).file.id}`, cookie: session.cookie, localAddress: "127.0.0.60" });
  const neutral = [
    !/[\u202a-\u202e\u2066-\u2069]/u.test(stored.originalName),
    /attachment/.test(String(download.headers["content-disposition"])),
    download.headers["x-content-type-options"] === "nosniff",
  ];
  recordAttack("upload neutralised (bidi name cleaned, polyglot served as attachment)", neutral.length, neutral.filter(Boolean).length);
  expect(neutral).toEqual([true, true, true]);
  expect(storedCount() - before).toBe(accepted + 2);
});

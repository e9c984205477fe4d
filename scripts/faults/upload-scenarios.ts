import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { prisma } from "@/lib/db/client";
import { findReferencedStorageKeys } from "@/lib/uploads/data/stored-file-references";
import { setStorageDriver } from "@/lib/storage";
import { LocalDiskStorage } from "@/lib/storage/local-disk-storage";
import { discardStoredUpload } from "@/lib/uploads/discard-upload";
import { receiveUpload } from "@/lib/uploads/receive-upload";
import { DEFAULT_SWEEP_GRACE_MS, sweepStorage } from "@/lib/uploads/sweep-storage";
import { filesIn, fullDiskStorage, PASSPORT_PDF as PDF } from "../../tests/support/upload-faults";
import { sleep, type FaultRow } from "./harness";

// Orphans: files in the upload directory that no database row points at, after the recovery
// that production runs (the sweep at start, once the grace period has passed).

const body = (bytes: Buffer) => Readable.toWeb(Readable.from([bytes])) as unknown as WebReadableStream<Uint8Array>;

async function orphansIn(dir: string): Promise<number> {
  const files = filesIn(dir);
  const referenced = await findReferencedStorageKeys(files);
  return files.filter((f) => !referenced.has(f)).length;
}

/** The sweep as a restarted server runs it, with the clock past the grace period. */
const sweepAfterGrace = (dir: string) =>
  sweepStorage({ driver: new LocalDiskStorage(dir), now: new Date(Date.now() + DEFAULT_SWEEP_GRACE_MS + 60_000) });

/** A recorded file (a company-vault version) that the sweep must never touch. */
async function recordedFile(dir: string): Promise<string> {
  const stored = await receiveUpload(body(PDF), "certificate.pdf");
  const company = await prisma.company.create({ data: { name: "Fault Co", bin: String(Date.now()).slice(-12).padStart(12, "1") } });
  const user = await prisma.user.create({
    data: {
      email: `vault-${Date.now()}@faults.example`,
      name: "Vault",
      role: "APPLICANT",
      passwordHash: "!unusable",
      companyId: company.id,
    },
  });
  await prisma.companyDocumentVersion.create({
    data: {
      companyId: company.id,
      code: "CHARTER",
      storageKey: stored.storageKey,
      originalName: "certificate.pdf",
      mimeType: stored.mimeType,
      sizeBytes: stored.sizeBytes,
      sha256: stored.sha256,
      uploadedById: user.id,
    },
  });
  if (!fs.existsSync(path.join(dir, stored.storageKey))) throw new Error("recorded file not on disk");
  return stored.storageKey;
}

async function killChild(dir: string, databaseUrl: string, mode: "mid-stream" | "before-record"): Promise<boolean> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/faults/child-upload.ts"], {
    env: { ...process.env, UPLOADS_DIR: dir, DATABASE_URL: databaseUrl, MODE: mode },
    stdio: ["ignore", "pipe", "ignore"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += String(chunk)));
  // Generous: starting a TypeScript child process on a busy CI machine can take many seconds.
  const deadline = Date.now() + 90_000;
  // Mid-stream: once a `.partial` is on disk and growing. Before record: once the child says "stored".
  while (Date.now() < deadline) {
    if (mode === "before-record" && output.includes("stored ")) break;
    if (mode === "mid-stream" && filesIn(dir).some((f) => f.endsWith(".partial") && fs.statSync(path.join(dir, f)).size > 32 * 1024)) break;
    await sleep(50);
  }
  const wasRunning = child.exitCode === null;
  child.kill("SIGKILL");
  await new Promise((resolve) => child.once("exit", resolve));
  return wasRunning;
}

export async function uploadScenarios(dir: string, databaseUrl: string): Promise<FaultRow[]> {
  const rows: FaultRow[] = [];
  const kept = await recordedFile(dir);

  for (const mode of ["mid-stream", "before-record"] as const) {
    const killed = await killChild(dir, databaseUrl, mode);
    const before = filesIn(dir).length;
    const swept = await sweepAfterGrace(dir);
    const orphaned = await orphansIn(dir);
    rows.push({
      scenario: mode === "mid-stream" ? "server SIGKILLed mid-upload" : "SIGKILLed after storing, before recording",
      lost: fs.existsSync(path.join(dir, kept)) ? 0 : 1,
      duplicated: 0,
      orphaned,
      hung: 0,
      note: `${before - 1} left by the kill; sweep removed ${swept.abortedIncomplete} incomplete + ${swept.removedOrphans} unreferenced`,
      ok: killed && orphaned === 0 && fs.existsSync(path.join(dir, kept)) && before > 1,
    });
  }

  // Recording fails (a real database error): the route's clean-up removes the bytes at once.
  {
    const stored = await receiveUpload(body(PDF), "passport.pdf");
    const error = await prisma.documentFile
      .create({
        data: {
          documentId: "no-such-document",
          storageKey: stored.storageKey,
          originalName: "passport.pdf",
          mimeType: stored.mimeType,
          sizeBytes: stored.sizeBytes,
          sha256: stored.sha256,
          uploadedById: "nobody",
        },
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
    await discardStoredUpload(stored.storageKey, error);
    const orphaned = await orphansIn(dir);
    rows.push({
      scenario: "recording the upload fails",
      lost: 0,
      duplicated: 0,
      orphaned,
      hung: 0,
      note: "bytes removed by the upload route at once",
      ok: error !== null && orphaned === 0,
    });
  }

  // Disk full: ENOSPC at the storage driver boundary after 10 bytes of the file.
  {
    const full = fullDiskStorage(dir);
    setStorageDriver(full);
    const before = filesIn(dir).length;
    const outcome = await receiveUpload(body(Buffer.concat([PDF, Buffer.alloc(64 * 1024)])), "passport.pdf").then(
      () => "stored",
      (e: { code?: string }) => e.code ?? "error",
    );
    setStorageDriver(undefined);
    const orphaned = await orphansIn(dir);
    rows.push({
      scenario: "upload disk full (ENOSPC)",
      lost: 0,
      duplicated: 0,
      orphaned,
      hung: 0,
      note: `refused with ${outcome}; files before/after ${before}/${filesIn(dir).length}`,
      ok: outcome === "ENOSPC" && orphaned === 0 && filesIn(dir).length === before,
    });
  }
  return rows;
}

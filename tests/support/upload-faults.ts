import fs from "node:fs";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { StorageDriver } from "@/lib/storage";
import { LocalDiskStorage } from "@/lib/storage/local-disk-storage";

// What tests/integration/upload-faults.test.ts and the fault suite (scripts/faults/upload-scenarios.ts)
// both need to inject upload faults and count what is left on disk.

/** A small valid PDF, as a passport scan would be. */
export const PASSPORT_PDF = Buffer.from("%PDF-1.7\nscan of a passport\n%%EOF");

/** Every file under `dir` (recursive), as keys relative to it; none if it does not exist. */
export function filesIn(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => fs.statSync(path.join(dir, f)).isFile());
}

/**
 * Local-disk storage under `dir` whose device fills up after `capacityBytes` of a file: the write
 * fails mid-file with ENOSPC and the whole chain is torn down, as a real full disk does. (A small
 * loop-mounted file system would need privileges CI does not have.)
 */
export function fullDiskStorage(dir: string, capacityBytes = 10): StorageDriver {
  const disk = new LocalDiskStorage(dir);
  return Object.assign(Object.create(disk) as StorageDriver, {
    put(key: string, body: Readable) {
      let written = 0;
      const device = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          written += chunk.length;
          if (written > capacityBytes) done(Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" }));
          else done(null, chunk);
        },
      });
      pipeline(body, device).catch(() => undefined);
      return disk.put(key, device);
    },
  });
}

import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";

export type TestS3Server = { endpoint: string; bucket: string; directory: string; stop(): Promise<void> };

/** Starts scripts/s3/s3-test-server.mjs (s3rver) as a child process on a free port, in a fresh folder. */
export async function startTestS3Server(bucket = "expat-test-files"): Promise<TestS3Server> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "expat-s3-"));
  const child = spawn(process.execPath, [path.resolve("scripts/s3/s3-test-server.mjs"), "--dir", directory, "--bucket", bucket], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.once("line", (line) => resolve(JSON.parse(line).port));
    child.once("exit", (code) => reject(new Error(`the S3 test server exited with ${code}`)));
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    directory,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

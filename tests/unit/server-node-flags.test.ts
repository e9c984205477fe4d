import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SERVER_NODE_FLAGS } from "@/scripts/lib/server-node-flags";

// The web server's Node flags are written in three places an operator reads: the constant the
// repository's own launchers use, `npm start`, and the image's CMD. They must say the same.
const ROOT = path.resolve(import.meta.dirname, "../..");

describe("the web server's Node flags", () => {
  it("are the same in npm start, the Dockerfile's CMD and the launchers' constant", () => {
    const start = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts
      .start;
    expect(start).toBe(["node", ...SERVER_NODE_FLAGS, "server.mjs"].join(" "));
    const cmd = fs
      .readFileSync(path.join(ROOT, "Dockerfile"), "utf8")
      .split("\n")
      .find((line) => line.startsWith("CMD "));
    expect(JSON.parse(cmd!.slice(4))).toEqual(["node", ...SERVER_NODE_FLAGS, "server.mjs"]);
  });

  it("are accepted by this Node and give the young generation its size", () => {
    // new_space's capacity is two semi-spaces and grows only under allocation, so allocate until it
    // is past what V8's default allows (2 × 16 MB on 64-bit): only a larger limit gets it there.
    const script =
      "let k=[];for(let i=0;i<4e6;i++){k.push({i,s:'x'+i});if(k.length>3e5)k=[]}" +
      "console.log(require('v8').getHeapSpaceStatistics().find(s=>s.space_name==='new_space').space_size)";
    const run = spawnSync(process.execPath, [...SERVER_NODE_FLAGS, "-e", script], { encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(Number(run.stdout.trim())).toBeGreaterThan(2 * 16 * 1024 * 1024);
  });
});

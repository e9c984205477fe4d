// npm run bench: every benchmark in bench/, one after the other, each printing its own table.
// BENCH_ONLY=queue|reports|passport runs one of them.
import { benchPassportAccuracy } from "./passport-accuracy";
import { benchQueue } from "./queue";
import { benchReports } from "./reports";

async function main() {
  const only = process.env.BENCH_ONLY;
  if (!only || only === "queue") await benchQueue();
  if (!only || only === "reports") await benchReports();
  if (!only || only === "passport") await benchPassportAccuracy();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

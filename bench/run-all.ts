// npm run bench: every benchmark in bench/, one after the other, each printing its own table.
import { benchQueue } from "./queue";

async function main() {
  await benchQueue();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

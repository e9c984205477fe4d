// npm start: as `npm run dev`, but serves the production build made by `npm run build`.
import { boot } from "./lib/boot";

boot("start").catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

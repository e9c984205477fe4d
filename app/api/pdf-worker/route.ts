import fs from "node:fs";
import path from "node:path";

// pdf.js renders documents in a web worker, which the review viewer loads from here (same
// origin, allowed by the CSP's worker-src 'self'). The file comes from the pinned npm package,
// so it always matches the library version the page uses.
export const dynamic = "force-dynamic";

const WORKER = path.join(process.cwd(), "node_modules", "pdfjs-dist", "build", "pdf.worker.min.mjs");

export async function GET() {
  return new Response(await fs.promises.readFile(WORKER), {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": "public, max-age=86400",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

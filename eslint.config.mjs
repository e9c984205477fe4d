import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".data/**", "lib/db/generated/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    rules: {
      // Pages and actions reach the database only through lib/data (docs/decisions/003-data-access.md).
      "no-restricted-imports": ["error", { paths: [{ name: "@/lib/db/client", message: "Use a lib/data function: it scopes the query to the signed-in user." }] }],
    },
  },
  {
    files: ["lib/data/**", "lib/db/**", "lib/workflow/**", "lib/booking/**", "lib/notify/**", "scripts/**", "tests/**", "bench/**"],
    rules: { "no-restricted-imports": "off" },
  },
]);

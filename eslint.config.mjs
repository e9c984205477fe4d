import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    ".data/**",
    "lib/db/generated/**",
    "lib/i18n/generated/**",
    "lib/kernel/generated/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      // Pages and actions reach the database only through a slice's data functions, lib/<slice>/data
      // (docs/decisions/003-data-access-and-authorization.md, 021-one-shape-kernel-and-slices.md).
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@/lib/db/client",
              message: "Use a data function of the feature (lib/<slice>/data): it scopes the query to the signed-in user.",
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      // A transaction client is one connection: queries started together overlap on it, which pg 8
      // warns about and pg 9 rejects (issue 20). Await them one after another inside a transaction.
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "CallExpression[callee.object.name='Promise'][callee.property.name=/^(all|allSettled|any|race)$/]:has(Identifier[name=/^(tx|trx|transaction)$/])",
          message: "No Promise.all on a transaction client: await its queries one after another.",
        },
        {
          selector:
            "CallExpression[callee.property.name='$transaction'] CallExpression[callee.object.name='Promise'][callee.property.name=/^(all|allSettled|any|race)$/]",
          message: "No Promise.all inside a transaction: its queries share one connection; await them one after another.",
        },
      ],
    },
  },
  {
    files: [
      "lib/*/data/**",
      "lib/calendar/**",
      "lib/data/**",
      "lib/db/**",
      "lib/workflow/**",
      "lib/review/changes-deadline-job.ts",
      "lib/booking/**",
      "lib/notify/**",
      "lib/passport/jobs/**",
      "scripts/**",
      "tests/**",
      "bench/**",
    ],
    rules: { "no-restricted-imports": "off" },
  },
]);

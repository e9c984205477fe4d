import createIntlMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { routing } from "@/lib/i18n/routing";

// Redirect comfort and headers only: authorization is checked on the server in lib/auth and
// lib/data for every page, action and route (CVE-2025-29927 is why nothing relies on this file).
const intl = createIntlMiddleware(routing);

function contentSecurityPolicy(nonce: string): string {
  const isDev = process.env.NODE_ENV !== "production";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    // The review viewer's pdf.js worker (/api/pdf-worker); 'strict-dynamic' would otherwise govern it.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function setSecurityHeaders(response: NextResponse, csp: string, request: NextRequest): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  response.headers.set("X-Frame-Options", "DENY");
  response.headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  if (process.env.NODE_ENV === "production" && request.nextUrl.protocol === "https:") {
    response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  }
  return response;
}

// A NUL byte anywhere in the address, or a control character in the path, cannot be a real
// page or id (PostgreSQL refuses NUL in text and answered 500): refused here, once, for all routes.
function isMalformedUrl(url: string): boolean {
  const queryStart = url.indexOf("?");
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  return /%00/.test(url) || /%(?:[01][0-9a-f]|7f)/i.test(path);
}

export default function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  if (isMalformedUrl(request.nextUrl.href.slice(request.nextUrl.origin.length))) {
    return setSecurityHeaders(
      new NextResponse("Bad request", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } }),
      csp,
      request,
    );
  }
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  // Lets a server-side guard send a visitor to sign in and back to where they were going.
  headers.set("x-return-to", request.nextUrl.pathname + request.nextUrl.search);
  // Next's own internals and the files in public/ (icons, manifest, robots.txt: a last segment
  // with an extension, which no page of ours has) get the headers but no locale handling;
  // otherwise /icon.svg would be rewritten to a page that does not exist and answer 404.
  const { pathname } = request.nextUrl;
  const isPublicFile = /\/[^/]+\.[a-z0-9]+$/i.test(pathname);
  const isNonPage = pathname === "/api" || pathname.startsWith("/_next") || pathname.startsWith("/__next") || isPublicFile;
  const response = isNonPage ? NextResponse.next({ request: { headers } }) : intl(new NextRequest(request, { headers }));
  return setSecurityHeaders(response, csp, request);
}

export const config = {
  // Every page request, paths with a dot included (they used to get no CSP or frame headers).
  // Route handlers (/api) and Next's assets get theirs from next.config.ts instead: a request the
  // proxy sees has its body buffered by Next first, which would defeat the streaming size and
  // rate limits of the upload routes.
  matcher: ["/((?!api/|_next/static|_next/image).*)"],
};

// The headers every response gets: a Content-Security-Policy with this request's script nonce and
// the usual hardening headers. One list, used by the Express middleware and by the page cache's
// answers that never reach Express (server/html-cache.mjs).
import { randomBytes } from "node:crypto";
import { setting } from "../app/config/settings.mjs";

export const newNonce = () => randomBytes(16).toString("base64");

/** The sign-in buttons and sign-out post to this site, which sends the browser on to the OpenID providers: form-action allows them. */
function formActions() {
  const origins = new Set(setting("OIDC_PROVIDERS").map((p) => new URL(p.issuer).origin));
  return ["'self'", ...origins].join(" ");
}

export function securityHeaders(nonce, { dev = false, secure = false } = {}) {
  const scriptSrc = dev ? `'self' 'nonce-${nonce}' 'unsafe-eval'` : `'self' 'nonce-${nonce}'`;
  const headers = [
    [
      "Content-Security-Policy",
      [
        "default-src 'self'",
        `script-src ${scriptSrc}`,
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        dev ? "connect-src 'self' ws:" : "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        `form-action ${formActions()}`,
        "frame-ancestors 'none'",
      ].join("; "),
    ],
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["X-Frame-Options", "DENY"],
    ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"],
    ["Cross-Origin-Opener-Policy", "same-origin"],
  ];
  if (!dev && secure) headers.push(["Strict-Transport-Security", "max-age=31536000; includeSubDomains"]);
  return headers;
}

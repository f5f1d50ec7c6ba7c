// Production and development server: Express in front of Remix, so security headers,
// body limits and graceful shutdown are handled in one place.
import { createServer } from "node:http";
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";
import { checkSettingsOrExit, setting } from "./app/config/settings.mjs";
import { languageInPath, pathWithoutLanguage } from "./app/i18n/languages.mjs";
import { becomePrimaryIfClustered, webConcurrency } from "./server/cluster.mjs";
import { answerFromCache, createHtmlCache, htmlCacheMiddleware } from "./server/html-cache.mjs";
import { guardRequest } from "./server/request-guards.mjs";
import { newNonce, securityHeaders } from "./server/security-headers.mjs";

checkSettingsOrExit();
const DEV = process.argv.includes("--dev") || setting("NODE_ENV") === "development";
const PRODUCTION = setting("NODE_ENV") === "production";
const PORT = setting("PORT");
const HOST = setting("HOST");
const BUILD_DIR = setting("BUILD_DIR");
const MAX_BODY_BYTES = setting("MAX_BODY_BYTES");
// The admin import page takes JSON files up to 10 MB, the spreadsheet upload 5 MB (each checked again by its action).
const MAX_IMPORT_BODY_BYTES = Math.max(MAX_BODY_BYTES, setting("MAX_IMPORT_BODY_BYTES"));
const UPLOAD_PATHS = new Set(["/admin/import", "/entries/bulk"]);
const bodyLimit = (req) => (UPLOAD_PATHS.has(pathWithoutLanguage(req.url?.split("?")[0] ?? "")) ? MAX_IMPORT_BODY_BYTES : MAX_BODY_BYTES);
const ALLOWED_HOSTS = setting("ALLOWED_HOSTS");

// With WEB_CONCURRENCY above one, this process only starts and watches the workers: it never gets past here.
await becomePrimaryIfClustered(webConcurrency({ dev: DEV }));

const viteDevServer = DEV ? await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } })) : undefined;

const app = express();
app.disable("x-powered-by");
const TRUST_PROXY = setting("TRUST_PROXY");
app.set("trust proxy", TRUST_PROXY);
app.use(compression());

app.use((req, res, next) => {
  const nonce = newNonce();
  res.locals.cspNonce = nonce;
  for (const [name, value] of securityHeaders(nonce, { dev: DEV, secure: PRODUCTION && req.secure })) res.setHeader(name, value);
  next();
});

// A page without a language prefix is in the visitor's language (decision record 010).
app.use((req, res, next) => {
  if (!languageInPath(req.path)) res.setHeader("Vary", "Accept-Language, Cookie");
  next();
});

// Anonymous visitors' public pages come from memory when nothing changed (PAGE_CACHE=0 turns it off).
// Before the static files: no cacheable path is a file, and looking for one costs a failed stat.
const pageCache = !DEV && setting("PAGE_CACHE") ? createHtmlCache({ ttlMs: setting("PAGE_CACHE_TTL_MS") }) : undefined;
if (pageCache) app.use(htmlCacheMiddleware(pageCache, { trustProxy: TRUST_PROXY }));

if (viteDevServer) {
  app.use(viteDevServer.middlewares);
} else {
  app.use("/assets", express.static(`${BUILD_DIR}/client/assets`, { immutable: true, maxAge: "1y" }));
  app.use(express.static(`${BUILD_DIR}/client`, { maxAge: "1h" }));
}

const build = viteDevServer
  ? () => viteDevServer.ssrLoadModule("virtual:remix/server-build")
  : await import(new URL(`${BUILD_DIR}/server/index.js`, `file://${process.cwd()}/`).href);

app.all(
  "*",
  createRequestHandler({
    build,
    getLoadContext: (req, res) => ({ cspNonce: res.locals.cspNonce, clientIp: req.ip ?? req.socket.remoteAddress ?? "unknown" }),
  }),
);

// Malformed requests that Express itself rejects get a plain 4xx, never a stack trace.
app.use((err, _req, res, _next) => {
  const status = Number(err?.status ?? err?.statusCode ?? 500);
  if (status >= 500) console.error(err);
  if (!res.headersSent)
    res
      .status(status >= 400 && status < 600 ? status : 500)
      .type("text/plain")
      .send(status < 500 ? "Bad request." : "Sorry, there is a problem with the service.");
});

// Method, host and body size are checked first; cached pages are answered before Express;
// everything else (and every miss) goes through it.
const server = createServer((req, res) => {
  if (!guardRequest(req, res, { bodyLimit, allowedHosts: ALLOWED_HOSTS })) return;
  let answered = false;
  try {
    answered = Boolean(pageCache) && answerFromCache(pageCache, req, res, { trustProxy: TRUST_PROXY, hsts: PRODUCTION });
  } catch (error) {
    // Never let one odd request take the server down: Express answers it (and its errors) instead.
    if (res.headersSent) return res.destroy(error);
  }
  if (!answered) app(req, res);
});
server.listen(PORT, HOST, () => {
  console.log(`Public algorithm register listening on http://localhost:${PORT}`);
});
server.keepAliveTimeout = 5000;

// Graceful shutdown: stop accepting, let in-flight requests (form posts) finish, then exit.
let closing = false;
function shutdown(signal) {
  if (closing) return;
  closing = true;
  console.log(`${signal} received: finishing in-flight requests`);
  // Then the database pool is closed (at most 2 s), so PostgreSQL sees the connections end cleanly.
  server.close(() => {
    const pool = globalThis.__prisma?.client.$disconnect();
    void Promise.race([pool, new Promise((done) => setTimeout(done, 2000))]).finally(() => process.exit(0));
  });
  server.closeIdleConnections?.();
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));

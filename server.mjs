// Production and development server: Express in front of Remix, so security headers,
// body limits and graceful shutdown are handled in one place.
import { createServer } from "node:http";
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";
import { answerFromCache, createHtmlCache, htmlCacheMiddleware } from "./server/html-cache.mjs";
import { newNonce, securityHeaders } from "./server/security-headers.mjs";

const DEV = process.argv.includes("--dev") || process.env.NODE_ENV === "development";
const PORT = Number(process.env.PORT ?? 3000);
const HOST = process.env.HOST ?? "0.0.0.0";
const BUILD_DIR = process.env.BUILD_DIR ?? "build";
export const MAX_BODY_BYTES = Number(process.env.MAX_BODY_BYTES ?? 1024 * 1024);
// The admin import page takes JSON files up to 10 MB (checked again by its action).
const MAX_IMPORT_BODY_BYTES = Number(process.env.MAX_IMPORT_BODY_BYTES ?? 12 * 1024 * 1024);
const bodyLimitFor = (req) => (req.path === "/admin/import" ? Math.max(MAX_BODY_BYTES, MAX_IMPORT_BODY_BYTES) : MAX_BODY_BYTES);

const viteDevServer = DEV
  ? await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } }))
  : undefined;

const app = express();
app.disable("x-powered-by");
const TRUST_PROXY = process.env.TRUST_PROXY === "1";
app.set("trust proxy", TRUST_PROXY);
app.use(compression());

app.use((req, res, next) => {
  const nonce = newNonce();
  res.locals.cspNonce = nonce;
  for (const [name, value] of securityHeaders(nonce, { dev: DEV, secure: process.env.NODE_ENV === "production" && req.secure })) res.setHeader(name, value);
  next();
});

// Body size limit for every request, declared or streamed.
app.use((req, res, next) => {
  const limit = bodyLimitFor(req);
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) {
    res.status(413).type("text/plain").send("The request body is too large.");
    req.resume();
    return;
  }
  let seen = 0;
  req.on("data", (chunk) => {
    seen += chunk.length;
    if (seen > limit && !res.headersSent) {
      res.status(413).type("text/plain").send("The request body is too large.");
      req.destroy();
    }
  });
  next();
});

// Anonymous visitors' public pages come from memory when nothing changed (PAGE_CACHE=0 turns it off).
// Before the static files: no cacheable path is a file, and looking for one costs a failed stat.
const pageCache = !DEV && process.env.PAGE_CACHE !== "0" ? createHtmlCache({ ttlMs: Number(process.env.PAGE_CACHE_TTL_MS ?? 60_000) }) : undefined;
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
  if (!res.headersSent) res.status(status >= 400 && status < 600 ? status : 500).type("text/plain").send(status < 500 ? "Bad request." : "Sorry, there is a problem with the service.");
});

// Cached pages are answered before Express; everything else (and every miss) goes through it.
const server = createServer((req, res) => {
  let answered = false;
  try {
    answered = Boolean(pageCache) && answerFromCache(pageCache, req, res, { trustProxy: TRUST_PROXY, hsts: process.env.NODE_ENV === "production" });
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
  server.close(() => process.exit(0));
  server.closeIdleConnections?.();
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));

// In-process cache of public pages' HTML for anonymous visitors (see app/utils/page-cache-rule.mjs
// for which requests qualify). Bodies are stored with the request's CSP nonce replaced by a
// placeholder and get the new request's nonce on the way out. An entry is dropped when the data
// version moves (app/utils/data-version.mjs: every change, in any process; a page is stored under
// the version seen when its request began, so one rendered while a write was committing is dropped
// too) or after `ttlMs`, a safety net; the least recently used go first beyond `maxBytes`.
import { constants, brotliCompress, gzip } from "node:zlib";
import accepts from "accepts";
import { LRUCache } from "lru-cache";
import { setting } from "../app/config/settings.mjs";
import { languageInPath } from "../app/i18n/languages.mjs";
import { negotiateLanguage } from "../app/i18n/negotiate-language.server.mjs";
import { changedSince, dataVersion } from "../app/utils/data-version.mjs";
import { isCacheableRequest } from "../app/utils/page-cache-rule.mjs";
import { newNonce, securityHeaders } from "./security-headers.mjs";

export const NONCE_PLACEHOLDER = "\u0000csp-nonce\u0000";

export function withPlaceholder(html, nonce) {
  return nonce ? html.split(nonce).join(NONCE_PLACEHOLDER) : html;
}

export function withNonce(html, nonce) {
  return html.split(NONCE_PLACEHOLDER).join(nonce);
}

/**
 * A stored page as UTF-8 pieces between its nonce placeholders. A hit is then one Buffer.concat
 * outside the JavaScript heap: no string to build, encode and hash per request, which under load
 * was garbage enough to grow the heap by a hundred megabytes.
 */
function storedPage(html) {
  const parts = html.split(NONCE_PLACEHOLDER).map((part) => Buffer.from(part, "utf8"));
  return {
    parts,
    bytes: parts.reduce((n, part) => n + part.length, 0),
    get html() {
      return parts.map((part) => part.toString("utf8")).join(NONCE_PLACEHOLDER);
    },
    /** The page with `nonce` in every placeholder. */
    body(nonce) {
      const nonceBytes = Buffer.from(nonce, "utf8");
      const pieces = [];
      parts.forEach((part, i) => {
        if (i) pieces.push(nonceBytes);
        pieces.push(part);
      });
      return Buffer.concat(pieces);
    },
  };
}

// Per-visitor or transport headers are never replayed from the cache.
const NOT_STORED = new Set([
  "content-security-policy",
  "set-cookie",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "etag",
  "vary",
  "x-cache",
  "connection",
  "keep-alive",
]);

export function createHtmlCache({ ttlMs = 60_000, maxBytes = 32 * 1024 * 1024, maxPageBytes = 1024 * 1024, now = Date.now } = {}) {
  // url → stored page; the TTL is checked here, not by lru-cache, whose own TTL clock would start
  // a timer on the hit path.
  /** @type {LRUCache<string, { page: ReturnType<typeof storedPage>, headers: Record<string, unknown>, version: string, storedAt: number }>} */
  const pages = new LRUCache({ maxSize: maxBytes, sizeCalculation: (hit) => Math.max(1, hit.page.bytes) });

  function get(key) {
    const hit = pages.get(key);
    if (!hit) return undefined;
    if (changedSince(hit.version) || now() - hit.storedAt > ttlMs) {
      pages.delete(key);
      return undefined;
    }
    return hit;
  }

  /** Stores a page rendered at data version `atVersion`, unless the data changed since. */
  function set(key, html, headers, atVersion) {
    if (Buffer.byteLength(html) > maxPageBytes || changedSince(atVersion)) return;
    pages.set(key, { page: storedPage(html), headers, version: atVersion, storedAt: now() });
  }

  return {
    get,
    set,
    get size() {
      return pages.size;
    },
    get bytes() {
      return pages.calculatedSize;
    },
  };
}

/** The request's protocol as Express works it out (X-Forwarded-Proto only behind a trusted proxy). */
export function protocolOf(req, trustProxy) {
  const own = req.socket?.encrypted ? "https" : "http";
  const forwarded = trustProxy ? req.headers["x-forwarded-proto"] : undefined;
  return typeof forwarded === "string" && forwarded ? forwarded.split(",")[0].trim() : own;
}

/**
 * Pages carry absolute URLs built from the Host header: keyed by everything Remix builds the
 * request URL from, so a forged Host can only ever reach the cache entry of its own sender.
 */
export function cacheKeyOf(req, trustProxy) {
  const url = req.originalUrl ?? req.url;
  return `${protocolOf(req, trustProxy)}://${req.headers["x-forwarded-host"] ?? ""}|${req.headers.host ?? ""}|${url}|${requestLanguage(req, url)}`;
}

/** An address without a language prefix is answered in the negotiated language: part of the key. */
export function requestLanguage(req, url = req.originalUrl ?? req.url) {
  return negotiateLanguage({
    pathname: url.split("?")[0],
    cookie: req.headers.cookie,
    acceptLanguage: req.headers["accept-language"],
    fallback: setting("DEFAULT_LANGUAGE"),
  });
}

const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } };

/**
 * Answers a cacheable request from `cache` before it reaches Express, or returns false. Express's
 * own work per request was most of the cost of a cached page (and of the garbage that grew the
 * heap under load), so a hit gets the security headers, a fresh nonce and its compression here.
 */
export function answerFromCache(cache, req, res, { trustProxy = false, hsts = false } = {}) {
  if (!isCacheableRequest({ method: req.method, url: req.url, cookie: req.headers.cookie })) return false;
  const hit = cache.get(cacheKeyOf(req, trustProxy));
  if (!hit) return false;
  const nonce = newNonce();
  for (const [name, value] of securityHeaders(nonce, { secure: hsts && protocolOf(req, trustProxy) === "https" })) res.setHeader(name, value);
  for (const [name, value] of Object.entries(hit.headers)) res.setHeader(name, value);
  res.setHeader("X-Cache", "HIT");
  res.setHeader("Vary", languageInPath(req.url.split("?")[0]) ? "Accept-Encoding" : "Accept-Encoding, Accept-Language, Cookie");
  const body = hit.page.body(nonce);
  const send = (encoding, bytes) => {
    if (encoding !== "identity") res.setHeader("Content-Encoding", encoding);
    res.setHeader("Content-Length", String(bytes.length));
    res.statusCode = 200;
    res.end(bytes);
  };
  // Brotli whenever the client takes it, as the compression middleware does for other answers.
  const negotiator = accepts(req);
  const encoding = negotiator.encoding(["br"]) ? "br" : negotiator.encoding(["gzip"]) ? "gzip" : "identity";
  if (encoding === "identity") send("identity", body);
  else
    (encoding === "br" ? brotliCompress : gzip)(body, encoding === "br" ? BROTLI : {}, (error, packed) =>
      error ? send("identity", body) : send(encoding, packed),
    );
  return true;
}

/**
 * Express middleware: stores a complete 200 HTML answer to a cacheable request that sets no cookie
 * (X-Cache: MISS). Hits never reach Express: answerFromCache serves them in front of it.
 */
export function htmlCacheMiddleware(cache, { trustProxy = false } = {}) {
  return (req, res, next) => {
    if (!isCacheableRequest({ method: req.method, url: req.originalUrl, cookie: req.headers.cookie })) return next();
    const nonce = res.locals.cspNonce ?? "";
    const key = cacheKeyOf(req, trustProxy);
    res.setHeader("X-Cache", "MISS");
    const atVersion = dataVersion();
    const chunks = [];
    let size = 0;
    const collect = (chunk, encoding) => {
      if (!chunk || typeof chunk === "function" || size < 0) return;
      const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
      size += buf.length;
      if (size > 1024 * 1024)
        size = -1; // too large to keep; stop collecting
      else chunks.push(buf);
    };
    const write = res.write;
    const end = res.end;
    res.write = function (chunk, encoding, cb) {
      collect(chunk, encoding);
      return write.call(this, chunk, encoding, cb);
    };
    res.end = function (chunk, encoding, cb) {
      collect(chunk, encoding);
      const type = String(res.getHeader("content-type") ?? "");
      if (size >= 0 && res.statusCode === 200 && type.startsWith("text/html") && !res.getHeader("set-cookie")) {
        const headers = {};
        for (const [name, value] of Object.entries(res.getHeaders())) if (!NOT_STORED.has(name)) headers[name] = value;
        cache.set(key, withPlaceholder(Buffer.concat(chunks).toString("utf8"), nonce), headers, atVersion);
      }
      return end.call(this, chunk, encoding, cb);
    };
    next();
  };
}

import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "~/audit/audit.server";
import { loader as rootLoader } from "~/root";
import { dataVersion, noteDataChange } from "~/utils/data-version.mjs";
import { isCacheablePath, isCacheableRequest } from "~/utils/page-cache-rule.mjs";
import { answerFromCache, createHtmlCache, htmlCacheMiddleware, NONCE_PLACEHOLDER, withNonce, withPlaceholder } from "../../server/html-cache.mjs";
import { newNonce, securityHeaders } from "../../server/security-headers.mjs";
import { call, dataOf, getRequest } from "../support/requests";

describe("which requests the HTML cache may answer", () => {
  it("takes public read-only pages", () => {
    for (const path of [
      "/",
      "/algorithms",
      "/algorithms/12345678",
      "/algorithms/12345678/history",
      "/organisations",
      "/organisations/city-of-x",
      "/suppliers/acme",
      "/your-data",
      "/your-data/categories/health",
      "/your-data/life-events/moving",
      "/statistics",
      "/downloads",
      "/about",
      "/about/faq",
      "/about/decisions",
      "/about/decisions/adr-1",
    ]) {
      expect(isCacheablePath(path), path).toBe(true);
    }
  });

  it("refuses forms, staff pages, data requests and anything unexpected", () => {
    for (const path of [
      "/algorithms/12345678/feedback",
      "/algorithms/12345678/feedback/received",
      "/algorithms/1234567",
      "/algorithms/12345678.json",
      "/algorithms/12345678.data",
      "/login",
      "/logout",
      "/dashboard",
      "/suppliers/new",
      "/entries/x",
      "/admin",
      "/feedback",
      "/assessments",
      "/downloads/entries.csv",
      "/organisations/../admin",
    ]) {
      expect(isCacheablePath(path), path).toBe(false);
    }
  });

  it("only for anonymous GETs without a query string", () => {
    expect(isCacheableRequest({ method: "GET", url: "/algorithms/12345678", cookie: undefined })).toBe(true);
    expect(isCacheableRequest({ method: "GET", url: "/algorithms/12345678", cookie: "__csrf=abc; theme=dark" })).toBe(true);
    expect(isCacheableRequest({ method: "GET", url: "/algorithms/12345678", cookie: "a=1; __session=xyz" })).toBe(false);
    expect(isCacheableRequest({ method: "GET", url: "/algorithms/12345678?v=2", cookie: undefined })).toBe(false);
    expect(isCacheableRequest({ method: "HEAD", url: "/algorithms/12345678", cookie: undefined })).toBe(false);
    expect(isCacheableRequest({ method: "POST", url: "/algorithms/12345678", cookie: undefined })).toBe(false);
    expect(isCacheableRequest({ method: "GET", url: "http://[::1", cookie: undefined })).toBe(false);
    expect(isCacheableRequest({ method: "GET", url: "http://localhost/statistics", cookie: null })).toBe(true);
    // the list without a query is one page for everyone; any search or filter is not cached
    expect(isCacheableRequest({ method: "GET", url: "/algorithms", cookie: undefined })).toBe(true);
    expect(isCacheableRequest({ method: "GET", url: "/algorithms?q=parking", cookie: undefined })).toBe(false);
  });
});

describe("nonce substitution", () => {
  it("replaces every occurrence of the request's nonce and puts the next one in", () => {
    const html = `<script nonce="abc+/=">1</script><link nonce="abc+/="/>`;
    const stored = withPlaceholder(html, "abc+/=");
    expect(stored).not.toContain("abc+/=");
    expect(stored.split(NONCE_PLACEHOLDER)).toHaveLength(3);
    expect(withNonce(stored, "NEW")).toBe(`<script nonce="NEW">1</script><link nonce="NEW"/>`);
  });
});

describe("the cache store", () => {
  it("forgets pages when the data version moves or the TTL passes, and stays within its byte budget", () => {
    let now = 0;
    const cache = createHtmlCache({ ttlMs: 1000, maxBytes: 10, now: () => now });
    const before = dataVersion();
    cache.set("/a", "12345", {}, before);
    expect(cache.get("/a")?.page.html).toBe("12345");
    noteDataChange();
    expect(cache.get("/a")).toBeUndefined();
    cache.set("/b", "12345", {}, before); // rendered before the change: not stored
    expect(cache.get("/b")).toBeUndefined();
    cache.set("/b", "12345", {}, dataVersion());
    expect(cache.get("/b")?.page.html).toBe("12345");
    now = 1001;
    expect(cache.get("/b")).toBeUndefined();
    cache.set("/c", "123456", {}, dataVersion());
    cache.set("/d", "123456", {}, dataVersion());
    expect(cache.get("/c")).toBeUndefined();
    expect(cache.get("/d")?.page.html).toBe("123456");
    expect(cache.bytes).toBe(6);
  });
});

describe("the cache middleware with the answers in front of it", () => {
  let base = "";
  let server: Server;
  let renders = 0;
  beforeAll(async () => {
    const cache = createHtmlCache();
    const app = express();
    let n = 0;
    app.use((_req, res, next) => {
      res.locals.cspNonce = `nonce${++n}`;
      next();
    });
    app.use(htmlCacheMiddleware(cache));
    app.get("/algorithms/:id", (req, res) => {
      renders++;
      if (req.params.id === "99999999") res.setHeader("Set-Cookie", "x=1");
      res.type("html").send(`<p>${req.params.id} – café ’s</p><script nonce="${res.locals.cspNonce}"></script><link nonce="${res.locals.cspNonce}">`);
    });
    server = createServer((req, res) => {
      if (!answerFromCache(cache, req, res)) app(req, res);
    });
    server.listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  it("serves the second anonymous request from memory with the new request's nonce", async () => {
    const first = await fetch(`${base}/algorithms/12345678`);
    expect(first.headers.get("X-Cache")).toBe("MISS");
    const firstHtml = await first.text();
    // uncompressed, so Content-Length can be compared with the text (compression is tested below)
    const second = await fetch(`${base}/algorithms/12345678`, { headers: { "Accept-Encoding": "identity" } });
    expect(second.headers.get("X-Cache")).toBe("HIT");
    const secondHtml = await second.text();
    expect(renders).toBe(1);
    const nonceOf = (html: string) => html.match(/nonce="([^"]+)"/)![1];
    expect(nonceOf(secondHtml)).not.toBe(nonceOf(firstHtml));
    expect(secondHtml.split(nonceOf(secondHtml)).join("")).toBe(firstHtml.split(nonceOf(firstHtml)).join(""));
    expect(secondHtml).toContain("– café ’s");
    expect(Number(second.headers.get("Content-Length"))).toBe(Buffer.byteLength(secondHtml));
    expect(second.headers.get("Content-Type")).toMatch(/^text\/html/);
  });

  it("never answers signed-in visitors from memory, and keeps nothing that sets a cookie", async () => {
    await fetch(`${base}/algorithms/22222222`);
    const signedIn = await fetch(`${base}/algorithms/22222222`, { headers: { Cookie: "__session=abc" } });
    expect(signedIn.headers.get("X-Cache")).toBeNull();
    await fetch(`${base}/algorithms/99999999`);
    expect((await fetch(`${base}/algorithms/99999999`)).headers.get("X-Cache")).toBe("MISS");
  });

  it("keeps pages for different hosts apart, so a forged Host header cannot poison the cache", async () => {
    const { request } = await import("node:http");
    const get = (host: string) =>
      new Promise<string | undefined>((resolve, reject) => {
        const { port } = new URL(base);
        request({ host: "127.0.0.1", port, path: "/algorithms/44444444", headers: { Host: host } }, (res) => {
          res.resume();
          resolve(res.headers["x-cache"] as string | undefined);
        })
          .on("error", reject)
          .end();
      });
    expect(await get("evil.example")).toBe("MISS");
    expect(await get("evil.example")).toBe("HIT");
    expect(await get("register.example")).toBe("MISS");
  });

  it("renders again after a change", async () => {
    await fetch(`${base}/algorithms/33333333`);
    expect((await fetch(`${base}/algorithms/33333333`)).headers.get("X-Cache")).toBe("HIT");
    noteDataChange();
    expect((await fetch(`${base}/algorithms/33333333`)).headers.get("X-Cache")).toBe("MISS");
  });
});

describe("cached pages answered before Express (as server.mjs does)", () => {
  let base = "";
  let server: Server;
  let renders = 0;
  let expressHits = 0;
  beforeAll(async () => {
    const cache = createHtmlCache();
    const app = express();
    app.use((_req, res, next) => {
      const nonce = newNonce();
      res.locals.cspNonce = nonce;
      for (const [name, value] of securityHeaders(nonce)) res.setHeader(name, value);
      next();
    });
    app.use(htmlCacheMiddleware(cache));
    app.use((_req, res, next) => {
      expressHits++;
      next();
    });
    app.get("/algorithms/:id", (req, res) => {
      renders++;
      res.type("html").send(`<p>${req.params.id} – café</p><script nonce="${res.locals.cspNonce}"></script>`);
    });
    server = createServer((req, res) => {
      if (answerFromCache(cache, req, res, { hsts: true })) return;
      app(req, res);
    });
    server.listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  const get = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      request(`${base}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
        .on("error", reject)
        .end();
    });

  it("answers a stored page with fresh security headers and nonce, compressed as the client asks", async () => {
    const miss = await get("/algorithms/55555555");
    expect(miss.headers["x-cache"]).toBe("MISS");
    const before = expressHits;
    const plain = await get("/algorithms/55555555");
    const br = await get("/algorithms/55555555", { "Accept-Encoding": "gzip, deflate, br, zstd" });
    const gz = await get("/algorithms/55555555", { "Accept-Encoding": "gzip" });
    expect(renders).toBe(1);
    expect(expressHits).toBe(before); // never reached Express
    const nonceOf = (html: string) => html.match(/nonce="([^"]+)"/)![1];
    const bodies = [plain.body.toString("utf8"), brotliDecompressSync(br.body).toString("utf8"), gunzipSync(gz.body).toString("utf8")];
    for (const [i, answer] of [plain, br, gz].entries()) {
      expect(answer.status).toBe(200);
      expect(answer.headers["x-cache"]).toBe("HIT");
      expect(answer.headers["content-type"]).toMatch(/^text\/html/);
      // An address without a language prefix is answered in the visitor's language.
      expect(answer.headers.vary).toBe("Accept-Encoding, Accept-Language, Cookie");
      expect(answer.headers["x-frame-options"]).toBe("DENY");
      expect(answer.headers["strict-transport-security"]).toBeUndefined(); // plain HTTP
      expect(Number(answer.headers["content-length"])).toBe(answer.body.length);
      const nonce = nonceOf(bodies[i]);
      expect(answer.headers["content-security-policy"]).toContain(`'nonce-${nonce}'`);
      expect(bodies[i].split(nonce).join("")).toBe(
        miss.body
          .toString("utf8")
          .split(nonceOf(miss.body.toString("utf8")))
          .join(""),
      );
    }
    expect(new Set(bodies.map(nonceOf)).size).toBe(3);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(plain.headers["content-encoding"]).toBeUndefined();
  });

  it("survives a request target no URL parser accepts, and Express answers it", async () => {
    const { connect } = await import("node:net");
    const { port } = new URL(base);
    const statusLine = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), "127.0.0.1", () => socket.write("GET http://[::1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
      let text = "";
      socket.on("data", (d) => (text += d));
      socket.on("end", () => resolve(text.split("\r\n")[0]));
      socket.on("error", reject);
    });
    expect(statusLine).toMatch(/^HTTP\/1\.1 \d{3}/);
    expect((await get("/algorithms/77777777")).status).toBe(200);
  });

  it("leaves signed-in visitors, other hosts and query strings to Express", async () => {
    await get("/algorithms/66666666");
    const before = expressHits;
    expect((await get("/algorithms/66666666", { Cookie: "__session=abc" })).headers["x-cache"]).toBeUndefined();
    expect((await get("/algorithms/66666666", { Host: "evil.example" })).headers["x-cache"]).toBe("MISS");
    expect((await get("/algorithms/66666666?x=1")).headers["x-cache"]).toBeUndefined();
    expect(expressHits).toBe(before + 3);
  });
});

describe("the data version and the root loader", () => {
  it("moves on every audited change", async () => {
    const before = dataVersion();
    await recordAudit({ action: "test.change", subjectType: "Test", subjectId: "1" });
    expect(dataVersion()).not.toBe(before);
    const settled = dataVersion();
    expect(dataVersion()).toBe(settled);
  });

  it("leaves the CSRF token and its cookie out of cacheable pages only", async () => {
    const cached = await call(rootLoader, getRequest("/algorithms/12345678"));
    expect(dataOf(cached.result)).toMatchObject({ csrfToken: "", user: null });
    expect((cached.result as { init?: { headers?: unknown } }).init?.headers).toBeUndefined();
    const form = await call(rootLoader, getRequest("/algorithms/12345678/feedback"));
    expect((dataOf(form.result) as { csrfToken: string }).csrfToken.length).toBeGreaterThanOrEqual(32);
  });
});

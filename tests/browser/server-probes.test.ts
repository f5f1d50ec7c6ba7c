// Probes of the real production server (server.mjs) that once gave 500s, stack traces or read
// unbounded bodies (SECURITY.md, "Probes"). Raw sockets, so nothing in between tidies the request.
import { connect } from "node:net";
import Database from "better-sqlite3";
import { describe, expect, inject, it } from "vitest";
import { baseUrl } from "./support/browser";

const { hostname, port } = new URL(baseUrl());

/** Sends raw request bytes and returns the raw answer (up to the close or `ms`). */
function raw(request: string, ms = 3000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname === "localhost" ? "127.0.0.1" : hostname);
    let answer = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk) => (answer += chunk));
    socket.on("error", reject);
    socket.on("close", () => resolve(answer));
    socket.setTimeout(ms, () => socket.destroy());
    socket.write(request);
  });
}

/** Streams a chunked body of `total` bytes; resolves with how much was written before the server closed. */
function streamChunked(path: string, method: string, total: number): Promise<{ written: number; status: string }> {
  return new Promise((resolve) => {
    const socket = connect(Number(port), "127.0.0.1");
    const piece = Buffer.alloc(64 * 1024, "a");
    let written = 0;
    let status = "";
    let closed = false;
    const finish = () => {
      if (closed) return;
      closed = true;
      resolve({ written, status });
    };
    socket.on("data", (chunk) => (status ||= chunk.toString("latin1").split("\r\n")[0]));
    socket.on("error", finish);
    socket.on("close", finish);
    socket.write(`${method} ${path} HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\nContent-Type: application/octet-stream\r\n\r\n`);
    const pump = () => {
      while (!closed && written < total) {
        written += piece.length;
        if (!socket.write(`${piece.length.toString(16)}\r\n`) || !socket.write(piece) || !socket.write("\r\n")) return void socket.once("drain", pump);
      }
      if (!closed) socket.end("0\r\n\r\n");
    };
    pump();
  });
}

describe("server probes", () => {
  it("answers TRACE with 405 and an Allow header, and methods Node does not know with 400, never a stack trace", async () => {
    const trace = await raw("TRACE / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    expect(trace.split("\r\n")[0]).toMatch(/^HTTP\/1\.1 405/);
    expect(trace).toMatch(/\r\nAllow: GET, HEAD, POST/);
    // TRACK is refused by Node's HTTP parser before any code of ours runs.
    const track = await raw("TRACK / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    expect(track.split("\r\n")[0]).toMatch(/^HTTP\/1\.1 4\d\d/);
    for (const answer of [trace, track]) expect(answer).not.toMatch(/at \S+ \(|TypeError|Error:/);
  });

  it("answers malformed redirect values without a 500", async () => {
    for (const path of [
      "/login?redirectTo=%0D%0ASet-Cookie:x=1",
      "/login?redirectTo=/%09/evil.example",
      "/login?redirectTo=%E2%80%A8",
      "/suppliers/new?returnTo=%0A",
    ]) {
      const response = await fetch(`${baseUrl()}${path}`, { redirect: "manual" });
      expect(response.status, path).toBeLessThan(500);
      expect(response.headers.get("Set-Cookie") ?? "", path).not.toMatch(/^x=1/);
    }
  });

  it("stops reading a chunked body over the limit and closes the connection, even after answering", async () => {
    const fifty = 50 * 1024 * 1024;
    for (const [method, path] of [
      ["GET", "/healthz"],
      ["GET", "/algorithms"],
      ["POST", "/login"],
    ] as const) {
      const { written } = await streamChunked(path, method, fifty);
      expect(written, `${method} ${path}`).toBeLessThan(16 * 1024 * 1024);
    }
    // And it is still up.
    expect((await fetch(`${baseUrl()}/healthz`)).status).toBe(200);
  });

  it("/readyz writes: 503 while the database takes no writes, when /healthz still says ok", async () => {
    expect((await fetch(`${baseUrl()}/readyz`)).status).toBe(200);
    const writer = new Database(inject("databaseUrl").replace(/^file:/, ""));
    writer.exec("BEGIN IMMEDIATE");
    try {
      // Each on a new connection: /readyz waits out the busy timeout, longer than an idle keep-alive lasts.
      const [ready, health] = await Promise.all([
        raw("GET /readyz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 15_000),
        raw("GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 15_000),
      ]);
      expect(ready.split("\r\n")[0]).toMatch(/^HTTP\/1\.1 503/);
      expect(ready).toMatch(/not ready/);
      expect(health.split("\r\n")[0]).toMatch(/^HTTP\/1\.1 200/);
    } finally {
      writer.exec("ROLLBACK");
      writer.close();
    }
    expect((await fetch(`${baseUrl()}/readyz`)).status).toBe(200);
  });
});

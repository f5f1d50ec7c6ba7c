// Checks every request passes before the page cache or Express sees it: its method, its Host (when
// the deployment lists its hosts) and the size of its body, however it is sent.

/** The methods the register answers; anything else (TRACE, CONNECT, TRACK, …) is 405, never a stack trace. */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const METHODS = new Set(ALLOWED_METHODS);

/** Declared bodies over the limit but under this are read and dropped before the 413 (see limitBody). */
const DRAIN_LIMIT = 16 * 1024 * 1024;

function plain(res, status, text, headers = {}) {
  if (res.headersSent) return res.destroy();
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store", ...headers });
  res.end(text);
}

/**
 * Stops a body at `limit` bytes, declared or streamed: 413 when the answer has not started; when it
 * has (a GET to /healthz with a chunked body, say), the connection is closed instead of read to the end.
 */
function limitBody(req, res, limit) {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) {
    if (declared > DRAIN_LIMIT) {
      plain(res, 413, "The request body is too large.", { Connection: "close" });
      req.destroy();
      return false;
    }
    // Answering at once and closing leaves the client still sending: it sees a reset connection, not
    // the 413. A body of modest size is read and dropped first, so the client gets the answer.
    req.on("end", () => plain(res, 413, "The request body is too large.", { Connection: "close" }));
    req.on("error", () => res.destroy());
    req.resume();
    return false;
  }
  const chunked = req.headers["transfer-encoding"] !== undefined;
  if (!chunked && declared === 0) return true;
  let seen = 0;
  req.on("data", (chunk) => {
    seen += chunk.length;
    if (seen <= limit) return;
    if (!res.headersSent) plain(res, 413, "The request body is too large.", { Connection: "close" });
    req.destroy();
    res.destroy();
  });
  return true;
}

/**
 * True when the request may go on; otherwise it has been answered. `allowedHosts` empty means any
 * Host is served (links never use it: they come from PUBLIC_ORIGIN).
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {{ bodyLimit: (req: import("node:http").IncomingMessage) => number, allowedHosts?: string[] }} options
 */
export function guardRequest(req, res, { bodyLimit, allowedHosts = [] }) {
  if (!METHODS.has(req.method)) {
    plain(res, 405, "Method not allowed.", { Allow: ALLOWED_METHODS.join(", ") });
    req.resume();
    return false;
  }
  if (allowedHosts.length) {
    const host = String(req.headers.host ?? "").toLowerCase();
    if (!allowedHosts.includes(host) && !allowedHosts.includes(host.replace(/:\d+$/, ""))) {
      plain(res, 421, "This server does not answer for that host.");
      req.resume();
      return false;
    }
  }
  return limitBody(req, res, bodyLimit(req));
}

/**
 * A bulk download streamed as it is produced, so the server never holds the whole file. Its ETag
 * is derived from the data fingerprint (the output is a pure function of the data and origin), so
 * a client that already holds this version gets a 304 without the file being built.
 */
import { CORS_HEADERS, etagOf } from "~/api/json-response.server";
import { dataFingerprint } from "./export-cache.server";
import { publicOrigin } from "~/config/settings.mjs";

export async function streamedDownloadResponse(
  request: Request,
  chunks: () => AsyncIterable<string | Uint8Array>,
  contentType: string,
  filename: string,
  version = "1",
) {
  const etag = etagOf(`${version}\n${publicOrigin()}${new URL(request.url).pathname}\n${await dataFingerprint()}`);
  const headers = {
    ...CORS_HEADERS,
    "Cache-Control": "public, max-age=60",
    ETag: etag,
    Vary: "Accept-Encoding",
    "Content-Disposition": `attachment; filename="${filename}"`,
  };
  const ifNoneMatch = request.headers.get("If-None-Match");
  if (ifNoneMatch && (ifNoneMatch.trim() === "*" || ifNoneMatch.split(",").some((t) => t.trim().replace(/^W\//, "") === etag))) {
    return new Response(null, { status: 304, headers });
  }
  const encoder = new TextEncoder();
  let iterator: AsyncIterator<string | Uint8Array> | undefined;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      iterator ??= chunks()[Symbol.asyncIterator]();
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(typeof next.value === "string" ? encoder.encode(next.value) : next.value);
    },
    async cancel() {
      await iterator?.return?.();
    },
  });
  return new Response(body, { status: 200, headers: { ...headers, "Content-Type": contentType } });
}

import { publishedJwks } from "~/api/signing-keys.server";

/** The public keys that sign API access tokens (RFC 7517), including retired ones whose tokens may still be valid. */
export async function loader() {
  return new Response(JSON.stringify(await publishedJwks()), {
    headers: {
      "Content-Type": "application/jwk-set+json; charset=utf-8",
      "Access-Control-Allow-Origin": "*",
      // Short: a rotated key must reach verifiers before its first token does.
      "Cache-Control": "public, max-age=60",
    },
  });
}

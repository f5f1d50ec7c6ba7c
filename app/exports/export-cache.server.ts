/**
 * Bulk exports are rebuilt only when the register changed. Published versions are immutable and
 * every publication, new version and retirement adds one, so their count and latest time (with the
 * organisation and supplier records' last change) identify the data an export was built from. That
 * fingerprint is also the downloads' ETag, so unlike the data version it must be the same after a
 * restart and in every process; it is read again only when the data version moved.
 */
import { LRUCache } from "lru-cache";
import { etagOf } from "~/api/json-response.server";
import { databaseUrl } from "~/utils/db.server";
import { perDataVersion } from "~/utils/data-version.mjs";
import { bulkReader } from "./bulk-read.server";

type Built = { fingerprint: string; body: string; etag: string };
const cache = new LRUCache<string, Built>({ max: 2 }); // each body can be tens of megabytes

export const dataFingerprint = perDataVersion(async (): Promise<string> => JSON.stringify({ db: databaseUrl(), ...(await bulkReader().fingerprint()) }));

export async function cachedExport(key: string, build: () => Promise<string>): Promise<{ body: string; etag: string }> {
  const fingerprint = await dataFingerprint();
  const hit = cache.get(key);
  if (hit?.fingerprint === fingerprint) return hit;
  const body = await build();
  const built = { fingerprint, body, etag: etagOf(body) };
  cache.set(key, built);
  return built;
}

/**
 * The keys that sign API access tokens: ES256 key pairs kept in the database (so every process of a
 * deployment signs and verifies with the same keys), the private half encrypted with AES-256-GCM under
 * a key derived from the session secret. The newest key signs; a rotated-out key stays published in the
 * JWKS until every token it signed has expired.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from "jose";
import { setting } from "~/config/settings.mjs";
import { db } from "~/utils/db.server";
import { sessionSecret } from "~/utils/secret.server";

export const SIGNING_ALGORITHM = "ES256";
/** How long a process trusts its copy of the key list before reading it again (another process may have rotated). */
const RELOAD_MS = 60_000;
/** A retired key stays published this much longer than a token's lifetime: another process may sign with it until it reloads, and clocks differ. */
const GRACE_MS = RELOAD_MS + 60_000;

export type PublicKey = { kid: string; key: CryptoKey; jwk: JWK };
type KeySet = { loadedAt: number; url: string; signing: { kid: string; key: CryptoKey } | null; published: PublicKey[] };

let cache: KeySet | null = null;
let loading: Promise<KeySet> | null = null;

function encryptionKey(): Buffer {
  return Buffer.from(hkdfSync("sha256", sessionSecret(), "signing-keys", "register access-token signing key", 32));
}

function seal(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", encryptionKey(), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

function unseal(sealed: string): string | null {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", encryptionKey(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null; // sealed under another session secret: this key cannot sign here
  }
}

/** A retired key is kept while tokens it signed may still be presented. */
function stillPublished(retiredAt: Date | null, now: number): boolean {
  return !retiredAt || retiredAt.getTime() + setting("API_TOKEN_MINUTES") * 60_000 + GRACE_MS > now;
}

async function createKey(): Promise<void> {
  const { publicKey, privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { extractable: true });
  const kid = randomBytes(12).toString("base64url");
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: SIGNING_ALGORITHM, use: "sig" };
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: SIGNING_ALGORITHM };
  await db.signingKey.create({
    data: { id: kid, algorithm: SIGNING_ALGORITHM, publicJwk: JSON.stringify(publicJwk), privateJwk: seal(JSON.stringify(privateJwk)) },
  });
}

async function load(now: number): Promise<KeySet> {
  const rows = await db.signingKey.findMany({ orderBy: { createdAt: "desc" } });
  const published: PublicKey[] = [];
  let signing: KeySet["signing"] = null;
  for (const row of rows) {
    if (!stillPublished(row.retiredAt, now)) continue;
    const jwk = JSON.parse(row.publicJwk) as JWK;
    published.push({ kid: row.id, jwk, key: (await importJWK(jwk, SIGNING_ALGORITHM)) as CryptoKey });
    if (!signing && !row.retiredAt) {
      const privateJwk = unseal(row.privateJwk);
      if (privateJwk) signing = { kid: row.id, key: (await importJWK(JSON.parse(privateJwk) as JWK, SIGNING_ALGORITHM)) as CryptoKey };
    }
  }
  return { loadedAt: now, url: setting("DATABASE_URL"), signing, published };
}

async function keySet({ fresh = false } = {}): Promise<KeySet> {
  const now = Date.now();
  if (!fresh && cache && cache.url === setting("DATABASE_URL") && now - cache.loadedAt < RELOAD_MS) return cache;
  loading ??= load(now).finally(() => (loading = null));
  cache = await loading;
  return cache;
}

/** The key new tokens are signed with; made on first use (and again when the session secret changed). */
export async function currentSigningKey(): Promise<{ kid: string; key: CryptoKey }> {
  let set = await keySet();
  if (set.signing) return set.signing;
  set = await keySet({ fresh: true });
  if (set.signing) return set.signing;
  await createKey();
  set = await keySet({ fresh: true });
  if (!set.signing) throw new Error("No signing key could be made for access tokens.");
  return set.signing;
}

/** A published key by its `kid`; an unknown kid reads the database once more (a key another process just made). */
export async function publicKeyFor(kid: string | undefined): Promise<PublicKey | undefined> {
  if (!kid) return undefined;
  const known = (await keySet()).published.find((k) => k.kid === kid);
  if (known) return known;
  if (cache && Date.now() - cache.loadedAt < 1000) return undefined;
  return (await keySet({ fresh: true })).published.find((k) => k.kid === kid);
}

/** The JWK Set published at /.well-known/jwks.json: every key whose tokens may still be valid. */
export async function publishedJwks(): Promise<{ keys: JWK[] }> {
  await currentSigningKey();
  return { keys: (await keySet()).published.map((k) => k.jwk) };
}

/**
 * A new key signs from now on; the others are retired and drop out of the JWKS once their tokens have expired.
 * Keys retired long ago are deleted.
 */
export async function rotateSigningKey(now = new Date()): Promise<string> {
  await db.signingKey.updateMany({ where: { retiredAt: null }, data: { retiredAt: now } });
  await db.signingKey.deleteMany({ where: { retiredAt: { lt: new Date(now.getTime() - 24 * 3600_000) } } });
  await createKey();
  cache = null;
  return (await currentSigningKey()).kid;
}

/** Forgets this process's copy of the keys (tests; after a rotation made elsewhere). */
export function forgetSigningKeys() {
  cache = null;
}

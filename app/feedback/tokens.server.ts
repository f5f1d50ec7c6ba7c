import { createHash, createHmac, randomBytes } from "node:crypto";
import { sessionSecret } from "~/utils/secret.server";

/** A keyed one-way hash of the IP address: enough to spot abuse, never reversible to the address. */
export function hashIp(ip: string): string {
  return createHmac("sha256", sessionSecret()).update(ip).digest("hex");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The private withdrawal token: the citizen gets it once, we keep only its hash. */
export function newWithdrawToken() {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

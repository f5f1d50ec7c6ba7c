import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";
import { recordAudit } from "~/audit/audit.server";
import { db } from "~/utils/db.server";
import { verifyPassword } from "./password.server";
import { consumeRecoveryCode, replaceRecoveryCodes, unusedRecoveryCodes } from "./recovery-codes.server";
import { openSecret, sealSecret } from "./secret-box.server";

const ISSUER = "Public Algorithm Register";
export const TOTP_PERIOD = 30;
/** A code of the step before or after is accepted too: phone clocks drift. */
const WINDOW = 1;

/** The TOTP of a base32 secret, as the authenticator app computes it (SHA-1, 6 digits, 30 s). */
export function totpFor(secretBase32: string, label = "account") {
  return new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: TOTP_PERIOD, secret: Secret.fromBase32(secretBase32) });
}

export const looksLikeTotpCode = (code: string) => /^\d{6}$/.test(code.replace(/\s/g, ""));

const userFields = { id: true, email: true, totpSecret: true, totpEnabledAt: true, passwordHash: true } as const;

/** What the security page shows: on or off, and while setting up, the key as QR code (SVG) and as text. */
export async function secondFactorStatus(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: userFields });
  const secret = !user.totpEnabledAt && user.totpSecret ? openSecret(user.totpSecret) : null;
  const setup = secret
    ? { secret: secret.replace(/(.{4})/g, "$1 ").trim(), qrSvg: await QRCode.toString(totpFor(secret, user.email).toString(), { type: "svg", margin: 2 }) }
    : null;
  return { enabled: !!user.totpEnabledAt, setup, recoveryCodesLeft: user.totpEnabledAt ? await unusedRecoveryCodes(userId) : 0 };
}

/** A new key to set up (replacing any unfinished one); the second factor is on only after a first code confirms it. */
export async function startEnrolment(userId: string) {
  const secret = new Secret({ size: 20 }).base32;
  await db.user.updateMany({ where: { id: userId, totpEnabledAt: null }, data: { totpSecret: sealSecret(secret), totpLastStep: null } });
}

/**
 * The time step of a code that is right at `now` and newer than the last one accepted, claimed so that
 * it is never accepted again (nor any older one); null otherwise.
 */
async function claimStep(userId: string, sealed: string | null, code: string, now: Date): Promise<number | null> {
  const secret = sealed ? openSecret(sealed) : null;
  if (!secret || !looksLikeTotpCode(code)) return null;
  const timestamp = now.getTime();
  const delta = totpFor(secret).validate({ token: code.replace(/\s/g, ""), timestamp, window: WINDOW });
  if (delta === null) return null;
  const step = Math.floor(timestamp / 1000 / TOTP_PERIOD) + delta;
  const claimed = await db.user.updateMany({
    where: { id: userId, totpSecret: sealed, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return claimed.count === 1 ? step : null;
}

export type EnrolResult = { ok: true; recoveryCodes: string[] } | { ok: false; reason: "not-started" | "wrong-code" };

/** The first code from the app turns the second factor on and makes a fresh set of recovery codes. */
export async function confirmEnrolment(userId: string, code: string, now = new Date()): Promise<EnrolResult> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: userFields });
  if (user.totpEnabledAt || !user.totpSecret) return { ok: false, reason: "not-started" };
  if ((await claimStep(userId, user.totpSecret, code, now)) === null) return { ok: false, reason: "wrong-code" };
  const recoveryCodes = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { totpEnabledAt: now } });
    await recordAudit({ actorId: userId, action: "user.second_factor_enabled", subjectType: "user", subjectId: userId }, tx);
    return replaceRecoveryCodes(tx, userId);
  });
  return { ok: true, recoveryCodes };
}

/** A code from the app, or else an unused recovery code: which one it was, or null. Each is accepted once. */
export async function verifySecondFactor(userId: string, code: string, now = new Date()): Promise<"totp" | "recovery" | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: userFields });
  if (!user?.totpEnabledAt) return null;
  if (looksLikeTotpCode(code)) return (await claimStep(userId, user.totpSecret, code, now)) === null ? null : "totp";
  const used = await db.$transaction(async (tx) => {
    if (!(await consumeRecoveryCode(tx, userId, code, now))) return false;
    await recordAudit(
      { actorId: userId, action: "user.recovery_code_used", subjectType: "user", subjectId: userId, details: { left: await unusedRecoveryCodes(userId, tx) } },
      tx,
    );
    return true;
  });
  return used ? "recovery" : null;
}

/** The password, or a code from the app or a recovery code (used up), of a user with the second factor on. */
async function proven(user: { id: string; passwordHash: string }, proof: string, now: Date) {
  return (await verifySecondFactor(user.id, proof, now)) !== null || (await verifyPassword(proof, user.passwordHash));
}

/** A fresh set of recovery codes (every earlier one stops working), proven like turning it off; null when the proof is wrong. */
export async function renewRecoveryCodes(userId: string, proof: string, now = new Date()): Promise<string[] | null> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: userFields });
  if (!user.totpEnabledAt || !(await proven(user, proof, now))) return null;
  return db.$transaction(async (tx) => {
    await recordAudit({ actorId: userId, action: "user.recovery_codes_renewed", subjectType: "user", subjectId: userId }, tx);
    return replaceRecoveryCodes(tx, userId);
  });
}

/** Turns the second factor off, proven by the password or a code; false when the proof is wrong. */
export async function disableSecondFactor(userId: string, proof: string, now = new Date()): Promise<boolean> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: userFields });
  if (!user.totpEnabledAt) return true;
  if (!(await proven(user, proof, now))) return false;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null } });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await recordAudit({ actorId: userId, action: "user.second_factor_disabled", subjectType: "user", subjectId: userId }, tx);
  });
  return true;
}

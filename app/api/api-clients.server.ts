/** API clients of an organisation: created, rotated and revoked by its approvers or an administrator; every step audited. */
import { randomBytes } from "node:crypto";
import { recordAudit } from "~/audit/audit.server";
import { hashPassword, verifyPassword } from "~/auth/password.server";
import { db } from "~/utils/db.server";
import { forgetApiClient } from "./api-auth.server";
import { formatScopes, parseScopes, type ApiScope } from "./scopes";

export type ApiClientRow = {
  id: string;
  organisationId: string;
  name: string;
  scopes: ApiScope[];
  expiresAt: Date | null;
  revokedAt: Date | null;
  rotatedAt: Date | null;
  lastUsedAt: Date | null;
  createdAt: Date;
};

const SELECT = {
  id: true,
  organisationId: true,
  name: true,
  scopes: true,
  expiresAt: true,
  revokedAt: true,
  rotatedAt: true,
  lastUsedAt: true,
  createdAt: true,
} as const;

type Selected = Omit<ApiClientRow, "scopes"> & { scopes: string };

function toRow(row: Selected): ApiClientRow {
  return { ...row, scopes: parseScopes(row.scopes).scopes };
}

/** A client secret: 256 random bits, prefixed so that secret scanners recognise it. */
function newSecret(): string {
  return `rcs_${randomBytes(32).toString("base64url")}`;
}

/** Administrators manage every organisation's clients; approvers their own organisation's. */
export function canManageClientsOf(user: { role: string; organisationId: string | null }, organisationId: string): boolean {
  return user.role === "admin" || (user.role === "approver" && user.organisationId === organisationId);
}

export function isActive(client: { revokedAt: Date | null; expiresAt: Date | null }, now = new Date()): boolean {
  return !client.revokedAt && (!client.expiresAt || client.expiresAt > now);
}

export async function createApiClient(input: {
  organisationId: string;
  name: string;
  scopes: readonly ApiScope[];
  expiresAt: Date | null;
  createdById: string | null;
}): Promise<{ client: ApiClientRow; secret: string }> {
  const secret = newSecret();
  const secretHash = await hashPassword(secret);
  const client = await db.$transaction(async (tx) => {
    const created = await tx.apiClient.create({
      data: {
        organisationId: input.organisationId,
        name: input.name,
        scopes: formatScopes(input.scopes),
        secretHash,
        expiresAt: input.expiresAt,
        createdById: input.createdById,
      },
      select: SELECT,
    });
    await recordAudit(
      {
        actorId: input.createdById,
        apiClientId: created.id,
        action: "api_client.created",
        subjectType: "api_client",
        subjectId: created.id,
        details: { name: created.name, scopes: created.scopes, expiresAt: created.expiresAt?.toISOString() ?? null },
      },
      tx,
    );
    return created;
  });
  return { client: toRow(client), secret };
}

export async function listApiClients(organisationId: string | null): Promise<Array<ApiClientRow & { organisationName: string }>> {
  const rows = await db.apiClient.findMany({
    where: organisationId ? { organisationId } : {},
    orderBy: [{ revokedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    select: { ...SELECT, organisation: { select: { name: true } } },
  });
  return rows.map(({ organisation, ...row }) => ({ ...toRow(row), organisationName: organisation.name }));
}

export async function findApiClient(id: string): Promise<ApiClientRow | null> {
  const row = await db.apiClient.findUnique({ where: { id }, select: SELECT });
  return row ? toRow(row) : null;
}

/** A new secret; the old one stops working at once (tokens already issued run out within their lifetime). */
export async function rotateApiClientSecret(id: string, actorId: string | null): Promise<string | null> {
  const secret = newSecret();
  const secretHash = await hashPassword(secret);
  const done = await db.$transaction(async (tx) => {
    const updated = await tx.apiClient.updateMany({ where: { id, revokedAt: null }, data: { secretHash, rotatedAt: new Date() } });
    if (updated.count === 0) return false;
    await recordAudit({ actorId, apiClientId: id, action: "api_client.rotated", subjectType: "api_client", subjectId: id }, tx);
    return true;
  });
  return done ? secret : null;
}

/** Revoked for good: no new tokens, and the ones issued stop working within the client check's cache time. */
export async function revokeApiClient(id: string, actorId: string | null): Promise<boolean> {
  const done = await db.$transaction(async (tx) => {
    const updated = await tx.apiClient.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (updated.count === 0) return false;
    await recordAudit({ actorId, apiClientId: id, action: "api_client.revoked", subjectType: "api_client", subjectId: id }, tx);
    return true;
  });
  forgetApiClient(id);
  return done;
}

// Compared against when the client id is unknown, so that an unknown id takes as long as a wrong secret.
let decoyHash: Promise<string> | undefined;

/** The client whose id and secret these are, if it is active; null otherwise (the caller answers invalid_client). */
export async function authenticateApiClient(id: string, secret: string, now = new Date()): Promise<ApiClientRow | null> {
  const row = await db.apiClient.findUnique({ where: { id }, select: { ...SELECT, secretHash: true } });
  if (!row) {
    decoyHash ??= hashPassword(newSecret());
    await verifyPassword(secret, await decoyHash);
    return null;
  }
  const { secretHash, ...client } = row;
  if (!(await verifyPassword(secret, secretHash))) return null;
  return isActive(client, now) ? toRow(client) : null;
}

export async function noteTokenIssued(client: ApiClientRow, scopes: readonly ApiScope[], now = new Date()) {
  await db.$transaction(async (tx) => {
    await tx.apiClient.update({ where: { id: client.id }, data: { lastUsedAt: now } });
    await recordAudit(
      {
        actorId: null,
        apiClientId: client.id,
        action: "api_client.token_issued",
        subjectType: "api_client",
        subjectId: client.id,
        details: { scope: formatScopes(scopes) },
      },
      tx,
    );
  });
}

import { noteDataChange } from "~/utils/data-version.mjs";
import { db } from "~/utils/db.server";

export type AuditInput = {
  actorId?: string | null;
  /** The API client that acted, when the change came through the API (see auditActorFor in app/api/api-auth.server.ts). */
  apiClientId?: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  entryId?: string | null;
  comment?: string | null;
  details?: unknown;
};

type Tx = Pick<typeof db, "auditLog">;

/** Every state change is recorded: who, what, when, and any comment. */
export async function recordAudit(input: AuditInput, tx: Tx = db) {
  await tx.auditLog.create({
    data: {
      actorId: input.actorId ?? null,
      apiClientId: input.apiClientId ?? null,
      action: input.action,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      entryId: input.entryId ?? null,
      comment: input.comment ?? null,
      details: input.details === undefined ? null : JSON.stringify(input.details),
    },
  });
  noteDataChange();
}

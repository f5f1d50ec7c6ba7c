/**
 * Who acts: a signed-in user (id), or an organisation's API client, which has no user id and is
 * named in the audit trail instead ("via API client X").
 */
export type ActingParty = { id: string | null; apiClientId?: string | null };

/** The audit trail's "who" for an actor. */
export const auditActor = (actor: ActingParty) => ({ actorId: actor.id });

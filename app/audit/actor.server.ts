import { auditActorFor } from "~/api/api-auth.server";

/**
 * Who acts: a signed-in user (id), or an organisation's API client, which has no user id and is
 * named in the audit trail instead ("via API client X").
 */
export type ActingParty = { id: string | null; apiClientId?: string | null };

/** The audit trail's "who" for an actor: the user, or the API client (auditActorFor). */
export const auditActor = (actor: ActingParty) => (actor.apiClientId ? auditActorFor({ clientId: actor.apiClientId }) : { actorId: actor.id });

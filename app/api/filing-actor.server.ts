/**
 * An API client as the entry and feedback rules see it. Those rules are written for roles: a client
 * acts as an approver of its organisation when it holds `entries:publish`, else as an editor. Which
 * endpoint it may call at all is decided by its scopes, checked by each route before anything else.
 */
import type { Actor } from "~/entries/entries.server";
import type { ApiClientActor } from "./api-auth.server";

export type FilingClient = ApiClientActor;

export function actorFor(client: FilingClient): Actor {
  return {
    id: null,
    apiClientId: client.clientId,
    organisationId: client.organisationId,
    role: client.scopes.includes("entries:publish") ? "approver" : "editor",
  };
}

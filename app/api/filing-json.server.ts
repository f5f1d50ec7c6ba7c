/** The filing API's resources as JSON: a draft with its document, and feedback threads with their answers. */
import { publicOrigin } from "~/config/settings.mjs";
import { validateForSubmit } from "~/entries/entry-schema";
import { showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";
import type { Language } from "~/i18n/languages.mjs";
import type { ApiThread } from "./filing-feedback.server";
import { jsonAnswer } from "./filing-http.server";
import { draftDocument, ownSourceSystem, versionToken, type OwnEntry } from "./filing.server";
import { pointerOf } from "./filing-problem";

export const draftUrl = (publicId: string) => `${publicOrigin()}/api/v1/drafts/${publicId}`;

const ownSourceId = (entry: { organisationId?: string; sourceSystem: string | null; sourceId: string | null }, organisationId: string) =>
  entry.sourceSystem === ownSourceSystem(organisationId) ? entry.sourceId : null;

export function apiDraftSummary(
  entry: { publicId: string; name: string; state: string; sourceSystem: string | null; sourceId: string | null; updatedAt: Date },
  organisationId: string,
) {
  return {
    id: entry.publicId,
    source_id: ownSourceId(entry, organisationId),
    name: entry.name,
    state: entry.state,
    updated_at: entry.updatedAt.toISOString(),
    url: draftUrl(entry.publicId),
  };
}

/** A draft as the client reads it, with what still stands between it and submission (in the request's language). */
export function apiDraft(entry: OwnEntry, language: Language) {
  const document = draftDocument(entry);
  const t = textFor(language);
  const url = draftUrl(entry.publicId);
  return {
    id: entry.publicId,
    source_id: ownSourceId(entry, entry.organisationId),
    name: entry.name,
    state: entry.state,
    version_token: versionToken(entry),
    published: entry.currentVersionId !== null,
    organisation: { slug: entry.organisation.slug, name: entry.organisation.name },
    created_at: entry.createdAt.toISOString(),
    updated_at: entry.updatedAt.toISOString(),
    document,
    submission_problems: Object.entries(validateForSubmit(document).errors).map(([field, detail]) => ({
      pointer: pointerOf(field),
      detail: showProblem(t, detail),
    })),
    links: {
      self: url,
      submit: `${url}/submit`,
      feedback: `${url}/feedback`,
      public: entry.currentVersionId ? `${publicOrigin()}/algorithms/${entry.publicId}` : null,
    },
  };
}

export function apiThread(thread: ApiThread) {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    id: thread.id,
    reference: thread.reference,
    type: thread.type,
    message: thread.message,
    public_message: thread.publicMessage,
    status: thread.status,
    moderation: thread.moderation,
    language: thread.language,
    received_at: thread.createdAt.toISOString(),
    deadline_at: thread.deadlineAt.toISOString(),
    answered_at: iso(thread.answeredAt),
    closed_at: iso(thread.closedAt),
    withdrawn_at: iso(thread.withdrawnAt),
    answers: thread.messages.map((m) => ({ body: m.body, at: m.createdAt.toISOString() })),
    links: { answers: `${publicOrigin()}/api/v1/feedback/${thread.id}/answers` },
  };
}

/** A draft as the answer to a request, with its version token as the ETag (send it back in If-Match). */
export function draftAnswer(entry: OwnEntry, language: Language, status = 200, headers: Record<string, string> = {}) {
  const draft = apiDraft(entry, language);
  return jsonAnswer(draft, status, { ETag: `"${draft.version_token}"`, "Content-Language": language, ...headers });
}

import type { EntryDraft } from "~/entries/entry-schema";
import { createDraft, transition } from "~/entries/entries.server";
import { createOrganisation, createUser } from "./factories";

/** A document that passes the submit schema; override any field. */
export function validDocument(overrides: Partial<EntryDraft> = {}): EntryDraft {
  return {
    name: "Sort incoming permit applications",
    descriptionShort: "Sorts permit applications by urgency so simple cases are handled first.",
    themes: [],
    lifecycle: { status: "in_use", beganOn: "2024-03" },
    publicationCategory: "B",
    contact: "algorithms@municipality.example",
    language: "eng",
    goal: "Faster decisions on simple permits.",
    humanIntervention: "A case worker checks every suggestion before a decision.",
    appeals: "Object to the decision through the usual objection procedure.",
    algorithmType: "rule_based",
    selfLearning: false,
    tags: [],
    procurement: { inHouse: true, suppliers: [] },
    ...overrides,
  } as EntryDraft;
}

/** An organisation with an editor and an approver. */
export async function createOrgWithStaff() {
  const org = await createOrganisation();
  const editor = await createUser("editor", org.id);
  const approver = await createUser("approver", org.id);
  return { org, editor, approver };
}

/** Files, submits and publishes an entry through the real workflow. */
export async function createPublishedEntry(overrides: Partial<EntryDraft> = {}, staff?: Awaited<ReturnType<typeof createOrgWithStaff>>) {
  const s = staff ?? (await createOrgWithStaff());
  const entry = await createDraft(s.editor, s.org.id, validDocument(overrides));
  const submitted = await transition(s.editor, entry.id, "submit");
  if (!submitted.ok) throw new Error(`submit failed: ${JSON.stringify(submitted.errors)}`);
  const published = await transition(s.approver, entry.id, "publish", { changeNote: "First publication" });
  if (!published.ok) throw new Error(`publish failed: ${JSON.stringify(published.errors)}`);
  return { ...s, entry };
}

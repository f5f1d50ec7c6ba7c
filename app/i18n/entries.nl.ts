// Dutch text of the catalogue in entries.en.ts: the same keys, Dutch wording (the compiler checks that none is missing).
import type { CatalogueShape } from "./translator";
import type { entriesText as english } from "./entries.en";
export const entriesNl: CatalogueShape<typeof english> = {
  newTitle: "File a new entry",
  newIntro:
    "Start with an empty entry, or copy a published entry as a template. A copy keeps the description of the algorithm but not the other organisation's contact, search words, suppliers or contract.",
  startEmpty: "Start with an empty entry",
  startTemplate: "Copy a published entry as a template",
  create: "Create draft",
  templateHint: "Only needed when you copy a published entry.",
  onlyWhenCopying: "(required when copying)",
  editTitle: "Edit entry",
  saveDraft: "Save draft",
  saveAndSubmit: "Save and submit for approval",
  saved: "Draft saved.",
  savedWithProblems: (n: number) => `Draft saved. ${n === 1 ? "1 thing needs" : `${n} things need`} attention before you can submit it for approval.`,
  stillToDo: "Still to do before you can submit",
  savedNotSubmitted: (n: number) =>
    `Your draft was saved, but it was not submitted for approval: ${n === 1 ? "1 thing needs" : `${n} things need`} fixing first. They are listed below.`,
  unsavedChanges: "You have changes that are not saved. Leave this page and lose them?",
  /** Confirmations on the filing form, by the key in `?done=`. */
  editDone: {
    supplier_registered: "The supplier is registered and selected in the procurement section. Choose its role and save the draft to keep it.",
  },
  sectionsNav: "Sections of the entry",
  sectionsDone: (complete: number, total: number) => `${complete} of ${total} complete`,
  sectionState: {
    not_started: "Not started",
    complete: "Complete",
    problems: (n: number) => (n === 1 ? "1 problem" : `${n} problems`),
  },
  answered: (answered: number, total: number) => `${answered} of ${total} answered`,
  backToSections: "Back to the list of sections",
  /** After "Save draft" at the end of a section, shown in that section. */
  sectionSaved: (title: string) => `Draft saved. You are back at “${title}”.`,
  sectionProblems: (n: number) =>
    `${n === 1 ? "1 thing in this section needs" : `${n} things in this section need`} attention before you can submit the entry for approval.`,
  riskPanelTitle: "Risk classification",
  riskLevel: "Charter risk level",
  riskNotSet: "Choose the likelihood and impact to see the risk level.",
  suggestedCategory: "Suggested publication category",
  contradictionsTitle: "Answers that do not fit together",
  addRowsHint: "Leave rows empty if you do not need them. Save the draft to get more empty rows.",
  publicPage: "View the public page",
  history: "Version history",
  reviewOverdue: "Review overdue",
  retiredNotice: "This algorithm is no longer in use. The entry is kept for the record.",
  notStated: "Not stated",
  derivedDescription: "This short description was derived by the register from a longer text in the source; it is not the organisation's own summary.",
  dashboardTitle: "Your organisation's entries",
  fileNew: "File a new entry",
  waiting: "Waiting for your approval",
  overdueList: "Review overdue",
  dueSoonList: "Review due within 30 days",
  none: "None.",
  /** Confirmations after a workflow action, by the key in `?done=`. */
  done: {
    submit: "Submitted for approval. An approver of your organisation will check it.",
    withdraw: "The submission was withdrawn. You can edit the draft again.",
    request_changes: "Changes were requested. The editor will see your comment.",
    publish: "Published. The public page now shows this version.",
    archive: "The entry is retired and archived.",
    confirm_review: "Thank you. The review date has moved on by 12 months.",
  },
  reviewTitle: "Review the submission",
  reviewLinks: { diff: "What changes", preview: "Preview as published", decide: "Decide" },
  readOnly: "This entry is waiting for approval, so it is shown read-only. Withdraw the submission if you need to change it.",
  diffTitle: "What changes on publication",
  diffSummary: (count: number, version: number) =>
    count === 0
      ? `No field differs from published version ${version}.`
      : `${count === 1 ? "1 field differs" : `${count} fields differ`} from published version ${version}.`,
  diffCaption: (version: number) => `Published version ${version} and the submission, field by field`,
  diffBefore: (version: number) => `Published (version ${version})`,
  diffAfter: "Submitted",
  previewTitle: "Preview as published",
  previewIntro:
    "The submitted entry as its public page will show it once approved. Withheld procurement details and, for the restricted section, everything but the public fields are left out exactly as on publication.",
  previewVersion: (version: number) => `Version ${version}, once approved`,
  submissionChanged: "The submission changed after you opened this page, so nothing was published. Review the changes and the preview again, then decide.",
  unreadableDraft:
    "The saved draft of this entry cannot be read, so it cannot be edited, submitted or published. Nothing has been lost or changed: the problem has been logged. Ask an administrator to restore the draft.",
  unreadablePublished: (version: number) =>
    `Published version ${version} of this entry cannot be read. The public page shows an error and the entry is left out of search, lists and downloads until an administrator restores it. The problem has been logged.`,
};

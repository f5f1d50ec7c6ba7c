/**
 * The multi-section filing form, driven by SECTIONS and FIELDS. A plain HTML form: every
 * button posts and the action saves the draft before anything else, so nothing typed is lost
 * (a refused "Save and submit" comes back with its reasons). With JavaScript the risk panel and
 * the section list follow the answers as they change, and leaving with unsaved changes asks first.
 */
import { Form } from "@remix-run/react";
import { useMemo, useState } from "react";
import { CsrfInput, type FieldErrors } from "~/components/forms";
import { sectionProgress } from "~/entries/completeness";
import type { EntryFormValues } from "~/entries/entry-form";
import { formDataToEntry, type EntryDraft } from "~/entries/entry-schema";
import type { SectionId } from "~/entries/standard";
import { useUnsavedChanges } from "~/forms/unsaved-changes";
import { useT } from "~/i18n/text";
import { FilingSections } from "./filing-sections";
import { SectionNav } from "./section-nav";

type Props = {
  defaults: EntryFormValues;
  doc: EntryDraft;
  /** Blocking problems (from the server or the browser) and non-blocking notices after a draft save. */
  messages: FieldErrors;
  supplierOptions: Array<{ value: string; label: string }>;
  /** After "Save draft" at the end of a section: that section and its confirmation. */
  savedSection?: { id: SectionId; message: string } | null;
};

export function FilingForm({ defaults, doc, messages, supplierOptions, savedSection }: Props) {
  const tx = useT().entries;
  const [live, setLive] = useState<EntryDraft>(doc);
  const unsaved = useUnsavedChanges(tx.unsavedChanges);
  const progress = useMemo(() => sectionProgress(live), [live]);
  // What is left in the section just saved, as saved (not as typed since).
  const saved = useMemo(() => (savedSection ? { ...savedSection, problems: sectionProgress(doc)[savedSection.id].problems } : null), [savedSection, doc]);

  return (
    <div className="layout-sidebar filing">
      <SectionNav progress={progress} />

      <Form
        method="post"
        noValidate
        onSubmit={unsaved.posted}
        onChange={(e) => {
          unsaved.changed();
          setLive(formDataToEntry(new FormData(e.currentTarget)));
        }}
        aria-label={tx.filing.formLabel}
      >
        <CsrfInput />
        {/* Enter in a text field presses the first button: make that "Save draft", not one that leaves the form. */}
        <button type="submit" name="intent" value="save" className="visually-hidden" tabIndex={-1} aria-hidden="true">
          {tx.saveDraft}
        </button>
        <FilingSections defaults={defaults} live={live} messages={messages} supplierOptions={supplierOptions} saved={saved} />
        <div className="button-group">
          <button type="submit" name="intent" value="save" className="button button--secondary">
            {tx.saveDraft}
          </button>
          <button type="submit" name="intent" value="submit">
            {tx.saveAndSubmit}
          </button>
        </div>
      </Form>
    </div>
  );
}

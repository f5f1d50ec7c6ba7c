/**
 * The multi-section filing form, driven by SECTIONS and FIELDS. A plain HTML form: every
 * button posts and the action saves the draft before anything else, so nothing typed is lost
 * (a refused "Save and submit" comes back with its reasons). With JavaScript the risk panel
 * follows the answers as they change and leaving with unsaved changes asks first.
 */
import { Form } from "@remix-run/react";
import { useState } from "react";
import { CsrfInput, type FieldErrors } from "~/components/forms";
import type { EntryFormValues } from "~/entries/entry-form";
import { completeness, formDataToEntry, type EntryDraft } from "~/entries/entry-schema";
import { SECTIONS } from "~/entries/standard";
import { useUnsavedChanges } from "~/forms/unsaved-changes";
import { entriesText as tx } from "~/i18n/entries.en";
import { FilingSections, sectionAnchor } from "./filing-sections";

type Props = {
  defaults: EntryFormValues;
  doc: EntryDraft;
  /** Blocking problems (from the server or the browser) and non-blocking notices after a draft save. */
  messages: FieldErrors;
  supplierOptions: Array<{ value: string; label: string }>;
};

export function FilingForm({ defaults, doc, messages, supplierOptions }: Props) {
  const [live, setLive] = useState<EntryDraft>(doc);
  const unsaved = useUnsavedChanges(tx.unsavedChanges);
  const status = completeness(live);

  return (
    <div className="layout-sidebar filing">
      <nav aria-labelledby="sections-nav" className="section-nav">
        <h2 id="sections-nav" className="h-small">
          {tx.sectionsNav}
        </h2>
        <ol>
          {SECTIONS.map((s) => {
            const { filled, total } = status[s.id];
            return (
              <li key={s.id}>
                <a href={`#${sectionAnchor(s.id)}`}>{s.title}</a>{" "}
                <span className={`tag${total > 0 && filled === total ? " tag--success" : ""}`} data-testid={`completeness-${s.id}`}>
                  {total > 0 && filled === total ? tx.complete : tx.filled(filled, total)}
                </span>
              </li>
            );
          })}
        </ol>
      </nav>

      <Form
        method="post"
        noValidate
        onSubmit={unsaved.posted}
        onChange={(e) => {
          unsaved.changed();
          setLive(formDataToEntry(new FormData(e.currentTarget)));
        }}
        aria-label="Entry"
      >
        <CsrfInput />
        {/* Enter in a text field presses the first button: make that "Save draft", not one that leaves the form. */}
        <button type="submit" name="intent" value="save" className="visually-hidden" tabIndex={-1} aria-hidden="true">
          {tx.saveDraft}
        </button>
        <FilingSections defaults={defaults} live={live} messages={messages} supplierOptions={supplierOptions} />
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

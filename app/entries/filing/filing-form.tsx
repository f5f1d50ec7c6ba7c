/**
 * The multi-section filing form, driven by SECTIONS and FIELDS. A plain HTML form:
 * without JavaScript both buttons post; with it, "Save and submit" is checked first
 * with the submit schema and the risk panel follows the answers as they change.
 */
import { Form, useLocation } from "@remix-run/react";
import { useState, type FormEvent } from "react";
import { CsrfInput, type FieldErrors } from "~/components/forms";
import type { EntryFormValues } from "~/entries/entry-form";
import { completeness, formDataToEntry, type EntryDraft } from "~/entries/entry-schema";
import { SECTIONS } from "~/entries/standard";
import { entriesText as tx } from "~/i18n/entries.en";
import { FilingSections, sectionAnchor } from "./filing-sections";

type Props = {
  defaults: EntryFormValues;
  doc: EntryDraft;
  /** Blocking problems (from the server or the browser) and non-blocking notices after a draft save. */
  messages: FieldErrors;
  supplierOptions: Array<{ value: string; label: string }>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
};

export function FilingForm({ defaults, doc, messages, supplierOptions, onSubmit }: Props) {
  const [live, setLive] = useState<EntryDraft>(doc);
  const location = useLocation();
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

      <Form method="post" noValidate onSubmit={onSubmit} onChange={(e) => setLive(formDataToEntry(new FormData(e.currentTarget)))} aria-label="Entry">
        <CsrfInput />
        <FilingSections
          defaults={defaults}
          live={live}
          messages={messages}
          supplierOptions={supplierOptions}
          returnTo={`${location.pathname}${location.search}`}
        />
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

/**
 * The multi-section filing form, driven by SECTIONS and FIELDS. A plain HTML form:
 * without JavaScript both buttons post; with it, "Save and submit" is checked first
 * with the submit schema and the risk panel follows the answers as they change.
 */
import { Form, useLocation } from "@remix-run/react";
import { useState, type FormEvent, type ReactNode } from "react";
import { ALGORITHM_TYPES, ANNEX_III_AREAS, CHARTER_COMMITMENTS, LANGUAGES, LIFECYCLE_STATUSES, PUBLICATION_CATEGORIES } from "~content/vocabularies/entry-enums";
import { RISK_IMPACTS, RISK_LIKELIHOODS } from "~content/vocabularies/risk-matrix";
import { THEMES } from "~content/vocabularies/themes";
import { ChoiceGroup, CsrfInput, SelectField, TextArea, TextField, type FieldErrors } from "~/components/forms";
import { DataDeclarationFields } from "~/data-use/data-declaration-fields";
import { completeness, formDataToEntry, looksPersonal, type EntryDraft, type EntryFormValues } from "~/entries/entry-schema";
import { FIELDS, SECTIONS, type FieldKey, type SectionId } from "~/entries/standard";
import { entriesText as tx } from "~/i18n/entries.en";
import { ProcurementFields } from "~/procurement/procurement-fields";
import { LinkRows, YesNoCheckbox } from "./filing-inputs";
import { RiskPanel } from "./risk-panel";

type Props = {
  defaults: EntryFormValues;
  doc: EntryDraft;
  /** Blocking problems (from the server or the browser) and non-blocking notices after a draft save. */
  messages: FieldErrors;
  supplierOptions: Array<{ value: string; label: string }>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
};

const sectionAnchor = (id: SectionId) => `section-${id}`;

function hintFor(key: FieldKey) {
  const meta = FIELDS[key];
  const long = meta.max && meta.max > 25 && !key.endsWith("Url") && key !== "website";
  return long ? `${meta.hint} Up to ${meta.max} characters.` : meta.hint;
}

const optional = (key: FieldKey) => FIELDS[key].required !== "always";

export function FilingForm({ defaults, doc, messages, supplierOptions, onSubmit }: Props) {
  const [live, setLive] = useState<EntryDraft>(doc);
  const location = useLocation();
  const status = completeness(live);
  const text = (key: FieldKey, value: string, extra: { type?: string; inputMode?: "url" | "numeric" | "email" | "text" } = {}) => (
    <TextField name={key} label={FIELDS[key].label} hint={hintFor(key)} optional={optional(key)} defaultValue={value} error={messages[key]} {...extra} />
  );
  const area = (key: FieldKey, value: string, rows = 5) => (
    <TextArea name={key} label={FIELDS[key].label} hint={`${hintFor(key)} You can use Markdown.`} optional={optional(key)} defaultValue={value} error={messages[key]} rows={rows} />
  );
  const personal = live.contact ? looksPersonal(live.contact.replace(/^mailto:/i, "")) : null;

  return (
    <div className="layout-sidebar filing">
      <nav aria-labelledby="sections-nav" className="section-nav">
        <h2 id="sections-nav" className="h-small">{tx.sectionsNav}</h2>
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

        <Section id="general">
          {text("name", defaults.name)}
          {area("descriptionShort", defaults.descriptionShort, 3)}
          <ChoiceGroup name="themes" type="checkbox" legend={FIELDS.themes.label} hint={FIELDS.themes.hint} optional error={messages.themes} defaultValue={defaults.themes}
            options={THEMES.map((th) => ({ value: th.slug, label: th.en }))} />
          <ChoiceGroup name="lifecycle.status" type="radio" legend={FIELDS["lifecycle.status"].label} hint={FIELDS["lifecycle.status"].hint} error={messages["lifecycle.status"]} defaultValue={defaults.lifecycle.status}
            options={LIFECYCLE_STATUSES.map((s) => ({ value: s.slug, label: s.label, hint: s.description }))} />
          {text("lifecycle.beganOn", defaults.lifecycle.beganOn)}
          {text("lifecycle.endedOn", defaults.lifecycle.endedOn)}
          <ChoiceGroup name="publicationCategory" type="radio" legend={FIELDS.publicationCategory.label} hint={`${FIELDS.publicationCategory.hint} See the suggestion in the risk section.`} error={messages.publicationCategory} defaultValue={defaults.publicationCategory}
            options={PUBLICATION_CATEGORIES.map((c) => ({ value: c.slug, label: `${c.slug}: ${c.label}`, hint: c.description }))} />
          {text("contact", defaults.contact, { inputMode: "email" })}
          {personal ? <p className="notice notice--warning" role="status" data-testid="contact-warning">{personal}</p> : null}
          {text("website", defaults.website, { type: "url", inputMode: "url" })}
          <SelectField name="language" label={FIELDS.language.label} hint={FIELDS.language.hint} placeholder="Choose a language" error={messages.language} defaultValue={defaults.language}
            options={LANGUAGES.map((l) => ({ value: l.code, label: l.label === l.native ? l.label : `${l.label} (${l.native})` }))} />
          <TextField name="tags" label={FIELDS.tags.label} hint={`${FIELDS.tags.hint} Separate them with commas.`} optional defaultValue={defaults.tags.join(", ")} error={messages.tags ?? firstIndexed(messages, "tags")} />
          {text("reviewDueOn", defaults.reviewDueOn)}
        </Section>

        <Section id="responsible_use">
          {area("goal", defaults.goal)}
          {area("affectedGroups", defaults.affectedGroups, 3)}
          {area("proportionality", defaults.proportionality)}
          {area("humanIntervention", defaults.humanIntervention)}
          {area("appeals", defaults.appeals)}
          {area("risks", defaults.risks)}
          {area("lawfulBasis", defaults.lawfulBasis)}
          <LinkRows name="lawfulBasisLinks" legend={FIELDS.lawfulBasisLinks.label} hint={FIELDS.lawfulBasisLinks.hint} rows={defaults.lawfulBasisLinks} errors={messages} />
          {text("processingRegisterUrl", defaults.processingRegisterUrl, { type: "url", inputMode: "url" })}
          {area("assessmentsText", defaults.assessmentsText)}
          <LinkRows name="assessmentLinks" legend={FIELDS.assessmentLinks.label} hint={FIELDS.assessmentLinks.hint} rows={defaults.assessmentLinks} errors={messages} />
        </Section>

        <Section id="how_it_works">
          {area("dataSourcesText", defaults.dataSourcesText)}
          <LinkRows name="dataSourceLinks" legend={FIELDS.dataSourceLinks.label} hint={FIELDS.dataSourceLinks.hint} rows={defaults.dataSourceLinks} errors={messages} />
          {area("technicalOperation", defaults.technicalOperation, 8)}
          <ChoiceGroup name="algorithmType" type="radio" legend={FIELDS.algorithmType.label} hint={FIELDS.algorithmType.hint} optional error={messages.algorithmType} defaultValue={defaults.algorithmType}
            options={ALGORITHM_TYPES.map((a) => ({ value: a.slug, label: a.label, hint: a.description }))} />
          <YesNoCheckbox name="selfLearning" label="It learns by itself while in use" hint={FIELDS.selfLearning.hint} defaultChecked={defaults.selfLearning} error={messages.selfLearning} />
          {text("decisionsPerYear", defaults.decisionsPerYear, { inputMode: "numeric" })}
          {text("sourceCodeUrl", defaults.sourceCodeUrl, { type: "url", inputMode: "url" })}
        </Section>

        <Section id="charter">
          {CHARTER_COMMITMENTS.map((c) => (
            <TextArea key={c.id} name={`charter.${c.id}`} label={c.title} hint={`${c.prompt} One short statement. You can use Markdown.`} optional defaultValue={defaults.charter[c.id]} error={messages[`charter.${c.id}`]} rows={3} />
          ))}
        </Section>

        <Section id="risk">
          <SelectField name="risk.likelihood" label={FIELDS["risk.likelihood"].label} hint={FIELDS["risk.likelihood"].hint} optional placeholder="Choose the likelihood" defaultValue={defaults.risk.likelihood} error={messages["risk.likelihood"]}
            options={RISK_LIKELIHOODS.map((r) => ({ value: r.slug, label: `${r.label} – ${r.description}` }))} />
          <SelectField name="risk.impact" label={FIELDS["risk.impact"].label} hint={FIELDS["risk.impact"].hint} optional placeholder="Choose the impact" defaultValue={defaults.risk.impact} error={messages["risk.impact"]}
            options={RISK_IMPACTS.map((r) => ({ value: r.slug, label: `${r.label} – ${r.description}` }))} />
          <YesNoCheckbox name="euAiAct.highRisk" label={FIELDS["euAiAct.highRisk"].label} hint={FIELDS["euAiAct.highRisk"].hint} defaultChecked={defaults.euAiAct.highRisk} error={messages["euAiAct.highRisk"]} />
          <SelectField name="euAiAct.annexIIIArea" label={FIELDS["euAiAct.annexIIIArea"].label} hint={FIELDS["euAiAct.annexIIIArea"].hint} optional placeholder="Not high risk / not applicable" defaultValue={defaults.euAiAct.annexIIIArea} error={messages["euAiAct.annexIIIArea"]}
            options={ANNEX_III_AREAS.map((a) => ({ value: a.slug, label: `${a.point}. ${a.label}` }))} />
          {text("euAiAct.euDatabaseUrl", defaults.euAiAct.euDatabaseUrl, { type: "url", inputMode: "url" })}
          <YesNoCheckbox name="euAiAct.restrictedSection" label={FIELDS["euAiAct.restrictedSection"].label} hint={FIELDS["euAiAct.restrictedSection"].hint} defaultChecked={defaults.euAiAct.restrictedSection} error={messages["euAiAct.restrictedSection"]} />
          <RiskPanel doc={live} />
          <h3>EU AI Act Annex VIII</h3>
          {area("deployerContact", defaults.deployerContact, 3)}
          {area("submitterContact", defaults.submitterContact, 3)}
          {area("art27Summary", defaults.art27Summary)}
          {area("dpiaSummary", defaults.dpiaSummary)}
        </Section>

        <Section id="procurement">
          <ProcurementFields defaults={defaults} errors={messages} supplierOptions={supplierOptions} returnTo={`${location.pathname}${location.search}`} />
        </Section>

        <Section id="data">
          <DataDeclarationFields defaults={defaults} errors={messages} />
        </Section>

        <div className="button-group">
          <button type="submit" name="intent" value="save" className="button button--secondary">{tx.saveDraft}</button>
          <button type="submit" name="intent" value="submit">{tx.saveAndSubmit}</button>
        </div>
      </Form>
    </div>
  );
}

function Section({ id, children }: { id: SectionId; children: ReactNode }) {
  const section = SECTIONS.find((s) => s.id === id)!;
  return (
    <section id={sectionAnchor(id)} aria-labelledby={`${sectionAnchor(id)}-title`} className="form-section">
      <h2 id={`${sectionAnchor(id)}-title`}>{section.title}</h2>
      <p className="hint">{section.intro}</p>
      {children}
    </section>
  );
}

/** Errors on one of several values in a single input (tags) are shown on that input. */
function firstIndexed(messages: FieldErrors, name: string) {
  return Object.entries(messages).find(([k]) => k.startsWith(`${name}.`))?.[1];
}

/**
 * The sections of the filing form, in the order of FIELDS. Plain fields (those with an
 * `input` kind in the standard) get their input from that kind; the others are drawn here.
 */
import { Fragment, type ReactNode } from "react";
import {
  ALGORITHM_TYPES,
  ANNEX_III_AREAS,
  CHARTER_COMMITMENTS,
  LANGUAGES,
  LIFECYCLE_STATUSES,
  PUBLICATION_CATEGORIES,
} from "~content/vocabularies/entry-enums";
import { RISK_IMPACTS, RISK_LIKELIHOODS } from "~content/vocabularies/risk-matrix";
import { THEMES } from "~content/vocabularies/themes";
import { ChoiceGroup, SelectField, TextArea, TextField, type FieldErrors } from "~/components/forms";
import { DataDeclarationFields } from "~/data-use/data-declaration-fields";
import type { EntryFormValues } from "~/entries/entry-form";
import { looksPersonal, valueAt, type EntryDraft } from "~/entries/entry-schema";
import { FIELDS, fieldsInSection, SECTIONS, type FieldKey, type SectionId } from "~/entries/standard";
import { fieldHint, fieldLabel, sectionText } from "~/entries/standard-text";
import { showProblem } from "~/i18n/problem";
import { useT, type Text } from "~/i18n/text";
import { ProcurementFields } from "~/procurement/procurement-fields";
import { hintOf, labelOf, LinkRows, PlainField, YesNoCheckbox } from "./filing-inputs";
import { RiskPanel } from "./risk-panel";
import { sectionAnchor, SECTION_BUTTON, SECTION_LIST_ID } from "./section-links";

type Props = {
  defaults: EntryFormValues;
  /** The answers as they are now, for the risk panel and the contact warning. */
  live: EntryDraft;
  messages: FieldErrors;
  supplierOptions: Array<{ value: string; label: string }>;
  /** The section just saved from, with its confirmation and how many problems are left in it. */
  saved?: { id: SectionId; message: string; problems: number } | null;
};

/** What a drawing function gets: the form's props and the page's words. */
type DrawProps = Props & { t: Text };
type Draw = (p: DrawProps) => ReactNode;

const legend = (t: Text, key: FieldKey) => {
  const { label, optional } = labelOf(t, key);
  return { legend: label, optional, hint: fieldHint(t, key) };
};
function links(key: "lawfulBasisLinks" | "assessmentLinks" | "dataSourceLinks"): Draw {
  return function Links({ defaults, messages, t }: DrawProps) {
    return <LinkRows name={key} legend={fieldLabel(t, key)} hint={fieldHint(t, key)} rows={defaults[key]} errors={messages} />;
  };
}

/** Fields that are not plain, or need more than their input. Fields drawn by a whole section (procurement, data) are absent. */
const CUSTOM: Partial<Record<FieldKey, Draw>> = {
  themes: ({ defaults, messages, t }) => (
    <ChoiceGroup
      name="themes"
      type="checkbox"
      {...legend(t, "themes")}
      error={messages.themes}
      defaultValue={defaults.themes}
      options={THEMES.map((th) => ({ value: th.slug, label: th.en }))}
    />
  ),
  "lifecycle.status": ({ defaults, messages, t }) => (
    <ChoiceGroup
      name="lifecycle.status"
      type="radio"
      {...legend(t, "lifecycle.status")}
      error={messages["lifecycle.status"]}
      defaultValue={defaults.lifecycle.status}
      options={LIFECYCLE_STATUSES.map((s) => ({ value: s.slug, label: s.label, hint: s.description }))}
    />
  ),
  publicationCategory: ({ defaults, messages, t }) => (
    <ChoiceGroup
      name="publicationCategory"
      type="radio"
      {...legend(t, "publicationCategory")}
      hint={`${fieldHint(t, "publicationCategory")} ${t.entries.filing.seeRiskSuggestion}`}
      error={messages.publicationCategory}
      defaultValue={defaults.publicationCategory}
      options={PUBLICATION_CATEGORIES.map((c) => ({ value: c.slug, label: `${c.slug}: ${c.label}`, hint: c.description }))}
    />
  ),
  contact: ({ defaults, messages, live, t }) => {
    const personal = live.contact ? looksPersonal(live.contact.replace(/^mailto:/i, "")) : null;
    return (
      <>
        <TextField
          name="contact"
          {...labelOf(t, "contact")}
          hint={hintOf(t, "contact")}
          inputMode="email"
          defaultValue={defaults.contact}
          error={messages.contact}
        />
        {personal ? (
          <p className="notice notice--warning" role="status" data-testid="contact-warning">
            {showProblem(t, personal)}
          </p>
        ) : null}
      </>
    );
  },
  language: ({ defaults, messages, t }) => (
    <SelectField
      name="language"
      {...labelOf(t, "language")}
      hint={fieldHint(t, "language")}
      placeholder={t.entries.filing.chooseLanguage}
      error={messages.language}
      defaultValue={defaults.language}
      options={LANGUAGES.map((l) => ({ value: l.code, label: l.label === l.native ? l.label : `${l.label} (${l.native})` }))}
    />
  ),
  tags: ({ defaults, messages, t }) => (
    <TextField
      name="tags"
      {...labelOf(t, "tags")}
      hint={`${fieldHint(t, "tags")} ${t.entries.filing.separateWithCommas}`}
      defaultValue={defaults.tags.join(", ")}
      error={messages.tags ?? firstIndexed(messages, "tags")}
    />
  ),
  lawfulBasisLinks: links("lawfulBasisLinks"),
  assessmentLinks: links("assessmentLinks"),
  dataSourceLinks: links("dataSourceLinks"),
  algorithmType: ({ defaults, messages, t }) => (
    <ChoiceGroup
      name="algorithmType"
      type="radio"
      {...legend(t, "algorithmType")}
      error={messages.algorithmType}
      defaultValue={defaults.algorithmType}
      options={ALGORITHM_TYPES.map((a) => ({ value: a.slug, label: a.label, hint: a.description }))}
    />
  ),
  selfLearning: ({ defaults, messages, t }) => (
    <YesNoCheckbox
      name="selfLearning"
      label={t.entries.filing.selfLearning}
      hint={fieldHint(t, "selfLearning")}
      defaultChecked={defaults.selfLearning}
      error={messages.selfLearning}
    />
  ),
  "risk.likelihood": ({ defaults, messages, t }) => (
    <SelectField
      name="risk.likelihood"
      {...labelOf(t, "risk.likelihood")}
      hint={fieldHint(t, "risk.likelihood")}
      placeholder={t.entries.filing.chooseLikelihood}
      defaultValue={defaults.risk.likelihood}
      error={messages["risk.likelihood"]}
      options={RISK_LIKELIHOODS.map((r) => ({ value: r.slug, label: `${r.label} – ${r.description}` }))}
    />
  ),
  "risk.impact": ({ defaults, messages, t }) => (
    <SelectField
      name="risk.impact"
      {...labelOf(t, "risk.impact")}
      hint={fieldHint(t, "risk.impact")}
      placeholder={t.entries.filing.chooseImpact}
      defaultValue={defaults.risk.impact}
      error={messages["risk.impact"]}
      options={RISK_IMPACTS.map((r) => ({ value: r.slug, label: `${r.label} – ${r.description}` }))}
    />
  ),
  "euAiAct.highRisk": ({ defaults, messages, t }) => (
    <YesNoCheckbox
      name="euAiAct.highRisk"
      label={fieldLabel(t, "euAiAct.highRisk")}
      hint={fieldHint(t, "euAiAct.highRisk")}
      defaultChecked={defaults.euAiAct.highRisk}
      error={messages["euAiAct.highRisk"]}
    />
  ),
  "euAiAct.annexIIIArea": ({ defaults, messages, t }) => (
    <SelectField
      name="euAiAct.annexIIIArea"
      {...labelOf(t, "euAiAct.annexIIIArea")}
      hint={fieldHint(t, "euAiAct.annexIIIArea")}
      placeholder={t.entries.filing.noAnnexArea}
      defaultValue={defaults.euAiAct.annexIIIArea}
      error={messages["euAiAct.annexIIIArea"]}
      options={ANNEX_III_AREAS.map((a) => ({ value: a.slug, label: `${a.point}. ${a.label}` }))}
    />
  ),
  // The risk panel and the Annex VIII questions follow the restricted-section question.
  "euAiAct.restrictedSection": ({ defaults, messages, live, t }) => (
    <>
      <YesNoCheckbox
        name="euAiAct.restrictedSection"
        label={fieldLabel(t, "euAiAct.restrictedSection")}
        hint={fieldHint(t, "euAiAct.restrictedSection")}
        defaultChecked={defaults.euAiAct.restrictedSection}
        error={messages["euAiAct.restrictedSection"]}
      />
      <RiskPanel doc={live} />
      <h3>{t.entries.filing.annexVIII}</h3>
    </>
  ),
};

/** Sections drawn as a whole rather than field by field. */
const WHOLE_SECTIONS: Partial<Record<SectionId, Draw>> = {
  charter: ({ defaults, messages, t }) =>
    CHARTER_COMMITMENTS.map((c) => (
      <TextArea
        key={c.id}
        name={`charter.${c.id}`}
        label={fieldLabel(t, `charter.${c.id}`)}
        hint={t.entries.filing.charterHint({ prompt: fieldHint(t, `charter.${c.id}`) })}
        optional
        defaultValue={defaults.charter[c.id]}
        error={messages[`charter.${c.id}`]}
        rows={3}
      />
    )),
  procurement: ({ defaults, messages, supplierOptions }) => <ProcurementFields defaults={defaults} errors={messages} supplierOptions={supplierOptions} />,
  data: ({ defaults, messages }) => <DataDeclarationFields defaults={defaults} errors={messages} />,
};

function drawField(key: FieldKey, props: DrawProps): ReactNode {
  const custom = CUSTOM[key];
  if (custom) return custom(props);
  if (!FIELDS[key].input) return null; // drawn with its section's block (life events with the data sets)
  const value = valueAt(props.defaults, key);
  // Requirements that depend on the publication category follow the category chosen (as typed, with JavaScript).
  return <PlainField name={key} value={typeof value === "string" ? value : ""} error={props.messages[key]} category={props.live.publicationCategory} />;
}

export function FilingSections(formProps: Props) {
  const t = useT();
  const props: DrawProps = { ...formProps, t };
  const last = SECTIONS[SECTIONS.length - 1].id;
  return SECTIONS.map((section) => (
    <section key={section.id} id={sectionAnchor(section.id)} aria-labelledby={`${sectionAnchor(section.id)}-title`} className="form-section">
      <h2 id={`${sectionAnchor(section.id)}-title`}>{sectionText(t, section.id).title}</h2>
      {props.saved?.id === section.id ? <SavedNotice {...props.saved} /> : null}
      <p className="hint">{sectionText(t, section.id).intro}</p>
      {WHOLE_SECTIONS[section.id]?.(props) ?? fieldsInSection(section.id).map((key) => <Fragment key={key}>{drawField(key, props)}</Fragment>)}
      <div className="section-end">
        {/* The last section is followed by the form's own buttons. */}
        {section.id === last ? null : (
          <button type="submit" name={SECTION_BUTTON} value={section.id} className="button button--secondary">
            {t.entries.saveDraft}
          </button>
        )}
        <a href={`#${SECTION_LIST_ID}`} className="section-end__back">
          {t.entries.backToSections}
        </a>
      </div>
    </section>
  ));
}

function SavedNotice({ message, problems }: { message: string; problems: number }) {
  const t = useT();
  return (
    <div className="notice notice--success" role="status">
      <p>
        {message}
        {problems ? ` ${t.entries.sectionProblems({ count: problems })}` : null}
      </p>
    </div>
  );
}

/** Errors on one of several values in a single input (tags) are shown on that input. */
function firstIndexed(messages: FieldErrors, name: string) {
  return Object.entries(messages).find(([k]) => k.startsWith(`${name}.`))?.[1];
}

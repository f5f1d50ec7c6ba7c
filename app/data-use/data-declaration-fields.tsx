import { ChoiceGroup, SelectField, TextArea, TextField, fieldId, type FieldErrors } from "~/components/forms";
import { SENSITIVE_CATEGORIES } from "~/entries/data-declaration-schema";
import type { EntryFormValues } from "~/entries/entry-form";
import { ITEM_FIELDS } from "~/entries/standard";
import { fieldHint, fieldLabel } from "~/entries/standard-text";
import { inLanguage, type VocabularyLabel } from "~/i18n/in-language";
import { showProblem } from "~/i18n/problem";
import { useLanguage, useT } from "~/i18n/text";
import { DATA_CATEGORIES, DATA_SOURCES, DATA_USES, PERSONAL_DATA_LEVELS } from "~content/vocabularies/data-categories";
import { LIFE_EVENTS } from "~content/vocabularies/life-events";
import type { Language } from "~content/vocabularies/localized";

type DeclarationValues = EntryFormValues["dataDeclarations"][number];

const limits = ITEM_FIELDS.dataDeclaration;
/** Empty blocks after the existing ones, so a form without JavaScript can add data sets. */
const EMPTY_BLOCKS = 2;

/** The category checkboxes in three groups, each with its legend's key in `t.dataUse.fields`. */
const CATEGORY_GROUPS = [
  { id: "ordinary", legend: "ordinary", categories: DATA_CATEGORIES.filter((c) => !c.special && !c.criminal) },
  { id: "special", legend: "special", categories: DATA_CATEGORIES.filter((c) => c.special) },
  { id: "criminal", legend: "criminal", categories: DATA_CATEGORIES.filter((c) => c.criminal) },
] as const;

const options = (list: readonly { slug: string; label: VocabularyLabel }[], language: Language) =>
  list.map((x) => ({ value: x.slug, label: inLanguage(x.label, language) }));

function emptyDeclaration(): DeclarationValues {
  return {
    name: "",
    source: "",
    sourceDetail: "",
    personalData: "",
    categories: [],
    legalGrounds: Object.fromEntries(SENSITIVE_CATEGORIES.map((c) => [c.slug, ""])) as DeclarationValues["legalGrounds"],
    retention: "",
    sharedWith: "",
    use: "",
  };
}

function CategoryCheckboxes({ index, values, error }: { index: number; values: DeclarationValues; error?: string }) {
  const text = useT();
  const f = text.standard.items.dataDeclaration;
  const language = useLanguage();
  const name = `dataDeclarations.${index}.categories`;
  const id = fieldId(name);
  const selected = new Set(values.categories);
  const t = text.dataUse.fields;
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <fieldset className="fieldset" id={id} aria-describedby={[`${id}-hint`, error ? `${id}-error` : ""].join(" ").trim()}>
        <legend className="legend">{f.categories.label}</legend>
        <div id={`${id}-hint`} className="hint">
          {f.categories.hint}
        </div>
        {error ? (
          <p id={`${id}-error`} className="error-message">
            <span className="visually-hidden">{text.forms.errorPrefix}</span> {showProblem(text, error)}
          </p>
        ) : null}
        {CATEGORY_GROUPS.map((group) => (
          <fieldset key={group.id} className="fieldset data-fields__group">
            <legend className="legend">{t[group.legend]}</legend>
            <div className="choices">
              {group.categories.map((c) => (
                <div className="choice" key={c.slug}>
                  <input type="checkbox" id={`${id}-${c.slug}`} name={name} value={c.slug} defaultChecked={selected.has(c.slug)} />
                  <label htmlFor={`${id}-${c.slug}`}>{inLanguage(c.label, language)}</label>
                  <div className="hint">{inLanguage(c.plain, language)}</div>
                </div>
              ))}
            </div>
          </fieldset>
        ))}
      </fieldset>
    </div>
  );
}

function LegalGrounds({ index, values, errors }: { index: number; values: DeclarationValues; errors: FieldErrors }) {
  const f = useT().standard.items.dataDeclaration;
  const language = useLanguage();
  const prefix = `dataDeclarations.${index}.legalGrounds.`;
  const open = SENSITIVE_CATEGORIES.some((c) => values.legalGrounds[c.slug]?.trim() || errors[prefix + c.slug] || values.categories.includes(c.slug));
  const t = useT().dataUse.fields;
  return (
    <details className="data-fields__grounds" open={open || undefined}>
      <summary>{t.legalGroundsSummary}</summary>
      <p className="hint">{f.legalGrounds.hint}</p>
      {SENSITIVE_CATEGORIES.map((c) => (
        <TextField
          key={c.slug}
          name={prefix + c.slug}
          label={`${f.legalGrounds.label}: ${inLanguage(c.label, language)}`}
          hint={t.legalGroundHint({ label: inLanguage(c.label, language) })}
          error={errors[prefix + c.slug]}
          defaultValue={values.legalGrounds[c.slug]}
          maxLength={limits.legalGrounds.max}
          optional
        />
      ))}
    </details>
  );
}

function DeclarationBlock({ index, values, errors }: { index: number; values: DeclarationValues; errors: FieldErrors }) {
  const f = useT().standard.items.dataDeclaration;
  const language = useLanguage();
  const name = (key: string) => `dataDeclarations.${index}.${key}`;
  const t = useT().dataUse.fields;
  return (
    <fieldset className="fieldset data-fields__dataset">
      <legend className="legend">{t.dataset({ n: index + 1 })}</legend>
      <TextField
        name={name("name")}
        label={f.name.label}
        hint={f.name.hint}
        error={errors[name("name")]}
        defaultValue={values.name}
        maxLength={limits.name.max}
      />
      <SelectField
        name={name("source")}
        label={f.source.label}
        hint={f.source.hint}
        error={errors[name("source")]}
        defaultValue={values.source}
        options={options(DATA_SOURCES, language)}
        placeholder={t.choose}
      />
      <TextField
        name={name("sourceDetail")}
        label={f.sourceDetail.label}
        hint={f.sourceDetail.hint}
        error={errors[name("sourceDetail")]}
        defaultValue={values.sourceDetail}
        maxLength={limits.sourceDetail.max}
        optional
      />
      <SelectField
        name={name("personalData")}
        label={f.personalData.label}
        hint={`${f.personalData.hint} ${PERSONAL_DATA_LEVELS.map((l) => `${inLanguage(l.label, language)}: ${inLanguage(l.description, language)}`).join(" ")}`}
        error={errors[name("personalData")]}
        defaultValue={values.personalData}
        options={options(PERSONAL_DATA_LEVELS, language)}
        placeholder={t.choose}
      />
      <CategoryCheckboxes index={index} values={values} error={errors[name("categories")]} />
      <LegalGrounds index={index} values={values} errors={errors} />
      <TextField
        name={name("retention")}
        label={f.retention.label}
        hint={f.retention.hint}
        error={errors[name("retention")]}
        defaultValue={values.retention}
        maxLength={limits.retention.max}
        optional
      />
      <TextArea
        name={name("sharedWith")}
        label={f.sharedWith.label}
        hint={f.sharedWith.hint}
        error={errors[name("sharedWith")]}
        defaultValue={values.sharedWith}
        maxLength={limits.sharedWith.max}
        rows={2}
        optional
      />
      <SelectField
        name={name("use")}
        label={f.use.label}
        hint={f.use.hint}
        error={errors[name("use")]}
        defaultValue={values.use}
        options={options(DATA_USES, language)}
        placeholder={t.choose}
      />
    </fieldset>
  );
}

/**
 * The data section of the filing form: inputs named `dataDeclarations.N.*` and `lifeEvents`,
 * rendered inside the entry form. Existing data sets come first, then empty blocks; empty
 * blocks post only empty values, which the entry form drops.
 */
export function DataDeclarationFields({ defaults, errors }: { defaults: EntryFormValues; errors: FieldErrors }) {
  const st = useT();
  const language = useLanguage();
  const blocks = [...(defaults.dataDeclarations ?? []), ...Array.from({ length: EMPTY_BLOCKS }, emptyDeclaration)];
  return (
    <div className="data-fields">
      <p className="hint">{st.dataUse.fields.datasetsHint}</p>
      {errors.dataDeclarations ? (
        <p className="error-message" id={fieldId("dataDeclarations")}>
          {showProblem(st, errors.dataDeclarations)}
        </p>
      ) : null}
      {blocks.map((values, i) => (
        <DeclarationBlock key={i} index={i} values={values} errors={errors} />
      ))}
      <ChoiceGroup
        name="lifeEvents"
        legend={fieldLabel(st, "lifeEvents")}
        hint={fieldHint(st, "lifeEvents")}
        error={errors.lifeEvents}
        type="checkbox"
        options={LIFE_EVENTS.map((e) => ({ value: e.slug, label: inLanguage(e.label, language), hint: inLanguage(e.plain, language) }))}
        defaultValue={defaults.lifeEvents}
        optional
      />
    </div>
  );
}

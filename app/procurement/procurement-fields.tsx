import { OWNERSHIP_OPTIONS, PROCUREMENT_METHODS, SUPPLIER_DATA_ACCESS, SUPPLIER_ROLES } from "~content/vocabularies/procurement";
import { ChoiceGroup, fieldId, SelectField, TextArea, TextField, type FieldErrors } from "~/components/forms";
import type { EntryFormValues } from "~/entries/entry-form";
import { WITHHOLDABLE_FIELDS } from "~/entries/procurement-schema";
import { FIELDS, LIMITS, type FieldKey } from "~/entries/standard";
import { fieldHint, fieldLabel } from "~/entries/standard-text";
import { inLanguage, type VocabularyLabel } from "~/i18n/in-language";
import type { Language } from "~/i18n/languages.mjs";
import { showProblem } from "~/i18n/problem";
import { useLanguage, useT, type Text } from "~/i18n/text";
import { REGISTER_SUPPLIER_INTENT } from "./registered-supplier";

const EMPTY_SUPPLIER_ROWS = 2;
const EMPTY_WITHHELD_ROWS = 1;
const MIN_SUPPLIER_ROWS = 3;
const MIN_WITHHELD_ROWS = 2;

/** A procurement field's limit with its label and hint in the page's language. */
function metaIn(text: Text, field: string) {
  const key = `procurement.${field}` as FieldKey;
  return { ...FIELDS[key], label: fieldLabel(text, key), hint: fieldHint(text, key) };
}
const options = (list: readonly { slug: string; label: VocabularyLabel }[], language: Language) =>
  list.map((x) => ({ value: x.slug, label: inLanguage(x.label, language) }));

/** Row count: what is filled in plus a few empty rows, so adding a row needs no JavaScript. */
const rowCount = (filled: number, empty: number, min: number, max: number) => Math.max(filled, Math.min(Math.max(filled + empty, min), max));

/**
 * The procurement section of the filing form. Every input is named with its dotted path in the entry
 * document (`procurement.suppliers.0.role`), as read by `formToValues` in app/entries/form-values.ts.
 * "Register a supplier" is a button of the filing form: its action saves the draft, then opens the supplier form.
 */
export function ProcurementFields({
  defaults,
  errors,
  supplierOptions,
}: {
  defaults: EntryFormValues;
  errors: FieldErrors;
  supplierOptions: Array<{ value: string; label: string }>;
}) {
  const words = useT();
  const t = words.procurement;
  const language = useLanguage();
  const p = defaults.procurement;
  const meta = (field: string) => metaIn(words, field);
  const withholdableOptions = WITHHOLDABLE_FIELDS.map((f) => ({ value: f, label: meta(f).label }));
  const supplierRows = rowCount(p.suppliers.length, EMPTY_SUPPLIER_ROWS, MIN_SUPPLIER_ROWS, LIMITS.maxSuppliers);
  const withheldRows = rowCount(p.withheld.length, EMPTY_WITHHELD_ROWS, MIN_WITHHELD_ROWS, LIMITS.maxWithheld);
  const text = (field: keyof typeof p, extra: Record<string, unknown> = {}) => {
    const m = meta(field);
    const name = `procurement.${field}`;
    return (
      <TextField
        key={name}
        name={name}
        label={m.label}
        hint={m.hint}
        optional
        error={errors[name]}
        defaultValue={String(p[field] ?? "")}
        maxLength={m.max}
        {...extra}
      />
    );
  };
  const select = (field: keyof typeof p, list: readonly { slug: string; label: VocabularyLabel }[]) => {
    const m = meta(field);
    const name = `procurement.${field}`;
    return (
      <SelectField
        name={name}
        label={m.label}
        hint={m.hint}
        optional
        error={errors[name]}
        options={options(list, language)}
        placeholder={t.fields.choose}
        defaultValue={String(p[field] ?? "")}
      />
    );
  };
  const area = (field: keyof typeof p) => {
    const m = meta(field);
    const name = `procurement.${field}`;
    return <TextArea name={name} label={m.label} hint={m.hint} optional error={errors[name]} defaultValue={String(p[field] ?? "")} rows={3} />;
  };
  const suppliersError = errors["procurement.suppliers"];

  return (
    <div className="procurement-fields">
      <ChoiceGroup
        name="procurement.inHouse"
        legend={t.fields.builtBy}
        hint={meta("inHouse").hint}
        type="radio"
        error={errors["procurement.inHouse"]}
        defaultValue={p.inHouse ? "true" : "false"}
        options={[
          { value: "true", label: t.fields.inHouse, hint: t.fields.inHouseHint },
          { value: "false", label: t.fields.bySupplier },
        ]}
      />

      <div className={`field${suppliersError ? " field--error" : ""}`}>
        <fieldset className="fieldset" id={fieldId("procurement.suppliers")} aria-describedby={`${fieldId("procurement.suppliers")}-hint`}>
          <legend className="legend">
            {meta("suppliers").label} <span className="optional">{t.fields.upTo({ max: LIMITS.maxSuppliers })}</span>
          </legend>
          <div id={`${fieldId("procurement.suppliers")}-hint`} className="hint">
            {meta("suppliers").hint} {t.fields.notListed}{" "}
            <button type="submit" name="intent" value={REGISTER_SUPPLIER_INTENT} className="link-button">
              {t.fields.registerLink}
            </button>
            . {t.fields.registerWarning}
          </div>
          {suppliersError ? (
            <p className="error-message">
              <span className="visually-hidden">{words.forms.errorPrefix}</span> {showProblem(words, suppliersError)}
            </p>
          ) : null}
          {Array.from({ length: supplierRows }, (_, i) => {
            const row = p.suppliers[i] ?? { supplierId: "", role: "" };
            const base = `procurement.suppliers.${i}`;
            return (
              <fieldset key={base} className="fieldset procurement-row">
                <legend className="legend">{t.fields.supplierRow({ n: i + 1 })}</legend>
                <SelectField
                  name={`${base}.supplierId`}
                  label={t.fields.supplier}
                  options={supplierOptions}
                  placeholder={t.fields.choose}
                  error={errors[`${base}.supplierId`]}
                  defaultValue={row.supplierId}
                />
                <SelectField
                  name={`${base}.role`}
                  label={t.fields.role}
                  options={options(SUPPLIER_ROLES, language)}
                  placeholder={t.fields.choose}
                  error={errors[`${base}.role`]}
                  defaultValue={row.role}
                />
              </fieldset>
            );
          })}
        </fieldset>
      </div>

      <fieldset className="fieldset">
        <legend className="legend">{t.fields.contract}</legend>
        {select("procedure", PROCUREMENT_METHODS)}
        {text("ocid", { spellCheck: false })}
        {text("tenderUrl", { type: "url", spellCheck: false })}
        {text("contractReference")}
        {text("contractStart", { inputMode: "numeric", placeholder: t.fields.datePlaceholder })}
        {text("contractEnd", { inputMode: "numeric", placeholder: t.fields.datePlaceholder })}
        {text("contractValue", { inputMode: "decimal" })}
        {text("currency", { maxLength: 3, autoCapitalize: "characters", spellCheck: false, className: "input input--short" })}
        {area("contractClauses")}
      </fieldset>

      <fieldset className="fieldset">
        <legend className="legend">{t.fields.ownership}</legend>
        {select("modelOwnership", OWNERSHIP_OPTIONS)}
        {select("dataOwnership", OWNERSHIP_OPTIONS)}
        {select("supplierDataAccess", SUPPLIER_DATA_ACCESS)}
        {area("sourceAvailability")}
        {text("licence")}
      </fieldset>

      <fieldset className="fieldset" id={fieldId("procurement.withheld")}>
        <legend className="legend">{meta("withheld").label}</legend>
        <p className="hint">{t.fields.withheldIntro}</p>
        {Array.from({ length: withheldRows }, (_, i) => {
          const row = p.withheld[i] ?? { field: "", reason: "", legalGround: "" };
          const base = `procurement.withheld.${i}`;
          return (
            <fieldset key={base} className="fieldset procurement-row">
              <legend className="legend">{t.fields.withheldRow({ n: i + 1 })}</legend>
              <SelectField
                name={`${base}.field`}
                label={t.fields.withheldField}
                options={withholdableOptions}
                placeholder={t.fields.choose}
                error={errors[`${base}.field`]}
                defaultValue={row.field}
              />
              <TextArea
                name={`${base}.reason`}
                label={t.fields.withheldReason}
                error={errors[`${base}.reason`]}
                defaultValue={row.reason}
                rows={2}
                maxLength={LIMITS.withheldReason}
              />
              <TextField
                name={`${base}.legalGround`}
                label={t.fields.withheldLegalGround}
                hint={t.fields.withheldLegalGroundHint}
                optional
                error={errors[`${base}.legalGround`]}
                defaultValue={row.legalGround}
                maxLength={LIMITS.legalGround}
              />
            </fieldset>
          );
        })}
      </fieldset>
    </div>
  );
}

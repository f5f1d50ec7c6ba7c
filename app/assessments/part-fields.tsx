/** Form fields of one part of an assessment. Field names are the dotted paths errors are reported on. */
import { ChoiceGroup, SelectField, TextArea, TextField, fieldId, type FieldErrors } from "~/components/forms";
import { showProblem } from "~/i18n/problem";
import { useLanguage, useT } from "~/i18n/text";
import {
  ART27_ELEMENTS,
  ALWAYS_CHECKED_RIGHTS,
  ASSESSMENT_TYPES,
  FRAIA_QUESTIONS,
  RIGHTS_CLUSTERS,
  SERIOUSNESS_LEVELS,
  rightName,
} from "~content/vocabularies/fraia";
import { ASSESSMENT_LIMITS, TEXT_QUESTIONS, type AssessmentDoc, type FormPartId } from "./assessment-schema";

type Props = { doc: AssessmentDoc; errors: FieldErrors };

export function QuestionFields({ part, doc, errors }: Props & { part: FormPartId }) {
  const t = useT();
  const ta = t.assessments;
  const language = useLanguage();
  return (
    <>
      {TEXT_QUESTIONS.filter((q) => q.part === part).map((q) => {
        const c = doc.confidential[q.id];
        const base = `confidential.${q.id}`;
        return (
          <fieldset key={q.id} className="fieldset assessment-question">
            <legend className="legend">
              {q.id} {q.title[language]}
            </legend>
            <TextArea
              name={`answers.${q.id}`}
              label={q.question[language]}
              hint={
                <>
                  {q.guidance[language]} {ta.answerHint}
                </>
              }
              rows={6}
              maxLength={ASSESSMENT_LIMITS.answer}
              defaultValue={doc.answers[q.id] ?? ""}
              error={errors[`answers.${q.id}`]}
            />
            <div className="choice">
              <input
                type="checkbox"
                id={fieldId(`${base}.withheld`)}
                name={`${base}.withheld`}
                value="yes"
                defaultChecked={Boolean(c?.withheld)}
                aria-describedby={`${fieldId(`${base}.withheld`)}-hint`}
              />
              <label htmlFor={fieldId(`${base}.withheld`)}>{ta.withhold}</label>
              <div className="hint" id={`${fieldId(`${base}.withheld`)}-hint`}>
                {ta.withholdHint}
              </div>
            </div>
            <div className="assessment-withhold">
              <TextField
                name={`${base}.reason`}
                label={ta.withholdReason}
                optional
                hint={ta.fields.withholdReasonHint}
                maxLength={ASSESSMENT_LIMITS.reason}
                defaultValue={c?.reason ?? ""}
                error={errors[`${base}.reason`]}
              />
              <TextField
                name={`${base}.legalGround`}
                label={ta.withholdGround}
                optional
                hint={ta.withholdGroundHint}
                maxLength={ASSESSMENT_LIMITS.legalGround}
                defaultValue={c?.legalGround ?? ""}
                error={errors[`${base}.legalGround`]}
              />
            </div>
          </fieldset>
        );
      })}
    </>
  );
}

const q4 = (id: string) => FRAIA_QUESTIONS.find((q) => q.id === id)!;

export function RightsFields({ doc, errors, shown }: Props & { shown: string[] }) {
  const t = useT();
  const ta = t.assessments;
  const language = useLanguage();
  const q4text = (id: string) => `${id} ${q4(id).question[language]}`;
  const optional = new Set(shown.filter((s) => !(ALWAYS_CHECKED_RIGHTS as readonly string[]).includes(s)));
  return (
    <>
      <div className={`field${errors.rights ? " field--error" : ""}`}>
        <fieldset className="fieldset" id={fieldId("rights")} aria-describedby={`${fieldId("rights")}-hint`}>
          <legend className="legend">{ta.rightsChooser}</legend>
          <div className="hint" id={`${fieldId("rights")}-hint`}>
            {ta.rightsChooserHint}
          </div>
          {errors.rights ? (
            <p className="error-message">
              <span className="visually-hidden">{t.forms.errorPrefix}</span> {showProblem(t, errors.rights)}
            </p>
          ) : null}
          {RIGHTS_CLUSTERS.map((cluster) => (
            <fieldset key={cluster.slug} className="fieldset assessment-cluster">
              <legend>{cluster.label[language]}</legend>
              <div className="choices">
                {cluster.rights.map((r) => {
                  const always = "alwaysCheck" in r && r.alwaysCheck;
                  return (
                    <div className="choice" key={r.slug}>
                      <input
                        type="checkbox"
                        id={`right-${r.slug}`}
                        name="chosenRights"
                        value={r.slug}
                        defaultChecked={always || optional.has(r.slug)}
                        disabled={always}
                      />
                      <label htmlFor={`right-${r.slug}`}>
                        {r.label[language]}
                        {always ? ` ${ta.fields.alwaysAssessed}` : ""}
                      </label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          ))}
          <button type="submit" name="intent" value="update-rights" className="button--secondary">
            {ta.updateRights}
          </button>
        </fieldset>
      </div>
      {shown.map((slug, i) => {
        const r = doc.rights.find((x) => x.right === slug) ?? { right: slug };
        const p = `rights.${i}`;
        return (
          <section key={slug} className="assessment-right" aria-labelledby={`right-title-${slug}`}>
            <h2 id={`right-title-${slug}`}>{rightName(slug, language)}</h2>
            <input type="hidden" name={`${p}.right`} value={slug} />
            <ChoiceGroup
              type="radio"
              name={`${p}.affected`}
              legend={q4text("4.1")}
              hint={q4("4.1").guidance[language]}
              options={[
                { value: "yes", label: ta.yes },
                { value: "no", label: ta.no },
              ]}
              defaultValue={r.affected === undefined ? null : r.affected ? "yes" : "no"}
              error={errors[`${p}.affected`]}
            />
            <p className="hint">{ta.fields.onlyIfAffected}</p>
            <TextArea
              name={`${p}.legalBasis`}
              label={q4text("4.2")}
              hint={q4("4.2").guidance[language]}
              rows={3}
              defaultValue={r.legalBasis ?? ""}
              error={errors[`${p}.legalBasis`]}
            />
            <ChoiceGroup
              type="radio"
              name={`${p}.seriousness`}
              legend={q4text("4.3")}
              hint={q4("4.3").guidance[language]}
              options={SERIOUSNESS_LEVELS.map((s) => ({ value: s.slug, label: s.label[language] }))}
              defaultValue={r.seriousness ?? null}
              error={errors[`${p}.seriousness`]}
            />
            <TextArea
              name={`${p}.objectives`}
              label={q4text("4.4")}
              hint={q4("4.4").guidance[language]}
              optional
              rows={3}
              defaultValue={r.objectives ?? ""}
              error={errors[`${p}.objectives`]}
            />
            <TextArea
              name={`${p}.effectiveness`}
              label={q4text("4.5")}
              hint={q4("4.5").guidance[language]}
              rows={3}
              defaultValue={r.effectiveness ?? ""}
              error={errors[`${p}.effectiveness`]}
            />
            <TextArea
              name={`${p}.necessity`}
              label={q4text("4.6")}
              hint={q4("4.6").guidance[language]}
              rows={3}
              defaultValue={r.necessity ?? ""}
              error={errors[`${p}.necessity`]}
            />
            <TextArea
              name={`${p}.balancing`}
              label={q4text("4.7")}
              hint={q4("4.7").guidance[language]}
              rows={3}
              defaultValue={r.balancing ?? ""}
              error={errors[`${p}.balancing`]}
            />
            <TextArea
              name={`${p}.mitigations`}
              label={ta.fields.mitigations}
              hint={ta.fields.mitigationsHint}
              rows={3}
              defaultValue={r.mitigations ?? ""}
              error={errors[`${p}.mitigations`]}
            />
          </section>
        );
      })}
    </>
  );
}

export function ExtraFields({ doc, errors }: Props) {
  const f = useT().assessments.fields;
  const language = useLanguage();
  const rows = [...doc.otherAssessments, {} as AssessmentDoc["otherAssessments"][number]];
  return (
    <>
      <h2>{f.dpiaHeading}</h2>
      <TextArea
        name="dpia.summary"
        label={f.dpiaSummary}
        optional
        hint={f.dpiaSummaryHint}
        rows={4}
        defaultValue={doc.dpia.summary ?? ""}
        error={errors["dpia.summary"]}
      />
      <TextField name="dpia.link" label={f.dpiaLink} optional type="url" defaultValue={doc.dpia.link ?? ""} error={errors["dpia.link"]} />
      <h2>{f.art27Heading}</h2>
      {ART27_ELEMENTS.map((e) => (
        <TextArea
          key={e.id}
          name={`art27.${e.id}`}
          label={`(${e.id}) ${e.label[language]}`}
          hint={e.prompt[language]}
          optional
          rows={3}
          defaultValue={doc.art27[e.id] ?? ""}
          error={errors[`art27.${e.id}`]}
        />
      ))}
      <h2>{f.otherHeading}</h2>
      <p className="hint">{f.otherHint}</p>
      {rows.map((o, i) => (
        <fieldset key={i} className="fieldset assessment-other">
          <legend className="legend">{i < doc.otherAssessments.length ? f.otherRow({ number: i + 1 }) : f.addOther}</legend>
          <SelectField
            name={`otherAssessments.${i}.type`}
            label={f.type}
            placeholder={f.choose}
            options={ASSESSMENT_TYPES.map((a) => ({ value: a.slug, label: a.label[language] }))}
            defaultValue={o.type ?? ""}
            error={errors[`otherAssessments.${i}.type`]}
          />
          <TextField
            name={`otherAssessments.${i}.date`}
            label={f.date}
            hint={f.dateHint}
            defaultValue={o.date ?? ""}
            error={errors[`otherAssessments.${i}.date`]}
          />
          <TextField
            name={`otherAssessments.${i}.link`}
            label={f.link}
            optional
            type="url"
            defaultValue={o.link ?? ""}
            error={errors[`otherAssessments.${i}.link`]}
          />
          <TextArea
            name={`otherAssessments.${i}.summary`}
            label={f.summary}
            rows={3}
            defaultValue={o.summary ?? ""}
            error={errors[`otherAssessments.${i}.summary`]}
          />
        </fieldset>
      ))}
      <TextArea name="noneExplanation" label={f.noneExplanation} optional rows={3} defaultValue={doc.noneExplanation ?? ""} error={errors.noneExplanation} />
      <h2>{f.reviewHeading}</h2>
      <TextField name="reviewDueOn" label={f.reviewDueOn} hint={f.reviewDueOnHint} optional defaultValue={doc.reviewDueOn ?? ""} error={errors.reviewDueOn} />
    </>
  );
}

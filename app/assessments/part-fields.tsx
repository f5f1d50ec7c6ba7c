/** Form fields of one part of an assessment. Field names are the dotted paths errors are reported on. */
import { ChoiceGroup, SelectField, TextArea, TextField, fieldId, type FieldErrors } from "~/components/forms";
import { ta } from "~/i18n/assessments.en";
import { ART27_ELEMENTS, ALWAYS_CHECKED_RIGHTS, ASSESSMENT_TYPES, FRAIA_QUESTIONS, RIGHTS_CLUSTERS, SERIOUSNESS_LEVELS } from "~content/vocabularies/fraia";
import { ASSESSMENT_LIMITS, TEXT_QUESTIONS, rightLabel, type AssessmentDoc, type FormPartId } from "./assessment-schema";

type Props = { doc: AssessmentDoc; errors: FieldErrors };

export function QuestionFields({ part, doc, errors }: Props & { part: FormPartId }) {
  return (
    <>
      {TEXT_QUESTIONS.filter((q) => q.part === part).map((q) => {
        const c = doc.confidential[q.id];
        const base = `confidential.${q.id}`;
        return (
          <fieldset key={q.id} className="fieldset assessment-question">
            <legend className="legend">
              {q.id} {q.title}
            </legend>
            <TextArea
              name={`answers.${q.id}`}
              label={q.question}
              hint={
                <>
                  {q.guidance} {ta.answerHint}
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
                hint="Needed only when you withhold the answer."
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
              <span className="visually-hidden">Error:</span> {errors.rights}
            </p>
          ) : null}
          {RIGHTS_CLUSTERS.map((cluster) => (
            <fieldset key={cluster.slug} className="fieldset assessment-cluster">
              <legend>{cluster.label}</legend>
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
                        {r.label}
                        {always ? " (always assessed)" : ""}
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
            <h2 id={`right-title-${slug}`}>{rightLabel(slug)}</h2>
            <input type="hidden" name={`${p}.right`} value={slug} />
            <ChoiceGroup
              type="radio"
              name={`${p}.affected`}
              legend={`4.1 ${q4("4.1").question}`}
              hint={q4("4.1").guidance}
              options={[
                { value: "yes", label: "Yes" },
                { value: "no", label: "No" },
              ]}
              defaultValue={r.affected === undefined ? null : r.affected ? "yes" : "no"}
              error={errors[`${p}.affected`]}
            />
            <p className="hint">Answer the questions below only if the right is affected.</p>
            <TextArea
              name={`${p}.legalBasis`}
              label={`4.2 ${q4("4.2").question}`}
              hint={q4("4.2").guidance}
              rows={3}
              defaultValue={r.legalBasis ?? ""}
              error={errors[`${p}.legalBasis`]}
            />
            <ChoiceGroup
              type="radio"
              name={`${p}.seriousness`}
              legend={`4.3 ${q4("4.3").question}`}
              hint={q4("4.3").guidance}
              options={SERIOUSNESS_LEVELS.map((s) => ({ value: s.slug, label: s.label }))}
              defaultValue={r.seriousness ?? null}
              error={errors[`${p}.seriousness`]}
            />
            <TextArea
              name={`${p}.objectives`}
              label={`4.4 ${q4("4.4").question}`}
              hint={q4("4.4").guidance}
              optional
              rows={3}
              defaultValue={r.objectives ?? ""}
              error={errors[`${p}.objectives`]}
            />
            <TextArea
              name={`${p}.effectiveness`}
              label={`4.5 ${q4("4.5").question}`}
              hint={q4("4.5").guidance}
              rows={3}
              defaultValue={r.effectiveness ?? ""}
              error={errors[`${p}.effectiveness`]}
            />
            <TextArea
              name={`${p}.necessity`}
              label={`4.6 ${q4("4.6").question}`}
              hint={q4("4.6").guidance}
              rows={3}
              defaultValue={r.necessity ?? ""}
              error={errors[`${p}.necessity`]}
            />
            <TextArea
              name={`${p}.balancing`}
              label={`4.7 ${q4("4.7").question}`}
              hint={q4("4.7").guidance}
              rows={3}
              defaultValue={r.balancing ?? ""}
              error={errors[`${p}.balancing`]}
            />
            <TextArea
              name={`${p}.mitigations`}
              label="Mitigating measures"
              hint="What you do to limit the interference. These are shown publicly."
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
  const rows = [...doc.otherAssessments, {} as AssessmentDoc["otherAssessments"][number]];
  return (
    <>
      <h2>Data protection impact assessment (DPIA)</h2>
      <TextArea
        name="dpia.summary"
        label="Summary of the DPIA"
        optional
        hint="Shown publicly, as the EU AI Act asks public deployers to register."
        rows={4}
        defaultValue={doc.dpia.summary ?? ""}
        error={errors["dpia.summary"]}
      />
      <TextField name="dpia.link" label="Link to the DPIA" optional type="url" defaultValue={doc.dpia.link ?? ""} error={errors["dpia.link"]} />
      <h2>EU AI Act Article 27</h2>
      {ART27_ELEMENTS.map((e) => (
        <TextArea
          key={e.id}
          name={`art27.${e.id}`}
          label={`(${e.id}) ${e.label}`}
          hint={e.prompt}
          optional
          rows={3}
          defaultValue={doc.art27[e.id] ?? ""}
          error={errors[`art27.${e.id}`]}
        />
      ))}
      <h2>Other assessments</h2>
      <p className="hint">Add each other assessment done (DPIA, DEDA, AIIA, …). An empty row is ignored; save to get another empty row.</p>
      {rows.map((o, i) => (
        <fieldset key={i} className="fieldset assessment-other">
          <legend className="legend">{i < doc.otherAssessments.length ? `Assessment ${i + 1}` : "Add an assessment"}</legend>
          <SelectField
            name={`otherAssessments.${i}.type`}
            label="Type"
            placeholder="Choose…"
            options={ASSESSMENT_TYPES.map((t) => ({ value: t.slug, label: t.label }))}
            defaultValue={o.type ?? ""}
            error={errors[`otherAssessments.${i}.type`]}
          />
          <TextField
            name={`otherAssessments.${i}.date`}
            label="Date"
            hint="For example 2026-03-31"
            defaultValue={o.date ?? ""}
            error={errors[`otherAssessments.${i}.date`]}
          />
          <TextField
            name={`otherAssessments.${i}.link`}
            label="Link"
            optional
            type="url"
            defaultValue={o.link ?? ""}
            error={errors[`otherAssessments.${i}.link`]}
          />
          <TextArea
            name={`otherAssessments.${i}.summary`}
            label="Summary"
            rows={3}
            defaultValue={o.summary ?? ""}
            error={errors[`otherAssessments.${i}.summary`]}
          />
        </fieldset>
      ))}
      <TextArea
        name="noneExplanation"
        label="If no other assessment was done, explain why"
        optional
        rows={3}
        defaultValue={doc.noneExplanation ?? ""}
        error={errors.noneExplanation}
      />
      <h2>Review date</h2>
      <TextField
        name="reviewDueOn"
        label="Review this assessment again by"
        hint="For example 2027-06-30. Without a date, the review is due 12 months after the reviewers conclude."
        optional
        defaultValue={doc.reviewDueOn ?? ""}
        error={errors.reviewDueOn}
      />
    </>
  );
}

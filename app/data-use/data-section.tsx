import type { EntryDraft } from "~/entries/entry-schema";
import { dataUseText } from "~/i18n/data-use.en";
import { useLanguage } from "~/i18n/text";
import type { Language } from "~content/vocabularies/localized";
import { categoryPath, findCategory, findLifeEvent, lifeEventPath, personalDataLabel, sourceLabel, dataUseLabel } from "./vocabulary";

const t = dataUseText.section;
type Declaration = NonNullable<EntryDraft["dataDeclarations"]>[number];

const orStated = (value: string | undefined) => (value?.trim() ? value : dataUseText.notStated);

function sourceText(d: Declaration, language: Language) {
  const label = sourceLabel(d.source, language);
  if (label && d.sourceDetail) return `${label}: ${d.sourceDetail}`;
  return label ?? d.sourceDetail;
}

function personalDataText(d: Declaration, language: Language) {
  if (d.personalData === "none") return t.noPersonalData;
  return personalDataLabel(d.personalData, language);
}

function Categories({ d }: { d: Declaration }) {
  const language = useLanguage();
  const categories = (d.categories ?? []).map((slug) => findCategory(slug)).filter((c) => c !== undefined);
  if (!categories.length) return <>{d.personalData === "none" ? t.noPersonalData : dataUseText.notStated}</>;
  return (
    <ul className="data-section__categories">
      {categories.map((c) => {
        const ground = d.legalGrounds?.[c.slug as keyof NonNullable<Declaration["legalGrounds"]>];
        return (
          <li key={c.slug}>
            {c.label[language]}
            {c.special || c.criminal ? <span className="tag tag--warning">{c.criminal ? "criminal offence data" : "special category"}</span> : null} (
            <a href={categoryPath(c.slug)}>
              {t.otherSystems}
              <span className="visually-hidden">: {c.label[language]}</span>
            </a>
            )
            {c.special || c.criminal ? (
              <div className="hint">
                {t.legalGround}: {orStated(ground)}
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** The public "Data used" section of an entry page: every data set in plain language. */
export function DataSection({ doc }: { doc: EntryDraft }) {
  const language = useLanguage();
  const declarations = doc.dataDeclarations ?? [];
  const events = (doc.lifeEvents ?? []).map((slug) => findLifeEvent(slug)).filter((e) => e !== undefined);
  return (
    <section aria-labelledby="data-section-title" className="data-section">
      <h2 id="data-section-title">{t.title}</h2>
      {declarations.length === 0 ? (
        <p>
          <strong>{dataUseText.notStated}.</strong> {t.none}
        </p>
      ) : (
        declarations.map((d, i) => (
          <div key={i} className="data-section__dataset">
            <h3>{d.name?.trim() || dataUseText.fields.dataset(i + 1)}</h3>
            <dl className="summary">
              <dt>{t.source}</dt>
              <dd>{orStated(sourceText(d, language))}</dd>
              <dt>{t.personalData}</dt>
              <dd>{orStated(personalDataText(d, language))}</dd>
              {d.personalData !== "none" ? (
                <>
                  <dt>{t.categories}</dt>
                  <dd>
                    <Categories d={d} />
                  </dd>
                </>
              ) : null}
              <dt>{t.retention}</dt>
              <dd>{orStated(d.retention)}</dd>
              <dt>{t.sharedWith}</dt>
              <dd>{orStated(d.sharedWith)}</dd>
              <dt>{t.use}</dt>
              <dd>{orStated(dataUseLabel(d.use, language))}</dd>
            </dl>
          </div>
        ))
      )}
      {events.length ? (
        <>
          <h3>{t.lifeEvents}</h3>
          <p>{t.lifeEventsHint}</p>
          <ul>
            {events.map((e) => (
              <li key={e.slug}>
                <a href={lifeEventPath(e.slug)}>{e.label[language]}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

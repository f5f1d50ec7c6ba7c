import type { EntryDraft } from "~/entries/entry-schema";
import type { Language } from "~/i18n/languages.mjs";
import { useLanguage, useT, type Text } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import {
  categoryLabel,
  categoryPath,
  dataUseLabel,
  findCategory,
  findLifeEvent,
  lifeEventLabel,
  lifeEventPath,
  personalDataLabel,
  sourceLabel,
} from "./vocabulary";

type Declaration = NonNullable<EntryDraft["dataDeclarations"]>[number];

/** The section's words and the page's language, as every part of it uses them. */
function useSectionText() {
  const text = useT().dataUse;
  const orStated = (value: string | undefined) => (value?.trim() ? value : text.notStated);
  return { text, t: text.section, orStated, language: useLanguage(), to: useLocalePath() };
}

function sourceText(d: Declaration, language: Language) {
  const label = sourceLabel(d.source, language);
  if (label && d.sourceDetail) return `${label}: ${d.sourceDetail}`;
  return label ?? d.sourceDetail;
}

function personalDataText(d: Declaration, t: Text["dataUse"]["section"], language: Language) {
  if (d.personalData === "none") return t.noPersonalData;
  return personalDataLabel(d.personalData, language);
}

function Categories({ d }: { d: Declaration }) {
  const { text, t, orStated, language, to } = useSectionText();
  const categories = (d.categories ?? []).map((slug) => findCategory(slug)).filter((c) => c !== undefined);
  if (!categories.length) return <>{d.personalData === "none" ? t.noPersonalData : text.notStated}</>;
  return (
    <ul className="data-section__categories">
      {categories.map((c) => {
        const ground = d.legalGrounds?.[c.slug as keyof NonNullable<Declaration["legalGrounds"]>];
        const label = categoryLabel(c.slug, language);
        return (
          <li key={c.slug}>
            {label}
            {c.special || c.criminal ? <span className="tag tag--warning">{c.criminal ? t.criminalTag : t.specialTag}</span> : null} (
            <a href={to(categoryPath(c.slug))}>
              {t.otherSystems}
              <span className="visually-hidden">: {label}</span>
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
  const { text, t, orStated, language, to } = useSectionText();
  const declarations = doc.dataDeclarations ?? [];
  const events = (doc.lifeEvents ?? []).map((slug) => findLifeEvent(slug)).filter((e) => e !== undefined);
  return (
    <section aria-labelledby="data-section-title" className="data-section">
      <h2 id="data-section-title">{t.title}</h2>
      {declarations.length === 0 ? (
        <p>
          <strong>{text.notStated}.</strong> {t.none}
        </p>
      ) : (
        declarations.map((d, i) => (
          <div key={i} className="data-section__dataset">
            <h3>{d.name?.trim() || text.fields.dataset({ n: i + 1 })}</h3>
            <dl className="summary">
              <dt>{t.source}</dt>
              <dd>{orStated(sourceText(d, language))}</dd>
              <dt>{t.personalData}</dt>
              <dd>{orStated(personalDataText(d, t, language))}</dd>
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
                <a href={to(lifeEventPath(e.slug))}>{lifeEventLabel(e, language)}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

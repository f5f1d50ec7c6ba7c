import type { Language } from "~/i18n/languages.mjs";
import { useLanguage, useT, type Text } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import type { SystemListing, SystemSummary } from "./your-data.server";
import { categoryLabel, themeLabel } from "./vocabulary";

function whyListed(system: SystemSummary, t: Text["dataUse"]["results"], language: Language) {
  const m = system.match;
  if (!m) return null;
  const reasons = [
    m.tagged ? t.reasonTagged : null,
    m.categories.length
      ? t.reasonData({
          categories: m.categories.map((c) => categoryLabel(c, language).toLowerCase()).join(", "),
          themes: m.themes.map((slug) => themeLabel(slug, language)).join(", "),
        })
      : null,
  ].filter(Boolean);
  return reasons.join(" ");
}

function SystemCard({ system }: { system: SystemSummary }) {
  const text = useT().dataUse;
  const t = text.results;
  const to = useLocalePath();
  const orStated = (value: string | undefined) => value ?? text.notStated;
  const why = whyListed(system, t, useLanguage());
  return (
    <li className="card your-data__system">
      <h3 lang={system.lang.name}>
        <a href={to(system.href)}>{system.name}</a>
      </h3>
      <dl className="summary">
        <dt>{t.decides}</dt>
        <dd lang={system.decides ? system.lang.decides : undefined}>{orStated(system.decides)}</dd>
        <dt>{t.human}</dt>
        <dd lang={system.human ? system.lang.human : undefined}>{orStated(system.human)}</dd>
        <dt>{t.appeal}</dt>
        <dd lang={system.appeal ? system.lang.appeal : undefined}>{orStated(system.appeal)}</dd>
        {system.datasets.length ? (
          <>
            <dt>{t.datasets}</dt>
            <dd>{system.datasets.join(", ")}</dd>
          </>
        ) : null}
        {why ? (
          <>
            <dt>{t.why}</dt>
            <dd>{why}</dd>
          </>
        ) : null}
      </dl>
      <p>
        <a href={to(system.feedbackHref)}>
          {t.feedback}
          <span className="visually-hidden">{t.feedbackAbout({ name: system.name })}</span>
        </a>
      </p>
    </li>
  );
}

/** Systems grouped by organisation, with counts; headings start at h2. */
export function SystemListingView({ listing }: { listing: SystemListing }) {
  const t = useT().dataUse;
  return (
    <>
      <p className="lead">{t.results.summary({ systems: listing.systemCount, orgs: listing.organisationCount })}</p>
      {listing.groups.map((group) => (
        <section key={group.slug} aria-labelledby={`org-${group.slug}`}>
          <h2 id={`org-${group.slug}`}>
            {group.name} <span className="muted">({t.yourData.systems({ count: group.systems.length })})</span>
          </h2>
          <ul className="cards">
            {group.systems.map((s) => (
              <SystemCard key={s.publicId} system={s} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

import { dataUseText } from "~/i18n/data-use.en";
import type { SystemListing, SystemSummary } from "./your-data.server";
import { categoryLabel, themeLabel } from "./vocabulary";

const t = dataUseText.results;
const orStated = (value: string | undefined) => value ?? dataUseText.notStated;

function whyListed(system: SystemSummary) {
  const m = system.match;
  if (!m) return null;
  const reasons = [
    m.tagged ? t.reasonTagged : null,
    m.categories.length
      ? t.reasonData(m.categories.map((c) => categoryLabel(c).toLowerCase()).join(", "), m.themes.map((slug) => themeLabel(slug)).join(", "))
      : null,
  ].filter(Boolean);
  return reasons.join(" ");
}

function SystemCard({ system }: { system: SystemSummary }) {
  const why = whyListed(system);
  return (
    <li className="card your-data__system">
      <h3>
        <a href={system.href}>{system.name}</a>
      </h3>
      <dl className="summary">
        <dt>{t.decides}</dt>
        <dd>{orStated(system.decides)}</dd>
        <dt>{t.human}</dt>
        <dd>{orStated(system.human)}</dd>
        <dt>{t.appeal}</dt>
        <dd>{orStated(system.appeal)}</dd>
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
        <a href={system.feedbackHref}>
          {t.feedback}
          <span className="visually-hidden"> about {system.name}</span>
        </a>
      </p>
    </li>
  );
}

/** Systems grouped by organisation, with counts; headings start at h2. */
export function SystemListingView({ listing }: { listing: SystemListing }) {
  return (
    <>
      <p className="lead">{t.summary(listing.systemCount, listing.organisationCount)}</p>
      {listing.groups.map((group) => (
        <section key={group.slug} aria-labelledby={`org-${group.slug}`}>
          <h2 id={`org-${group.slug}`}>
            {group.name} <span className="muted">({dataUseText.yourData.systems(group.systems.length)})</span>
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

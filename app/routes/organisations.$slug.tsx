import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { LIFECYCLE_STATUSES, PUBLICATION_CATEGORIES } from "~content/vocabularies/entry-enums";
import { ScrollTable } from "~/components/scroll-table";
import { inLanguage, type VocabularyLabel } from "~/i18n/in-language";
import { languageOf } from "~/i18n/language.server";
import type { Language } from "~/i18n/languages.mjs";
import { metaText } from "~/i18n/meta-text";
import { otherLanguage } from "~/i18n/other-language";
import { useLanguage, useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import { organisationPage } from "~/organisations/organisation-page.server";
import { organisationTypeLabel } from "~/organisations/organisation-type";
import { formatDay } from "~/utils/format";
import { invariantResponse } from "~/utils/http.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const page = await organisationPage(params.slug ?? "", languageOf(request));
  invariantResponse(page, "Organisation not found");
  return page;
}

export const meta: MetaFunction<typeof loader> = (args) => {
  const t = metaText(args.matches);
  const { data } = args;
  if (!data) return [{ title: t.site.name }];
  const d = t.discovery.organisations;
  return [
    { title: `${data.organisation.name} – ${d.title} – ${t.site.name}` },
    { name: "description", content: d.pageDescription({ name: data.organisation.name, count: data.entries.length }) },
  ];
};

const label = (list: readonly { slug: string; label: VocabularyLabel }[], slug: string | null, language: Language) => {
  const found = list.find((x) => x.slug === slug);
  return found ? inLanguage(found.label, language) : undefined;
};

export default function OrganisationPage() {
  const { organisation, entries, assessments, feedback } = useLoaderData<typeof loader>();
  const t = useT().discovery;
  const d = t.organisations;
  const language = useLanguage();
  const to = useLocalePath();
  const published = entries.filter((e) => e.state === "published");
  const retired = entries.filter((e) => e.state === "archived");
  return (
    <>
      <h1>{organisation.name}</h1>
      <dl className="summary">
        <dt>{d.type}</dt>
        <dd>{organisationTypeLabel(organisation.type, language)}</dd>
        <dt>{d.identifier}</dt>
        <dd>
          {organisation.identifierScheme} {organisation.identifier}
        </dd>
        {organisation.website ? (
          <>
            <dt>{d.website}</dt>
            <dd>
              <a href={organisation.website} rel="noopener noreferrer">
                {organisation.website}
              </a>
            </dd>
          </>
        ) : null}
      </dl>

      <h2>
        {d.entries} ({published.length})
      </h2>
      {published.length === 0 ? (
        <p className="notice">{organisation.noPublicationNote?.trim() || d.nothingPublished}</p>
      ) : (
        <>
          <ul className="results">
            {published.map((e) => (
              <li key={e.publicId} className="result">
                <h3 lang={otherLanguage(e.textLanguages.name, language)}>
                  <Link to={to(`/algorithms/${e.publicId}`)}>{e.name || e.publicId}</Link>
                </h3>
                <p lang={otherLanguage(e.textLanguages.descriptionShort, language)}>{e.descriptionShort}</p>
                <p>
                  {e.category ? <span className="tag">{label(PUBLICATION_CATEGORIES, e.category, language)}</span> : null}
                  {e.lifecycle ? <span className="tag">{label(LIFECYCLE_STATUSES, e.lifecycle, language)}</span> : null}
                </p>
              </li>
            ))}
          </ul>
          <p>
            <Link to={to(`/algorithms?organisation=${encodeURIComponent(organisation.slug)}`)}>{d.searchThese}</Link>
          </p>
        </>
      )}
      {retired.length ? (
        <>
          <h2>
            {d.retired} ({retired.length})
          </h2>
          <ul>
            {retired.map((e) => (
              <li key={e.publicId} lang={otherLanguage(e.textLanguages.name, language)}>
                <Link to={to(`/algorithms/${e.publicId}`)}>{e.name || e.publicId}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>{d.assessments}</h2>
      {assessments.length === 0 ? (
        <p>{d.noAssessments}</p>
      ) : (
        <ScrollTable caption={d.assessmentsCaption}>
          <thead>
            <tr>
              <th scope="col">{d.algorithm}</th>
              <th scope="col">{d.outcome}</th>
              <th scope="col">{d.concluded}</th>
            </tr>
          </thead>
          <tbody>
            {assessments.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <Link to={to(`/algorithms/${a.publicId}`)}>{a.name}</Link>
                </th>
                <td>{(a.outcome && t.outcomes[a.outcome as keyof typeof t.outcomes]) || "—"}</td>
                <td>{formatDay(a.concludedAt, language)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}

      <h2>{d.feedback}</h2>
      <dl className="summary">
        <dt>{d.received}</dt>
        <dd>{feedback.received}</dd>
        <dt>{d.answered}</dt>
        <dd>{feedback.answered}</dd>
        <dt>{d.answeredInTime}</dt>
        <dd>
          {feedback.answeredInTime}
          {feedback.answered ? ` (${Math.round((feedback.answeredInTime / feedback.answered) * 100)}%)` : ""}
        </dd>
        <dt>{d.awaiting}</dt>
        <dd>
          {feedback.awaiting}
          {feedback.overdue ? d.overdue({ count: feedback.overdue }) : ""}
        </dd>
        <dt>{d.typicalTime}</dt>
        <dd>{feedback.medianDaysToAnswer === null ? d.notKnown : d.medianDays({ days: feedback.medianDaysToAnswer })}</dd>
      </dl>
    </>
  );
}

export { ErrorBoundary } from "~/root";

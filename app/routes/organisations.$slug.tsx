import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { LIFECYCLE_STATUSES, PUBLICATION_CATEGORIES } from "~content/vocabularies/entry-enums";
import { ORGANISATION_TYPES } from "~/admin/organisation-schema";
import { discovery as d } from "~/i18n/discovery.en";
import { t } from "~/i18n/en";
import { organisationPage } from "~/organisations/organisation-page.server";
import { invariantResponse } from "~/utils/http.server";
import { formatDay } from "~/utils/format";
import { ScrollTable } from "~/components/scroll-table";
import { useLanguage } from "~/i18n/text";
import type { Language, Localized } from "~content/vocabularies/localized";

export async function loader({ params }: LoaderFunctionArgs) {
  const page = await organisationPage(params.slug ?? "");
  invariantResponse(page, "Organisation not found");
  return page;
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        { title: `${data.organisation.name} – ${d.organisations.title} – ${t.site.name}` },
        {
          name: "description",
          content: `Algorithms published by ${data.organisation.name}: ${data.entries.length} entries, impact assessments and answers to feedback.`,
        },
      ]
    : [{ title: t.site.name }];

const label = (list: readonly { slug: string; label: Localized }[], slug: string | null, language: Language) =>
  list.find((x) => x.slug === slug)?.label[language];

export default function OrganisationPage() {
  const { organisation, entries, assessments, feedback } = useLoaderData<typeof loader>();
  const language = useLanguage();
  const day = (iso: string | null) => formatDay(iso, language);
  const published = entries.filter((e) => e.state === "published");
  const retired = entries.filter((e) => e.state === "archived");
  return (
    <>
      <h1>{organisation.name}</h1>
      <dl className="summary">
        <dt>Type</dt>
        <dd>{ORGANISATION_TYPES.find((x) => x.value === organisation.type)?.label ?? organisation.type}</dd>
        <dt>Identifier</dt>
        <dd>
          {organisation.identifierScheme} {organisation.identifier}
        </dd>
        {organisation.website ? (
          <>
            <dt>Website</dt>
            <dd>
              <a href={organisation.website} rel="noopener noreferrer">
                {organisation.website}
              </a>
            </dd>
          </>
        ) : null}
      </dl>

      <h2>
        {d.organisations.entries} ({published.length})
      </h2>
      {published.length === 0 ? (
        <p className="notice">{organisation.noPublicationNote?.trim() || d.organisations.nothingPublished}</p>
      ) : (
        <>
          <ul className="results">
            {published.map((e) => (
              <li key={e.publicId} className="result">
                <h3>
                  <Link to={`/algorithms/${e.publicId}`}>{e.name || e.publicId}</Link>
                </h3>
                <p>{e.descriptionShort}</p>
                <p>
                  {e.category ? <span className="tag">{label(PUBLICATION_CATEGORIES, e.category, language)}</span> : null}
                  {e.lifecycle ? <span className="tag">{label(LIFECYCLE_STATUSES, e.lifecycle, language)}</span> : null}
                </p>
              </li>
            ))}
          </ul>
          <p>
            <Link to={`/algorithms?organisation=${encodeURIComponent(organisation.slug)}`}>Search and filter these algorithms</Link>
          </p>
        </>
      )}
      {retired.length ? (
        <>
          <h2>Retired algorithms ({retired.length})</h2>
          <ul>
            {retired.map((e) => (
              <li key={e.publicId}>
                <Link to={`/algorithms/${e.publicId}`}>{e.name || e.publicId}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>{d.organisations.assessments}</h2>
      {assessments.length === 0 ? (
        <p>{d.organisations.noAssessments}</p>
      ) : (
        <ScrollTable caption="Concluded human-rights impact assessments">
          <thead>
            <tr>
              <th scope="col">Algorithm</th>
              <th scope="col">Outcome</th>
              <th scope="col">Concluded</th>
            </tr>
          </thead>
          <tbody>
            {assessments.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <Link to={`/algorithms/${a.publicId}`}>{a.name}</Link>
                </th>
                <td>{(a.outcome && d.outcomes[a.outcome]) ?? "—"}</td>
                <td>{day(a.concludedAt)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}

      <h2>{d.organisations.feedback}</h2>
      <dl className="summary">
        <dt>Questions and comments received</dt>
        <dd>{feedback.received}</dd>
        <dt>Answered</dt>
        <dd>{feedback.answered}</dd>
        <dt>Answered within the deadline</dt>
        <dd>
          {feedback.answeredInTime}
          {feedback.answered ? ` (${Math.round((feedback.answeredInTime / feedback.answered) * 100)}%)` : ""}
        </dd>
        <dt>Waiting for an answer</dt>
        <dd>
          {feedback.awaiting}
          {feedback.overdue ? `, of which ${feedback.overdue} past the deadline` : ""}
        </dd>
        <dt>Typical time to answer</dt>
        <dd>{feedback.medianDaysToAnswer === null ? "Not known yet" : `${feedback.medianDaysToAnswer} days (median)`}</dd>
      </dl>
    </>
  );
}

export { ErrorBoundary } from "~/root";

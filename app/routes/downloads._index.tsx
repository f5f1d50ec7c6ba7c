import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";

import { discovery as d } from "~/i18n/discovery.en";
import { t } from "~/i18n/en";
import { useNonce } from "~/utils/nonce";
import { jsonForScript } from "~/exports/json-ld";
import { publicOrigin } from "~/config/settings.mjs";

const FILES = [
  {
    path: "/downloads/entries.csv",
    format: "text/csv",
    title: "All current entries (CSV)",
    text: "One row per entry: public id, address, organisation id, last updated, the main fields and the public procurement details. UTF-8, comma-separated, with a header row (RFC 4180).",
  },
  {
    path: "/downloads/entries.json",
    format: "application/json",
    title: "All current entries (JSON)",
    text: "The latest published version of every entry, with procurement, data declarations and organisation.",
  },
  {
    path: "/downloads/versions.json",
    format: "application/json",
    title: "Full version history (JSON)",
    text: "Every published version of every entry, oldest first per entry. Versions never change once published.",
  },
  {
    path: "/downloads/nl-standard.json",
    format: "application/json",
    title: "Dutch publication standard 1.0 (JSON)",
    text: "Every current entry with the keys of the Dutch algorithm register's standard 1.0.",
  },
  {
    path: "/downloads/atrs.json",
    format: "application/json",
    title: "UK ATRS shape (JSON)",
    text: "Every current entry shaped like the Algorithmic Transparency Recording Standard: tier 1 and the tier 2 groups.",
  },
  {
    path: "/downloads/data-declarations.csv",
    format: "text/csv",
    title: "Data declarations (CSV)",
    text: "One row per entry and data set: sources, kinds of personal data and legal grounds.",
  },
];

export async function loader() {
  const origin = publicOrigin();
  const dataset = {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: "Public Algorithm Register",
    description: d.downloads.description,
    url: `${origin}/downloads`,
    license: "https://creativecommons.org/publicdomain/zero/1.0/",
    isAccessibleForFree: true,
    keywords: ["algorithms", "government", "transparency", "AI", "algorithm register"],
    creator: { "@type": "Organization", name: t.site.name, url: origin },
    distribution: FILES.map((f) => ({ "@type": "DataDownload", name: f.title, encodingFormat: f.format, contentUrl: `${origin}${f.path}` })),
  };
  return { dataset };
}

export const meta: MetaFunction = () => [{ title: `${d.downloads.title} – ${t.site.name}` }, { name: "description", content: d.downloads.description }];

export default function Downloads() {
  const { dataset } = useLoaderData<typeof loader>();
  const nonce = useNonce();
  return (
    <>
      <h1>{d.downloads.title}</h1>
      <p className="lead">
        Everything published in the register is open data (CC0 1.0). Each entry keeps a stable public id, so you can match rows across downloads and over time.
      </p>
      <h2>Downloads</h2>
      <ul className="cards">
        {FILES.map((f) => (
          <li className="card" key={f.path}>
            <h3>
              <a href={f.path} download>
                {f.title}
              </a>
            </h3>
            <p>{f.text}</p>
          </li>
        ))}
      </ul>
      <p>{d.downloads.csvSafety}</p>
      <h2>API</h2>
      <p>
        The <a href="/api/v1/entries">JSON API</a> offers the same search and filters as the <a href="/algorithms">algorithms page</a>, one entry with its
        versions and public feedback, organisations and suppliers. It is described in <a href="/api/openapi.json">OpenAPI 3.1</a>. No key is needed; responses
        may be cached for a minute and carry an ETag.
      </p>
      <h2>Follow changes</h2>
      <p>
        Subscribe to the <a href="/feed.atom">Atom feed of changes</a> (publications, new versions and retirements), or sync incrementally with{" "}
        <code>/api/v1/changes?since=2026-01-01</code> and follow <code>next_cursor</code>.
      </p>
      <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: jsonForScript(dataset) }} />
    </>
  );
}

export { ErrorBoundary } from "~/root";

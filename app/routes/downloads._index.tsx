import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { publicOrigin } from "~/config/settings.mjs";
import { jsonForScript } from "~/exports/json-ld";
import { languageOf } from "~/i18n/language.server";
import { metaText } from "~/i18n/meta-text";
import { textFor, useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import { useNonce } from "~/utils/nonce";

/** The files, by their key in the catalogue (`t.discovery.downloads.files`). Downloads have no language prefix. */
const FILES = [
  { key: "entriesCsv", path: "/downloads/entries.csv", format: "text/csv" },
  { key: "entriesJson", path: "/downloads/entries.json", format: "application/json" },
  { key: "versionsJson", path: "/downloads/versions.json", format: "application/json" },
  { key: "nlStandardJson", path: "/downloads/nl-standard.json", format: "application/json" },
  { key: "atrsJson", path: "/downloads/atrs.json", format: "application/json" },
  { key: "declarationsCsv", path: "/downloads/data-declarations.csv", format: "text/csv" },
] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const language = languageOf(request);
  const t = textFor(language);
  const d = t.discovery.downloads;
  const origin = publicOrigin();
  const dataset = {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: t.site.name,
    description: d.description,
    inLanguage: language,
    url: `${origin}/downloads`,
    license: "https://creativecommons.org/publicdomain/zero/1.0/",
    isAccessibleForFree: true,
    keywords: ["algorithms", "government", "transparency", "AI", "algorithm register"],
    creator: { "@type": "Organization", name: t.site.name, url: origin },
    distribution: FILES.map((f) => ({ "@type": "DataDownload", name: d.files[f.key].title, encodingFormat: f.format, contentUrl: `${origin}${f.path}` })),
  };
  return { dataset };
}

export const meta: MetaFunction = (args) => {
  const t = metaText(args.matches);
  return [{ title: `${t.discovery.downloads.title} – ${t.site.name}` }, { name: "description", content: t.discovery.downloads.description }];
};

export default function Downloads() {
  const { dataset } = useLoaderData<typeof loader>();
  const nonce = useNonce();
  const d = useT().discovery.downloads;
  const to = useLocalePath();
  return (
    <>
      <h1>{d.title}</h1>
      <p className="lead">{d.lead}</p>
      <h2>{d.downloads}</h2>
      <ul className="cards">
        {FILES.map((f) => (
          <li className="card" key={f.path}>
            <h3>
              <a href={f.path} download>
                {d.files[f.key].title}
              </a>
            </h3>
            <p>{d.files[f.key].text}</p>
          </li>
        ))}
      </ul>
      <p>{d.csvSafety}</p>
      <h2>{d.api}</h2>
      <p>{d.apiText}</p>
      <ul>
        <li>
          <a href="/api/v1/entries">{d.apiEntries}</a>
        </li>
        <li>
          <a href="/api/openapi.json">{d.apiDescription}</a>
        </li>
        <li>
          <a href={to("/algorithms")}>{d.apiAlgorithms}</a>
        </li>
      </ul>
      <h2>{d.follow}</h2>
      <ul>
        <li>
          <a href="/feed.atom">{d.feed}</a>
        </li>
      </ul>
      <p>{d.sync}</p>
      <p>
        <code>/api/v1/changes?since=2026-01-01</code>
      </p>
      <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: jsonForScript(dataset) }} />
    </>
  );
}

export { ErrorBoundary } from "~/root";

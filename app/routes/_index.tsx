import type { MetaFunction } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { metaText } from "~/i18n/meta-text";
import { useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";

export const meta: MetaFunction = (args) => {
  const t = metaText(args);
  return [{ title: t.site.name }, { name: "description", content: t.site.tagline }];
};

export default function Home() {
  const t = useT();
  const to = useLocalePath();
  return (
    <>
      <h1>{t.site.name}</h1>
      <p className="lead">{t.site.tagline}</p>
      <Form method="get" action={to("/algorithms")} role="search" className="search-form">
        <label htmlFor="home-q" className="label">
          {t.home.searchLabel}
        </label>
        <div className="hint" id="home-q-hint">
          {t.home.searchHint}
        </div>
        <input id="home-q" name="q" type="search" className="input" aria-describedby="home-q-hint" />
        <button type="submit">{t.home.searchSubmit}</button>
      </Form>
      <ul className="cards">
        <li className="card">
          <h2>
            <a href={to("/algorithms")}>{t.home.browseTitle}</a>
          </h2>
          <p>{t.home.browseBody}</p>
        </li>
        <li className="card">
          <h2>
            <a href={to("/your-data")}>{t.home.dataTitle}</a>
          </h2>
          <p>{t.home.dataBody}</p>
        </li>
        <li className="card">
          <h2>
            <a href={to("/about/charter-and-dutch-model")}>{t.home.whyTitle}</a>
          </h2>
          <p>{t.home.whyBody}</p>
        </li>
      </ul>
    </>
  );
}

import type { MetaFunction } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { t } from "~/i18n/en";

export const meta: MetaFunction = () => [{ title: t.site.name }, { name: "description", content: t.site.tagline }];

export default function Home() {
  return (
    <>
      <h1>{t.site.name}</h1>
      <p className="lead">{t.site.tagline}</p>
      <Form method="get" action="/algorithms" role="search" className="search-form">
        <label htmlFor="home-q" className="label">
          Search the register
        </label>
        <div className="hint" id="home-q-hint">
          For example: parking, benefits, chatbot, or an organisation&apos;s name
        </div>
        <input id="home-q" name="q" type="search" className="input" aria-describedby="home-q-hint" />
        <button type="submit">Search</button>
      </Form>
      <ul className="cards">
        <li className="card">
          <h2>
            <a href="/algorithms">Browse all algorithms</a>
          </h2>
          <p>Every system an agency has registered: what it does, who is responsible, how it is overseen and how to object.</p>
        </li>
        <li className="card">
          <h2>
            <a href="/your-data">How your data is used</a>
          </h2>
          <p>Choose a kind of personal data or a life event, such as moving house, and see which systems use it.</p>
        </li>
        <li className="card">
          <h2>
            <a href="/about/charter-and-dutch-model">Why this register exists</a>
          </h2>
          <p>It follows the New Zealand Algorithm Charter and the Dutch algorithm register, with human-rights impact assessments behind the entries.</p>
        </li>
      </ul>
    </>
  );
}

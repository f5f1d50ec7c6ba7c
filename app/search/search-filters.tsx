/**
 * The search filters behind one "Filter (n)" disclosure. It is closed in the HTML, so on a phone the results
 * come first and the summary opens it without JavaScript; wide screens show the filters without it (app.css).
 */
import { Link } from "@remix-run/react";
import { useLanguage, useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import { formatCount } from "~/utils/format";
import type { FacetView } from "./facet-view.server";

type Props = { facets: FacetView[]; active: number; clearLink: string | null };

export function SearchFilters({ facets, active, clearLink }: Props) {
  const d = useT().discovery.search;
  const language = useLanguage();
  const to = useLocalePath();
  return (
    <details className="filters">
      <summary className="filters__toggle">{d.filterToggle({ active })}</summary>
      <div className="facets">
        <h2>{d.filters}</h2>
        {facets.map((facet) => (
          <details key={facet.key} className="facet" open={facet.options.some((o) => o.checked) || facet.options.length <= 6}>
            <summary>{facet.label}</summary>
            <fieldset className="fieldset">
              <legend className="visually-hidden">{facet.label}</legend>
              <div className="choices">
                {facet.options.map((o) => {
                  const id = `f-${facet.key}-${o.value}`.replace(/[^a-zA-Z0-9_-]/g, "_");
                  return (
                    <div className="choice" key={o.value}>
                      <input type="checkbox" id={id} name={facet.key} value={o.value} defaultChecked={o.checked} />
                      <label htmlFor={id}>
                        {o.label} <span className="facet-count">({formatCount(o.count, language)})</span>
                      </label>
                    </div>
                  );
                })}
              </div>
              {facet.hidden > 0 ? (
                <p className="hint">
                  {d.moreNotShown({ count: facet.hidden })}{" "}
                  {facet.key === "organisation" ? (
                    <Link to={to("/organisations")}>{d.allOrganisations}</Link>
                  ) : facet.key === "supplier" ? (
                    <Link to={to("/suppliers")}>{d.allSuppliers}</Link>
                  ) : null}
                </p>
              ) : null}
            </fieldset>
          </details>
        ))}
        <p>
          <button type="submit" className="button--secondary">
            {d.apply}
          </button>
        </p>
        {clearLink ? (
          <p>
            <Link to={clearLink}>{d.clear}</Link>
          </p>
        ) : null}
      </div>
    </details>
  );
}

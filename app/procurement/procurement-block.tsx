import { Fragment } from "react";
import { useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import type { PublicProcurement } from "./entry-procurement.server";

function WithheldText({ reason, legalGround }: { reason: string; legalGround: string }) {
  const t = useT().procurement;
  return <span className="withheld">{legalGround ? t.block.withheldWithGround({ reason, legalGround }) : t.block.withheld({ reason })}</span>;
}

/** The public procurement block on an entry page. */
export function ProcurementBlock({ procurement }: { procurement: PublicProcurement }) {
  const t = useT().procurement;
  const to = useLocalePath();
  if (!procurement) return null;
  const { inHouse, suppliers, suppliersWithheld, details } = procurement;
  return (
    <section aria-labelledby="procurement-title" className="procurement-block">
      <h2 id="procurement-title">{t.block.title}</h2>
      {inHouse ? (
        <p>
          <strong>{suppliers?.length ? t.block.inHouseWithSuppliers : t.block.inHouse}</strong>
        </p>
      ) : null}
      {suppliersWithheld ? (
        <dl className="summary">
          <dt>{t.block.suppliers}</dt>
          <dd>
            <WithheldText {...suppliersWithheld} />
          </dd>
        </dl>
      ) : suppliers?.length ? (
        <ul className="supplier-list">
          {suppliers.map((s, i) => (
            <li key={`${s.slug ?? "unknown"}-${i}`}>
              {s.slug ? <a href={to(`/suppliers/${s.slug}`)}>{s.name}</a> : s.name}
              {s.identifier ? (
                <span className="muted">
                  {" "}
                  ({s.scheme} {s.identifier})
                </span>
              ) : null}
              {s.role ? <> – {s.role}</> : null}
            </li>
          ))}
        </ul>
      ) : !inHouse ? (
        <p>{t.block.noSuppliers}</p>
      ) : null}
      {details.length ? (
        <dl className="summary">
          {details.map((d) => (
            <Fragment key={d.field}>
              <dt>{d.label}</dt>
              <dd>
                {d.withheld ? (
                  <WithheldText {...d.withheld} />
                ) : d.href ? (
                  <a href={d.href} rel="noopener noreferrer">
                    {d.value}
                  </a>
                ) : (
                  d.value
                )}
              </dd>
            </Fragment>
          ))}
        </dl>
      ) : null}
    </section>
  );
}

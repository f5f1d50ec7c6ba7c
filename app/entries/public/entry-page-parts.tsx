/** Building blocks of the public entry page: labelled rows, markdown blocks, link lists, the contact block. */
import type { ReactNode } from "react";
import { SanitizedHtml } from "~/components/markdown";
import { useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import { messageParts } from "./message-parts";

export function Row({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === "" || children === false) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** A free-text field rendered from markdown on the server; nothing when empty. */
export function TextBlock({ title, html }: { title: string; html: string }) {
  if (!html) return null;
  return (
    <>
      <h3>{title}</h3>
      <SanitizedHtml html={html} />
    </>
  );
}

export function LinkList({ title, links }: { title: string; links: Array<{ title?: string; link?: string }> | undefined }) {
  const items = (links ?? []).filter((l) => l.link);
  if (!items.length) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul>
        {items.map((l, i) => (
          <li key={i}>
            <a href={l.link} rel="noopener noreferrer">
              {l.title || l.link}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

const isEmail = (value: string) => /^(mailto:)?[^\s@]+@[^\s@]+\.[^\s@]+$/i.test(value);

export function ContactBlock({ contact, organisation }: { contact?: string; organisation: { name: string; slug: string } }) {
  const t = useT();
  const to = useLocalePath();
  const address = contact?.replace(/^mailto:/i, "");
  return (
    <section aria-labelledby="contact" className="entry-contact">
      <h2 id="contact">{t.entryPage.contactTitle}</h2>
      {contact ? (
        <p>
          {messageParts(
            t.entryPage.contactAt,
            {
              contact: isEmail(contact) ? (
                <a href={`mailto:${address}`}>{address}</a>
              ) : (
                <a href={contact} rel="noopener noreferrer">
                  {contact}
                </a>
              ),
            },
            { organisation: organisation.name },
          )}
        </p>
      ) : (
        <p>{messageParts(t.entryPage.contactOrganisation, { organisation: <a href={to(`/organisations/${organisation.slug}`)}>{organisation.name}</a> })}</p>
      )}
    </section>
  );
}

/** "On this page": one link per section the page shows, in page order. */
export function OnThisPage({ sections }: { sections: Array<{ id: string; title: string }> }) {
  const t = useT();
  return (
    <nav aria-labelledby="on-this-page" className="entry-toc">
      <h2 id="on-this-page" className="visually-hidden">
        {t.entryPage.onThisPage}
      </h2>
      <ul>
        {sections.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`}>{s.title}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

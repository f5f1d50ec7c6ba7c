import { Form, NavLink } from "@remix-run/react";
import { accountText } from "~/i18n/account.en";
import { t } from "~/i18n/en";
import { CsrfInput } from "./forms";

type HeaderUser = { name: string; role: string; organisation: string | null } | null;

const PUBLIC_NAV = [
  { to: "/algorithms", label: t.nav.algorithms },
  { to: "/organisations", label: t.nav.organisations },
  { to: "/suppliers", label: t.nav.suppliers },
  { to: "/your-data", label: t.nav.yourData },
  { to: "/statistics", label: t.nav.statistics },
  { to: "/downloads", label: t.nav.downloads },
  { to: "/about", label: t.nav.about },
];

export function SiteHeader({ user }: { user: HeaderUser }) {
  return (
    <header className="site-header">
      <div className="container header-inner">
        <a href="/" className="site-name">
          {t.site.name}
        </a>
        <div className="account">
          {user ? (
            <>
              <NavLink to="/dashboard">{t.nav.dashboard}</NavLink>
              {user.role !== "admin" ? <NavLink to="/assessments">{t.nav.assessments}</NavLink> : null}
              {user.role !== "reviewer" ? <NavLink to="/feedback">{t.nav.feedback}</NavLink> : null}
              {user.role === "admin" ? <NavLink to="/admin">{t.nav.admin}</NavLink> : null}
              <span className="account-name">
                {user.name}
                {user.organisation ? `, ${user.organisation}` : ""}
              </span>
              <NavLink to="/account/password">{accountText.nav}</NavLink>
              <Form method="post" action="/logout" className="inline-form">
                <CsrfInput />
                <button type="submit" className="link-button">
                  {t.nav.logout}
                </button>
              </Form>
            </>
          ) : (
            <NavLink to="/login">{t.nav.login}</NavLink>
          )}
        </div>
      </div>
      <nav aria-label={t.site.primaryNav} className="primary-nav">
        <ul className="container">
          {PUBLIC_NAV.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} prefetch="intent">
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <nav aria-label={t.site.footerNav} className="container">
        <ul>
          <li>
            <a href="/about/privacy">{t.nav.privacy}</a>
          </li>
          <li>
            <a href="/about/accessibility">{t.nav.accessibility}</a>
          </li>
          <li>
            <a href="/about/decisions">{t.nav.decisions}</a>
          </li>
          <li>
            <a href="/downloads">{t.nav.downloads}</a>
          </li>
        </ul>
        <p>Open-source software. Content is open data unless stated otherwise.</p>
      </nav>
    </footer>
  );
}

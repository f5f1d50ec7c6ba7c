import { Form, NavLink, useLocation } from "@remix-run/react";
import { LANGUAGES, localePath, type Language } from "~/i18n/languages.mjs";
import { useLanguage, useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import { CsrfInput } from "./forms";

type HeaderUser = { name: string; role: string; organisation: string | null } | null;

const PUBLIC_NAV = [
  ["/algorithms", "algorithms"],
  ["/organisations", "organisations"],
  ["/suppliers", "suppliers"],
  ["/your-data", "yourData"],
  ["/statistics", "statistics"],
  ["/downloads", "downloads"],
  ["/about", "about"],
] as const;

/** Links to this page in every other language, each named in its own language (works without JavaScript). */
export function LanguageSwitch() {
  const t = useT();
  const current = useLanguage();
  const { pathname, search } = useLocation();
  return (
    <nav aria-label={t.site.languageNav} className="language-switch">
      <ul>
        {LANGUAGES.filter((l) => l !== current).map((language: Language) => (
          <li key={language}>
            <a href={localePath(language, `${pathname}${search}`)} hrefLang={language} lang={language}>
              {t.site.languageNames[language]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function SiteHeader({ user }: { user: HeaderUser }) {
  const t = useT();
  const to = useLocalePath();
  return (
    <header className="site-header">
      <div className="container header-inner">
        <a href={to("/")} className="site-name">
          {t.site.name}
        </a>
        <div className="account">
          <LanguageSwitch />
          {user ? (
            <>
              <NavLink to={to("/dashboard")}>{t.nav.dashboard}</NavLink>
              {user.role !== "admin" ? <NavLink to={to("/assessments")}>{t.nav.assessments}</NavLink> : null}
              {user.role !== "reviewer" ? <NavLink to={to("/feedback")}>{t.nav.feedback}</NavLink> : null}
              {user.role === "admin" ? <NavLink to={to("/admin")}>{t.nav.admin}</NavLink> : null}
              <span className="account-name">
                {user.name}
                {user.organisation ? `, ${user.organisation}` : ""}
              </span>
              <NavLink to={to("/account/password")}>{t.account.nav}</NavLink>
              <Form method="post" action="/logout" className="inline-form">
                <CsrfInput />
                <button type="submit" className="link-button">
                  {t.nav.logout}
                </button>
              </Form>
            </>
          ) : (
            <NavLink to={to("/login")}>{t.nav.login}</NavLink>
          )}
        </div>
      </div>
      <nav aria-label={t.site.primaryNav} className="primary-nav">
        <ul className="container">
          {PUBLIC_NAV.map(([path, key]) => (
            <li key={path}>
              <NavLink to={to(path)} prefetch="intent">
                {t.nav[key]}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

export function SiteFooter() {
  const t = useT();
  const to = useLocalePath();
  return (
    <footer className="site-footer">
      <nav aria-label={t.site.footerNav} className="container">
        <ul>
          <li>
            <a href={to("/about/privacy")}>{t.nav.privacy}</a>
          </li>
          <li>
            <a href={to("/about/accessibility")}>{t.nav.accessibility}</a>
          </li>
          <li>
            <a href={to("/about/decisions")}>{t.nav.decisions}</a>
          </li>
          <li>
            <a href={to("/downloads")}>{t.nav.downloads}</a>
          </li>
        </ul>
        <p>{t.site.footerLicence}</p>
      </nav>
    </footer>
  );
}

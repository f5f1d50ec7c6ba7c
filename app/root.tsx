import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useLocation,
  useRouteLoaderData,
  type ClientLoaderFunctionArgs,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import { useEffect, type ReactNode } from "react";
import { getSessionUser } from "~/auth/session.server";
import { SiteFooter, SiteHeader } from "~/components/layout";
import { RECORD_TYPED_SCRIPT, restoreTypedBeforeHydration } from "~/forms/typed-before-hydration";
import { catalogueChunk } from "~/i18n/catalogue-preload.server";
import { languageCookieFor, languageOf } from "~/i18n/language.server";
import { LANGUAGES, localePath, pathWithoutLanguage } from "~/i18n/languages.mjs";
import { showProblem } from "~/i18n/problem";
import { loadCatalogue, textFor, useLanguage, useT } from "~/i18n/text";
import styles from "~/styles/app.css?url";
import { getCsrfToken } from "~/utils/csrf.server";
import { useNonce } from "~/utils/nonce";
import { isCacheablePath, isCacheableRequest } from "~/utils/page-cache-rule.mjs";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = textFor(data?.language ?? "en");
  return [{ title: t.site.name }, { name: "description", content: t.site.tagline }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  // Pages the server may cache and show to any anonymous visitor carry no CSRF token: they have
  // no POST forms for anonymous visitors, and shouldRevalidate fetches one before leaving them.
  const language = languageOf(request);
  const origin = new URL(request.url).origin;
  // The page's catalogue, which the browser loads before hydrating (app/entry.client.tsx).
  const catalogue = catalogueChunk(language);
  const cookies = new Headers();
  const languageCookie = languageCookieFor(request);
  if (languageCookie) cookies.append("Set-Cookie", languageCookie);
  if (isCacheableRequest({ method: request.method, url: request.url, cookie: request.headers.get("Cookie") })) {
    return data({ csrfToken: "", user: null as RootUser | null, language, origin, catalogue }, languageCookie ? { headers: cookies } : undefined);
  }
  const [user, csrf] = await Promise.all([getSessionUser(request), getCsrfToken(request)]);
  if (csrf.setCookie) cookies.append("Set-Cookie", csrf.setCookie);
  return data(
    {
      csrfToken: csrf.token,
      user: (user ? { name: user.name, role: user.role, organisation: user.organisation?.name ?? null } : null) as RootUser | null,
      language,
      origin,
      catalogue,
    },
    { headers: cookies },
  );
}

/** Leaving a cached (token-less) page for any other page reloads the root data and its token. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  defaultShouldRevalidate || (isCacheablePath(currentUrl.pathname) && !isCacheablePath(nextUrl.pathname));

/**
 * Signed in without a page load (the sign-in form; its action makes the root loader run again): the
 * staff-only groups and both languages' words (see data-signed-in) arrive before the signed-in page
 * renders, which reads them (app/i18n/catalogue-parts.ts). On the first page load entry.client.tsx
 * has loaded them already and the server's data is used as it is.
 */
export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs) {
  const root = await serverLoader<typeof loader>();
  if (root.user) await Promise.all(LANGUAGES.map((language) => loadCatalogue(language, true)));
  return root;
}

type RootUser = { name: string; role: string; organisation: string | null };

export type RootData = Awaited<ReturnType<typeof loader>>["data"];

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const root = useRouteLoaderData<typeof loader>("root");
  const language = useLanguage();
  const t = useT();
  const signedIn = Boolean(root?.user);
  return (
    // data-signed-in: entry.client.tsx then loads both languages' catalogues (staff pages read both).
    <html lang={language} data-signed-in={signedIn ? "" : undefined}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
        {root?.catalogue ? <link rel="modulepreload" href={root.catalogue} /> : null}
        {root ? <LanguageAlternates origin={root.origin} /> : null}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: RECORD_TYPED_SCRIPT }} />
      </head>
      <body>
        <a href="#main-content" className="skip-link">
          {t.site.skipLink}
        </a>
        <SiteHeader user={root?.user ?? null} />
        <main id="main-content" className="container" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

/** The page in each language, for search engines (`hreflang`); the address without a prefix is the default. */
function LanguageAlternates({ origin }: { origin: string }) {
  const { pathname, search } = useLocation();
  const path = `${pathname}${search}`;
  return (
    <>
      {LANGUAGES.map((language) => (
        <link key={language} rel="alternate" hrefLang={language} href={`${origin}${localePath(language, path)}`} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={`${origin}${pathWithoutLanguage(pathname)}${search}`} />
    </>
  );
}

export default function App() {
  // Runs once, after the whole page has hydrated (a parent's effect runs after its children's).
  useEffect(restoreTypedBeforeHydration, []);
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  return <ErrorPage error={error} />;
}

export function ErrorPage({ error }: { error: unknown }) {
  const t = useT();
  const home = localePath(useLanguage(), "/");
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) {
      return (
        <>
          <h1>{t.errors.notFoundTitle}</h1>
          <p>{t.errors.notFoundBody}</p>
          <p>
            <a href={home}>{t.nav.home}</a>
          </p>
        </>
      );
    }
    if (error.status === 403) {
      return (
        <>
          <h1>{t.errors.forbiddenTitle}</h1>
          <p>{typeof error.data === "string" ? showProblem(t, error.data) : ""}</p>
        </>
      );
    }
    return (
      <>
        <h1>{error.status >= 500 ? t.errors.serverTitle : t.errors.genericTitle}</h1>
        <p>{error.status < 500 && typeof error.data === "string" ? showProblem(t, error.data) : t.errors.serverBody}</p>
      </>
    );
  }
  return (
    <>
      <h1>{t.errors.serverTitle}</h1>
      <p>{t.errors.serverBody}</p>
    </>
  );
}

import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router-dom";
import type { Language } from "~/i18n/languages.mjs";

/**
 * Renders a component as it appears on a page in a language: under a router whose root route carries
 * the language (as the root loader does), at an address with that language's prefix, so `useT()` and
 * `useLocalePath()` work as on the site.
 */
export function renderInLanguage(language: Language, element: ReactElement, path = "/"): string {
  const router = createMemoryRouter([{ id: "root", path: "*", element }], {
    initialEntries: [`/${language}${path === "/" ? "" : path}`],
    hydrationData: { loaderData: { root: { language, csrfToken: "" } } },
  });
  return renderToStaticMarkup(createElement(RouterProvider, { router }));
}

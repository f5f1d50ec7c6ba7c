/**
 * Renders a component as a page of the register in a language, the way the root loader sets it up
 * (useT/useLanguage read the root route's `language`; useLoaderData reads `data`), for tests of
 * pages and components without a server build.
 */
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Outlet } from "react-router-dom";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import type { Language } from "~/i18n/languages.mjs";

export async function renderIn(
  language: Language,
  element: ReactElement,
  { path = `/${language}/`, data = null }: { path?: string; data?: object | null } = {},
) {
  const { query, dataRoutes } = createStaticHandler([
    { id: "root", path: "/", loader: () => ({ language }), element: createElement(Outlet), children: [{ id: "page", path: "*", loader: () => data, element }] },
  ]);
  const context = await query(new Request(`http://localhost${path}`));
  if (context instanceof Response) throw new Error(`The test page answered ${context.status}`);
  return renderToStaticMarkup(createElement(StaticRouterProvider, { router: createStaticRouter(dataRoutes, context), context, hydrate: false }));
}

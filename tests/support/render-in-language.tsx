/**
 * Renders a component to HTML as a page in a language renders it: under a root route whose loader
 * gives the language, as the app's root loader does (useT and useLanguage read it there).
 */
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import type { Language } from "~/i18n/languages.mjs";

export async function renderInLanguage(element: ReactElement, language: Language = "en"): Promise<string> {
  const routes = [{ id: "root", path: "/*", loader: () => ({ language }), element }];
  const context = await createStaticHandler(routes).query(new Request(`http://localhost/${language}/`));
  if (context instanceof Response) throw new Error("unexpected redirect");
  return renderToStaticMarkup(createElement(StaticRouterProvider, { router: createStaticRouter(routes, context), context, hydrate: false }));
}

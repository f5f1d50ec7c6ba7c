import { createElement, type ComponentType } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Outlet, type LoaderFunction } from "react-router-dom";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import { languageOf } from "~/i18n/language.server";

type RouteModule = { loader: (args: never) => unknown; default: ComponentType };

/**
 * The HTML a route module's page renders for a request: its real loader, under a root route that
 * carries the request's language as app/root.tsx does (without the layout around it).
 */
export async function renderPage(request: Request, path: string, module: RouteModule): Promise<string> {
  const routes = [
    {
      id: "root",
      path: "/",
      loader: () => ({ language: languageOf(request) }),
      Component: Outlet,
      children: [{ id: "page", path, loader: module.loader as unknown as LoaderFunction, Component: module.default }],
    },
  ];
  const handler = createStaticHandler(routes);
  const context = await handler.query(request);
  if (context instanceof Response) throw new Error(`the loader answered ${context.status}`);
  if (context.errors) throw Object.values(context.errors)[0];
  const router = createStaticRouter(handler.dataRoutes, context);
  return renderToStaticMarkup(createElement(StaticRouterProvider, { router, context, hydrate: false }));
}

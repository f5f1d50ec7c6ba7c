import { createElement, type ComponentType } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Outlet } from "react-router-dom";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import { languageOf } from "~/i18n/language.server";

type RouteModule = { default: ComponentType; loader?: (args: never) => unknown; action?: (args: never) => unknown };

/**
 * Renders a route module for a request as the server would: under a root route whose loader says
 * the request's language (a component alone: render-in-language.tsx).
 */
async function render(request: Request, page: Record<string, unknown>, path = "*"): Promise<string> {
  const routes = [
    {
      id: "root",
      path: "/",
      loader: ({ request }: { request: Request }) => ({ language: languageOf(request) }),
      element: createElement(Outlet),
      children: [{ id: "page", path, ...page }],
    },
  ];
  const context = await createStaticHandler(routes as never).query(request, { requestContext: { clientIp: "127.0.0.1" } });
  if (context instanceof Response) throw new Error(`unexpected response ${context.status}`);
  return renderToStaticMarkup(createElement(StaticRouterProvider, { router: createStaticRouter(routes as never, context), context, hydrate: false }));
}

/**
 * A route module's page for a request (GET, or a POST that runs its action first), with its loader's
 * and action's data; `path` names the route's parameters (`:lang/your-data/categories/:slug`).
 */
export function renderRoute(request: Request, route: RouteModule, path = "*"): Promise<string> {
  return render(request, { loader: route.loader, action: route.action, Component: route.default }, path);
}

import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { startSession } from "~/auth/session.server";
import { languageOf } from "~/i18n/language.server";
import { completeSignIn, flowCookie, readFlow } from "~/oidc/flow.server";
import { findProvider } from "~/oidc/providers.server";
import { refusalPath } from "~/oidc/refusals";

/** The provider sends the browser back here: a session bound to the provider's identity, or the login page saying why not. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const flow = await readFlow(request);
  const language = flow?.language ?? languageOf(request);
  const headers = new Headers({ "Set-Cookie": await flowCookie().serialize("", { maxAge: 0 }) });
  const provider = findProvider(params.provider ?? "");
  if (!provider) throw redirect(refusalPath(language, "unknownProvider", params.provider ?? ""), { headers });
  const result = await completeSignIn(request, provider, flow);
  if (!result.ok) throw redirect(refusalPath(language, result.reason, provider.id), { headers });
  headers.append("Set-Cookie", await startSession(request, result.userId, result.identity));
  throw redirect(flow!.redirectTo, { headers });
}

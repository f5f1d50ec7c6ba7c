import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { languageOf, pathIn } from "~/i18n/language.server";
import { isLanguage, localePath } from "~/i18n/languages.mjs";
import { beginSignIn } from "~/oidc/flow.server";
import { findProvider } from "~/oidc/providers.server";
import { refusalPath } from "~/oidc/refusals";
import { formString, readForm } from "~/utils/form.server";
import { safeRedirect } from "~/utils/http.server";

export async function loader({ request }: LoaderFunctionArgs) {
  throw redirect(pathIn(request, "/login"));
}

/** "Sign in with <provider>": off to the provider's sign-in page, with this attempt's state in a signed cookie. */
export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  const chosen = form.get("language");
  const language = isLanguage(chosen) ? chosen : languageOf(request);
  const provider = findProvider(params.provider ?? "");
  if (!provider) throw redirect(refusalPath(language, "unknownProvider", params.provider ?? ""));
  const redirectTo = safeRedirect(formString(form, "redirectTo"), localePath(language, "/dashboard"));
  let started: Awaited<ReturnType<typeof beginSignIn>>;
  try {
    started = await beginSignIn(provider, redirectTo, language);
  } catch (error) {
    console.error(`Sign-in provider ${provider.id} cannot be reached:`, error);
    throw redirect(refusalPath(language, "failed", provider.id));
  }
  throw redirect(started.location, { headers: { "Set-Cookie": started.cookie } });
}

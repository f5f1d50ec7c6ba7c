import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { endSession } from "~/auth/session.server";
import { providerLogoutUrl } from "~/oidc/logout.server";
import { readForm } from "~/utils/form.server";

export async function loader() {
  throw redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  await readForm(request);
  // A session from an OpenID provider is ended there too; the provider then sends the browser to the login page.
  const atProvider = await providerLogoutUrl(request);
  throw redirect(atProvider ?? "/login?loggedOut=1", { headers: { "Set-Cookie": await endSession(request) } });
}

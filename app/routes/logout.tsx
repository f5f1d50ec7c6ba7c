import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { endSession } from "~/auth/session.server";
import { readForm } from "~/utils/form.server";

export async function loader() {
  throw redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  await readForm(request);
  throw redirect("/login?loggedOut=1", { headers: { "Set-Cookie": await endSession(request) } });
}

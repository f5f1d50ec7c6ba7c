import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { aanleverRequest, methodNotAllowed, previewUrl } from "~/aanleverapi/aanleverapi.server";

/** get_one_preview_url (aanleverapi v1.0): where the organisation's staff see the newest data of the algorithm. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return aanleverRequest(request, params.organisation_id, "entries:read", (client) => previewUrl(client, params.algorithm_id ?? ""));
}

export async function action({ request }: ActionFunctionArgs) {
  return methodNotAllowed(request, "GET");
}

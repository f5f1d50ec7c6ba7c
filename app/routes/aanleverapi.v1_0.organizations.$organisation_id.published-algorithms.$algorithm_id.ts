import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { aanleverRequest, methodNotAllowed, readPublished } from "~/aanleverapi/aanleverapi.server";

/** get_one_published_algorithm (aanleverapi v1.0): the published version of one of the organisation's algorithms. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return aanleverRequest(request, params.organisation_id, "entries:read", (client) => readPublished(client, params.algorithm_id ?? ""));
}

export async function action({ request }: ActionFunctionArgs) {
  return methodNotAllowed(request, "GET");
}

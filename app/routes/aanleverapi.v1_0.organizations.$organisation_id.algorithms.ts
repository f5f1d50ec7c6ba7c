import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { aanleverRequest, bodyOf, createAlgorithm, listAlgorithms, methodNotAllowed } from "~/aanleverapi/aanleverapi.server";

/** get_all_algorithms (aanleverapi v1.0): every entry of the organisation as AlgorithmSummary. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return aanleverRequest(request, params.organisation_id, "entries:read", (client) => listAlgorithms(client));
}

/** create_one_algorithm: files a new draft from an AlgorithmIn; answers its `lars_code`. */
export async function action({ request, params }: ActionFunctionArgs) {
  if (request.method !== "POST") return methodNotAllowed(request, "GET, POST");
  return aanleverRequest(request, params.organisation_id, "entries:write", async (client) => createAlgorithm(client, await bodyOf(request)));
}

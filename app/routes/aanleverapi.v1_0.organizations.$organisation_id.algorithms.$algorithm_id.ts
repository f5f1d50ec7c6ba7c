import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { aanleverRequest, bodyOf, methodNotAllowed, readAlgorithm, updateAlgorithm } from "~/aanleverapi/aanleverapi.server";

/** get_one_algorithm (aanleverapi v1.0): the newest data of one of the organisation's algorithms, published or not. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return aanleverRequest(request, params.organisation_id, "entries:read", (client) => readAlgorithm(client, params.algorithm_id ?? ""));
}

/** update_one_algorithm: replaces the working draft with an AlgorithmIn (not published by this). */
export async function action({ request, params }: ActionFunctionArgs) {
  if (request.method !== "PUT") return methodNotAllowed(request, "GET, PUT");
  return aanleverRequest(request, params.organisation_id, "entries:write", async (client, language) =>
    updateAlgorithm(client, params.algorithm_id ?? "", await bodyOf(request), language),
  );
}

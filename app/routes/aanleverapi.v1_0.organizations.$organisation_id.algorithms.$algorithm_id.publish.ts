import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { aanleverRequest, bodyOf, methodNotAllowed, publishAlgorithm } from "~/aanleverapi/aanleverapi.server";

export async function loader({ request }: LoaderFunctionArgs) {
  return methodNotAllowed(request, "PUT");
}

/** PUT publish (aanleverapi v1.0) — publish_one_algorithm (called by the Dutch toolkit, not in the published document): publishes the released draft; an optional body `{"change_note": "…"}` gives the change note the register asks for from the second version on. */
export async function action({ request, params }: ActionFunctionArgs) {
  if (request.method !== "PUT") return methodNotAllowed(request, "PUT");
  return aanleverRequest(request, params.organisation_id, "entries:publish", async (client, language) =>
    publishAlgorithm(client, params.algorithm_id ?? "", await bodyOf(request, { optional: true }), language),
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { aanleverRequest, publishAlgorithm, methodNotAllowed } from "~/aanleverapi/aanleverapi.server";

export async function loader({ request }: LoaderFunctionArgs) {
  return methodNotAllowed(request, "PUT");
}

/** PUT publish (aanleverapi v1.0) — publish_one_algorithm (called by the Dutch toolkit, not in the published document): publishes the released draft. */
export async function action({ request, params }: ActionFunctionArgs) {
  if (request.method !== "PUT") return methodNotAllowed(request, "PUT");
  return aanleverRequest(request, params.organisation_id, "entries:publish", (client, language) =>
    publishAlgorithm(client, params.algorithm_id ?? "", language),
  );
}

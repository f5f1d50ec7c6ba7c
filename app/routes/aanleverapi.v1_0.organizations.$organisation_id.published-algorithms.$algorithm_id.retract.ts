import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { aanleverRequest, methodNotAllowed, retractAlgorithm } from "~/aanleverapi/aanleverapi.server";

export async function loader({ request }: LoaderFunctionArgs) {
  return methodNotAllowed(request, "DELETE");
}

/** retract_one_published_algorithm (aanleverapi v1.0): retires the published entry, with the approver's rules. */
export async function action({ request, params }: ActionFunctionArgs) {
  if (request.method !== "DELETE") return methodNotAllowed(request, "DELETE");
  return aanleverRequest(request, params.organisation_id, "entries:publish", (client, language) =>
    retractAlgorithm(client, params.algorithm_id ?? "", language),
  );
}

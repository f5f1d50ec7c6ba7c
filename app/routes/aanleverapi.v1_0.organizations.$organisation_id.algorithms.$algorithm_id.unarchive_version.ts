import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { aanleverRequest, bodyOf, methodNotAllowed, unarchiveVersion } from "~/aanleverapi/aanleverapi.server";

export async function loader({ request }: LoaderFunctionArgs) {
  return methodNotAllowed(request, "PUT");
}

/** unarchive_algorithm_version (aanleverapi v1.0): a retired entry cannot be brought back here (409, decision record 012). */
export async function action({ request, params }: ActionFunctionArgs) {
  if (request.method !== "PUT") return methodNotAllowed(request, "PUT");
  return aanleverRequest(request, params.organisation_id, "entries:publish", async (client) =>
    unarchiveVersion(client, params.algorithm_id ?? "", await bodyOf(request)),
  );
}

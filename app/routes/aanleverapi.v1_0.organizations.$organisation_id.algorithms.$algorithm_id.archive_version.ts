import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { aanleverRequest, archiveVersion, bodyOf, methodNotAllowed } from "~/aanleverapi/aanleverapi.server";

export async function loader({ request }: LoaderFunctionArgs) {
  return methodNotAllowed(request, "PUT");
}

/** archive_algorithm_version (aanleverapi v1.0): here, retiring the published entry (the approver's step). */
export async function action({ request, params }: ActionFunctionArgs) {
  if (request.method !== "PUT") return methodNotAllowed(request, "PUT");
  return aanleverRequest(request, params.organisation_id, "entries:publish", async (client, language) =>
    archiveVersion(client, params.algorithm_id ?? "", await bodyOf(request), language),
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { aanleverRequest, releaseAlgorithm, methodNotAllowed } from "~/aanleverapi/aanleverapi.server";

export async function loader({ request }: LoaderFunctionArgs) {
  return methodNotAllowed(request, "PUT");
}

/** PUT release (aanleverapi v1.0) — release_one_algorithm: releases the draft for approval (submits it), with the register's rules. */
export async function action({ request, params }: ActionFunctionArgs) {
  if (request.method !== "PUT") return methodNotAllowed(request, "PUT");
  return aanleverRequest(request, params.organisation_id, "entries:submit", (client, language) =>
    releaseAlgorithm(client, params.algorithm_id ?? "", language),
  );
}

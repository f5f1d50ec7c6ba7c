import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { requireApiClient } from "~/api/api-auth.server";
import { ownEntry, updateDraft } from "~/api/filing.server";
import { filingRequest, jsonBody, methodNotAllowed } from "~/api/filing-http.server";
import { draftAnswer } from "~/api/filing-json.server";

/** One of the organisation's entries with its working draft; the ETag is the draft's version token. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return filingRequest(request, async (language) => {
    const client = await requireApiClient(request, "entries:read");
    return draftAnswer(await ownEntry(client, params.id ?? ""), language);
  });
}

/** Replaces the draft's document; If-Match with the version token last read is required (412 when stale, 428 when missing). */
export async function action({ request, params }: ActionFunctionArgs) {
  return filingRequest(request, async (language) => {
    if (request.method !== "PUT") return methodNotAllowed(language, "GET, PUT");
    const client = await requireApiClient(request, "entries:write");
    const id = params.id ?? "";
    await updateDraft(client, id, await jsonBody(request), request.headers.get("If-Match"));
    return draftAnswer(await ownEntry(client, id), language);
  });
}

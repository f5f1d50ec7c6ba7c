import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { paginate } from "~/api/api-directory.server";
import { requireApiClient } from "~/api/api-auth.server";
import { fileDraft, listDrafts, ownEntry } from "~/api/filing.server";
import { filingRequest, jsonAnswer, jsonBody, methodNotAllowed } from "~/api/filing-http.server";
import { apiDraftSummary, draftAnswer, draftUrl } from "~/api/filing-json.server";
import { parseSearchParams } from "~/search/search-params";

/** The organisation's drafts in progress (draft, changes requested, submitted), most recently changed first. */
export async function loader({ request }: LoaderFunctionArgs) {
  return filingRequest(request, async () => {
    const client = await requireApiClient(request, "entries:read");
    const { page, perPage } = parseSearchParams(new URL(request.url).searchParams, { allowPerPage: true });
    const rows = await listDrafts(client);
    return jsonAnswer(
      paginate(
        request,
        rows.map((row) => apiDraftSummary(row, client.organisationId)),
        page,
        perPage,
      ),
    );
  });
}

/** Files a draft: 201 with Location, or 200 when the organisation filed this `source_id` before and the draft was updated. */
export async function action({ request }: ActionFunctionArgs) {
  return filingRequest(request, async (language) => {
    if (request.method !== "POST") return methodNotAllowed(language, "GET, POST");
    const client = await requireApiClient(request, "entries:write");
    const { created, publicId } = await fileDraft(client, await jsonBody(request));
    return draftAnswer(await ownEntry(client, publicId), language, created ? 201 : 200, created ? { Location: draftUrl(publicId) } : {});
  });
}

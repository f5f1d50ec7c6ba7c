import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { requireApiClient } from "~/api/api-auth.server";
import { feedbackOnEntry } from "~/api/filing-feedback.server";
import { filingRequest, jsonAnswer, methodNotAllowed } from "~/api/filing-http.server";
import { apiThread, draftUrl } from "~/api/filing-json.server";

/** Every feedback thread on one of the organisation's entries (published or not), with the answers given; never the sender's name or address. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return filingRequest(request, async () => {
    const client = await requireApiClient(request, "feedback:read");
    const { entry, threads } = await feedbackOnEntry(client, params.id ?? "");
    return jsonAnswer({ id: entry.publicId, url: draftUrl(entry.publicId), data: threads.map(apiThread) });
  });
}

export async function action({ request }: ActionFunctionArgs) {
  return filingRequest(request, async (language) => methodNotAllowed(language, "GET"));
}

import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { requireApiClient } from "~/api/api-auth.server";
import { answerFeedback } from "~/api/filing-feedback.server";
import { filingRequest, jsonAnswer, jsonBody, methodNotAllowed } from "~/api/filing-http.server";
import { apiThread } from "~/api/filing-json.server";

export async function loader({ request }: LoaderFunctionArgs) {
  return filingRequest(request, async (language) => methodNotAllowed(language, "POST"));
}

/** Publishes the organisation's answer to a feedback thread (`{ "body": "…" }`), mailed to the sender as from the staff page: 201 with the thread. */
export async function action({ request, params }: ActionFunctionArgs) {
  return filingRequest(request, async (language) => {
    if (request.method !== "POST") return methodNotAllowed(language, "POST");
    const client = await requireApiClient(request, "feedback:answer");
    const thread = await answerFeedback(client, params.threadId ?? "", await jsonBody(request));
    return jsonAnswer(apiThread(thread), 201);
  });
}

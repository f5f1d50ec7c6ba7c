import type { LoaderFunctionArgs } from "@remix-run/node";
import { jsonError, jsonResponse } from "~/api/json-response.server";
import { publishedThreadsForApi } from "~/feedback/entry-feedback.server";
import { db } from "~/utils/db.server";
import { publicOrigin } from "~/config/settings.mjs";

export { apiAction as action } from "~/api/json-response.server";

/** Published (moderated) feedback threads of an entry and the organisation's answers. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const entry = /^\d{1,20}$/.test(params.id ?? "")
    ? await db.entry.findUnique({ where: { publicId: params.id! }, select: { id: true, publicId: true, currentVersionId: true } })
    : null;
  if (!entry?.currentVersionId) return jsonError(404, "No published entry has this id.");
  const threads = await publishedThreadsForApi(entry.id);
  return jsonResponse(request, {
    id: entry.publicId,
    url: `${publicOrigin()}/algorithms/${entry.publicId}`,
    data: threads.map((t) => ({
      reference: t.reference,
      type: t.type,
      text: t.text,
      status: t.status,
      received_at: t.receivedAt,
      updated_at: t.updatedAt,
      answered_at: t.answeredAt,
      closed_at: t.closedAt,
      awaiting_days: t.awaitingDays,
      answers: t.answers.map((a) => ({ body: a.body, at: a.at })),
    })),
  });
}

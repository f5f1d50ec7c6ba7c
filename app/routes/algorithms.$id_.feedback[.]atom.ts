import type { LoaderFunctionArgs } from "@remix-run/node";
import { feedbackAtomFeed } from "~/feedback/atom";
import { publishedThreadsForApi } from "~/feedback/entry-feedback.server";
import { db } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { publicOrigin } from "~/config/settings.mjs";

// Public: only published threads of an entry that has a published version.
export async function loader({ params }: LoaderFunctionArgs) {
  const entry = await db.entry.findUnique({
    where: { publicId: params.id ?? "" },
    select: { id: true, publicId: true, name: true, publishedAt: true, currentVersionId: true, organisation: { select: { name: true } } },
  });
  if (!entry?.currentVersionId) notFound();
  const xml = feedbackAtomFeed({
    origin: publicOrigin(),
    entry,
    organisationName: entry.organisation.name,
    threads: await publishedThreadsForApi(entry.id),
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}

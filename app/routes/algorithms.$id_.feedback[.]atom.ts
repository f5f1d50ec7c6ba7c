import type { LoaderFunctionArgs } from "@remix-run/node";
import { feedbackAtomFeed } from "~/feedback/atom";
import { publishedThreadsForApi } from "~/feedback/entry-feedback.server";
import { languageOf } from "~/i18n/language.server";
import { isLanguage } from "~/i18n/languages.mjs";
import { db } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { publicOrigin } from "~/config/settings.mjs";

// Public: only published threads of an entry that has a published version.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const entry = await db.entry.findUnique({
    where: { publicId: params.id ?? "" },
    select: { id: true, publicId: true, name: true, publishedAt: true, currentVersionId: true, organisation: { select: { name: true } } },
  });
  if (!entry?.currentVersionId) notFound();
  // Feeds have no language prefix and feed readers rarely say which language they want: the entry page
  // links to the feed with ?lang= in its own language; without it, the request's negotiated language.
  const asked = new URL(request.url).searchParams.get("lang");
  const xml = feedbackAtomFeed({
    origin: publicOrigin(),
    entry,
    organisationName: entry.organisation.name,
    threads: await publishedThreadsForApi(entry.id),
    language: isLanguage(asked) ? asked : languageOf(request),
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}

/** What a result list shows of each entry, read from its current published version only. */
import { parseDocument } from "~/entries/entries.server";
import { db } from "~/utils/db.server";

export type EntrySummary = {
  publicId: string;
  name: string;
  descriptionShort: string;
  organisation: { slug: string; name: string };
  category: string | null;
  lifecycle: string | null;
  themes: string[];
  state: "published" | "archived";
  version: number;
  updatedAt: string;
};

/** Summaries in the order of `ids` (Entry.id values). */
export async function entrySummaries(ids: string[]): Promise<EntrySummary[]> {
  if (!ids.length) return [];
  const rows = await db.entry.findMany({
    where: { id: { in: ids }, currentVersionId: { not: null } },
    select: {
      id: true,
      publicId: true,
      state: true,
      organisation: { select: { slug: true, name: true } },
      currentVersion: { select: { number: true, data: true, publishedAt: true } },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r?.currentVersion) return [];
    const doc = parseDocument(r.currentVersion.data);
    return [
      {
        publicId: r.publicId,
        name: doc.name ?? "",
        descriptionShort: doc.descriptionShort ?? "",
        organisation: r.organisation,
        category: doc.publicationCategory ?? null,
        lifecycle: doc.lifecycle?.status ?? null,
        themes: doc.themes ?? [],
        state: r.state === "archived" ? "archived" : "published",
        version: r.currentVersion.number,
        updatedAt: r.currentVersion.publishedAt.toISOString(),
      },
    ];
  });
}

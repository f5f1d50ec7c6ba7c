/**
 * Full-text rows written before the stem columns existed have them NULL (migration
 * 20261202100300_search_language cannot stem in SQL). The server fills them when it starts, before it
 * listens (about a minute at 50,000 entries, once after upgrading), and the first search of each
 * process checks again, so no re-index is needed after upgrading.
 */
import Database from "better-sqlite3";
import { noteDataChange } from "~/utils/data-version.mjs";
import { databaseFile, databaseUrl } from "~/utils/db.server";
import { stmt } from "../read-db.server";
import { stemColumns, stemLanguagesOf } from "../stemming";

const checked = new Set<string>();

/** Fills any missing stems; after the first call per database, costs nothing. */
export function ensureStems({ recheck = false } = {}): void {
  const url = databaseUrl();
  if (checked.has(url) && !recheck) return;
  if (stmt(`SELECT 1 FROM entry_search WHERE stem_nl IS NULL LIMIT 1`).get()) fillStems();
  checked.add(url);
}

/** Returns how many rows it filled. */
export function fillStems(): number {
  const db = new Database(databaseFile(), { fileMustExist: true, timeout: 5000 });
  try {
    const rows = db
      .prepare(
        `SELECT s.rowid, s.name, s.description, s.goal, s.tags, s.body,
           (SELECT f.value FROM EntryFacet f WHERE f.entryId = s.entry_id AND f.facet = 'language') AS language
         FROM entry_search s WHERE s.stem_nl IS NULL`,
      )
      .raw()
      .all() as Array<[number, string, string, string, string, string, string | null]>;
    const update = db.prepare(`UPDATE entry_search SET stem_nl = ?, stem_en = ? WHERE rowid = ?`);
    db.transaction(() => {
      for (const [rowid, name, description, goal, tags, body, language] of rows) {
        const stems = stemColumns([name, description, goal, tags, body], stemLanguagesOf(language));
        update.run(stems.nl, stems.en, rowid);
      }
    })();
    if (rows.length) noteDataChange();
    return rows.length;
  } finally {
    db.close();
  }
}

/** At start-up: a database that cannot be read yet (not migrated) is left to the first search. */
export function fillStemsAtStart(): void {
  try {
    ensureStems({ recheck: true });
  } catch (error) {
    console.error("Search stems not filled at start-up:", error instanceof Error ? error.message : error);
  }
}

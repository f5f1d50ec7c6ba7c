-- Search that understands the language (decision 009): each entry's words stemmed in its language
-- (stem_nl, stem_en) beside the words as written. FTS5 tables cannot gain columns, so the table is
-- rebuilt; the copied rows keep their rowids, and their stem columns stay NULL until the first
-- search fills them (app/search/stem-backfill.server.ts), as stemming cannot be done in SQL.
ALTER TABLE "entry_search" RENAME TO "entry_search_before_stems";

CREATE VIRTUAL TABLE "entry_search" USING fts5(
  entry_id UNINDEXED,
  name,
  description,
  goal,
  organisation,
  supplier,
  tags,
  body,
  stem_nl,
  stem_en,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3 4'
);

INSERT INTO "entry_search" (rowid, entry_id, name, description, goal, organisation, supplier, tags, body)
SELECT rowid, entry_id, name, description, goal, organisation, supplier, tags, body FROM "entry_search_before_stems";

DROP TABLE "entry_search_before_stems";

-- The indexed words per column with the number of entries holding each: "Did you mean …?" candidates.
CREATE VIRTUAL TABLE "entry_search_vocab" USING fts5vocab('entry_search', 'col');

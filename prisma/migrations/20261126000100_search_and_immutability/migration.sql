-- Published versions are immutable: corrections are new versions.
CREATE TRIGGER "EntryVersion_immutable"
BEFORE UPDATE ON "EntryVersion"
BEGIN
  SELECT RAISE(ABORT, 'entry versions are immutable');
END;

-- Full-text index over the current published version of each entry.
-- remove_diacritics makes search accent-insensitive; prefix indexes serve search-as-you-type.
CREATE VIRTUAL TABLE "entry_search" USING fts5(
  entry_id UNINDEXED,
  name,
  description,
  goal,
  organisation,
  supplier,
  tags,
  body,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3 4'
);

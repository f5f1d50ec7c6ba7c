-- The stems in a tsvector of their own (decision record 015): a query restricted to a weight
-- (`word:D`, the stems of 0010) makes the GIN index answer "maybe", so PostgreSQL read and unpacked
-- every candidate's whole tsvector to check it (about 100 ms for a common word on 50,000 entries,
-- and the planner then often chose to read the whole table). Without weights in the query the index
-- answers alone: `document` holds the words as written (A–C), `stems` the words stemmed in their
-- language (D, for ranking), each with its GIN index.
ALTER TABLE entry_search DROP COLUMN "document";
ALTER TABLE entry_search ADD COLUMN "document" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple_unaccent', "name"), 'A')
  || setweight(to_tsvector('simple_unaccent', "description" || ' ' || "tags"), 'B')
  || setweight(to_tsvector('simple_unaccent', "goal" || ' ' || "organisation" || ' ' || "supplier" || ' ' || "body"), 'C')
) STORED;
ALTER TABLE entry_search ADD COLUMN "stems" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('dutch_unaccent', "words_nl") || to_tsvector('english_unaccent', "words_en"), 'D')
) STORED;
CREATE INDEX entry_search_document_idx ON entry_search USING GIN ("document");
CREATE INDEX entry_search_stems_idx ON entry_search USING GIN ("stems");
REFRESH MATERIALIZED VIEW search_vocabulary;
ANALYZE entry_search;

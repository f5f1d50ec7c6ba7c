-- Full-text search on PostgreSQL (decision record 015), the counterpart of SQLite's FTS5 table
-- entry_search (prisma/migrations/…_search, decision 009): one row per public entry with its
-- searched texts, a weighted tsvector over them, and the vocabulary "Did you mean …?" draws from.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE (it looks its dictionary up by name): an index expression needs an
-- IMMUTABLE function, so a wrapper naming the dictionary explicitly.
CREATE FUNCTION register_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- Words compared without accents and case, as FTS5's unicode61 remove_diacritics 2 does: "simple"
-- keeps words as written, "dutch" and "english" stem them (Snowball) and drop the language's stopwords.
CREATE TEXT SEARCH CONFIGURATION simple_unaccent (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION simple_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
CREATE TEXT SEARCH CONFIGURATION dutch_unaccent (COPY = dutch);
ALTER TEXT SEARCH CONFIGURATION dutch_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;
CREATE TEXT SEARCH CONFIGURATION english_unaccent (COPY = english);
ALTER TEXT SEARCH CONFIGURATION english_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

-- The texts as on SQLite (indexing.server.ts), but for the stem columns: words_nl and words_en hold
-- the words of the texts in that language unstemmed; PostgreSQL's own configuration stems them.
-- Weights: A the name, B the description and tags, C the goal, organisation, supplier and body,
-- D the stems — a query's stem branch looks only at D, as SQLite's looks only at the stem columns.
CREATE TABLE entry_search (
  "rowid" BIGSERIAL PRIMARY KEY,
  "entry_id" TEXT NOT NULL UNIQUE REFERENCES "Entry" ("id") ON DELETE CASCADE,
  "name" TEXT NOT NULL DEFAULT '',
  "description" TEXT NOT NULL DEFAULT '',
  "goal" TEXT NOT NULL DEFAULT '',
  "organisation" TEXT NOT NULL DEFAULT '',
  "supplier" TEXT NOT NULL DEFAULT '',
  "tags" TEXT NOT NULL DEFAULT '',
  "body" TEXT NOT NULL DEFAULT '',
  "words_nl" TEXT NOT NULL DEFAULT '',
  "words_en" TEXT NOT NULL DEFAULT '',
  "document" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple_unaccent', "name"), 'A')
    || setweight(to_tsvector('simple_unaccent', "description" || ' ' || "tags"), 'B')
    || setweight(to_tsvector('simple_unaccent', "goal" || ' ' || "organisation" || ' ' || "supplier" || ' ' || "body"), 'C')
    || setweight(to_tsvector('dutch_unaccent', "words_nl"), 'D')
    || setweight(to_tsvector('english_unaccent', "words_en"), 'D')
  ) STORED
);
CREATE INDEX entry_search_document_idx ON entry_search USING GIN ("document");
-- Typo tolerance on names: trigram similarity without accents or case.
CREATE INDEX entry_search_name_trgm_idx ON entry_search USING GIN (register_unaccent(lower("name")) gin_trgm_ops);

-- The words as written (weights A–C, no stems) with the number of entries holding each: the
-- candidates of "Did you mean …?", found by trigram similarity. Refreshed by the app when the index
-- changed (pg-search-store.server.ts), as SQLite's vocabulary is read again then.
CREATE MATERIALIZED VIEW search_vocabulary AS
  SELECT word, ndoc AS entries FROM ts_stat('SELECT "document" FROM entry_search', 'ABC') WHERE word !~ '[0-9]';
CREATE UNIQUE INDEX search_vocabulary_word_idx ON search_vocabulary (word);
CREATE INDEX search_vocabulary_trgm_idx ON search_vocabulary USING GIN (word gin_trgm_ops);

-- A document's JSON, or NULL when it is not JSON (such versions are read whole by the app).
CREATE FUNCTION register_try_jsonb(text) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  RETURN $1::jsonb;
EXCEPTION WHEN others THEN
  RETURN NULL;
END;
$$;

-- The search index moves the data-changed counter like the other public tables (0003).
CREATE TRIGGER entry_search_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON entry_search
  FOR EACH STATEMENT EXECUTE FUNCTION "register_data_changed"();

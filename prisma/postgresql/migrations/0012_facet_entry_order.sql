-- The facet index reads every entry's facet rows in entry order, byte-wise (COLLATE "C", as SQLite
-- orders them), at start-up and after each change to the public data. The primary key orders by the
-- database's own collation, so PostgreSQL sorted about 740,000 rows for it on 50,000 entries: 0.7 s
-- on disk or 1.1 s in memory (PostgreSQL 15, bench data). Read off this index instead: 0.14 s.
-- Not a Prisma model index (Prisma cannot declare a collation): prisma/postgresql/outside-prisma.mjs.
CREATE INDEX "EntryFacet_entry_order_c_idx" ON "EntryFacet" ("entryId" COLLATE "C", "facet" COLLATE "C", "value" COLLATE "C");
ANALYZE "EntryFacet";

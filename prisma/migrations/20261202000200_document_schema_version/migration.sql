-- Each stored entry document records the schema version it was written under
-- (see content/decisions/005-document-schema-versions.md). NULL means "not recorded": read as version 0.
ALTER TABLE "Entry" ADD COLUMN "draftSchemaVersion" INTEGER;
ALTER TABLE "EntryVersion" ADD COLUMN "schemaVersion" INTEGER;

-- Every document stored so far was written through sanitizeDraft, which is the version 1 shape.
UPDATE "Entry" SET "draftSchemaVersion" = 1;

-- Versions are immutable; recording their schema version is the one sanctioned update, done here only.
DROP TRIGGER "EntryVersion_immutable";
UPDATE "EntryVersion" SET "schemaVersion" = 1;
CREATE TRIGGER "EntryVersion_immutable"
BEFORE UPDATE ON "EntryVersion"
BEGIN
  SELECT RAISE(ABORT, 'entry versions are immutable');
END;

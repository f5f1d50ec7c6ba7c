-- Issue 15 (listings and history): the organisation belongs to the version, the register says which
-- values it derived itself, and the source register's own registration date is kept.
ALTER TABLE "Entry" ADD COLUMN "sourceRegisteredAt" DATETIME;
ALTER TABLE "EntryVersion" ADD COLUMN "organisationId" TEXT;
ALTER TABLE "EntryVersion" ADD COLUMN "organisationName" TEXT;
ALTER TABLE "EntryVersion" ADD COLUMN "derivedFields" TEXT;

-- Versions are immutable; recording the organisation of the versions stored so far is the one sanctioned
-- update, done here only. The entry's present organisation is the best that is known for them.
DROP TRIGGER "EntryVersion_immutable";
UPDATE "EntryVersion" SET
  "organisationId" = (SELECT "Entry"."organisationId" FROM "Entry" WHERE "Entry"."id" = "EntryVersion"."entryId"),
  "organisationName" = (SELECT "Organisation"."name" FROM "Entry" JOIN "Organisation" ON "Organisation"."id" = "Entry"."organisationId" WHERE "Entry"."id" = "EntryVersion"."entryId");
CREATE TRIGGER "EntryVersion_immutable"
BEFORE UPDATE ON "EntryVersion"
BEGIN
  SELECT RAISE(ABORT, 'entry versions are immutable');
END;

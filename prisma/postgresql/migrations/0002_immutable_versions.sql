-- Published versions are immutable: corrections are new versions (as the SQLite trigger
-- "EntryVersion_immutable" in prisma/migrations).
CREATE FUNCTION "EntryVersion_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'entry versions are immutable';
END;
$$;

CREATE TRIGGER "EntryVersion_immutable"
BEFORE UPDATE ON "EntryVersion"
FOR EACH ROW EXECUTE FUNCTION "EntryVersion_immutable"();

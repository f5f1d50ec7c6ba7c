-- The "data changed" signal on PostgreSQL (decision record 013): every committed write to a table
-- whose rows a page, the facet index or an export shows moves one counter and notifies channel
-- "register_data_changed" with the new value. A process that missed a notification (it was
-- reconnecting) reads the counter. Tables of process state only (sessions, rate-limit counters, job
-- leases, the readiness probe, the mail outbox, signing keys) do not move it, as on SQLite they do
-- not change any cached page either.
CREATE TABLE "register_data_version" (
  "id" INTEGER PRIMARY KEY CHECK ("id" = 1),
  "version" BIGINT NOT NULL
);
INSERT INTO "register_data_version" ("id", "version") VALUES (1, 1);

CREATE FUNCTION "register_data_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v BIGINT;
BEGIN
  UPDATE "register_data_version" SET "version" = "version" + 1 WHERE "id" = 1 RETURNING "version" INTO v;
  PERFORM pg_notify('register_data_changed', v::text);
  RETURN NULL;
END;
$$;

DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'Organisation', 'User', 'UserIdentity', 'NotificationPreference', 'Entry', 'EntryVersion', 'EntryFacet',
    'AuditLog', 'Supplier', 'Assessment', 'AssessmentComment', 'AssessmentRevision', 'FeedbackThread',
    'FeedbackMessage', 'ApiClient'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "register_data_changed"()',
      t || '_data_changed', t);
  END LOOP;
END;
$$;

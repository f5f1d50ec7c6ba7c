-- Feedback limits count stored messages per address and per entry (issue 13).
CREATE INDEX "FeedbackThread_entryId_createdAt_idx" ON "FeedbackThread"("entryId", "createdAt");
CREATE INDEX "FeedbackThread_ipHash_createdAt_idx" ON "FeedbackThread"("ipHash", "createdAt");

-- Mail is written to the outbox in the same transaction as what it is about, then delivered with retries.
ALTER TABLE "OutboxMail" ADD COLUMN "attempts" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "OutboxMail" ADD COLUMN "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP;
CREATE INDEX "OutboxMail_sentAt_nextAttemptAt_idx" ON "OutboxMail"("sentAt", "nextAttemptAt");

-- /readyz proves that the database takes writes by updating this one row.
CREATE TABLE "ReadinessProbe" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "checkedAt" DATETIME NOT NULL
);

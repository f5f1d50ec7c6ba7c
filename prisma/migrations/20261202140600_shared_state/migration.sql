-- State that every server process shares (issue 20, decision record 011).
-- AlterTable: an outbox mail is claimed by one process before it is sent.
ALTER TABLE "OutboxMail" ADD COLUMN "claimedBy" TEXT;
ALTER TABLE "OutboxMail" ADD COLUMN "claimedUntil" DATETIME;

-- CreateTable
CREATE TABLE "RateLimitCounter" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "window" INTEGER NOT NULL,
    "count" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "JobLease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

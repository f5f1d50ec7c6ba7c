-- Sign-in through OpenID providers: the provider accounts (issuer, subject) that sign in as a user, and the
-- identity a session came from (the session holds only while that identity still belongs to its user).
-- AlterTable
ALTER TABLE "Session" ADD COLUMN "identityIssuer" TEXT;
ALTER TABLE "Session" ADD COLUMN "identityProvider" TEXT;
ALTER TABLE "Session" ADD COLUMN "identitySubject" TEXT;
ALTER TABLE "Session" ADD COLUMN "idToken" TEXT;

-- CreateTable
CREATE TABLE "UserIdentity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastLoginAt" DATETIME,
    CONSTRAINT "UserIdentity_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "UserIdentity_userId_idx" ON "UserIdentity"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "UserIdentity_issuer_subject_key" ON "UserIdentity"("issuer", "subject");

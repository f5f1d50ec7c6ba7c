-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "identifierScheme" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "website" TEXT,
    "feedbackDeadlineDays" INTEGER NOT NULL DEFAULT 20,
    "noPublicationNote" TEXT,
    "sourceSystem" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "organisationId" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" DATETIME,
    "lastLoginAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Entry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "publicId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'draft',
    "name" TEXT NOT NULL,
    "draft" TEXT NOT NULL DEFAULT '{}',
    "currentVersionId" TEXT,
    "firstPublishedAt" DATETIME,
    "publishedAt" DATETIME,
    "lastReviewedAt" DATETIME,
    "reviewDueAt" DATETIME,
    "archivedAt" DATETIME,
    "copiedFromId" TEXT,
    "sourceSystem" TEXT,
    "sourceId" TEXT,
    "sourceUrl" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Entry_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Entry_currentVersionId_fkey" FOREIGN KEY ("currentVersionId") REFERENCES "EntryVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EntryVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "entryId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "data" TEXT NOT NULL,
    "changeNote" TEXT NOT NULL DEFAULT '',
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'published',
    CONSTRAINT "EntryVersion_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EntryFacet" (
    "entryId" TEXT NOT NULL,
    "facet" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    PRIMARY KEY ("entryId", "facet", "value"),
    CONSTRAINT "EntryFacet_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "entryId" TEXT,
    "comment" TEXT,
    "details" TEXT
);

-- CreateTable
CREATE TABLE "Supplier" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "scheme" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "country" TEXT,
    "website" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "entryId" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'draft',
    "data" TEXT NOT NULL DEFAULT '{}',
    "aia" TEXT,
    "aiaLevel" INTEGER,
    "outcome" TEXT,
    "publicSummary" TEXT,
    "reviewerId" TEXT,
    "submittedAt" DATETIME,
    "concludedAt" DATETIME,
    "reviewDueAt" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Assessment_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssessmentComment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "questionId" TEXT,
    "authorId" TEXT NOT NULL,
    "parentId" TEXT,
    "body" TEXT NOT NULL,
    "resolved" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AssessmentComment_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssessmentRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "state" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "outcome" TEXT,
    "publicSummary" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AssessmentRevision_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FeedbackThread" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reference" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "publicMessage" TEXT,
    "name" TEXT,
    "email" TEXT,
    "consentToPublish" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'received',
    "moderation" TEXT NOT NULL DEFAULT 'pending',
    "moderationReason" TEXT,
    "withdrawTokenHash" TEXT,
    "withdrawnAt" DATETIME,
    "ipHash" TEXT,
    "deadlineAt" DATETIME NOT NULL,
    "answeredAt" DATETIME,
    "closedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "FeedbackThread_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FeedbackThread_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FeedbackMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "threadId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FeedbackMessage_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "FeedbackThread" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OutboxMail" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME,
    "error" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_identifierScheme_identifier_key" ON "Organisation"("identifierScheme", "identifier");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Entry_publicId_key" ON "Entry"("publicId");

-- CreateIndex
CREATE UNIQUE INDEX "Entry_currentVersionId_key" ON "Entry"("currentVersionId");

-- CreateIndex
CREATE INDEX "Entry_organisationId_state_idx" ON "Entry"("organisationId", "state");

-- CreateIndex
CREATE INDEX "Entry_state_publishedAt_idx" ON "Entry"("state", "publishedAt");

-- CreateIndex
CREATE INDEX "Entry_reviewDueAt_idx" ON "Entry"("reviewDueAt");

-- CreateIndex
CREATE UNIQUE INDEX "Entry_sourceSystem_sourceId_key" ON "Entry"("sourceSystem", "sourceId");

-- CreateIndex
CREATE INDEX "EntryVersion_publishedAt_idx" ON "EntryVersion"("publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "EntryVersion_entryId_number_key" ON "EntryVersion"("entryId", "number");

-- CreateIndex
CREATE INDEX "EntryFacet_facet_value_idx" ON "EntryFacet"("facet", "value");

-- CreateIndex
CREATE INDEX "AuditLog_subjectType_subjectId_idx" ON "AuditLog"("subjectType", "subjectId");

-- CreateIndex
CREATE INDEX "AuditLog_entryId_idx" ON "AuditLog"("entryId");

-- CreateIndex
CREATE UNIQUE INDEX "Supplier_slug_key" ON "Supplier"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Supplier_scheme_identifier_key" ON "Supplier"("scheme", "identifier");

-- CreateIndex
CREATE INDEX "Assessment_state_idx" ON "Assessment"("state");

-- CreateIndex
CREATE INDEX "Assessment_entryId_idx" ON "Assessment"("entryId");

-- CreateIndex
CREATE INDEX "AssessmentComment_assessmentId_idx" ON "AssessmentComment"("assessmentId");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentRevision_assessmentId_number_key" ON "AssessmentRevision"("assessmentId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackThread_reference_key" ON "FeedbackThread"("reference");

-- CreateIndex
CREATE INDEX "FeedbackThread_entryId_moderation_idx" ON "FeedbackThread"("entryId", "moderation");

-- CreateIndex
CREATE INDEX "FeedbackThread_organisationId_status_idx" ON "FeedbackThread"("organisationId", "status");

-- CreateIndex
CREATE INDEX "FeedbackMessage_threadId_idx" ON "FeedbackMessage"("threadId");


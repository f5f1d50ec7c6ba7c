-- The country whose public holidays an organisation's feedback deadlines skip.
ALTER TABLE "Organisation" ADD COLUMN "country" TEXT NOT NULL DEFAULT 'NL';

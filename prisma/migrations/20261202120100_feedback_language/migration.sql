-- The language a citizen wrote their feedback in (the page's language): their receipt and the answer notice are mailed in it.
ALTER TABLE "FeedbackThread" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'en';

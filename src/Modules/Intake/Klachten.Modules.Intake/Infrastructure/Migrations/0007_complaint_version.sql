-- The row version of a complaint (ADR 0018): incremented by every UPDATE that changes what a read shows, shown as the ETag, checked against If-Match.
ALTER TABLE intake.complaints ADD COLUMN IF NOT EXISTS version integer NOT NULL DEFAULT 1;

-- ADR 0018: the quality manager's changeable resources carry a row version, shown as ETag and checked against If-Match.
-- A recommendation's version rises with every change and with its withdrawal (rows are never deleted, so the sum of a
-- year's versions rises with every change of its draft: the list's ETag). A year's file count starts at 1 when entered;
-- a year without one is version 0.
ALTER TABLE analysis.recommendations ADD COLUMN IF NOT EXISTS version integer NOT NULL DEFAULT 1;
ALTER TABLE analysis.yearly_file_counts ADD COLUMN IF NOT EXISTS version integer NOT NULL DEFAULT 1;

-- The work lists and searches of issue 16 (ListComplaints): each filter that would otherwise read the whole table gets an index.
-- The default order (closed last, the nearest deadline, the reference) is served by one index, so a first page reads a page.
CREATE INDEX IF NOT EXISTS ix_complaints_work_order ON intake.complaints (
    (closed_at IS NOT NULL), (CASE WHEN acknowledged_at IS NULL THEN acknowledgement_due_on ELSE settlement_due_on END), reference);
-- unassigned=true: the complaints no officer handles yet, in the same order.
CREATE INDEX IF NOT EXISTS ix_complaints_unassigned ON intake.complaints (
    (closed_at IS NOT NULL), (CASE WHEN acknowledged_at IS NULL THEN acknowledgement_due_on ELSE settlement_due_on END), reference)
    WHERE handling_officer IS NULL;
-- acknowledgementBreached=true: still unacknowledged past the term (ix_complaints_acknowledgement_open) or acknowledged late.
CREATE INDEX IF NOT EXISTS ix_complaints_acknowledged_late ON intake.complaints (acknowledgement_due_on)
    WHERE acknowledged_at IS NOT NULL AND (acknowledged_at AT TIME ZONE 'Europe/Amsterdam')::date > acknowledgement_due_on;
-- The searches: file number exact (as registered, trimmed), collection agent in any letter case, and the complainant's name
-- anywhere in it, in any letter case (trigrams; pg_trgm is a trusted extension, kept in this module's schema).
CREATE INDEX IF NOT EXISTS ix_complaints_file_number ON intake.complaints (file_number) WHERE file_number IS NOT NULL;
CREATE INDEX IF NOT EXISTS ix_complaints_collection_agent_ci ON intake.complaints (lower(collection_agent))
    WHERE collection_agent IS NOT NULL;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA intake;
CREATE INDEX IF NOT EXISTS ix_complaints_complainant_name_trgm ON intake.complaints USING gin (complainant_name intake.gin_trgm_ops);

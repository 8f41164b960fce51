-- The queue as a work list (issue 16): in the common order (the earliest received is the nearest deadline, then the
-- reference), searched by reference, filtered by the handling officer.
CREATE INDEX IF NOT EXISTS ix_complaints_queue_work_order ON classification.complaints (received_on, reference) WHERE version = 0;
CREATE INDEX IF NOT EXISTS ix_complaints_reference ON classification.complaints (reference);
CREATE INDEX IF NOT EXISTS ix_handling_officers_officer_ci ON classification.handling_officers (lower(officer));
-- The queue is no longer read in order of the moment of receipt.
DROP INDEX IF EXISTS classification.ix_complaints_queue;

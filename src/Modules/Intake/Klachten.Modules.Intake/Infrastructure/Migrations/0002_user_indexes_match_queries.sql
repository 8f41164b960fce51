-- The list of complaints compares user names case-insensitively (lower(registered_by) = lower(@User)), which the plain
-- indexes could not serve; and a complaint has no handling officer when it is registered, so that index needs no entry
-- until one is assigned (one index write less per registration).
DROP INDEX IF EXISTS intake.ix_complaints_registered_by;
DROP INDEX IF EXISTS intake.ix_complaints_handling_officer;
CREATE INDEX IF NOT EXISTS ix_complaints_registered_by_ci ON intake.complaints (lower(registered_by));
CREATE INDEX IF NOT EXISTS ix_complaints_handling_officer_ci ON intake.complaints (lower(handling_officer)) WHERE handling_officer IS NOT NULL;

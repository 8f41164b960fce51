-- Cases are listed per officer case-insensitively (lower(officer) = lower(@Officer)), which the (officer, status) index
-- could not serve; a new case has no officer yet, so the index needs no entry until one is assigned.
DROP INDEX IF EXISTS $schema$.ix_cases_officer;
CREATE INDEX IF NOT EXISTS ix_cases_officer_ci ON $schema$.cases (lower(officer), status) WHERE officer IS NOT NULL;

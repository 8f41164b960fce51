-- AVG: PersonalData:RetainMonthsAfterClosing months after closed_at, the free texts about the complainant (contacts,
-- extension reason, decision reasoning and remedy) and the letters' recipients and texts are replaced (anonymised_at).
-- Outcomes, dates and terms met stay for the analysis.
ALTER TABLE $schema$.cases ADD COLUMN IF NOT EXISTS anonymised_at timestamptz NULL;

CREATE INDEX IF NOT EXISTS ix_cases_closed_not_anonymised ON $schema$.cases (closed_at)
    WHERE closed_at IS NOT NULL AND anonymised_at IS NULL;

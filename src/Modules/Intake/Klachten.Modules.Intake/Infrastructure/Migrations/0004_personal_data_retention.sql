-- AVG: Handling's ComplaintClosed sets closed_at; PersonalData:RetainMonthsAfterClosing months later the complainant's
-- personal data and words are replaced (anonymised_at). What the analysis counts stays.
ALTER TABLE intake.complaints ADD COLUMN IF NOT EXISTS closed_at timestamptz NULL;
ALTER TABLE intake.complaints ADD COLUMN IF NOT EXISTS anonymised_at timestamptz NULL;

-- An anonymised complaint has no contact route left.
ALTER TABLE intake.complaints DROP CONSTRAINT IF EXISTS complaints_check;
ALTER TABLE intake.complaints DROP CONSTRAINT IF EXISTS complaints_contact_route;
ALTER TABLE intake.complaints ADD CONSTRAINT complaints_contact_route
    CHECK (anonymised_at IS NOT NULL OR complainant_email IS NOT NULL OR address_street IS NOT NULL);

-- The retention sweep reads only closed complaints not yet anonymised, oldest closure first.
CREATE INDEX IF NOT EXISTS ix_complaints_closed_not_anonymised ON intake.complaints (closed_at)
    WHERE closed_at IS NOT NULL AND anonymised_at IS NULL;

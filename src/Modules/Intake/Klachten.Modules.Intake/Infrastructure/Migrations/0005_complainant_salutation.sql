-- The form of address of letters: the complainant's salutation and, for an organisation, the contact person letters are for
-- the attention of. Complaints registered before have none and are greeted "Geachte heer/mevrouw,".
ALTER TABLE intake.complaints ADD COLUMN IF NOT EXISTS complainant_salutation text NULL;
ALTER TABLE intake.complaints ADD COLUMN IF NOT EXISTS contact_person_name text NULL;
ALTER TABLE intake.complaints ADD COLUMN IF NOT EXISTS contact_person_salutation text NULL;

-- A colleague is told about a complaint's deadline once, however often the sweep that writes the notice runs (twice, on two
-- hosts, after its marker was lost): the key is the database's, so no check-then-insert can race it; the insert skips a
-- notice that exists (ON CONFLICT DO NOTHING). The subject is part of the key because it names the due date: after an
-- extension the reminder for the new date is another notice. Letters to the complainant are not keyed here.
CREATE UNIQUE INDEX IF NOT EXISTS ux_correspondence_colleague_notice
    ON $schema$.correspondence (complaint_id, kind, coalesce(recipient_email, ''), subject)
    WHERE kind IN ('SettlementReminder', 'BreachNotice');

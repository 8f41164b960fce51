-- A colleague is told about a complaint once per kind of notice (the collection agent's notification, the acknowledgement
-- reminder, the overdue notice), however often the step that writes it runs: a repeated sweep, a second host, a redelivered
-- event. The key is the database's, so no check-then-insert can race it; inserts skip a notice that exists (ON CONFLICT DO
-- NOTHING). Letters to the complainant are not keyed here: they have rules of their own (a draft, a resend).
CREATE UNIQUE INDEX IF NOT EXISTS ux_correspondence_colleague_notice
    ON intake.correspondence (complaint_id, kind, coalesce(recipient_address, ''))
    WHERE kind IN ('AgentNotification', 'AcknowledgementReminder', 'AcknowledgementOverdue');

-- A letter for the post is printed (status Printed) and then recorded as posted by the employee who posts it. Letters recorded
-- before as "sent by hand" were posted by whoever sent them.
ALTER TABLE intake.correspondence ADD COLUMN IF NOT EXISTS posted_at timestamptz NULL;
ALTER TABLE intake.correspondence ADD COLUMN IF NOT EXISTS posted_by text NULL;
UPDATE intake.correspondence SET status = 'Posted', posted_at = sent_at, posted_by = sent_by WHERE status = 'SentByHand';

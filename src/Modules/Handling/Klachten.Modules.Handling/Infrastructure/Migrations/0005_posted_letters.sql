-- A letter for the post is printed (status Printed) and then recorded as posted by the employee who posts it. Letters recorded
-- before as "sent by hand" were posted by the officer who sent them.
ALTER TABLE $schema$.correspondence ADD COLUMN IF NOT EXISTS posted_at timestamptz NULL;
ALTER TABLE $schema$.correspondence ADD COLUMN IF NOT EXISTS posted_by text NULL;
UPDATE $schema$.correspondence SET status = 'Posted', posted_at = sent_at, posted_by = created_by WHERE status = 'SentByHand';

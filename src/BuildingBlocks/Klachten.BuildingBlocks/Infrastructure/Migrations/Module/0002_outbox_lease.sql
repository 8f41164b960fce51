-- Rows are claimed with a lease instead of a lock held during delivery: handlers run without the outbox row locked,
-- and a process that dies mid-batch leaves rows another process takes over when the lease runs out.
ALTER TABLE $schema$.outbox_messages ADD COLUMN IF NOT EXISTS locked_until timestamptz NULL;
